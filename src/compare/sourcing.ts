/** Each outlet's sourcing profile, from the analysis layer's source attributions: counts by type, with evidence. */
import type { SourceType } from '../types/analysis.js';
import type { SourcingProfile } from '../types/comparison.js';
import type { CompareContext } from './context.js';
import { evidenceOf } from './evidence.js';

const TYPE_ORDER: SourceType[] = ['wire', 'state-media', 'official', 'partisan', 'expert', 'anonymous', 'outlet', 'document', 'other'];

export function findSourcing(ctx: CompareContext): SourcingProfile[] {
  return ctx.outlets.map((o) => {
    const counts: Partial<Record<SourceType, number>> = {};
    const evidence = [];
    for (const id of o.articleIds) {
      const a = ctx.articles[ctx.articleIndex.get(id)!];
      for (const s of a.analysis.sources) {
        counts[s.type] = (counts[s.type] ?? 0) + 1;
        evidence.push(evidenceOf(a, s.start, s.end));
      }
    }
    const ordered: Partial<Record<SourceType, number>> = {};
    for (const t of [...TYPE_ORDER, ...Object.keys(counts).sort()] as SourceType[]) if (counts[t] !== undefined && !(t in ordered)) ordered[t] = counts[t];
    return { outletId: o.id, counts: ordered, evidence };
  });
}
