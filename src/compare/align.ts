/**
 * Sentence alignment: cluster sentences that report the same fact, across all articles, with
 * candidate blocking (see blocking.ts) so no sentence is compared with every other.
 * The clusters feed the synopsis rows (`AlignedGroup`), coverage, variants and rewrites.
 */
import type { AlignedGroup } from '../types/comparison.js';
import { clusterIncremental } from './blocking.js';
import type { CompareContext } from './context.js';
import { evidenceOf } from './evidence.js';
import { weightedCosine } from './similarity.js';

export interface SentenceClusters {
  /** Cluster of each unit (index into ctx.units). */
  clusterOf: Int32Array;
  similarity: Float64Array;
  /** Unit indices per cluster. */
  members: number[][];
  /** `[unit, cluster]`: units that also match a second cluster (used to discover variants, and counted as carrying that claim in coverage). */
  also: [number, number][];
}

export function clusterSentences(ctx: CompareContext): SentenceClusters {
  const { units, weights } = ctx;
  const c = clusterIncremental(
    units.length,
    (i) => units[i].features,
    (i, j) => weightedCosine(units[i].features, units[j].features, weights),
    { threshold: ctx.options.alignThreshold, minShared: 2 },
  );
  return c;
}

/** Synopsis rows: clusters that span at least two articles, members in article order. */
export function alignedGroups(ctx: CompareContext, clusters: SentenceClusters): AlignedGroup[] {
  const groups: AlignedGroup[] = [];
  for (const m of clusters.members) {
    const arts = new Set(m.map((u) => ctx.units[u].article));
    if (arts.size < 2) continue;
    const sorted = [...m].sort((x, y) => ctx.units[x].article - ctx.units[y].article || ctx.units[x].start - ctx.units[y].start);
    groups.push({
      id: '',
      members: sorted.map((u) => {
        const unit = ctx.units[u];
        return { ...evidenceOf(ctx.articles[unit.article], unit.start, unit.end), sentence: unit.sentence, similarity: round(clusters.similarity[u]) };
      }),
    });
  }
  groups.sort((a, b) => firstKey(ctx, a) - firstKey(ctx, b) || a.members[0].start - b.members[0].start);
  groups.forEach((g, i) => (g.id = `align-${pad(i + 1)}`));
  return groups;
}

function firstKey(ctx: CompareContext, g: AlignedGroup): number {
  return ctx.articleIndex.get(g.members[0].articleId) ?? 0;
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function pad(n: number): string {
  return String(n).padStart(3, '0');
}
