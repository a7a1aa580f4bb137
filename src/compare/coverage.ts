/**
 * Coverage and omission: each sentence cluster is a claim; which outlets carry it and which do not.
 * Items are ranked most distinctive first (carried by the fewest outlets).
 */
import type { CoverageItem, Evidence } from '../types/comparison.js';
import type { SentenceClusters } from './align.js';
import { pad, round } from './align.js';
import type { CompareContext } from './context.js';
import { evidenceOf } from './evidence.js';

export function findCoverage(ctx: CompareContext, clusters: SentenceClusters): CoverageItem[] {
  const total = ctx.outletIds.length;
  const items: (CoverageItem & { firstArticle: number; firstStart: number })[] = [];
  for (const members of clusters.members) {
    const sorted = [...members].sort((x, y) => ctx.units[x].article - ctx.units[y].article || ctx.units[x].start - ctx.units[y].start);
    const evidence: Evidence[] = sorted.map((u) => {
      const unit = ctx.units[u];
      return evidenceOf(ctx.articles[unit.article], unit.start, unit.end);
    });
    const outlets = new Set(evidence.map((e) => e.outletId));
    const outletIds = ctx.outletIds.filter((id) => outlets.has(id));
    // The longest rendering is the fullest statement of the claim; ties go to the earliest.
    let claim = evidence[0];
    for (const e of evidence) if (e.text.length > claim.text.length) claim = e;
    items.push({
      id: '',
      claim: claim.text,
      outletIds,
      missingOutletIds: ctx.outletIds.filter((id) => !outlets.has(id)),
      distinctiveness: total > 0 ? round(1 - outletIds.length / total) : 0,
      evidence,
      firstArticle: ctx.units[sorted[0]].article,
      firstStart: ctx.units[sorted[0]].start,
    });
  }
  items.sort((a, b) => b.distinctiveness - a.distinctiveness || a.firstArticle - b.firstArticle || a.firstStart - b.firstStart);
  return items.map(({ firstArticle: _a, firstStart: _s, ...item }, i) => ({ ...item, id: `claim-${pad(i + 1)}` }));
}
