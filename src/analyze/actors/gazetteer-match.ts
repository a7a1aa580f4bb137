/**
 * Matching gazetteer names, aliases and demonyms against the token stream. Names are matched
 * case-sensitively on the text ("US" the country, not "us"); a leading "the" is dropped from
 * names so that mention text is the name itself ("Kremlin").
 */
import type { ActorKind } from '../../types/analysis.js';
import type { Gazetteer, GazetteerEntry } from '../../lexicons/gazetteer.js';
import type { Token } from '../tokens.js';

export interface GazetteerForm {
  /** The surface form matched (without a leading "the"). */
  form: string;
  entry: GazetteerEntry;
  /** `name` (the entry's own name), `alias`, `capital` (a capital listed on a country) or `demonym`. */
  via: 'name' | 'alias' | 'capital' | 'demonym';
}

export interface GazetteerMatch extends GazetteerForm {
  /** Token index range, inclusive. */
  first: number;
  last: number;
}

export interface GazetteerIndex {
  /** Forms by their first letter/digit run, longest first. */
  byFirstWord: Map<string, GazetteerForm[]>;
  /** Place forms by their upper-cased first word, for datelines and capitals-only lines ("KYIV, March 3"). */
  placesByUpperWord: Map<string, GazetteerForm[]>;
  /** Lower-cased demonym → place entry. */
  demonyms: Map<string, GazetteerEntry>;
  /** Lower-cased place name or alias → place entry. */
  places: Map<string, GazetteerEntry>;
  gazetteer: Gazetteer;
}

const cache = new WeakMap<object, GazetteerIndex>();

export function indexGazetteer(gazetteer: Gazetteer, extra: GazetteerEntry[] = []): GazetteerIndex {
  const cached = extra.length === 0 ? cache.get(gazetteer) : undefined;
  if (cached) return cached;
  const forms: GazetteerForm[] = [];
  const demonyms = new Map<string, GazetteerEntry>();
  const places = new Map<string, GazetteerEntry>();
  // User entries come last and win over built-in ones with the same form.
  for (const entry of [...gazetteer.entries, ...extra]) {
    forms.push({ form: stripThe(entry.name), entry, via: 'name' });
    for (const a of entry.aliases ?? []) forms.push({ form: stripThe(a), entry, via: 'alias' });
    for (const d of entry.demonyms ?? []) {
      forms.push({ form: d, entry, via: 'demonym' });
      demonyms.set(d.toLowerCase(), entry);
    }
    if (entry.capital) {
      const capital: GazetteerEntry = { name: entry.capital, kind: 'place' };
      forms.push({ form: entry.capital, entry: capital, via: 'capital' });
      places.set(entry.capital.toLowerCase(), capital);
    }
    if (entry.kind === 'place') {
      places.set(stripThe(entry.name).toLowerCase(), entry);
      for (const a of entry.aliases ?? []) places.set(stripThe(a).toLowerCase(), entry);
    }
  }
  const byFirstWord = new Map<string, GazetteerForm[]>();
  for (const f of forms) {
    const key = firstWord(f.form);
    if (!key) continue;
    const list = byFirstWord.get(key) ?? [];
    // Later entries replace earlier ones with the same form (user overrides).
    const same = list.findIndex((x) => x.form === f.form && x.via !== 'demonym' && f.via !== 'demonym');
    if (same !== -1) list.splice(same, 1);
    list.push(f);
    byFirstWord.set(key, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.form.length - a.form.length || viaRank(a) - viaRank(b));
  const placesByUpperWord = new Map<string, GazetteerForm[]>();
  for (const list of byFirstWord.values()) {
    for (const f of list) {
      if (f.entry.kind !== 'place' || f.via === 'demonym') continue;
      const key = firstWord(f.form)!.toUpperCase();
      placesByUpperWord.set(key, [...(placesByUpperWord.get(key) ?? []), f]);
    }
  }
  for (const list of placesByUpperWord.values()) list.sort((a, b) => b.form.length - a.form.length);
  const index = { byFirstWord, placesByUpperWord, demonyms, places, gazetteer };
  if (extra.length === 0) cache.set(gazetteer, index);
  return index;
}

/** The longest gazetteer form starting at token `i`, ending on a token boundary. */
export function matchAt(index: GazetteerIndex, text: string, tokens: Token[], i: number): GazetteerMatch | null {
  const key = firstWord(tokens[i].text);
  if (!key) return null;
  const exact = scan(index.byFirstWord.get(key), text, tokens, i, (form, start) => text.startsWith(form, start));
  if (exact || key.length < 4 || key !== key.toUpperCase()) return exact;
  // A place in capitals ("KYIV, March 3", "BEIJING —"): case-blind, places only.
  return scan(index.placesByUpperWord.get(key), text, tokens, i, (form, start) => text.slice(start, start + form.length).toUpperCase() === form.toUpperCase() && text.slice(start, start + form.length) === text.slice(start, start + form.length).toUpperCase());
}

function scan(candidates: GazetteerForm[] | undefined, text: string, tokens: Token[], i: number, matches: (form: string, start: number) => boolean): GazetteerMatch | null {
  if (!candidates) return null;
  const start = tokens[i].start;
  for (const c of candidates) {
    if (matches(c.form, start)) {
      const end = start + c.form.length;
      let j = i;
      while (j < tokens.length && tokens[j].end < end) j++;
      if (j < tokens.length && tokens[j].end === end && tokens[j].sentence === tokens[i].sentence) return { ...c, first: i, last: j };
    }
  }
  return null;
}

export function kindOf(m: GazetteerForm): ActorKind {
  return m.entry.kind;
}

function stripThe(s: string): string {
  return s.replace(/^the\s+/i, '');
}

function firstWord(s: string): string | null {
  return /^[\p{L}\p{N}]+/u.exec(s)?.[0] ?? null;
}

function viaRank(f: GazetteerForm): number {
  return f.via === 'demonym' ? 1 : 0;
}
