/**
 * A cheap English check: English prose is roughly 40–50% function words; other languages
 * read by the English model score far lower, and non-Latin scripts are caught by their letters.
 */
import type { Token } from './tokens.js';

export interface LanguageGuess {
  english: boolean;
  /** Share of word tokens that are English stop words. */
  stopWordShare: number;
  /** Share of letters outside the Latin script. */
  nonLatinShare: number;
}

/** Below this many words the signal is too weak: assume English. */
const MIN_WORDS = 12;
const MIN_STOP_SHARE = 0.15;
const MAX_NON_LATIN = 0.3;

export function guessEnglish(text: string, tokens: Token[], stopWords: number): LanguageGuess {
  const words = tokens.filter((t) => t.type === 'word').length;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const nonLatin = letters - latin;
  const stopWordShare = words ? stopWords / words : 0;
  const nonLatinShare = letters ? nonLatin / letters : 0;
  const english = nonLatinShare <= MAX_NON_LATIN && (words < MIN_WORDS || stopWordShare >= MIN_STOP_SHARE);
  return { english, stopWordShare: round(stopWordShare), nonLatinShare: round(nonLatinShare) };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
