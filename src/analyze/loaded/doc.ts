/**
 * The shared input of the loaded-wording passes: the article's text, tokens, sentences and
 * mentions from the analysis context, the quotes found once in analyze, and the compiled lexicons.
 * Every pass has one signature, `(doc) => Hit[]`, and runs in the order listed in framing.ts.
 */
import type { Mention, Quote, Sentence } from '../../types/analysis.js';
import type { FramingLexicon } from '../../lexicons/framing.js';
import type { SentimentLexicon } from '../../lexicons/sentiment.js';
import type { Token } from '../tokens.js';

export interface LoadedDoc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  /** Quotes of this text (direct, partial and scare), found once in analyze. */
  quotes: Quote[];
  framing: FramingLexicon;
  sentiment: SentimentLexicon;
}

/** One loaded-wording finding before voice and sentence are attached. */
export interface Hit {
  start: number;
  end: number;
  category: string;
  entry: string;
  valence: number | null;
  lexicon: string;
  /** Id of the pass (rule) that made the finding, documented in docs/rules.md. */
  rule: string;
}

export type LoadedPass = (doc: LoadedDoc) => Hit[];

/**
 * Is token i part of a proper name: inside an actor mention, or title-cased where a sentence does
 * not start, or (with `atSentenceStart`) starting a sentence before another proper noun?
 */
export function inName(doc: LoadedDoc, i: number, atSentenceStart = true): boolean {
  const t = doc.tokens[i];
  if (doc.mentions.some((m) => m.start <= t.start && t.end <= m.end)) return true;
  // Title case only: a tabloid's shouted "GREEDY" is no name.
  if (!/^\p{Lu}\p{Ll}/u.test(t.text)) return false;
  const prev = previousWord(doc.tokens, i);
  const sentenceStart = !prev || prev.sentence !== t.sentence || /^["“‘'(\-–—:]$/.test(prev.text);
  if (!sentenceStart) return true;
  if (!atSentenceStart) return false;
  // Sentence-initial "Socialist Party", "Liberty University": a capitalized word before it continues the name.
  const next = nextWord(doc.tokens, i);
  return next !== undefined && next.sentence === t.sentence && /^\p{Lu}\p{Ll}/u.test(next.text) && next.pos === 'PROPN';
}

export function previousWord(tokens: Token[], i: number): Token | undefined {
  for (let j = i - 1; j >= 0; j--) if (tokens[j].type !== 'tabCRLF' && tokens[j].text.trim()) return tokens[j];
  return undefined;
}

export function nextWord(tokens: Token[], i: number): Token | undefined {
  for (let j = i + 1; j < tokens.length; j++) if (tokens[j].type !== 'tabCRLF' && tokens[j].text.trim()) return tokens[j];
  return undefined;
}
