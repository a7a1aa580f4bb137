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
 * Characters inserted by normalization (paragraph breaks, folded spaces) map to the next original character.
 */
export function textToRaw(article: HasMap, offset: number): number {
  const runs = article.offsetMap;
  if (runs.length === 0) return offset;
  const i = findRun(runs, offset);
  const [t, r, len] = runs[i];
  if (offset < t + len) return r + (offset - t);
  // Past the end of a run: either the exact end of the text or inside an inserted gap.
  if (i + 1 < runs.length) return runs[i + 1][1];
  return r + len + (offset - t - len);
}

/** Combining marks and low surrogates belong to the character before them. */
const CONTINUATION = /[\p{M}\udc00-\udfff]/u;

/**
 * Map a span `[start, end)` of `article.text` to the raw span that holds it: `raw.slice(result.start, result.end)`
 * contains the same words (before whitespace folding and Unicode normalization). When `article.raw` is
 * present, the end is extended over combining marks that NFC composed into the span's last character.
 * Separators inserted at the end of the span (joining spaces, paragraph breaks) are not mapped.
 */
export function textSpanToRaw(article: HasMap, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = textToRaw(article, start);
    return { start: at, end: at };
  }
  // Characters inserted by normalization (a space joining wrapped lines, paragraph breaks) map to
  // the next original character; a span ending on them ends at the last original character.
  let last = end - 1;
  while (last >= start && textToRaw(article, last) === textToRaw(article, last + 1)) last--;
  if (last < start) {
    // Only inserted characters: they stand for nothing in raw.
    const at = textToRaw(article, start);
    return { start: at, end: at };
  }
  let rawEnd = textToRaw(article, last) + 1;
  const raw = article.raw;
  if (raw !== undefined) while (rawEnd < raw.length && CONTINUATION.test(raw[rawEnd])) rawEnd++;
  return { start: textToRaw(article, start), end: rawEnd };
}
