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
  const { letters, latin } = countLetters(text);
  const nonLatin = letters - latin;
  const stopWordShare = words ? stopWords / words : 0;
  const nonLatinShare = letters ? nonLatin / letters : 0;
  const english = nonLatinShare <= MAX_NON_LATIN && (words < MIN_WORDS || stopWordShare >= MIN_STOP_SHARE);
  return { english, stopWordShare: round(stopWordShare), nonLatinShare: round(nonLatinShare) };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** Letters and Latin-script characters, counted per code point; ASCII (most news text) without a regex. */
function countLetters(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        letters++;
        latin++;
      }
      continue;
    }
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    if (LETTER.test(ch)) letters++;
    if (LATIN.test(ch)) latin++;
  }
  return { letters, latin };
}
