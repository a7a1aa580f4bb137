/**
 * compare() on the multi-outlet event fixtures (tests/fixtures/events/*, written independently):
 * every difference listed in planted.json must be found, and identical texts yield none.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import type { Comparison } from '../../src/types/comparison.js';
import { evidenceProblems, flat } from './helpers.js';
import { analyzeFolder, eventsDir } from './pipeline.js';

interface Planted {
  labels: { actor: string; outlet: string; label: string; evaluative: boolean }[];
  variants: { concept: string; byOutlet: Record<string, string> }[];
  quotes: ({ speaker: string; onlyIn: string[]; text: string } | { speaker: string; renderings: Record<string, string> })[];
  omissions: { onlyIn: string[]; sentenceContains: string }[];
  rewrites: { a: string; b: string }[];
  distinctive: { outlet: string; term: string }[];
}

const events = existsSync(eventsDir)
  ? readdirSync(eventsDir).filter((d) => d !== 'identical' && existsSync(join(eventsDir, d, 'planted.json')))
  : [];

/**
 * Planted variants the comparison does not find yet, listed so the test still fails on any other miss
 * (and on a fix, prompting removal). Empty since H6b: the two former misses ("ships waiting at anchor" /
 * "left stranded offshore" / "vessels queuing", told in sentences reworded throughout; "bring inflation
 * back under control" / "the cost-of-living crisis", a reframing in unrelated sentences) are caught by the
 * generic curated concepts `disruption-naming` and `price-rises` (lexicons/concepts.json), not by sentence
 * diffs: no diff of those sentences isolates the phrase.
 */
const KNOWN_VARIANT_MISSES: Record<string, string[]> = {};

const sameSet = (a: string[], b: string[]) => [...a].sort().join() === [...b].sort().join();
const surname = (name: string) => name.split(' ').pop()!;

describe.each(events)('planted differences in %s', (event) => {
  let c: Comparison;
  let planted: Planted;
  beforeAll(async () => {
    planted = JSON.parse(readFileSync(join(eventsDir, event, 'planted.json'), 'utf8'));
    c = compare(await analyzeFolder(join(eventsDir, event)));
  });

  it('labels: each planted label is in its outlet\'s cell of the actor\'s row', () => {
    for (const p of planted.labels) {
      const row = c.labels.find((r) => r.name.endsWith(surname(p.actor)));
      expect(row, p.actor).toBeDefined();
      const uses = row!.byOutlet[p.outlet] ?? [];
      expect(uses.some((u) => flat(p.label).includes(flat(u.label))), `${p.actor} / ${p.outlet} / ${p.label}`).toBe(true);
    }
  });

  it('labels: planted evaluative labels are flagged for their outlet (needs the analysis to mark them evaluative)', () => {
    const missing = planted.labels
      .filter((p) => p.evaluative)
      .filter((p) => {
        const row = c.labels.find((r) => r.name.endsWith(surname(p.actor)));
        return !row?.flags.some((f) => f.type === 'evaluative' && f.outletIds.includes(p.outlet));
      })
      .map((p) => `${p.outlet}: ${p.label}`);
    expect(missing).toEqual([]);
  });

  it('variants: groups line up planted concepts\' differing wordings by outlet', () => {
    // Recall over the planted concepts; each found group must put each outlet's wording inside its planted phrase.
    const missing = planted.variants
      .filter((p) => {
        const hit = c.variants.find((g) => {
          const outlets = Object.entries(g.byOutlet).filter(([o, ws]) => p.byOutlet[o] && ws.some((w) => flat(p.byOutlet[o]).includes(flat(w.wording))));
          return outlets.length >= 2 && new Set(outlets.flatMap(([o, ws]) => ws.filter((w) => flat(p.byOutlet[o]).includes(flat(w.wording))).map((w) => w.wording))).size >= 2;
        });
        return !hit;
      })
      .map((p) => p.concept);
    expect(missing).toEqual(KNOWN_VARIANT_MISSES[event] ?? []);
  });

  it('quotes: renderings of one utterance are one cluster; exclusive quotes are carried only by their outlets', () => {
    for (const p of planted.quotes) {
      if ('renderings' in p) {
        const outlets = Object.keys(p.renderings);
        const cl = c.quoteClusters.find((q) => q.renderings.some((r) => flat(r.text).includes(flat(p.renderings[r.outletId] ?? '\u0000'))));
        expect(cl, p.speaker).toBeDefined();
        expect(cl!.outletIds, p.speaker).toEqual(expect.arrayContaining(outlets));
        for (const o of outlets) expect(cl!.renderings.some((r) => r.outletId === o && flat(r.text).includes(flat(p.renderings[o])))).toBe(true);
        expect(cl!.speakerName ?? '').toContain(surname(p.speaker));
      } else {
        const cl = c.quoteClusters.find((q) => q.renderings.some((r) => flat(r.text).includes(flat(p.text)) || flat(p.text).includes(flat(r.text))));
        expect(cl, p.text).toBeDefined();
        expect(sameSet(cl!.outletIds, p.onlyIn), `${p.text}: ${cl!.outletIds}`).toBe(true);
      }
    }
  });

  it('omissions: facts only some outlets report are coverage items carried by exactly those outlets', () => {
    for (const p of planted.omissions) {
      const item = c.coverage.find((i) => flat(i.claim).includes(flat(p.sentenceContains)) && sameSet(i.outletIds, p.onlyIn));
      expect(item, p.sentenceContains).toBeDefined();
      expect(item!.distinctiveness).toBeCloseTo(1 - p.onlyIn.length / c.outlets.length, 3);
    }
  });

  it('rewrites: the planted rewrite pairs and no others', () => {
    const label = (id: string) => c.articles.find((a) => a.id === id)!.source.label;
    const found = c.rewrites.map((r) => [label(r.articleA), label(r.articleB)].sort().join(' + '));
    expect(found.sort()).toEqual(planted.rewrites.map((r) => [r.a, r.b].sort().join(' + ')).sort());
  });

  it('distinctive vocabulary: the planted term is among the outlet\'s distinctive terms', () => {
    for (const p of planted.distinctive) {
      const terms = c.distinctive.filter((d) => d.outletId === p.outlet).map((d) => d.term);
      expect(terms, `${p.outlet}: ${p.term}`).toContain(p.term.toLowerCase());
    }
  });

  it('all evidence is exact', () => {
    expect(evidenceProblems(c)).toEqual([]);
  });
});

describe('identical texts from three outlets', () => {
  let c: Comparison;
  beforeAll(async () => {
    c = compare(await analyzeFolder(join(eventsDir, 'identical')));
  });

  it('finds no differences', () => {
    expect(c.outlets).toHaveLength(3);
    expect(c.labels.filter((r) => r.differs)).toEqual([]);
    expect(c.labels.flatMap((r) => r.flags.filter((f) => f.type !== 'evaluative'))).toEqual([]);
    expect(c.variants).toEqual([]);
    expect(c.coverage.filter((i) => i.outletIds.length < c.outlets.length)).toEqual([]);
    expect(c.coverage.filter((i) => i.kind === 'detail')).toEqual([]);
    expect(c.quoteClusters.flatMap((q) => q.diffs)).toEqual([]);
    expect(c.quoteClusters.filter((q) => q.outletIds.length < c.outlets.length)).toEqual([]);
    expect(c.distinctive).toEqual([]);
  });

  it('still reports what they share: every claim in all three outlets, and the copies as rewrites', () => {
    expect(c.coverage.length).toBeGreaterThan(3);
    expect(c.coverage.every((i) => i.outletIds.length === 3 && i.distinctiveness === 0)).toBe(true);
    expect(c.rewrites.length).toBe(3);
    expect(c.rewrites.every((r) => r.shareA === 1 && r.shareB === 1 && r.relation === "rewrite")).toBe(true);
  });
});
