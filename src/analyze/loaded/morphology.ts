/**
 * Productive morphology of evaluative labels (framing.morphology):
 * - `framing.ideology-label`: an ideology stem + -ist/-ists/-ism/-isms/-istic ("socialism",
 *   "globalist", "alarmist"), not inside a name ("the Socialist Party");
 * - `framing.compound-label`: a prefix + an ideology head, hyphenated or not ("far-left",
 *   "hard-line", "ultra-conservative");
 * - `framing.derived-adverb`: an -ly adverb made from an evaluative adjective of the sentiment
 *   lexicon that the lexicon itself does not list ("staunchly" from "staunch"), as an adverb.
 */
import type { MorphologyRule } from '../../lexicons/framing.js';
import { inName, type Hit, type LoadedDoc } from './doc.js';

interface CompiledMorphology {
  ideology: RegExp | null;
  prefixes: Set<string>;
  heads: Set<string>;
}

const cache = new WeakMap<MorphologyRule, CompiledMorphology>();

function compile(m: MorphologyRule): CompiledMorphology {
  const hit = cache.get(m);
  if (hit) return hit;
  const stems = [...m.ideologyStems].sort((a, b) => b.length - a.length).map((s) => s.replace(/[^a-z]/g, ''));
  const ideology = stems.length ? new RegExp(`^(?:${stems.join('|')})(?:ist|ists|ism|isms|istic)$`, 'i') : null;
  const compiled = { ideology, prefixes: new Set(m.compoundPrefixes), heads: new Set(m.compoundHeads.map((h) => h.toLowerCase())) };
  cache.set(m, compiled);
  return compiled;
}

export function ideologyLabels(doc: LoadedDoc): Hit[] {
  const { ideology } = compile(doc.framing.morphology);
  if (!ideology) return [];
  const out: Hit[] = [];
  doc.tokens.forEach((t, i) => {
    if (t.type !== 'word' || !ideology.test(t.text) || inName(doc, i)) return;
    out.push({ start: t.start, end: t.end, category: 'label', entry: t.text.toLowerCase(), valence: null, lexicon: doc.framing.files[0] ?? 'framing', rule: 'framing.ideology-label' });
  });
  return out;
}

/** Token walk, not a phrase list: prefix, an optional hyphen, head ("far-left", "far left"). */
export function compoundLabels(doc: LoadedDoc): Hit[] {
  const { prefixes, heads } = compile(doc.framing.morphology);
  const t = doc.tokens;
  const out: Hit[] = [];
  for (let i = 0; i + 1 < t.length; i++) {
    if (!prefixes.has(t[i].text.toLowerCase())) continue;
    const hyphen = /^[-‐‑–]$/.test(t[i + 1].text) && t[i + 1].start === t[i].end;
    const h = t[i + (hyphen ? 2 : 1)];
    if (!h || h.sentence !== t[i].sentence || !heads.has(h.text.toLowerCase()) || (hyphen && h.start !== t[i + 1].end)) continue;
    const entry = `${t[i].text.toLowerCase()}-${h.text.toLowerCase()}`;
    out.push({ start: t[i].start, end: h.end, category: 'label', entry, valence: null, lexicon: doc.framing.files[0] ?? 'framing', rule: 'framing.compound-label' });
  }
  return out;
}

/** Adjective stems an -ly adverb can come from: "staunchly" → staunch, "angrily" → angry, "horribly" → horrible, "tragically" → tragic. */
function adverbStems(w: string): string[] {
  const base = w.slice(0, -2);
  return [base, base.endsWith('i') ? `${base.slice(0, -1)}y` : '', base.endsWith('b') ? `${base}le` : '', base.endsWith('al') ? base.slice(0, -2) : ''].filter(Boolean);
}

export function derivedAdverbs(doc: LoadedDoc): Hit[] {
  const min = doc.framing.sentimentWords.minValence.ADV;
  if (min === undefined) return [];
  const notLoaded = new Set(doc.framing.sentimentWords.notLoaded);
  const out: Hit[] = [];
  doc.tokens.forEach((t, i) => {
    const w = t.text.toLowerCase();
    if (t.pos !== 'ADV' || !w.endsWith('ly') || w.length < 6 || doc.sentiment.words.has(w) || notLoaded.has(w) || inName(doc, i)) return;
    for (const stem of adverbStems(w)) {
      const v = doc.sentiment.words.get(stem);
      if (v === undefined || Math.abs(v) < min || notLoaded.has(stem)) continue;
      out.push({ start: t.start, end: t.end, category: 'evaluative', entry: w, valence: v, lexicon: doc.sentiment.files[0] ?? 'sentiment', rule: 'framing.derived-adverb' });
      return;
    }
  });
  return out;
}
