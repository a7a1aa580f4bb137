/** Small offset helpers over the context's tokens, shared by the quote, source and framing finders. */
import type { Token } from '../tokens.js';
import type { Sentence } from '../../types/analysis.js';

/** Tokens that carry text (no whitespace or line-break tokens). */
export function isWordish(t: Token): boolean {
  return t.type !== 'tabCRLF' && !/^\s*$/.test(t.text);
}

/** Index of the first token whose start is >= `offset` (binary search; tokens are sorted). */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Non-whitespace tokens lying entirely inside [start, end). */
export function tokensIn(tokens: Token[], start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = tokenIndexAt(tokens, start); i < tokens.length && tokens[i].start < end; i++) {
    if (tokens[i].end <= end && isWordish(tokens[i])) out.push(tokens[i]);
  }
  return out;
}

/** The token covering `offset`, or null. */
export function tokenAt(tokens: Token[], offset: number): Token | null {
  const i = tokenIndexAt(tokens, offset + 1) - 1;
  return i >= 0 && tokens[i].start <= offset && offset < tokens[i].end ? tokens[i] : null;
}

/** Index of the sentence containing `offset` (or the last one starting before it); -1 when none. */
export function sentenceIndexAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best === -1 && sentences.length > 0 ? 0 : best;
}

/** [start, end) of the line (paragraph) containing `offset`. */
export function lineAt(text: string, offset: number): [number, number] {
  const s = text.lastIndexOf('\n', offset - 1) + 1;
  const e = text.indexOf('\n', offset);
  return [s, e === -1 ? text.length : e];
}
