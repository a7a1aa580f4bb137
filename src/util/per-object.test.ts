import { describe, expect, it } from 'vitest';
import { perObject } from './per-object.js';

describe('perObject', () => {
  it('builds once per key object, again for another object with the same content', () => {
    let builds = 0;
    const sizeOf = perObject((list: string[]) => {
      builds++;
      return new Set(list).size;
    });
    const a = ['x', 'y', 'x'];
    expect(sizeOf(a)).toBe(2);
    expect(sizeOf(a)).toBe(2);
    expect(builds).toBe(1);
    expect(sizeOf(['x'])).toBe(1);
    expect(builds).toBe(2);
  });
});
