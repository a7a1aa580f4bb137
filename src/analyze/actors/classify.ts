/**
 * What a capitalized run is: a known name, an organization, a place, an event (skipped),
 * or a person with its label, honorific and the evidence that it names a person.
 */
import type { LabelLexicon } from '../../lexicons/labels.js';
import type { Token } from '../tokens.js';
import type { GazetteerMatch } from './gazetteer-match.js';
import type { NameRun } from './names.js';
import { findAllLabels, labelBefore, type LabelEnv } from './labels.js';
import { rawMention, type RawMention } from './raw-mention.js';

export interface RunEnv {
  text: string;
  tokens: Token[];
  labels: LabelLexicon;
  labelEnv: LabelEnv;
  gazAt: Map<number, GazetteerMatch>;
  honorifics: Set<string>;
  placeHeads: Set<string>;
  placeLeads: Set<string>;
  eventHeads: Set<string>;
  speech: Set<string>;
  groupWords: Set<string>;
  orgHeads: Set<string>;
  orgLabelHeads: Set<string>;
  isOrgName(a: number, b: number): boolean;
  isOov(i: number): boolean;
  /** Whether the words around tokens first..last say they name a place. */
  placeCue(first: number, last: number): 'strong' | 'weak' | null;
  /** Lower-cased demonym → its place or body ("republican" → Republican Party). */
  demonyms: Map<string, unknown>;
  /** "Jr.", "III": alone they name nobody. */
  nameSuffixes: Set<string>;
}

/** What the rules know of the run as they go: the name's bounds after honorific and label words. */
interface RunCtx {
  run: NameRun;
  env: RunEnv;
  /** First token after a leading honorific. */
  a: number;
  b: number;
  honor: boolean;
  /** The word that says what the name is, and its index ("World War II" → "War"). */
  lastWord: string;
  headAt: number;
  /** First token of the name proper, after label words ("Foreign Minister X"). */
  k: number;
  titled: boolean;
  honorific: boolean;
  oov: boolean;
  person: RawMention | null;
}

/** A rule returns the run's mentions (maybe none: the run names nothing) or null to pass it on. */
export interface KindRule {
  id: string;
  apply(c: RunCtx): RawMention[] | null;
}

const base = (c: RunCtx, first: number, last: number, kind: RawMention['kind'], rule: string): RawMention => rawMention(c.env.tokens, first, last, kind, c.run, rule);
const entity = (c: RunCtx, m: GazetteerMatch): RawMention => ({ ...base(c, m.first, m.last, m.entry.kind, 'actor.gazetteer'), entry: m.entry, form: m.via === 'alias' ? 'alias' : 'full' });
const none: RawMention[] = [];

/** The rules in order; the first that returns mentions decides. Steps (returning null always) prepare later rules. */
export const KIND_RULES: readonly KindRule[] = [
  { id: 'actor.honorific-alone', apply: (c) => (c.a > c.b ? none : null) },
  {
    // A known name; lone demonyms ("Chinese") are adjectives or groups, handled elsewhere.
    id: 'actor.gazetteer',
    apply: (c) => {
      const whole = c.env.gazAt.get(c.a);
      if (!whole || whole.last !== c.b) return null;
      return whole.via !== 'demonym' ? [entity(c, whole)] : none;
    },
  },
  { id: 'actor.headline-name', apply: headlineRun },
  { id: 'actor.event', apply: (c) => (c.env.eventHeads.has(c.lastWord) ? none : null) },
  {
    // "greedy developer Dravik Construction": an organization's descriptor is framing too.
    // A place possessive alone ("Russia's Defence Ministry") says whose body it is, no descriptor.
    id: 'actor.organization-name',
    apply: (c) => {
      if (!(c.env.isOrgName(c.a, c.headAt) && c.b > c.a)) return null;
      const found = c.honor ? null : labelBefore(c.env.labelEnv, c.a - 1, true);
      const label = found && found.category !== 'affiliation' ? found : null;
      return [{ ...base(c, c.a, c.b, 'organization', 'actor.organization-name'), cue: true, ...(label ? { label } : {}) }];
    },
  },
  {
    // "Harbor Bridge", "Port Velna", "Lake Kivu": a place by its last or first word; after a
    // first word the rest must be a name, not a common noun ("the Port Employers' Association").
    id: 'actor.place-word',
    apply: (c) => {
      const { env, a, b } = c;
      const led = env.placeLeads.has(env.tokens[a].text) && env.tokens.slice(a + 1, b + 1).every((_, x) => env.isOov(a + 1 + x));
      return (env.placeHeads.has(c.lastWord) || led) && b > a ? [{ ...base(c, a, b, 'place', 'actor.place-word'), cue: true }] : null;
    },
  },
  { id: 'actor.step.label-words', apply: stripLabelWords },
  {
    id: 'actor.gazetteer.after-label',
    apply: (c) => {
      const rest = c.env.gazAt.get(c.k);
      if (!rest || rest.last !== c.b) return null;
      return rest.via !== 'demonym' ? [entity(c, rest)] : none;
    },
  },
  // "Q:", "I.": a lone capital letter is not a name; nor is a lone "Jr." or "III".
  { id: 'actor.lone-letter', apply: (c) => (c.k === c.b && (/^\p{Lu}\.?$/u.test(c.env.tokens[c.k].text) || c.env.nameSuffixes.has(c.env.tokens[c.k].text)) ? none : null) },
  // "SB1062", "F-35", "A16": a word mixing letters and digits is a bill, product or page code, no name.
  { id: 'actor.code', apply: (c) => (c.k === c.b && /\p{L}/u.test(c.env.tokens[c.k].text) && /\d/.test(c.env.tokens[c.k].text) ? none : null) },
  {
    // Unknown acronyms are organizations (UNN, RSF); headline runs never get this far.
    id: 'actor.acronym',
    apply: (c) => {
      const { k, b, env } = c;
      if (k !== b || !/^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u.test(env.tokens[k].text) || c.honorific || c.titled || shouted(env.tokens, k, env.isOov)) return null;
      return [{ ...base(c, k, b, 'organization', 'actor.acronym'), cue: true }];
    },
  },
  {
    // "the Fund", "the Commission said": an organization named in full elsewhere, never a person.
    id: 'actor.organization-head',
    apply: (c) => (c.k === c.b && c.env.orgHeads.has(c.env.tokens[c.k].text) && !c.honorific && !c.titled ? [{ ...base(c, c.k, c.b, 'organization', 'actor.organization-head'), loneOrgHead: true }] : null),
  },
  {
    // "the advocacy group Protect Ohio Families": a name an organization's label introduces is that organization, known place inside or not.
    id: 'actor.organization-label.before',
    apply: (c) => {
      if (c.honorific || c.titled || c.k !== c.a || c.b === c.a) return null;
      const label = labelBefore(c.env.labelEnv, c.a - 1);
      return label && c.env.orgLabelHeads.has(label.head) ? [{ ...base(c, c.a, c.b, 'organization', 'actor.organization-label.before'), label, cue: true }] : null;
    },
  },
  { id: 'actor.gazetteer.inside-run', apply: knownInside },
  // "Analysts said", "Democrats said", "Americans": a group noun or plural demonym (a group actor of its own, see groups.ts), not a person.
  { id: 'actor.group-word', apply: (c) => (c.k === c.b && isGroupWord(c.env, c.env.tokens[c.k].text.toLowerCase()) ? none : null) },
  { id: 'actor.step.person', apply: readPerson },
  // "a South Carolina Republican": names do not take an indefinite article.
  { id: 'actor.indefinite', apply: (c) => (!c.person!.cue && c.env.labels.indefiniteArticles.includes(c.env.tokens[c.a - 1]?.text.toLowerCase() ?? '') ? none : null) },
  {
    // "the analysis firm R.Politik", "Atlantic Council, a think tank": an organization's label.
    id: 'actor.organization-label',
    apply: (c) => {
      const m = c.person!;
      return m.label && c.env.orgLabelHeads.has(m.label.head) && !c.honorific ? [{ ...base(c, c.k, c.b, 'organization', 'actor.organization-label'), label: m.label, cue: true }] : null;
    },
  },
  {
    // "the city of Zaporizhzhia", "Kharkiv region" name a place whatever else is said of them; a
    // weaker cue ("strikes on Kharkiv", "near Bakhmut") needs a name that is no English word.
    id: 'actor.place-cue',
    apply: (c) => {
      const m = c.person!;
      const roleLabel = m.label !== null && m.label.category !== 'affiliation';
      const cue = c.titled || c.honorific ? null : c.env.placeCue(c.a, c.b);
      const fits = (cue === 'strong' && !roleLabel) || (cue === 'weak' && !m.cue && m.oov && !m.possessive && m.parts.length <= 3);
      return fits ? [{ ...base(c, c.k, c.b, 'place', 'actor.place-cue'), cue: true, placeCue: cue }] : null;
    },
  },
  { id: 'actor.person', apply: (c) => [c.person!] },
];

export function classifyRun(run: NameRun, env: RunEnv): RawMention[] {
  const honor = env.honorifics.has(env.tokens[run.first].text);
  let a = honor ? run.first + 1 : run.first;
  // "FIRED Eric Cantor", "BRAVE mum Jane": a shouted English word before a name is the headline's voice, not the name.
  if (!run.headline && a < run.last && shoutedLead(env, a)) a++;
  const b = run.last;
  // "World War II", "Summit 2025": a trailing number or numeral does not hide the head.
  const headAt = b > a && /^(?:[IVX]+|\d+)$/.test(env.tokens[b].text) ? b - 1 : b;
  const lastWord = a <= b ? env.tokens[headAt].text : '';
  const c: RunCtx = { run, env, a, b, honor, lastWord, headAt, k: a, titled: false, honorific: honor, oov: false, person: null };
  for (const rule of KIND_RULES) {
    const out = rule.apply(c);
    if (out) return out;
  }
  return none;
}

/** In headlines a run is just capitalized words: keep the known names in it ("NATO SAID NOTHING"); the rest may hold names of people found in the body, which the linker splits. */
function headlineRun(c: RunCtx): RawMention[] | null {
  if (!c.run.headline) return null;
  const known: GazetteerMatch[] = [];
  for (let x = c.a; x <= c.b; x++) {
    const m = c.env.gazAt.get(x);
    if (m && m.last <= c.b && m.via !== 'demonym') known.push(m);
  }
  if (known.length > 0) return known.map((m) => entity(c, m));
  const weak = base(c, c.a, c.b, 'person', 'actor.headline-name');
  weak.parts = c.env.text.slice(weak.start, weak.end).split(/\s+/);
  weak.form = weak.parts.length === 1 ? 'surname' : 'full';
  return [weak];
}

/** Leading label words inside the run ("Russian President", "U.S. Vice President"), up to the last role word ("Apple CEO Tim Cook"), and an honorific after them. */
function stripLabelWords(c: RunCtx): null {
  const { env, a, b } = c;
  const { tokens, labels, gazAt } = env;
  let k = a;
  while (k <= b) {
    const m = gazAt.get(k);
    if (m && m.last < b && m.entry.kind !== 'person') {
      k = m.last + 1;
      continue;
    }
    const lower = tokens[k].text.toLowerCase();
    if (k < b && (labels.heads[lower] || labels.heads[singular(lower)] || labels.modifiers.includes(lower) || labels.temporal[lower] || labels.evaluativeModifiers.includes(lower) || tokens[k].text === '-')) {
      k++;
      continue;
    }
    break;
  }
  for (let p = b - 1; p >= k; p--) {
    if (labels.heads[tokens[p].text.toLowerCase()]) {
      k = p + 1;
      break;
    }
  }
  c.titled = k > a;
  if (env.honorifics.has(tokens[k].text) && k < b) {
    c.honorific = true;
    k++;
  }
  c.k = k;
  return null;
}

/** "Nazi Germany": a known place (or other known name) inside a run of English words; keep it, drop the rest. */
function knownInside(c: RunCtx): RawMention[] | null {
  const { env, k, b } = c;
  for (let x = k; x <= b; x++) if (env.isOov(x)) c.oov = true;
  const inner: GazetteerMatch[] = [];
  for (let x = k; x <= b; x++) {
    const m = env.gazAt.get(x);
    if (m && m.last <= b) inner.push(m);
  }
  const endsInPlace = inner.some((m) => m.last === b && m.entry.kind === 'place');
  if (inner.length === 0 || (c.oov && !endsInPlace) || c.honorific || c.titled) return null;
  return inner.filter((m) => m.via !== 'demonym').map((m) => entity(c, m));
}

/** The person reading of the run: its labels, form and the evidence that it names a person. */
function readPerson(c: RunCtx): null {
  const { env, a, k, b } = c;
  const { tokens, speech } = env;
  const mention = base(c, k, b, 'person', 'actor.person');
  mention.parts = env.text.slice(mention.start, mention.end).split(/\s+/);
  mention.honorific = c.honorific;
  mention.oov = c.oov;
  mention.facts = findAllLabels(env.labelEnv, a, k, b, c.honorific);
  mention.label = mention.facts[0] ?? null;
  c.titled = c.titled && mention.label !== null;
  if (c.honorific) mention.form = 'honorific';
  else if (c.titled && mention.parts.length === 1) mention.form = 'title';
  else mention.form = mention.parts.length === 1 ? 'surname' : 'full';
  const after = tokens[b + (mention.possessive ? 2 : 1)];
  const speaks = after !== undefined && after.sentence === tokens[b].sentence && (after.pos === 'VERB' || after.pos === 'AUX') && speech.has(after.lemma.toLowerCase());
  const roleLabel = mention.label !== null && mention.label.category !== 'affiliation';
  // "said Rachel Power", "according to Hale": a speaker named after the verb.
  const before = tokens[a - 1];
  const spokenOf =
    before !== undefined && before.sentence === tokens[a].sentence &&
    ((before.pos === 'VERB' && speech.has(before.lemma.toLowerCase())) || (before.text.toLowerCase() === 'to' && tokens[a - 2]?.text.toLowerCase() === 'according'));
  mention.cue = c.honorific || c.titled || roleLabel || speaks || spokenOf;
  c.person = mention;
  return null;
}

/** A plural title read as its singular: "Senators" → "senator", "Reps." → "rep.". */
function singular(lower: string): string {
  return lower.replace(/s(\.?)$/, '$1');
}

function isGroupWord(env: RunEnv, lower: string): boolean {
  return env.groupWords.has(lower) || (lower.endsWith('s') && env.demonyms.has(lower.slice(0, -1)));
}

/** An all-capital English word of four letters or more, then a word in normal case. */
function shoutedLead(env: RunEnv, a: number): boolean {
  const t = env.tokens[a];
  const next = env.tokens[a + 1];
  return /^\p{Lu}{4,}$/u.test(t.text) && !env.isOov(a) && !env.gazAt.has(a) && next !== undefined && /^\p{Lu}\p{Ll}/u.test(next.text);
}

/**
 * A tabloid's capitalized adjective before a label and a name ("GREEDY bank boss Marcus
 * Thorne", "BRAVE mum Jane"): an English word of five letters or more, then lower-case words
 * leading to a capitalized name. Real acronyms that are also words (NATO, NASA) are shorter or
 * stand before a verb.
 */
function shouted(tokens: Token[], k: number, isOov: (i: number) => boolean): boolean {
  if (tokens[k].text.length < 5 || isOov(k)) return false;
  for (let j = k + 1; j <= k + 4 && tokens[j] && tokens[j].sentence === tokens[k].sentence; j++) {
    const t = tokens[j];
    if (/^\p{Lu}/u.test(t.text)) return j > k + 1;
    if (t.type !== 'word' || !/^\p{Ll}/u.test(t.text) || (t.pos !== 'NOUN' && t.pos !== 'ADJ')) return false;
  }
  return false;
}
