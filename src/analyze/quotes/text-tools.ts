/** Small offset helpers over the context's tokens, shared by the quote, source and framing finders. */
import type { Token } from '../tokens.js';
import type { Sentence } from '../../types/analysis.js';
import { firstIndex, firstStartingAtOrAfter, lastStartingAtOrBefore } from '../../util/search.js';

/** Tokens that carry text (no whitespace or line-break tokens). */
export function isWordish(t: Token): boolean {
  return t.type !== 'tabCRLF' && !/^\s*$/.test(t.text);
}

/** Index of the first token whose start is >= `offset` (binary search; tokens are sorted). */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  return firstStartingAtOrAfter(tokens, offset);
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
  const best = lastStartingAtOrBefore(sentences, offset);
  return best === -1 && sentences.length > 0 ? 0 : best;
}

/** The line starts of the last text asked about: lineAt is called per quote, and one scan per text keeps it O(log n). */
let lineIndex: { text: string; starts: number[] } | null = null;

function lineStarts(text: string): number[] {
  if (lineIndex?.text !== text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    lineIndex = { text, starts };
  }
  return lineIndex.starts;
}

/** [start, end) of the line (paragraph) containing `offset`. */
export function lineAt(text: string, offset: number): [number, number] {
  const starts = lineStarts(text);
  offset = Math.max(0, offset);
  // The line of `offset` starts at the last line start <= offset (a '\n' itself ends its line).
  const k = firstIndex(starts.length, (i) => starts[i] > offset) - 1;
  const s = starts[k];
  const e = k + 1 < starts.length ? starts[k + 1] - 1 : text.length;
  return [s, e];
}

/** Membership test for sorted, non-overlapping [start, end) spans (quoted stretches) in O(log n). */
export class SpanSet {
  private readonly starts: number[];
  private readonly ends: number[];

  constructor(spans: readonly (readonly [number, number])[]) {
    const sorted = [...spans].sort((a, b) => a[0] - b[0]);
    this.starts = sorted.map((s) => s[0]);
    this.ends = sorted.map((s) => s[1]);
  }

  /** The span containing `offset`, as its index, or -1. */
  indexOf(offset: number): number {
    const best = firstIndex(this.starts.length, (i) => this.starts[i] > offset) - 1;
    return best >= 0 && offset < this.ends[best] ? best : -1;
  }

  has(offset: number): boolean {
    return this.indexOf(offset) !== -1;
  }

  /** Is [start, end) entirely inside one span? */
  covers(start: number, end: number): boolean {
    const i = this.indexOf(start);
    return i !== -1 && end <= this.ends[i];
  }
}

/** Mentions lying entirely inside [start, end); `mentions` sorted by start (as the context keeps them). */
export function mentionsIn<M extends { start: number; end: number }>(mentions: M[], start: number, end: number): M[] {
  const lo = firstStartingAtOrAfter(mentions, start);
  const out: M[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < end; i++) if (mentions[i].end <= end) out.push(mentions[i]);
  return out;
}
