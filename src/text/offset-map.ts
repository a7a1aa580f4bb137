import type { Article, OffsetRun } from '../types/article.js';
import { firstIndex } from '../util/search.js';

/** Anything with an offset map; pass the whole Article (with `raw`) for exact span ends. */
type HasMap = Pick<Article, 'offsetMap'> & { raw?: string };

/** The last run starting at or before `offset` (the first run when none does). */
function findRun(runs: OffsetRun[], offset: number): number {
  return Math.max(0, firstIndex(runs.length, (i) => runs[i][0] > offset) - 1);
}

/**
 * Map an offset in `article.text` to the offset in `article.raw` of the same character.
 * Characters inserted by normalization (paragraph breaks, folded spaces) map to the next original character;
 * every character of a decoded unit (an entity, an escape) maps to the unit's first raw character.
 */
export function textToRaw(article: HasMap, offset: number): number {
  const runs = article.offsetMap;
  if (runs.length === 0) return offset;
  const i = findRun(runs, offset);
  const [t, r, len, rawLen] = runs[i];
  if (offset < t + len) return rawLen === undefined ? r + (offset - t) : r;
  // Past the end of a run: either the exact end of the text or inside an inserted gap.
  if (i + 1 < runs.length) return runs[i + 1][1];
  return r + (rawLen ?? len) + (offset - t - len);
}

/**
 * Raw offset just after what `text[offset]` stands for, or null when normalization inserted the
 * character (it stands for nothing in raw).
 */
function rawEndOf(article: HasMap, offset: number): number | null {
  const runs = article.offsetMap;
  if (runs.length === 0) return offset + 1;
  const [t, r, len, rawLen] = runs[findRun(runs, offset)];
  if (offset < t + len && rawLen !== undefined) return rawLen === 0 ? null : r + rawLen;
  // A copied character, or a map from before units were recorded (three-element runs only):
  // there an inserted character is one that maps where the next character does.
  const at = textToRaw(article, offset);
  return at === textToRaw(article, offset + 1) ? null : at + 1;
}

/** Combining marks and low surrogates belong to the character before them. */
const CONTINUATION = /[\p{M}\udc00-\udfff]/u;

/**
 * Map a span `[start, end)` of `article.text` to the raw span that holds it: `raw.slice(result.start, result.end)`
 * contains the same words (before whitespace folding, entity/escape decoding and Unicode normalization).
 * A span ending on a decoded entity or escape ends after its last raw character. When `article.raw` is
 * present, the end is also extended over combining marks composed into the span's last character
 * (needed only for maps without unit runs). Separators inserted at the end of the span (joining spaces,
 * paragraph breaks) are not mapped.
 */
export function textSpanToRaw(article: HasMap, start: number, end: number): { start: number; end: number } {
  const from = textToRaw(article, start);
  if (end <= start) return { start: from, end: from };
  let last = end - 1;
  let rawEnd = rawEndOf(article, last);
  while (rawEnd === null && --last >= start) rawEnd = rawEndOf(article, last);
  // Only inserted characters: they stand for nothing in raw.
  if (rawEnd === null) return { start: from, end: from };
  const raw = article.raw;
  if (raw !== undefined) while (rawEnd < raw.length && CONTINUATION.test(raw[rawEnd])) rawEnd++;
  return { start: from, end: Math.max(from, rawEnd) };
}
