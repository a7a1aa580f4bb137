/**
 * Tone toward actors per outlet: the mean of the mention tones the analysis computed from the
 * words attached to each mention (rule `tone.attached-words`), with the strongest mentions'
 * sentences and their evidence words. An actor with no toned word in an outlet scores 0 there.
 */
import { dict } from '../util/own.js';
import type { ToneRow } from '../types/comparison.js';
import type { ActorIndex } from './actors.js';
import { round } from './align.js';
import type { CompareContext } from './context.js';
import { evidenceOf } from './evidence.js';

/** Evidence sentences kept per cell: the most strongly toned ones. */
const MAX_EVIDENCE = 3;
/** Evidence words kept per cell. */
const MAX_WORDS = 6;

interface Item {
  article: number;
  start: number;
  end: number;
  score: number;
  words: string[];
}

function cellsOf(ctx: CompareContext, actors: ActorIndex): Map<string, Map<string, Item[]>> {
  const cells = new Map<string, Map<string, Item[]>>();
  ctx.articles.forEach((a, ai) => {
    for (const t of a.analysis.tone) {
      const id = actors.resolve(a.id, t.actorId) ?? t.actorId;
      let row = cells.get(id);
      if (!row) cells.set(id, (row = new Map()));
      let list = row.get(a.outlet.id);
      if (!list) row.set(a.outlet.id, (list = []));
      for (const m of t.mentions ?? []) {
        const s = a.analysis.sentences[m.sentence];
        if (!s || list.some((x) => x.article === ai && x.start === s.start && x.score === m.score)) continue;
        list.push({ article: ai, start: s.start, end: s.end, score: m.score, words: m.evidence.map((e) => e.text.toLowerCase()) });
      }
    }
  });
  return cells;
}

export function findTone(ctx: CompareContext, actors: ActorIndex): ToneRow[] {
  const cells = cellsOf(ctx, actors);
  const rows: ToneRow[] = [];
  for (const actor of actors.actors) {
    const row = cells.get(actor.id);
    if (!row) continue;
    const byOutlet: ToneRow['byOutlet'] = dict();
    for (const outletId of ctx.outletIds) {
      const list = row.get(outletId);
      if (!list || list.length === 0) continue;
      const strongest = [...list].sort((x, y) => Math.abs(y.score) - Math.abs(x.score) || x.article - y.article || x.start - y.start);
      const shown = strongest.slice(0, MAX_EVIDENCE).sort((x, y) => x.article - y.article || x.start - y.start);
      const words = [...new Set(strongest.flatMap((x) => x.words))].slice(0, MAX_WORDS);
      byOutlet[outletId] = {
        score: round(list.reduce((s, x) => s + x.score, 0) / list.length),
        sentences: new Set(list.map((x) => `${x.article}:${x.start}`)).size,
        evidence: shown.map((s) => evidenceOf(ctx.articles[s.article], s.start, s.end)),
        words,
      };
    }
    if (Object.keys(byOutlet).length) rows.push({ actorId: actor.id, name: actor.name, byOutlet });
  }
  return rows;
}
