/**
 * Linking raw mentions into actors within one article:
 *  - full person names ("Xi Jinping") found with evidence make actors; a surname or given-name
 *    mention ("Xi", "Mr Xi", "President Xi", "Putin's") joins the full name it matches (the
 *    nearest one before it when several match);
 *  - a lone surname with evidence (a title, honorific, label or speech verb, or repeated
 *    mid-sentence) makes a person actor `person:<surname>`;
 *  - known affiliations, organizations and groups are one actor per gazetteer entry;
 *  - "the Chinese leader" joins the single person whose labels name that place and role;
 *  - "Putin's office" is an organization of its own.
 * Candidates with no evidence (capitalized common words, names in headlines that match no
 * actor) are dropped rather than guessed.
 */
import type { Actor, ActorKind, Mention, MentionForm } from '../../types/analysis.js';
import type { Token } from '../tokens.js';
import type { Descriptor, RawMention } from './discover.js';
import type { FoundLabel } from './labels.js';
import type { LabelLexicon } from '../../lexicons/labels.js';
import { actorId } from './slug.js';
import { pickDescribed } from './descriptor-fit.js';

interface Draft {
  kind: ActorKind;
  name: string;
  known: boolean;
  mentions: { raw: RawMention | null; start: number; end: number; form: MentionForm; possessive: boolean; label: FoundLabel | null; sentence: number }[];
  /** Every label found on the person's mentions, for descriptor linking. */
  facts: FoundLabel[];
}

export interface LinkInput {
  text: string;
  tokens: Token[];
  mentions: RawMention[];
  descriptors: Descriptor[];
  possessedOrgs: Set<string>;
  lexicon: LabelLexicon;
}

export function link(input: LinkInput): Actor[] {
  const { text, tokens } = input;
  const drafts = new Map<string, Draft>();
  const draft = (kind: ActorKind, name: string, known: boolean): Draft => {
    const id = actorId(kind, name);
    let d = drafts.get(id);
    if (!d) {
      d = { kind, name, known, mentions: [], facts: [] };
      drafts.set(id, d);
    }
    return d;
  };
  const add = (d: Draft, m: RawMention) => {
    d.mentions.push({ raw: m, start: m.start, end: m.end, form: m.form, possessive: m.possessive, label: m.label, sentence: m.sentence });
    d.facts.push(...factsOf(m));
  };

  const persons = input.mentions.filter((m) => m.kind === 'person' && !m.entry);
  const lone: RawMention[] = [];
  const placeCued: RawMention[] = [];
  for (const m of input.mentions) {
    if (m.entry) add(draft(m.entry.kind, m.entry.name, true), m);
    else if (m.loneOrgHead) lone.push(m);
    else if (m.placeCue) placeCued.push(m);
    else if (m.kind !== 'person') {
      if (!m.headline || m.cue) add(draft(m.kind, text.slice(m.start, m.end), false), m);
    }
  }

  // Full names with evidence become actors. Names that extend another ("Donald J. Trump")
  // share its first and last word and join it.
  const fulls: { parts: string[]; draft: Draft; at: number[] }[] = [];
  const lower = (parts: string[]) => parts.map((p) => p.toLowerCase());
  const findFull = (parts: string[]) =>
    fulls.find((f) => f.parts.join(' ') === parts.join(' ')) ??
    fulls.find((f) => f.parts[0] === parts[0] && f.parts[f.parts.length - 1] === parts[parts.length - 1]) ??
    // A shorter form that ends the full name: "Von der Leyen" of "Ursula von der Leyen".
    fulls.find((f) => f.parts.length > parts.length && lower(f.parts).slice(-parts.length).join(' ') === lower(parts).join(' '));
  const personEvidence = (m: RawMention) => m.honorific || m.form === 'title' || (m.label !== null && m.label.category !== 'affiliation');
  // "El Fasher" named as a place elsewhere ("in El Fasher") is no full person name.
  // So is a name that is a place by its own words elsewhere ("Velna Harbour"): one actor per name.
  const cuedPlaceNames = new Set(placeCued.map((m) => text.slice(m.start, m.end)));
  for (const d of drafts.values()) if (d.kind === 'place' && !d.known) cuedPlaceNames.add(d.name);
  const placeLike: RawMention[] = [];
  for (const m of persons) {
    if (m.parts.length < 2 || m.headline || !(m.oov || m.cue)) continue;
    if (cuedPlaceNames.has(m.parts.join(' ')) && !personEvidence(m)) {
      placeLike.push(m);
      continue;
    }
    const found = findFull(m.parts);
    if (found) {
      found.at.push(m.start);
      if (m.parts.length > found.parts.length && m.parts[0] === found.parts[0]) {
        // The longest full form is the canonical name.
        found.parts = m.parts;
      }
      add(found.draft, m);
    } else {
      const d: Draft = { kind: 'person', name: m.parts.join(' '), known: false, mentions: [], facts: [] };
      fulls.push({ parts: m.parts, draft: d, at: [m.start] });
      add(d, m);
    }
  }
  // Known persons from a user gazetteer take part in surname matching too.
  for (const d of drafts.values()) {
    if (d.kind === 'person') fulls.push({ parts: d.name.split(/\s+/), draft: d, at: d.mentions.map((x) => x.start) });
  }

  // Places named by the words around them ("the city of Zaporizhzhia", "strikes on Kharkiv"). A weak
  // cue yields to a person of that name ("attacks on Zelensky"); the place then takes the bare
  // mentions of its name that carry no person evidence ("Zaporizhzhia nuclear plant").
  const placeByName = new Map<string, Draft>();
  const strongPlaces = new Set<Draft>();
  const personWords = new Set(persons.filter((m) => m.cue && !m.headline).map((m) => m.parts.join(' ')));
  for (const d of drafts.values()) if (d.kind === 'place' && !d.known) placeByName.set(d.name, d);
  for (const m of placeCued) {
    const name = text.slice(m.start, m.end);
    const parts = name.split(/\s+/);
    const asPerson: RawMention = { ...m, kind: 'person', parts, form: parts.length === 1 ? 'surname' : 'full', kindRule: 'actor.person.over-place-cue' };
    const person = m.placeCue === 'weak' ? (parts.length === 1 ? matchSurname(fulls, name, m.start) : findFull(parts)?.draft) : undefined;
    if (person) {
      add(person, asPerson);
      continue;
    }
    if (m.placeCue === 'weak' && parts.length === 1 && personWords.has(name)) {
      // "attacks on Hale" … "Hale said": the name speaks elsewhere, so it is a person.
      persons.push(asPerson);
      continue;
    }
    const d = draft('place', name, false);
    add(d, m);
    placeByName.set(name, d);
    if (m.placeCue === 'strong') strongPlaces.add(d);
  }
  for (const m of placeLike) {
    const place = placeByName.get(m.parts.join(' '));
    if (place) add(place, { ...m, kind: 'place', form: 'full', kindRule: 'actor.place-name' });
  }

  // Single words (and weak multi-word names) join a full name by surname, else by given name.
  const singles = new Map<string, Draft>();
  const pending: RawMention[] = [];
  for (const m of persons) {
    if (m.parts.length >= 2 && !m.headline && (m.oov || m.cue)) continue;
    const place = placeByName.get(m.parts.join(' '));
    // A sentence-initial bare name joins only a place named as such ("the city of X"), not one
    // guessed from a preposition ("shares in Acme" … "Acme, the carmaker, said").
    if (place && !personEvidence(m) && (!m.sentenceInitial || strongPlaces.has(place))) {
      add(place, { ...m, kind: 'place', form: 'full', kindRule: 'actor.place-name' });
      continue;
    }
    const target = m.parts.length === 1 ? matchSurname(fulls, m.parts[0], m.start) : findFull(m.parts)?.draft;
    if (target) add(target, m);
    else if (m.headline && m.parts.length > 1) {
      // A headline run mixes names and title-case words ("Macron Hosts Key Summit"): keep the known names in it.
      for (const sub of splitHeadline(text, m, fulls)) add(sub.draft, sub.mention);
    } else pending.push(m);
  }
  // Lone surnames: an actor when some mention has evidence (or the name recurs mid-sentence).
  const byWord = new Map<string, RawMention[]>();
  for (const m of pending) if (m.parts.length === 1) byWord.set(m.parts[0], [...(byWord.get(m.parts[0]) ?? []), m]);
  for (const [word, ms] of byWord) {
    // Evidence: a cue on some mention, or an out-of-vocabulary word used twice in the body
    // (one stray capitalized word is not enough).
    const repeated = ms.filter((m) => !m.headline && m.oov).length;
    if (!ms.some((m) => m.cue && !m.headline) && repeated < 2) continue;
    const d: Draft = { kind: 'person', name: word, known: false, mentions: [], facts: [] };
    singles.set(word, d);
    for (const m of ms) add(d, m);
  }

  const personDrafts = [...new Set([...fulls.map((f) => f.draft), ...singles.values()])];
  for (const f of fulls) f.draft.name = f.parts.join(' ');
  const allDrafts = new Map<string, Draft>();
  for (const d of [...drafts.values(), ...personDrafts]) if (d.mentions.length > 0) allDrafts.set(actorId(d.kind, d.name), d);

  // "the Fund", "the Commission's": the one organization named before whose name holds that head.
  for (const m of lone) {
    const word = text.slice(m.start, m.end);
    const orgs = [...allDrafts.values()].filter((d) => d.kind === 'organization' && d.name.split(/[\s-]+/).includes(word) && d.mentions.some((x) => x.start < m.start));
    if (orgs.length === 1) add(orgs[0], { ...m, form: 'alias' });
  }

  // "the Chinese leader" → the one person labelled with that place and a fitting role.
  const labelSpans = input.mentions.flatMap(factsOf);
  for (const desc of input.descriptors) {
    // "Li Qiang, the Chinese premier": already the label of a named mention.
    if (labelSpans.some((l) => l.start < desc.end && desc.start < l.end)) continue;
    const target = pickDescribed(personDrafts.filter((d) => d.mentions.length > 0), desc, input.lexicon);
    if (!target) continue;
    target.mentions.push({ raw: null, start: desc.start, end: desc.end, form: 'descriptor', possessive: false, label: desc.label, sentence: desc.sentence });
  }

  // "Putin's office": an organization of its own, named after the person's canonical name.
  for (const d of personDrafts) {
    for (const m of [...d.mentions]) {
      if (!m.possessive || !m.raw) continue;
      const at = m.raw.last + 2;
      const next = tokens[at];
      if (!next || next.sentence !== m.sentence || !input.possessedOrgs.has(next.normal)) continue;
      const name = `${d.name}'s ${next.normal}`;
      const org: Draft = allDrafts.get(actorId('organization', name)) ?? { kind: 'organization', name, known: false, mentions: [], facts: [] };
      allDrafts.set(actorId('organization', name), org);
      const poss = tokens[at + 1] ?? null;
      org.mentions.push({
        raw: null,
        start: m.start,
        end: next.end,
        form: 'alias',
        possessive: poss !== null && /^['’]s?$/.test(poss.text) && poss.start === next.end,
        label: null,
        sentence: m.sentence,
      });
    }
  }

  const actors: Actor[] = [];
  for (const [id, d] of allDrafts) {
    const mentions: Mention[] = d.mentions
      .map((m) => ({
        actorId: id,
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
        form: m.form,
        possessive: m.possessive,
        label: m.label ? publicLabel(m.label) : null,
        sentence: m.sentence,
      }))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    const aliases = [...new Set(mentions.map((m) => m.text))].sort();
    actors.push({ id, name: d.name, kind: d.kind, aliases, mentions, known: d.known, rule: kindRule(d) });
  }
  return actors.sort((a, b) => a.mentions[0].start - b.mentions[0].start || (a.id < b.id ? -1 : 1));
}

function matchSurname(fulls: { parts: string[]; draft: Draft; at: number[] }[], word: string, at: number): Draft | undefined {
  // Surname first, then given name ("Xi" of "Xi Jinping"), then any part ("Lula" of "Luiz Inácio Lula da Silva").
  const bySurname = fulls.filter((f) => f.parts[f.parts.length - 1] === word);
  const byFirst = fulls.filter((f) => f.parts[0] === word);
  const candidates = bySurname.length > 0 ? bySurname : byFirst.length > 0 ? byFirst : fulls.filter((f) => f.parts.includes(word));
  if (candidates.length <= 1) return candidates[0]?.draft;
  // Several people share the word: the one named most recently before this mention.
  let best = candidates[0];
  let bestAt = -1;
  for (const c of candidates) {
    const before = c.at.filter((x) => x <= at);
    const last = before.length ? Math.max(...before) : -1;
    if (last > bestAt) {
      best = c;
      bestAt = last;
    }
  }
  return best.draft;
}

/** Every label read on a mention (its shown label when no other was kept). */
function factsOf(m: RawMention): FoundLabel[] {
  return m.facts.length > 0 ? m.facts : m.label ? [m.label] : [];
}

/** The rule behind an actor's kind: that of its first name mention of that kind ("Putin's office" has none). */
function kindRule(d: Draft): string {
  const named = d.mentions.find((m) => m.raw && m.raw.kind === d.kind);
  return named?.raw?.kindRule ?? (d.kind === 'organization' ? 'actor.possessed-organization' : 'actor.linked');
}

function publicLabel(l: FoundLabel): Mention['label'] {
  return { text: l.text, start: l.start, end: l.end, head: l.head, key: l.key, evaluative: l.evaluative, category: l.category, temporal: l.temporal, rule: l.rule };
}

/** Known full names and surnames inside a headline run, longest first, as mentions of their own. */
function splitHeadline(text: string, m: RawMention, fulls: { parts: string[]; draft: Draft }[]): { draft: Draft; mention: RawMention }[] {
  const offsets: number[] = [];
  let at = m.start;
  for (const p of m.parts) {
    const o = text.indexOf(p, at);
    offsets.push(o);
    at = o + p.length;
  }
  const out: { draft: Draft; mention: RawMention }[] = [];
  for (let i = 0; i < m.parts.length; ) {
    let matched = 0;
    let draft: Draft | undefined;
    for (let n = m.parts.length - i; n >= 2 && !draft; n--) {
      const f = fulls.find((x) => x.parts.join(' ') === m.parts.slice(i, i + n).join(' '));
      if (f) {
        draft = f.draft;
        matched = n;
      }
    }
    if (!draft) {
      const word = m.parts[i];
      const f = fulls.find((x) => x.parts[x.parts.length - 1] === word) ?? fulls.find((x) => x.parts[0] === word);
      if (f) {
        draft = f.draft;
        matched = 1;
      }
    }
    if (!draft) {
      i++;
      continue;
    }
    const start = offsets[i];
    const end = offsets[i + matched - 1] + m.parts[i + matched - 1].length;
    const next = text.slice(end, end + 2);
    out.push({
      draft,
      mention: { ...m, start, end, parts: m.parts.slice(i, i + matched), form: matched > 1 ? 'full' : 'surname', label: null, possessive: /^['’]s?/.test(next) && /^['’](s|\s|$)/.test(next) },
    });
    i += matched;
  }
  return out;
}
