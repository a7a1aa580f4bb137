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
}

export function classifyRun(run: NameRun, env: RunEnv): RawMention[] {
  const { text, tokens, labels, gazAt, honorifics, placeHeads, eventHeads, speech, groupWords, isOrgName, isOov } = env;
  const out: RawMention[] = [];
  const base = (first: number, last: number, kind: RawMention['kind'], rule: string) => rawMention(tokens, first, last, kind, run, rule);
  const entity = (m: GazetteerMatch): RawMention => ({ ...base(m.first, m.last, m.entry.kind, 'actor.gazetteer'), entry: m.entry, form: m.via === 'alias' ? 'alias' : 'full' });
  let a = run.first;
  const b = run.last;
  const honor = honorifics.has(tokens[a].text);
  if (honor) a++;
  if (a > b) return out;
  const whole = gazAt.get(a);
  if (whole && whole.last === b) {
    // Lone demonyms ("Chinese") are adjectives or groups, handled elsewhere.
    if (whole.via !== 'demonym') out.push(entity(whole));
    return out;
  }
  if (run.headline) {
    // In headlines a run is just capitalized words: keep the known names in it ("NATO SAID NOTHING").
    const known: GazetteerMatch[] = [];
    for (let x = a; x <= b; x++) {
      const m = gazAt.get(x);
      if (m && m.last <= b && m.via !== 'demonym') known.push(m);
    }
    if (known.length > 0) {
      for (const m of known) out.push(entity(m));
      return out;
    }
    // The rest may hold names of people found in the body; the linker splits it.
    const weak = base(a, b, 'person', 'actor.headline-name');
    weak.parts = text.slice(weak.start, weak.end).split(/\s+/);
    weak.form = weak.parts.length === 1 ? 'surname' : 'full';
    out.push(weak);
    return out;
  }
  // "World War II", "Summit 2025": a trailing number or numeral does not hide the head.
  const headAt = b > a && /^(?:[IVX]+|\d+)$/.test(tokens[b].text) ? b - 1 : b;
  const lastWord = tokens[headAt].text;
  if (eventHeads.has(lastWord)) return out;
  if (isOrgName(a, headAt) && b > a) {
    // "greedy developer Dravik Construction": an organization's descriptor is framing too.
    // A place possessive alone ("Russia's Defence Ministry") says whose body it is, no descriptor.
    const found = honor ? null : labelBefore(env.labelEnv, a - 1, true);
    const label = found && found.category !== 'affiliation' ? found : null;
    out.push({ ...base(a, b, 'organization', 'actor.organization-name'), cue: true, ...(label ? { label } : {}) });
    return out;
  }
  // "Harbor Bridge", "Port Velna", "Lake Kivu": a place by its last or first word, possessive or
  // not; after a first word the rest must be a name, not a common noun ("the Port Employers' Association").
  const led = env.placeLeads.has(tokens[a].text) && tokens.slice(a + 1, b + 1).every((_, x) => isOov(a + 1 + x));
  if ((placeHeads.has(lastWord) || led) && b > a) {
    out.push({ ...base(a, b, 'place', 'actor.place-word'), cue: true });
    return out;
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
    if (k < b && tokens[k].text === '-') {
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
    if (rest.via !== 'demonym') out.push(entity(rest));
    return out;
  }
  // "Q:", "I.": a lone capital letter is not a name.
  if (k === b && /^\p{Lu}\.?$/u.test(tokens[k].text)) return out;
  if (k === b && /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u.test(tokens[k].text) && !honorific && !titled && !shouted(tokens, k, isOov)) {
    // Unknown acronyms are organizations (UNN, RSF); headline runs never get this far.
    out.push({ ...base(k, b, 'organization', 'actor.acronym'), cue: true });
    return out;
  }
  if (k === b && env.orgHeads.has(tokens[k].text) && !honorific && !titled) {
    // "the Fund", "the Commission said": an organization named in full elsewhere, never a person.
    out.push({ ...base(k, b, 'organization', 'actor.organization-head'), loneOrgHead: true });
    return out;
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
    for (const m of inner) if (m.via !== 'demonym') out.push(entity(m));
    return out;
  }
  // "Analysts said": a group noun at the start of a sentence, not a person.
  if (k === b && groupWords.has(tokens[k].text.toLowerCase())) return out;
  const mention = base(k, b, 'person', 'actor.person');
  mention.parts = text.slice(mention.start, mention.end).split(/\s+/);
  mention.honorific = honorific;
  mention.oov = oov;
  mention.facts = findAllLabels(env.labelEnv, a, k, b, honorific);
  mention.label = mention.facts[0] ?? null;
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
  // "a South Carolina Republican": names do not take an indefinite article.
  if (!mention.cue && before && /^an?$/i.test(before.text)) return out;
  // "the analysis firm R.Politik", "Atlantic Council, a think tank": an organization's label.
  if (mention.label && env.orgLabelHeads.has(mention.label.head) && !honorific) {
    out.push({ ...base(k, b, 'organization', 'actor.organization-label'), label: mention.label, cue: true });
    return out;
  }
  // "the city of Zaporizhzhia", "Kharkiv region" name a place whatever else is said of them; a
  // weaker cue ("strikes on Kharkiv", "near Bakhmut") needs a name that is no English word.
  const cue = titled || honorific ? null : env.placeCue(a, b);
  if ((cue === 'strong' && !roleLabel) || (cue === 'weak' && !mention.cue && mention.oov && !mention.possessive && mention.parts.length <= 3)) {
    out.push({ ...base(k, b, 'place', 'actor.place-cue'), cue: true, placeCue: cue });
    return out;
  }
  out.push(mention);
  return out;
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
