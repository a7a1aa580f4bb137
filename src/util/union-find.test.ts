import { describe, expect, it } from 'vitest';
import { pushTo, UnionFind } from './union-find.js';

describe('UnionFind', () => {
  it('joins chains into one group whose root is the smallest key, whatever the order of unions', () => {
    const a = new UnionFind();
    a.union('strike', 'walkout');
    a.union('stoppage', 'walkout');
    const b = new UnionFind();
    b.union('walkout', 'stoppage');
    b.union('walkout', 'strike');
    for (const uf of [a, b]) expect(['strike', 'walkout', 'stoppage'].map((w) => uf.find(w))).toEqual(['stoppage', 'stoppage', 'stoppage']);
  });

  it('keeps unrelated keys apart and knows which keys it holds', () => {
    const uf = new UnionFind();
    uf.union('bombs', 'packages');
    uf.add('campaign');
    expect(uf.find('campaign')).toBe('campaign');
    expect(uf.find('bombs')).not.toBe(uf.find('campaign'));
    expect(uf.has('packages')).toBe(true);
    expect(uf.has('record')).toBe(false);
  });
});

describe('pushTo', () => {
  it('creates the list on first use and appends after', () => {
    const m = new Map<string, number[]>();
    pushTo(m, 'x', 1);
    pushTo(m, 'x', 2);
    pushTo(m, 'y', 3);
    expect([...m]).toEqual([['x', [1, 2]], ['y', [3]]]);
  });
});
