import { describe, expect, it } from 'vitest';
import { foldQuotes } from './quotes.js';

describe('foldQuotes', () => {
  it('folds quote styles to straight marks without moving any offset', () => {
    const s = '“No limits,” he said. ‘Boundless’ «ties» don’t';
    const f = foldQuotes(s);
    expect(f).toBe(`"No limits," he said. 'Boundless' "ties" don't`);
    expect(f.length).toBe(s.length);
    expect(f.indexOf('"No limits,"')).toBe(0);
  });
});
