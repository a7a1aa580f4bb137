/**
 * Binary search over sorted data, the one search every offset lookup uses
 * (tokens, sentences, paragraphs, mentions, offset runs).
 */

/** The smallest index in [0, n) for which `isAfter` holds, or n; `isAfter` must be false…false, true…true. */
export function firstIndex(n: number, isAfter: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the last item whose `start` is at or before `offset` (items sorted by start), or -1. */
export function lastStartingAtOrBefore(items: readonly { start: number }[], offset: number): number {
  return firstIndex(items.length, (i) => items[i].start > offset) - 1;
}

/** Index of the first item whose `start` is at or after `offset` (items sorted by start), or items.length. */
export function firstStartingAtOrAfter(items: readonly { start: number }[], offset: number): number {
  return firstIndex(items.length, (i) => items[i].start >= offset);
}
