/** Candidate blocking: clusters by similarity without all-pairs comparison (counted, not timed). */
import { describe, expect, it } from 'vitest';
import { clusterIncremental } from '../../src/compare/blocking.js';
import { containment } from '../../src/compare/similarity.js';

/** `n` items drawn from `facts` distinct feature sets, each with one item-specific feature added. */
function items(n: number, facts: number): Int32Array[] {
  return Array.from({ length: n }, (_, i) => {
    const base = i % facts;
    return Int32Array.from([base * 10, base * 10 + 1, base * 10 + 2, base * 10 + 3, 1_000_000 + i]).sort();
  });
}

function run(n: number) {
  const feats = items(n, 50);
  let calls = 0;
  const c = clusterIncremental(
    n,
    (i) => feats[i],
    (i, j) => {
      calls++;
      return containment(feats[i], feats[j]);
    },
    { threshold: 0.7 },
  );
  return { c, calls };
}

describe('clusterIncremental', () => {
  it('puts items of one fact together and apart from other facts', () => {
    const { c } = run(500);
    expect(c.members).toHaveLength(50);
    for (const m of c.members) expect(new Set(m.map((i) => i % 50)).size).toBe(1);
    expect(c.clusterOf[0]).toBe(c.clusterOf[50]);
    expect(c.clusterOf[0]).not.toBe(c.clusterOf[1]);
  });

  it('compares each item with a bounded number of exemplars: similarity calls grow linearly', () => {
    const small = run(1000).calls;
    const large = run(2000).calls;
    expect(large / small).toBeLessThan(2.1);
    expect(large).toBeLessThan(2000 * 12 * 4);
  });

  it('respects a veto on joining', () => {
    const feats = items(4, 1);
    const c = clusterIncremental(4, (i) => feats[i], (i, j) => containment(feats[i], feats[j]), { threshold: 0.5 }, (i) => i !== 3);
    expect(c.members).toEqual([[0, 1, 2], [3]]);
  });
});
