/** Speaker × outlet matrix: whom each outlet quotes, how often and at what length (words). */
import { dict } from '../util/own.js';
import type { SpeakerRow } from '../types/comparison.js';
import type { CompareContext } from './context.js';
import type { QuoteItem } from './quotes.js';
import { orderKeys } from './actors.js';

export function speakerMatrix(ctx: CompareContext, items: QuoteItem[]): SpeakerRow[] {
  const rows = new Map<string, SpeakerRow & { total: number }>();
  for (const it of items) {
    if (!it.speakerName) continue;
    const key = it.speakerId ?? `name:${it.speakerName.toLowerCase()}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { speakerId: it.speakerId, speakerName: it.speakerName, byOutlet: dict(), total: 0 }));
    const outletId = ctx.articles[it.article].outlet.id;
    const cell = (row.byOutlet[outletId] ??= { quotes: 0, words: 0 });
    cell.quotes++;
    cell.words += (it.quote.text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
    row.total++;
  }
  return [...rows.values()]
    .sort((a, b) => b.total - a.total || (a.speakerName < b.speakerName ? -1 : a.speakerName > b.speakerName ? 1 : 0))
    .map(({ total: _t, ...r }) => ({ ...r, byOutlet: orderKeys(r.byOutlet, ctx.outletIds) }));
}
