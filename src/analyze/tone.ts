/**
 * Tone toward each actor, from the words attached to its mentions (rule `tone.attached-words`):
 * sentiment-lexicon words in the mention's own clause count fully, words across a comma of the
 * same clause less, words in another clause of the sentence least (weights below, chosen on the
 * NewsMTSC tune slice only), and within that a word counts less the farther it stands from the
 * mention (half at 30 characters), so two actors of one clause each get their own nearest words. A negator up to three words before a word ("not", "never", "n't")
 * turns it (VADER's factor 0.74). Words inside any actor name and proper nouns carry no tone
 * ("Trump", "Hope Hicks"). A mention with no such word is neutral (0). The actor's score is the
 * mean over its mentions, squashed to -1..1; every score lists its evidence words.
 */
import type { Actor, ActorTone, Mention, MentionTone, Sentence, ToneEvidence } from '../types/analysis.js';
import type { SentimentLexicon } from '../lexicons/sentiment.js';
import type { Token } from './tokens.js';
import { firstIndex } from '../util/search.js';

/** Weight of a word by where it sits relative to the mention. */
export const TONE_WEIGHTS = { sameClause: 1, acrossComma: 0.6, otherClause: 0.3 } as const;
const NEGATION_FACTOR = -0.74;
/** Chosen on the NewsMTSC tune slice (30 and 80 tried; 30 kept). */
const DECAY_CHARS = 30;
const NEGATORS = new Set(['not', "n't", 'no', 'never', 'without', 'nobody', 'nothing', 'neither', 'nor', 'hardly', 'barely', 'cannot', 'none']);
const STRONG = /^(?:[;:()[\]—–]|--|but|while|whereas|although|though|however|yet)$/i;

interface ToneInput {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  actors: Actor[];
  sentiment: SentimentLexicon;
}

interface SentenceWords {
  /** Token index range of the sentence. */
  first: number;
  last: number;
  /** Per token: clause number and comma segment number within the sentence. */
  clause: number[];
  segment: number[];
  /** Per token: signed valence after negation, 0 when none. */
  valence: number[];
}

function sentenceWords(input: ToneInput, first: number, last: number, named: Uint8Array): SentenceWords {
  const { tokens } = input;
  const clause: number[] = [], segment: number[] = [], valence: number[] = [];
  let c = 0, s = 0, sinceNeg = 99;
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    const w = t.text.toLowerCase().replace(/[’‘]/g, "'");
    if (STRONG.test(w)) {
      c++;
      s++;
      sinceNeg = 99;
    } else if (w === ',') s++;
    clause.push(c);
    segment.push(s);
    let v = t.type === 'word' && t.pos !== 'PROPN' && !named[i] ? (input.sentiment.words.get(w) ?? 0) : 0;
    if (v !== 0 && sinceNeg <= 3) v *= NEGATION_FACTOR;
    valence.push(v);
    sinceNeg = NEGATORS.has(w) || NEGATORS.has(t.normal) ? 1 : sinceNeg + 1;
  }
  return { first, last, clause, segment, valence };
}

function mentionTone(input: ToneInput, sw: SentenceWords, m: Mention): MentionTone {
  const { tokens } = input;
  let at = sw.first;
  while (at < sw.last && tokens[at].end <= m.start) at++;
  const k = at - sw.first;
  let sum = 0;
  const evidence: ToneEvidence[] = [];
  for (let i = 0; i < sw.valence.length; i++) {
    const v = sw.valence[i];
    if (v === 0) continue;
    const t = tokens[sw.first + i];
    const place = sw.clause[i] !== sw.clause[k] ? TONE_WEIGHTS.otherClause : sw.segment[i] !== sw.segment[k] ? TONE_WEIGHTS.acrossComma : TONE_WEIGHTS.sameClause;
    // Nearer words are likelier to be about the mention: DECAY_CHARS characters away a word counts half.
    const gap = t.end <= m.start ? m.start - t.end : Math.max(0, t.start - m.end);
    const weight = place / (1 + gap / DECAY_CHARS);
    sum += v * weight;
    evidence.push({ start: t.start, end: t.end, text: t.text, valence: Math.round(v * weight * 100) / 100 });
  }
  return { start: m.start, end: m.end, sentence: m.sentence, score: squash(sum), evidence };
}

/** -inf..inf → -1..1; one strong word (valence 3) gives about 0.64. */
function squash(x: number): number {
  return Math.round(Math.tanh(x / 4) * 10000) / 10000;
}

export function actorTone(input: ToneInput): ActorTone[] {
  const named = namedTokens(input);
  const bySentence = new Map<number, SentenceWords>();
  const words = (i: number): SentenceWords | null => {
    const s = input.sentences[i];
    if (!s) return null;
    let sw = bySentence.get(i);
    if (!sw) {
      const [first, last] = sentenceTokens(input.tokens, s);
      bySentence.set(i, (sw = sentenceWords(input, first, last, named)));
    }
    return sw;
  };
  const tones: ActorTone[] = [];
  for (const actor of input.actors) {
    const mentions = actor.mentions.flatMap((m) => {
      const sw = words(m.sentence);
      return sw ? [mentionTone(input, sw, m)] : [];
    });
    if (mentions.length === 0) continue;
    const indices = [...new Set(mentions.map((m) => m.sentence))].sort((a, b) => a - b);
    tones.push({
      actorId: actor.id,
      score: Math.round((mentions.reduce((s, m) => s + m.score, 0) / mentions.length) * 10000) / 10000,
      sentences: indices.map((i) => input.sentences[i]).map((s) => ({ index: s.index, start: s.start, end: s.end, sentiment: s.sentiment })),
      mentions,
    });
  }
  return tones.sort((a, b) => (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0));
}

/**
 * Per token, 1 when it overlaps a (non-pronoun) mention: words of a name carry no tone. One pass
 * per mention over the tokens it covers (token ends only grow), not every mention per token.
 */
function namedTokens(input: ToneInput): Uint8Array {
  const { tokens } = input;
  const named = new Uint8Array(tokens.length);
  for (const a of input.actors)
    for (const m of a.mentions) {
      if (m.form === 'pronoun') continue;
      for (let i = firstIndex(tokens.length, (k) => tokens[k].end > m.start); i < tokens.length && tokens[i].start < m.end; i++) if (tokens[i].end > m.start) named[i] = 1;
    }
  return named;
}

/** First and last token index of a sentence: the first token ending after its start, through the last starting before its end. */
function sentenceTokens(tokens: Token[], s: Sentence): [number, number] {
  const first = firstIndex(tokens.length, (k) => tokens[k].end > s.start);
  const after = firstIndex(tokens.length, (k) => tokens[k].start >= s.end);
  return [first, Math.max(first, after - 1)];
}
