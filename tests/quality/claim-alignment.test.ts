/**
 * Claim alignment on the seed corpus against the hand annotation in tests/fixtures/claim-alignment/seed.json
 * (rules in that folder's README; the BASIL events are scored by scripts/score-alignment.mjs).
 * Floors sit below the measured figures (docs/quality.md, "claim alignment (own gold)") so a
 * regression fails; they are not the targets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JS scorer shared with scripts/score-alignment.mjs
import { scoreComparison, sharedRuns } from '../../scripts/claim-alignment-score.mjs';
import { compare } from '../../src/compare/compare.js';
import type { Comparison } from '../../src/types/comparison.js';
import { analyzeFolder, corpusDir } from '../compare/pipeline.js';

const gold = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/claim-alignment/seed.json'), 'utf8'));
let c: Comparison;
let score: ReturnType<typeof scoreComparison>;

beforeAll(async () => {
  const articles = await analyzeFolder(corpusDir);
  c = compare(articles);
  const base = (p: string) => p.split('/').pop();
  score = scoreComparison(gold, c, (k: string) => c.articles.findIndex((a) => base(a.source.label) === base(gold.articles[k])));
});

describe('claim alignment on the seed corpus (own gold)', () => {
  it('finds every gold sentence in the normalized texts', () => {
    expect(score.missingAnchors).toEqual([]);
  });

  it('aligns sentences that report one fact with at least the measured precision', () => {
    expect(score.pairs.system).toBeGreaterThan(0);
    // Measured 0.615 / 0.615 since counterparts carry every sentence ≥ 0.6 × alignThreshold (was 0.78 / 0.53
    // at 0.7, best sentence only): recall bought with precision, chosen on the dev gold's pair F1.
    expect(score.pairs.correct / score.pairs.system).toBeGreaterThanOrEqual(0.58);
    expect(score.pairs.correct / score.pairs.gold).toBeGreaterThanOrEqual(0.55);
  });
});

describe('attribution drift on the seed corpus (own gold)', () => {
  it("finds the blog stating as fact what UNN attributes to the West's accusation", () => {
    expect(score.drift.gold).toBeGreaterThan(0);
    expect(score.drift.found).toBeGreaterThanOrEqual(1);
    const d = (c.attributionDrift ?? []).find((x) => x.cue.text === 'accuses');
    expect(d?.attributed.text).toContain('the West accuses China of supporting');
    expect(d?.asFact.text).toContain('it continues to support Russia indirectly');
  });
});

describe('verbatim reference scan', () => {
  const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `w${i + from}`).join(' ');

  it('finds one maximal shared run, with offsets on both sides', () => {
    const a = `Intro words here. ${words(45)} and then it ends.`;
    const b = `Something else first, ${words(45)}. Different tail.`;
    const runs = sharedRuns(a, b);
    expect(runs).toHaveLength(1);
    expect(runs[0].words).toBe(45);
    expect(a.slice(runs[0].a[0], runs[0].a[1])).toBe(words(45));
    expect(b.slice(runs[0].b[0], runs[0].b[1])).toBe(words(45));
  });

  it('ignores runs shorter than 40 words', () => {
    expect(sharedRuns(`x ${words(39)} y`, `z ${words(39)} q`)).toEqual([]);
  });
});
