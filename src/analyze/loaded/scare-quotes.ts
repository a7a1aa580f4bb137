/**
 * Rule `framing.scare-quote`: a word or two the outlet sets in quotation marks with nobody
 * saying them ("their \"compromise\"", "so-called \"experts\"") distances the narrator from
 * the word; the quote finder has already told such quotes (kind `scare`) from speech.
 */
import type { Hit, LoadedDoc } from './doc.js';

export function scareQuotes(doc: LoadedDoc): Hit[] {
  return doc.quotes
    .filter((q) => q.kind === 'scare' && q.end > q.start)
    .map((q) => ({ start: q.start, end: q.end, category: 'scare-quote', entry: doc.text.slice(q.start, q.end).toLowerCase(), valence: null, lexicon: 'quotes', rule: 'framing.scare-quote' }));
}
