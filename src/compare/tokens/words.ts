/**
 * Word tokens with offsets, the unit of every comparison (similarity, diffs, n-grams).
 * A small regex tokenizer rather than wink-nlp: comparison needs only words and their spans,
 * and must stay fast on thousands of articles.
 */
import { defaultLexicons } from '../../lexicons/index.js';

export interface WordToken {
  start: number;
  end: number;
  /** Lower-cased, curly apostrophes straightened, dots of abbreviations dropped ("U.S." → "us"), possessive "'s" dropped. */
  norm: string;
  /** Written with a capital initial (a name, unless it opens the sentence). */
  upper: boolean;
}

/** Decimal numbers ("8.4", "150,000"), abbreviations with dots ("U.S."), words with inner apostrophes/hyphens ("Russia's", "un-unite"). */
const WORD = /\p{N}+(?:[.,]\p{N}+)+|(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’‘\-–][\p{L}\p{N}]+)*/gu;

const normCache = new Map<string, string>();
const keyCache = new Map<string, string>();
/** Caches stay small (one entry per distinct word form) and make repeated words cheap. */
const CACHE_LIMIT = 200_000;

export function normalizeWord(raw: string): string {
  let w = normCache.get(raw);
  if (w !== undefined) return w;
  w = normalizeUncached(raw);
  if (normCache.size < CACHE_LIMIT) normCache.set(raw, w);
  return w;
}

function normalizeUncached(raw: string): string {
  let w = raw.toLowerCase().replace(/[’‘]/g, "'");
  if (!/^[\d.,]+$/.test(w)) w = w.replace(/\./g, '');
  if (w.endsWith("'s")) w = w.slice(0, -2);
  return w.replace(/–/g, '-');
}

/** Words of `text[start, end)`, offsets into `text`. */
export function wordTokens(text: string, start = 0, end = text.length): WordToken[] {
  const out: WordToken[] = [];
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice))) {
    const norm = normalizeWord(m[0]);
    if (norm) out.push({ start: start + m.index, end: start + m.index + m[0].length, norm, upper: /^\p{Lu}/u.test(m[0]) });
  }
  return out;
}

/** The default stop words (lexicons/stopwords.json); `Lexicons.stopwords.words` is the set in force. */
export const defaultStopWords: ReadonlySet<string> = defaultLexicons.stopwords.words;

/**
 * A light stem for matching only (never shown): plural/3rd-person "s" and British "-ise"/"our" spellings
 * folded, so "neighbours"/"neighbors" and "normalise"/"normalize" meet.
 */
export function matchKey(norm: string): string {
  let k = keyCache.get(norm);
  if (k !== undefined) return k;
  k = matchKeyUncached(norm);
  if (keyCache.size < CACHE_LIMIT) keyCache.set(norm, k);
  return k;
}

function matchKeyUncached(norm: string): string {
  let w = norm.replace(/our(s?)$/, 'or$1').replace(/is(e|ed|es|ing|ation)$/, 'iz$1');
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** True for tokens that carry content: not a stop word, not a bare number of one or two digits. */
export function isContent(norm: string, stopWords: ReadonlySet<string>): boolean {
  return !stopWords.has(norm) && !/^\d{1,2}$/.test(norm);
}

/** A crude stem for telling inflections from variants: "pushed"/"pushing"/"pushes" → "push". */
export function crudeStem(norm: string): string {
  return norm.replace(/(ing|ed|es|s|ly)$/, '');
}
