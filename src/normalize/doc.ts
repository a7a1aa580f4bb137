import type { Citation, Removed, RemovedKind } from '../types/article.js';
import { LocatedText } from '../text/located-text.js';

/**
 * The working document the normalization rules edit: non-blank lines (each a paragraph
 * candidate) with raw offsets, plus everything the rules took out. Rules never delete
 * without recording: `removeLine` / `removeSpan` write to `removed`.
 */
export interface Line {
  lt: LocatedText;
  /** Set when a rule removed the whole line. */
  removed?: { kind: RemovedKind; rule: string };
  /** The line follows a blank line or starts a parser block (so it cannot continue a wrapped paragraph). */
  gapBefore: boolean;
  /** The text the whole-line rules last found clean (they are not run again on unchanged text). */
  checkedText?: string;
}

export interface Doc {
  raw: string;
  lines: Line[];
  removed: Removed[];
  citations: Citation[];
}

export function rawStartOf(lt: LocatedText): number {
  return lt.map[0];
}

export function rawEndOf(lt: LocatedText): number {
  return lt.map[lt.length];
}

/** Indices of the lines still in the body, in order. */
export function liveIndices(doc: Doc): number[] {
  const out: number[] = [];
  doc.lines.forEach((l, i) => {
    if (!l.removed && l.lt.length > 0) out.push(i);
  });
  return out;
}

export function removeLine(doc: Doc, index: number, kind: RemovedKind, rule: string): void {
  const line = doc.lines[index];
  if (line.removed) return;
  line.removed = { kind, rule };
  const rawStart = rawStartOf(line.lt);
  const rawEnd = rawEndOf(line.lt);
  doc.removed.push(removal(doc, kind, rule, rawStart, rawEnd, line.lt.text));
}

/** A removal record: the raw source as written, plus what the reader saw when that differs (HTML entities). */
function removal(doc: Doc, kind: RemovedKind, rule: string, rawStart: number, rawEnd: number, seen: string): Removed {
  const text = doc.raw.slice(rawStart, rawEnd);
  return seen === text || seen.trim() === '' ? { kind, text, rawStart, rawEnd, rule } : { kind, text, rawStart, rawEnd, rule, visibleText: seen };
}

/**
 * Cut `[start, end)` out of a line's text (a header prefix, a footnote marker, a dateline)
 * and record it. Returns the raw span that was removed.
 */
export function removeSpan(doc: Doc, index: number, start: number, end: number, kind: RemovedKind, rule: string): { rawStart: number; rawEnd: number } {
  const lt = doc.lines[index].lt;
  const rawStart = lt.map[start];
  const rawEnd = end >= lt.length ? rawEndOf(lt) : lt.map[end];
  doc.removed.push(removal(doc, kind, rule, rawStart, rawEnd, lt.text.slice(start, end)));
  doc.lines[index].lt = LocatedText.join([lt.slice(0, start), lt.slice(end)]);
  return { rawStart, rawEnd };
}

/**
 * Merge removals of one kind and rule that follow each other with only whitespace between
 * them in the raw input (a tag list, a citations block) into one entry; sort by raw offset.
 */
export function mergeRemoved(raw: string, removed: Removed[]): Removed[] {
  const sorted = [...removed].sort((a, b) => a.rawStart - b.rawStart || a.rawEnd - b.rawEnd);
  const out: Removed[] = [];
  for (const r of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === r.kind && prev.rule === r.rule && r.rawStart >= prev.rawEnd && raw.slice(prev.rawEnd, r.rawStart).trim() === '') {
      prev.rawEnd = r.rawEnd;
      prev.text = raw.slice(prev.rawStart, prev.rawEnd);
    } else {
      out.push({ ...r });
    }
  }
  return out;
}
