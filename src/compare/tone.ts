/** Tone toward actors per outlet, from the analysis layer's per-sentence sentiment. */
import type { ToneRow } from '../types/comparison.js';
import type { ActorIndex } from './actors.js';
import { round } from './align.js';
import type { CompareContext } from './context.js';
import { evidenceOf } from './evidence.js';

/** Evidence sentences kept per cell: the most strongly toned ones. */
const MAX_EVIDENCE = 3;

export function findTone(ctx: CompareContext, actors: ActorIndex): ToneRow[] {
  type Cell = { sum: number; list: { article: number; start: number; end: number; sentiment: number }[] };
  const cells = new Map<string, Map<string, Cell>>();
  ctx.articles.forEach((a, ai) => {
    for (const t of a.analysis.tone) {
      const id = actors.resolve(a.id, t.actorId) ?? t.actorId;
      let row = cells.get(id);
      if (!row) cells.set(id, (row = new Map()));
      let cell = row.get(a.outlet.id);
      if (!cell) row.set(a.outlet.id, (cell = { sum: 0, list: [] }));
      for (const s of t.sentences) {
        // An actor merged from two local actors may list one sentence twice.
        if (cell.list.some((x) => x.article === ai && x.start === s.start)) continue;
        cell.sum += s.sentiment;
        cell.list.push({ article: ai, start: s.start, end: s.end, sentiment: s.sentiment });
      }
    }
  });
  const rows: ToneRow[] = [];
  for (const actor of actors.actors) {
    const row = cells.get(actor.id);
    if (!row) continue;
    const byOutlet: ToneRow['byOutlet'] = {};
    for (const outletId of ctx.outletIds) {
      const cell = row.get(outletId);
      if (!cell || cell.list.length === 0) continue;
      const strongest = [...cell.list]
        .sort((x, y) => Math.abs(y.sentiment) - Math.abs(x.sentiment) || x.article - y.article || x.start - y.start)
        .slice(0, MAX_EVIDENCE)
        .sort((x, y) => x.article - y.article || x.start - y.start);
      byOutlet[outletId] = {
        score: round(cell.sum / cell.list.length),
        sentences: cell.list.length,
        evidence: strongest.map((s) => evidenceOf(ctx.articles[s.article], s.start, s.end)),
      };
    }
    if (Object.keys(byOutlet).length) rows.push({ actorId: actor.id, name: actor.name, byOutlet });
  }
  return rows;
}
