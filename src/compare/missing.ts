/**
 * The dense view of coverage, derived where a report shows it: a coverage item stores only who
 * carries a claim (`outletIds`) and who has a related sentence (`partial`); every other outlet of
 * the comparison omitted it. Stored sparsely because claims × outlets grows past what a report can
 * write (127 one-article outlets made a 124 MB coverage.csv).
 */
import type { CoverageItem, CoverageMissing } from '../types/comparison.js';

/** Each outlet of `outletIds` (in that order) that does not carry the claim: `partial` or `omitted`. */
export function missingOutlets(outletIds: readonly string[], item: Pick<CoverageItem, 'outletIds' | 'partial'>): CoverageMissing[] {
  const carried = new Set(item.outletIds);
  const partial = new Map((item.partial ?? []).map((m) => [m.outletId, m]));
  const out: CoverageMissing[] = [];
  for (const outletId of outletIds) {
    if (carried.has(outletId)) continue;
    out.push(partial.get(outletId) ?? { outletId, status: 'omitted' });
  }
  return out;
}
