/**
 * Labels before a name ("Russian dictator Vladimir Putin", "the party's leader X"), read by
 * walking back from the word before the name. At each word the rules of `BEFORE_RULES` are
 * tried in order; the first that applies takes the word (and maybe words before it) into the
 * label or ends the walk. A word no rule takes ends the label. The label must contain a head
 * word (or be a place possessive alone: "China's Xi").
 */
import type { Token } from '../tokens.js';
import type { LabelLexicon } from '../../lexicons/labels.js';
import { knownWords } from '../nlp.js';
import type { FoundLabel, LabelEnv } from './labels.js';

/** The walk's state: the label's first token so far, its head, and the token being read. */
export interface BeforeScan {
  env: LabelEnv;
  requireKnownHead: boolean;
  from: number;
  i: number;
  first: number;
  headAt: number;
  /** First token of a place possessive that is the whole label ("China's"), else -1. */
  affiliation: number;
}

/** `take`: the rule consumed words, read on at `s.i`; `end`: the label is complete; null: the rule does not apply. */
type Step = 'take' | 'end' | null;

export interface BeforeRule {
  id: string;
  apply(s: BeforeScan, t: Token, lower: string): Step;
}

const POSSESSIVE = /^['’]s?$/;

/** The label takes tokens from..i-1 and reads on at `to`. */
function take(s: BeforeScan, first: number, to: number): Step {
  s.first = first;
  s.i = to;
  return 'take';
}

const isHead = (lexicon: LabelLexicon, lower: string) => Boolean(lexicon.heads[lower] || hyphenHead(lower, lexicon));
const prevLower = (s: BeforeScan) => (s.i > 0 ? s.env.tokens[s.i - 1].text.toLowerCase() : '');

export const BEFORE_RULES: readonly BeforeRule[] = [
  // Dates, times and sentence adverbs end a label: "On Monday beloved Mayor X" → "beloved Mayor".
  { id: 'label.before.stop-word', apply: (s, t, lower) => (s.env.lexicon.notInLabel.includes(lower) || t.type === 'number' ? 'end' : null) },
  {
    // "Chinese", "U.S.", "Kremlin", "Saudi Arabia" inside a label.
    id: 'label.before.known-name',
    apply: (s) => {
      const g = s.env.gazetteerEndingAt.get(s.i);
      return g && g.entry.kind !== 'person' && g.entry.kind !== 'group' ? take(s, g.first, g.first - 1) : null;
    },
  },
  {
    // "China's Xi": the place possessive is the whole label; "China's top diplomat": part of it.
    id: 'label.before.place-possessive',
    apply: (s, t) => {
      if (!POSSESSIVE.test(t.text) || s.i === 0 || !s.env.gazetteerEndingAt.has(s.i - 1)) return null;
      const g = s.env.gazetteerEndingAt.get(s.i - 1)!;
      if (s.headAt === -1 && s.first === -1) {
        s.affiliation = g.first;
        s.first = g.first;
        return 'end';
      }
      return take(s, g.first, g.first - 1);
    },
  },
  // "Secretary of State", "Minister of Defence": a title with its complement.
  { id: 'label.before.title-complement', apply: (s, t) => (s.env.lexicon.titleLinks.includes(t.text) && s.first === s.i + 1 && s.env.lexicon.heads[prevLower(s)] ? take(s, s.i, s.i - 1) : null) },
  {
    // "ex-President"; "state-funded", "self-proclaimed", "Vice-President".
    id: 'label.before.hyphen',
    apply: (s, t) => {
      const { tokens, lexicon } = s.env;
      if (t.text !== '-' || s.i === 0 || tokens[s.i - 1].end !== t.start) return null;
      if (lexicon.formerPrefixes.includes(prevLower(s))) return take(s, s.i - 1, s.i - 2);
      if (t.end !== tokens[s.i + 1]?.start || s.first !== s.i + 1) return null;
      // "Secretary-designate", "President-elect": the head stands before the hyphen.
      if (s.headAt === -1 && lexicon.heads[prevLower(s)]) s.headAt = s.i - 1;
      return take(s, s.i - 1, s.i - 2);
    },
  },
  {
    id: 'label.before.head',
    apply: (s, t, lower) => {
      if (!isHead(s.env.lexicon, lower) || isPlural(t) || t.pos === 'VERB' || t.pos === 'AUX') return null;
      if (s.headAt === -1) s.headAt = s.i;
      return take(s, s.i, s.i - 1);
    },
  },
  { id: 'label.before.modifier', apply: (s, _t, lower) => (isModifier(s.env.lexicon, lower) ? take(s, s.i, s.i - 1) : null) },
  {
    // An unlisted noun right before a name is a head of category `other` ("striker Harry Kane").
    id: 'label.before.unlisted-head',
    apply: (s, t, lower) => {
      if (s.requireKnownHead || s.headAt !== -1 || s.first !== -1 || s.i !== s.from || t.pos !== 'NOUN' || !/^\p{Ll}{3,}$/u.test(t.text) || isPlural(t) || !knownWords([lower]).has(lower)) return null;
      s.headAt = s.i;
      return take(s, s.i, s.i - 1);
    },
  },
  // Two titles held at once: "State Councilor and Foreign Minister".
  { id: 'label.before.two-titles', apply: (s, t) => (s.env.lexicon.titleJoiners.includes(t.text) && s.headAt !== -1 && s.first === s.i + 1 && s.env.lexicon.heads[prevLower(s)] ? take(s, s.i, s.i - 1) : null) },
  {
    // Whose the title is: "Putin's spokesman", "Trump's envoy".
    id: 'label.before.owner-possessive',
    apply: (s, t) => {
      const prev = s.env.tokens[s.i - 1];
      return s.headAt !== -1 && POSSESSIVE.test(t.text) && s.first === s.i + 1 && prev && /^\p{Lu}/u.test(prev.text) && prev.pos === 'PROPN' ? take(s, s.i, s.i - 1) : null;
    },
  },
  // The organization or person a title belongs to: "Apple CEO", "Tesla boss", "Putin aide".
  { id: 'label.before.owner-name', apply: (s, t) => (s.headAt !== -1 && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ') && /^\p{Lu}/u.test(t.text) ? take(s, s.i, s.i - 1) : null) },
  {
    // "the party's leader", "the union's general secretary".
    id: 'label.before.noun-possessive',
    apply: (s, t) => {
      const prev = s.env.tokens[s.i - 1];
      return s.headAt !== -1 && POSSESSIVE.test(t.text) && prev && prev.pos === 'NOUN' && /^\p{Ll}/u.test(prev.text) && s.first === s.i + 1 ? take(s, s.i - 1, s.i - 2) : null;
    },
  },
  // Adjectives and compound nouns before the head: "authoritarian leader", "human rights lawyer".
  { id: 'label.before.lower-modifier', apply: (s, t) => (s.headAt !== -1 && (t.pos === 'ADJ' || t.pos === 'NOUN') && /^\p{Ll}/u.test(t.text) ? take(s, s.i, s.i - 1) : null) },
];

/** Walk back from `from` over label words; the label must contain a head (or be a place possessive). */
export function scanBefore(env: LabelEnv, from: number, requireKnownHead: boolean, rules: readonly BeforeRule[] = BEFORE_RULES): BeforeScan | null {
  const { tokens } = env;
  if (from < 0) return null;
  const sentence = tokens[from].sentence;
  if (from + 1 < tokens.length && tokens[from + 1].sentence !== sentence) return null;
  const s: BeforeScan = { env, requireKnownHead, from, i: from, first: -1, headAt: -1, affiliation: -1 };
  walk: while (s.i >= 0 && tokens[s.i].sentence === sentence) {
    const t = tokens[s.i];
    const lower = t.text.toLowerCase();
    for (const rule of rules) {
      const step = rule.apply(s, t, lower);
      if (step === 'take') continue walk;
      if (step === 'end') break walk;
    }
    break;
  }
  if (s.first === -1 || (s.headAt === -1 && s.affiliation === -1)) return null;
  return s;
}

export function isPlural(t: Token): boolean {
  return t.pos === 'NOUN' && t.normal !== t.lemma && t.normal.endsWith('s');
}

function isModifier(lexicon: LabelLexicon, lower: string): boolean {
  return lexicon.modifiers.includes(lower) || lexicon.evaluativeModifiers.includes(lower) || Boolean(lexicon.temporal[lower]);
}

/** "ex-President" → "president": the last part of a hyphenated word when it is a head. */
export function hyphenHead(lower: string, lexicon: LabelLexicon): string | null {
  if (!lower.includes('-')) return null;
  const lastPart = lower.slice(lower.lastIndexOf('-') + 1);
  return lexicon.heads[lastPart] ? lastPart : null;
}

export type { FoundLabel };
