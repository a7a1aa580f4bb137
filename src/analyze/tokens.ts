/** Tokens with character offsets, from one wink-nlp read of the whole text. */
import { getNlp } from './nlp.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  normal: string;
  pos: string;
  lemma: string;
  /** Index into the article's sentences. */
  sentence: number;
  /** wink token type: word, punctuation, number, tabCRLF, email, url, emoji, ... */
  type: string;
}

export interface WinkSentence {
  /** Token index range [first, last] inclusive. */
  first: number;
  last: number;
  sentiment: number;
}

export interface TokenizedText {
  tokens: Token[];
  winkSentences: WinkSentence[];
  /** How many tokens wink flags as English stop words (a cheap language signal). */
  stopWords: number;
}

/**
 * Read `text` once with wink-nlp and give each token its offsets. wink is lossless
 * (preceding spaces + values rebuild the text), so offsets are a running sum; `indexOf`
 * guards against any token whose value differs from the source.
 */
export function tokenize(text: string): TokenizedText {
  const nlp = getNlp();
  const its = nlp.its;
  const read = maskLongRuns(text);
  const doc = nlp.readDoc(read);
  const toks = doc.tokens();
  const values = toks.out(its.value) as string[];
  // The typings miss precedingSpaces as a token its-function; it is one at runtime.
  const spaces = toks.out(its.precedingSpaces as unknown as typeof its.value) as string[];
  const normals = toks.out(its.normal) as string[];
  const pos = toks.out(its.pos) as string[];
  const lemmas = toks.out(its.lemma as unknown as typeof its.value) as string[];
  const types = toks.out(its.type) as string[];
  const stopFlags = toks.out(its.stopWordFlag as unknown as typeof its.value) as unknown as boolean[];
  const tokens: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    let start = at + spaces[i].length;
    if (read.slice(start, start + values[i].length) !== values[i]) {
      const found = read.indexOf(values[i], at);
      start = found === -1 ? start : found;
    }
    const end = start + values[i].length;
    at = end;
    const value = read === text ? values[i] : text.slice(start, end);
    tokens.push({ start, end, text: value, normal: normals[i], pos: pos[i], lemma: lemmas[i], sentence: -1, type: types[i] });
  }
  const { merged, newIndex } = mergeSplitLetters(tokens);
  const winkSentences: WinkSentence[] = [];
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const span = s.out(its.span) as [number, number];
    winkSentences.push({ first: newIndex[span[0]], last: newIndex[span[1]], sentiment: s.out(its.sentiment) as number });
  });
  return { tokens: merged, winkSentences, stopWords: stopFlags.filter(Boolean).length };
}

/**
 * Longest run of non-space characters wink reads as written. wink's URL and e-mail patterns
 * backtrack super-linearly on long unbroken tokens ("a.b.a.b...", "http://a/a/a/..."), so a
 * longer run is masked: wink reads it as `x` pieces of at most MAX_WINK_RUN characters (same
 * length, so offsets hold), and the tokens keep the original characters as their `text`.
 */
export const MAX_WINK_RUN = 256;
const LONG_RUN = new RegExp(`\\S{${MAX_WINK_RUN + 1},}`, 'g');

export function maskLongRuns(text: string): string {
  LONG_RUN.lastIndex = 0;
  if (!LONG_RUN.test(text)) return text;
  return text.replace(LONG_RUN, (run) => {
    let out = '';
    let piece = 0;
    for (let k = 0; k < run.length; k++) {
      // Break between pieces, never inside a surrogate pair.
      const low = run.charCodeAt(k) >= 0xdc00 && run.charCodeAt(k) <= 0xdfff;
      if (piece >= MAX_WINK_RUN - 1 && !low) {
        out += ' ';
        piece = 0;
      } else {
        out += 'x';
        piece++;
      }
    }
    return out;
  });
}

/** Sentiment of a short piece of text (used for sentence pieces wink did not split). */
export function sentimentOf(text: string): number {
  const nlp = getNlp();
  return nlp.readDoc(text).out(nlp.its.sentiment) as unknown as number;
}

/**
 * wink splits words at letters outside its alphabet ("Erdoğan" → "Erdo" "ğ" "an",
 * "Łukaszenka" → "Ł" "ukaszenka"). Glue such pieces back into one word token so names stay whole.
 */
function mergeSplitLetters(tokens: Token[]): { merged: Token[]; newIndex: number[] } {
  const merged: Token[] = [];
  const newIndex: number[] = new Array(tokens.length);
  const isLetterPiece = (t: Token) => (t.type === 'word' || t.type === 'unk') && /^[\p{L}\p{M}]+$/u.test(t.text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let j = i;
    let hasUnk = t.type === 'unk';
    while (j + 1 < tokens.length && tokens[j + 1].start === tokens[j].end && isLetterPiece(tokens[j]) && isLetterPiece(tokens[j + 1])) {
      j++;
      if (tokens[j].type === 'unk') hasUnk = true;
    }
    if (j > i && hasUnk) {
      const parts = tokens.slice(i, j + 1);
      const text = parts.map((p) => p.text).join('');
      const pos = parts.some((p) => p.pos === 'PROPN') || /^\p{Lu}/u.test(text) ? 'PROPN' : (parts.find((p) => p.pos !== 'X')?.pos ?? 'X');
      merged.push({ start: t.start, end: tokens[j].end, text, normal: text.toLowerCase(), pos, lemma: text.toLowerCase(), sentence: -1, type: 'word' });
      for (let k = i; k <= j; k++) newIndex[k] = merged.length - 1;
      i = j;
    } else {
      newIndex[i] = merged.length;
      merged.push(t);
    }
  }
  return { merged, newIndex };
}
