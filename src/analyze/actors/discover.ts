/**
 * Discovery: turn name runs, gazetteer matches, group nouns and "the Chinese leader"
 * descriptors into raw mentions with a kind. Linking them into actors is coref.ts's job.
 */
import type { ActorKind, MentionForm } from '../../types/analysis.js';
import type { Lexicons } from '../../lexicons/index.js';
import type { GazetteerEntry } from '../../lexicons/gazetteer.js';
import type { Token } from '../tokens.js';
import { knownWords } from '../nlp.js';
import { indexGazetteer, matchAt, type GazetteerIndex, type GazetteerMatch } from './gazetteer-match.js';
import { findNameRuns, firstWords, headlineSentences, isCapitalized, type NameRun } from './names.js';
import { findLabel, labelBefore, labelKey, type FoundLabel, type LabelEnv } from './labels.js';

export interface RawMention {
  /** The name span: no honorific, no label, no "'s". */
  start: number;
  end: number;
  first: number;
  last: number;
  kind: ActorKind;
  form: MentionForm;
  possessive: boolean;
  honorific: boolean;
  label: FoundLabel | null;
  sentence: number;
  /** For persons: the name's words ("Chung", "Chih-tung"). */
  parts: string[];
  /** For known actors: the gazetteer entry. */
  entry: GazetteerEntry | null;
  /** Person evidence: a title, label, honorific or speech verb marks this as a person. */
  cue: boolean;
  /** Some word of the name is outside the model's English vocabulary (typical of names). */
  oov: boolean;
  sentenceInitial: boolean;
  headline: boolean;
}

export interface Descriptor {
  start: number;
  end: number;
  first: number;
  last: number;
  sentence: number;
  label: FoundLabel;
  /** Place the descriptor names ("Chinese" → China). */
  place: string;
  head: string;
}

export interface Discovery {
  mentions: RawMention[];
  descriptors: Descriptor[];
  env: LabelEnv;
  gazetteer: GazetteerIndex;
}

const POSSESSIVE = /^['’]s?$/;
const ORG_LINKS = new Set(['of', 'for', 'on', '&']);
/** Prepositions of place: a capitalized name after them with no person evidence is a place ("in São Paulo"). */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout']);

export function discover(text: string, tokens: Token[], lexicons: Lexicons, userEntries: GazetteerEntry[]): Discovery {
  const gaz = indexGazetteer(lexicons.gazetteer, userEntries);
  const g = lexicons.gazetteer;
  const orgHeads = new Set(g.orgHeads);
  const placeHeads = new Set(g.placeHeads);
  const eventHeads = new Set(g.eventHeads);
  const speech = new Set(g.speechVerbs);
  const labels = lexicons.labels;
  const honorifics = new Set(labels.honorifics);

  // Gazetteer matches, longest first, left to right.
  const gazAt = new Map<number, GazetteerMatch>();
  const gazEndingAt = new Map<number, GazetteerMatch>();
  const gazTokens = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== 'word') continue;
    const m = matchAt(gaz, text, tokens, i);
    if (!m) continue;
    gazAt.set(i, m);
    gazEndingAt.set(m.last, m);
    for (let k = m.first; k <= m.last; k++) gazTokens.add(k);
    i = m.last;
  }

  const headlines = headlineSentences(tokens);
  const starts = firstWords(tokens);
  const runs = findNameRuns(tokens, orgHeads, headlines, starts, gazTokens);
  const runAt = new Map<number, NameRun>();
  for (const r of runs) runAt.set(r.first, r);

  /** An organization head last, or followed by its complement: "Organization of American States". */
  const isOrgName = (a: number, b: number): boolean => {
    if (orgHeads.has(tokens[b].text)) return true;
    for (let x = a; x < b; x++) if (orgHeads.has(tokens[x].text) && ORG_LINKS.has(tokens[x + 1].text)) return true;
    return false;
  };
  const groupWords = new Set(g.groups);

  const env: LabelEnv = {
    text,
    tokens,
    lexicon: labels,
    gazetteerEndingAt: gazEndingAt,
    organizationAt(i) {
      const m = gazAt.get(i);
      if (m && m.entry.kind === 'organization') return { last: m.last, name: m.entry.name };
      const r = runAt.get(i);
      if (r && isOrgName(r.first, r.last)) return { last: r.last, name: text.slice(tokens[r.first].start, tokens[r.last].end) };
      return null;
    },
  };

  // Which name words the model knows as ordinary English words.
  const words: string[] = [];
  for (const r of runs) for (let k = r.first; k <= r.last; k++) if (tokens[k].type === 'word') words.push(tokens[k].text.toLowerCase());
  const known = knownWords(words);
  const isOov = (k: number) => tokens[k].type === 'word' && /\p{L}/u.test(tokens[k].text) && tokens[k].text !== '-' && !known.has(tokens[k].text.toLowerCase());

  const mentions: RawMention[] = [];
  const base = (first: number, last: number, kind: ActorKind, run: NameRun): RawMention => ({
    start: tokens[first].start,
    end: tokens[last].end,
    first,
    last,
    kind,
    form: 'full',
    possessive: POSSESSIVE.test(tokens[last + 1]?.text ?? '') && tokens[last + 1].start === tokens[last].end,
    honorific: false,
    label: null,
    sentence: tokens[first].sentence,
    parts: [],
    entry: null,
    cue: false,
    oov: false,
    sentenceInitial: run.sentenceInitial,
    headline: run.headline,
  });
  const entity = (m: GazetteerMatch, run: NameRun): RawMention => ({
    ...base(m.first, m.last, m.entry.kind, run),
    entry: m.entry,
    form: m.via === 'alias' ? 'alias' : 'full',
  });

  for (const run of runs) {
    let a = run.first;
    const b = run.last;
    const honor = honorifics.has(tokens[a].text);
    if (honor) a++;
    if (a > b) continue;
    const whole = gazAt.get(a);
    if (whole && whole.last === b) {
      // Lone demonyms ("Chinese") are adjectives or groups, handled elsewhere.
      if (whole.via !== 'demonym') mentions.push(entity(whole, run));
      continue;
    }
    if (run.headline) {
      // In headlines a run is just capitalized words: keep the known names in it ("NATO SAID NOTHING").
      const known: GazetteerMatch[] = [];
      for (let x = a; x <= b; x++) {
        const m = gazAt.get(x);
        if (m && m.last <= b && m.via !== 'demonym') known.push(m);
      }
      if (known.length > 0) {
        for (const m of known) mentions.push(entity(m, run));
        continue;
      }
      // The rest may hold names of people found in the body; the linker splits it.
      const weak = base(a, b, 'person', run);
      weak.parts = text.slice(weak.start, weak.end).split(/\s+/);
      weak.form = weak.parts.length === 1 ? 'surname' : 'full';
      mentions.push(weak);
      continue;
    }
    // "World War II", "Summit 2025": a trailing number or numeral does not hide the head.
    const headAt = b > a && /^(?:[IVX]+|\d+)$/.test(tokens[b].text) ? b - 1 : b;
    const lastWord = tokens[headAt].text;
    if (eventHeads.has(lastWord)) continue;
    if (isOrgName(a, headAt) && b > a) {
      mentions.push({ ...base(a, b, 'organization', run), cue: true });
      continue;
    }
    if (placeHeads.has(lastWord) && b > a) {
      mentions.push({ ...base(a, b, 'place', run), cue: true });
      continue;
    }
    // Leading label words inside the run: "Russian President", "Foreign Minister", "U.S. Vice President".
    let k = a;
    while (k <= b) {
      const m = gazAt.get(k);
      if (m && m.last < b && m.entry.kind !== 'person') {
        k = m.last + 1;
        continue;
      }
      const lower = tokens[k].text.toLowerCase();
      if (k < b && (labels.heads[lower] || labels.modifiers.includes(lower) || labels.temporal[lower] || labels.evaluativeModifiers.includes(lower))) {
        k++;
        continue;
      }
      if (k < b && tokens[k].text === '-' ) {
        k++;
        continue;
      }
      break;
    }
    // A role word inside the run ends its label part: "Apple CEO Tim Cook", "European Commission President Ursula ...".
    for (let p = b - 1; p >= k; p--) {
      if (labels.heads[tokens[p].text.toLowerCase()]) {
        k = p + 1;
        break;
      }
    }
    let titled = k > a;
    let honorific = honor;
    if (honorifics.has(tokens[k].text) && k < b) {
      honorific = true;
      k++;
    }
    const rest = gazAt.get(k);
    if (rest && rest.last === b) {
      if (rest.via !== 'demonym') mentions.push(entity(rest, run));
      continue;
    }
    if (k === b && /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u.test(tokens[k].text) && !honorific && !titled) {
      // Unknown acronyms are organizations (UNN, RSF), except in ALL-CAPS or title-case lines.
      if (run.headline) continue;
      mentions.push({ ...base(k, b, 'organization', run), cue: true });
      continue;
    }
    let oov = false;
    for (let x = k; x <= b; x++) if (isOov(x)) oov = true;
    const inner: GazetteerMatch[] = [];
    for (let x = k; x <= b; x++) {
      const m = gazAt.get(x);
      if (m && m.last <= b) inner.push(m);
    }
    const endsInPlace = inner.some((m) => m.last === b && m.entry.kind === 'place');
    if (inner.length > 0 && (!oov || endsInPlace) && !honorific && !titled) {
      // "Nazi Germany": keep the known place, drop the rest.
      for (const m of inner) if (m.via !== 'demonym') mentions.push(entity(m, run));
      continue;
    }
    // "Analysts said": a group noun at the start of a sentence, not a person.
    if (k === b && groupWords.has(tokens[k].text.toLowerCase())) continue;
    const mention = base(k, b, 'person', run);
    mention.parts = text.slice(mention.start, mention.end).split(/\s+/);
    mention.honorific = honorific;
    mention.oov = oov;
    mention.label = findLabel(env, k, b, honorific);
    titled = titled && mention.label !== null;
    if (honorific) mention.form = 'honorific';
    else if (titled && mention.parts.length === 1) mention.form = 'title';
    else mention.form = mention.parts.length === 1 ? 'surname' : 'full';
    const after = tokens[b + (mention.possessive ? 2 : 1)];
    const speaks = after !== undefined && after.sentence === tokens[b].sentence && (after.pos === 'VERB' || after.pos === 'AUX') && speech.has(after.lemma.toLowerCase());
    const roleLabel = mention.label !== null && mention.label.category !== 'affiliation';
    // "said Rachel Power", "according to Hale": a speaker named after the verb.
    const before = tokens[a - 1];
    const spokenOf =
      before !== undefined && before.sentence === tokens[a].sentence &&
      ((before.pos === 'VERB' && speech.has(before.lemma.toLowerCase())) || (before.text.toLowerCase() === 'to' && tokens[a - 2]?.text.toLowerCase() === 'according'));
    mention.cue = honorific || titled || roleLabel || speaks || spokenOf;
    const prep = tokens[a - 1];
    // "a South Carolina Republican": names do not take an indefinite article.
    if (!mention.cue && prep && /^an?$/i.test(prep.text)) continue;
    if (!mention.cue && mention.oov && !mention.possessive && !run.headline && prep && PLACE_PREPOSITIONS.has(prep.text.toLowerCase())) {
      mentions.push({ ...base(k, b, 'place', run), cue: true });
      continue;
    }
    mentions.push(mention);
  }

  // Gazetteer names outside any run (wink sometimes tags a capitalized name word as a verb: "Downing Street").
  const inRun = new Set<number>();
  for (const r of runs) for (let x = r.first; x <= r.last; x++) inRun.add(x);
  for (const m of gazAt.values()) {
    if (m.via === 'demonym' || inRun.has(m.first) || inRun.has(m.last)) continue;
    const pseudo: NameRun = { first: m.first, last: m.last, sentenceInitial: starts.get(tokens[m.first].sentence) === m.first, headline: headlines.has(tokens[m.first].sentence) };
    mentions.push(entity(m, pseudo));
  }

  mentions.push(...findGroups(tokens, gaz, new Set(g.groups), gazAt));
  const descriptors = findDescriptors(env, tokens, gazAt, lexicons, runAt);
  return { mentions: mentions.sort((x, y) => x.start - y.start), descriptors, env, gazetteer: gaz };
}

/** Group actors: "analysts", "critics", "the Russians", "the Chinese" (a demonym used as a noun). */
function findGroups(tokens: Token[], gaz: GazetteerIndex, groups: Set<string>, gazAt: Map<number, GazetteerMatch>): RawMention[] {
  const out: RawMention[] = [];
  const make = (i: number, name: string): RawMention => ({
    start: tokens[i].start,
    end: tokens[i].end,
    first: i,
    last: i,
    kind: 'group',
    form: 'full',
    possessive: POSSESSIVE.test(tokens[i + 1]?.text ?? '') && tokens[i + 1].start === tokens[i].end,
    honorific: false,
    label: null,
    sentence: tokens[i].sentence,
    parts: [name],
    entry: { name, kind: 'group' },
    cue: true,
    oov: false,
    sentenceInitial: false,
    headline: false,
  });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    const lower = t.text.toLowerCase();
    if (groups.has(lower) && (t.pos === 'NOUN' || (t.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(t.text)))) {
      out.push(make(i, lower));
      continue;
    }
    // "Russians", "Americans": a demonym plus s.
    if (/^\p{Lu}/u.test(t.text) && lower.endsWith('s') && gaz.demonyms.has(lower.slice(0, -1))) {
      out.push(make(i, t.text));
      continue;
    }
    // "the Chinese" with no noun after it.
    const m = gazAt.get(i);
    if (m && m.via === 'demonym' && m.first === m.last && /^the$/i.test(tokens[i - 1]?.text ?? '')) {
      const next = tokens[i + 1];
      if (!next || !(next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || isCapitalized(next))) out.push(make(i, `the ${t.text}`));
    }
  }
  return out;
}

/**
 * Descriptor mentions: "the Chinese leader", "the Russian president", "The President of China",
 * "China's president": a role head with a place and no name after it.
 */
function findDescriptors(env: LabelEnv, tokens: Token[], gazAt: Map<number, GazetteerMatch>, lexicons: Lexicons, runAt: Map<number, NameRun>): Descriptor[] {
  const out: Descriptor[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const head = lexicons.labels.heads[t.text.toLowerCase()];
    if (!head || (head.category !== 'role' && head.category !== 'epithet') || t.type !== 'word') continue;
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence && (isCapitalized(next) || runAt.has(i + 1)) && next.text !== 'of') continue;
    if (next && /^['’]s?$/.test(next.text)) continue;
    // "China's top diplomat, Wang Yi": an appositive label, not a descriptor mention.
    if (next?.text === ',' && tokens[i + 2] && isCapitalized(tokens[i + 2])) continue;
    const label = labelBefore(env, i, true);
    let place = label?.affiliations[0] ?? null;
    let last = i;
    if (next?.text === 'of') {
      let j = i + 2;
      if (tokens[j]?.text === 'the') j++;
      const m = gazAt.get(j);
      if (m && (m.entry.kind === 'place' || m.entry.kind === 'organization') && m.via !== 'demonym') {
        place = m.entry.name;
        last = m.last;
      }
    }
    if (!place) continue;
    const first = label ? label.first : i;
    const before = tokens[first - 1];
    const determined = before && /^the$/i.test(before.text);
    const possessed = label !== null && /['’]s?$/.test(env.text.slice(label.start, label.end).split(/\s+/)[0] ?? '');
    if (!determined && !possessed) continue;
    const start = tokens[first].start;
    const end = tokens[last].end;
    const text = env.text.slice(start, end);
    const key = labelKey(text, lexicons.labels);
    const lab: FoundLabel = label
      ? { ...label, end, text, key, last, affiliations: [place] }
      : { text, start, end, head: t.text.toLowerCase(), key, evaluative: head.evaluative, category: head.category, temporal: null, first, last, affiliations: [place] };
    out.push({ start, end, first, last, sentence: t.sentence, label: lab, place, head: t.text.toLowerCase() });
  }
  return out;
}
