/**
 * The per-article analysis context: text, sentences, tokens, actors and their mentions,
 * built once and shared by every finder (actors, quotes, sources, framing, tone).
 */
import type { Article } from '../types/article.js';
import type { Actor, Mention, Sentence } from '../types/analysis.js';
import { defaultLexicons, type Lexicons } from '../lexicons/index.js';
import { tokenize, type Token } from './tokens.js';
import { buildSentences } from './sentences.js';
import { findActors, type UserGazetteerEntry } from './actors/index.js';
import { firstStartingAtOrAfter, lastStartingAtOrBefore } from '../util/search.js';
import { scanQuoteMarks, type MarkScan } from './quotes/marks.js';

export type { Token } from './tokens.js';

export interface AnalysisContext {
  articleId: string;
  text: string;
  sentences: Sentence[];
  tokens: Token[];
  actors: Actor[];
  lexicons: Lexicons;
  /** Tokens wink flags as English stop words (for the language check). */
  stopWords: number;
  /** Mentions sorted by start, for speaker/source resolution. */
  mentions: Mention[];
  /** The mention covering or nearest before `start` within the same sentence, or null. */
  mentionAt(start: number, end: number): Mention | null;
  /** The text's quotation marks, scanned on first use and shared (quotes and sources read the same scan; read-only). */
  quoteMarks(): MarkScan;
}

export interface ContextOptions {
  /** Extra actors the caller knows about: {name, aliases, kind}. */
  gazetteer?: UserGazetteerEntry[];
}

export function buildContext(
  article: Pick<Article, 'id' | 'text' | 'paragraphs'>,
  lexicons: Lexicons = defaultLexicons,
  options: ContextOptions = {},
): AnalysisContext {
  const text = article.text;
  const { tokens, winkSentences, stopWords } = text.trim() ? tokenize(text) : { tokens: [], winkSentences: [], stopWords: 0 };
  const paragraphs = article.paragraphs.length > 0 ? article.paragraphs : [{ start: 0, end: text.length }];
  const sentences = buildSentences(text, tokens, winkSentences, paragraphs);
  const actors = findActors({ text, tokens, sentences, lexicons, userGazetteer: options.gazetteer ?? [] });
  const mentions = actors.flatMap((a) => a.mentions).sort((a, b) => a.start - b.start || b.end - a.end || cmp(a.actorId, b.actorId));
  let marks: MarkScan | null = null;
  return {
    articleId: article.id,
    text,
    sentences,
    tokens,
    stopWords,
    actors,
    lexicons,
    mentions,
    mentionAt: (start, end) => mentionAt(mentions, sentences, start, end),
    quoteMarks: () => (marks ??= scanQuoteMarks(text)),
  };
}

/** Covering mention (the longest wins, so "Putin's office" beats "Putin"), else the nearest one before `start` in its sentence. */
export function mentionAt(mentions: Mention[], sentences: Sentence[], start: number, end: number): Mention | null {
  const sentence = sentenceAt(sentences, start);
  // Mentions are sorted by start; only those starting before `end` can cover or precede.
  const upto = firstStartingAtOrAfter(mentions, Math.max(end, start + 1));
  let covering: Mention | null = null;
  let before: Mention | null = null;
  for (let i = upto - 1; i >= 0; i--) {
    const m = mentions[i];
    if (sentence >= 0 && m.sentence < sentence) break;
    if (m.start <= start && m.end > start) {
      if (!covering || m.end - m.start > covering.end - covering.start) covering = m;
    } else if (m.end <= start && m.sentence === sentence) {
      if (!before || m.end > before.end) before = m;
    }
  }
  return covering ?? before;
}

/** Index of the sentence containing `offset` (or the last one starting before it), -1 if none. */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  const found = lastStartingAtOrBefore(sentences, offset);
  return found !== -1 && offset < sentences[found].end ? found : -1;
}


function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
