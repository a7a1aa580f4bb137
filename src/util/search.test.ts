import { describe, expect, it } from 'vitest';
import { firstIndex, firstStartingAtOrAfter, lastStartingAtOrBefore } from './search.js';

describe('search', () => {
  const items = [{ start: 0 }, { start: 5 }, { start: 5 }, { start: 9 }];

  it('firstIndex finds the boundary of a monotone predicate', () => {
    expect(firstIndex(10, (i) => i >= 7)).toBe(7);
    expect(firstIndex(10, () => false)).toBe(10);
    expect(firstIndex(0, () => true)).toBe(0);
  });

  it('lastStartingAtOrBefore takes the last of equal starts and -1 before the first', () => {
    expect(lastStartingAtOrBefore(items, 5)).toBe(2);
    expect(lastStartingAtOrBefore(items, 8)).toBe(2);
    expect(lastStartingAtOrBefore(items, 100)).toBe(3);
    expect(lastStartingAtOrBefore([{ start: 3 }], 2)).toBe(-1);
  });

  it('firstStartingAtOrAfter takes the first of equal starts and the length past the end', () => {
    expect(firstStartingAtOrAfter(items, 5)).toBe(1);
    expect(firstStartingAtOrAfter(items, 6)).toBe(3);
    expect(firstStartingAtOrAfter(items, 10)).toBe(4);
  });
});
