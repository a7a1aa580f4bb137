/**
 * Rule `framing.scare-quote`: a word or two the outlet sets in quotation marks with nobody
 * saying them ("their \"compromise\"", "so-called \"experts\"") distances the narrator from
 * the word; the quote finder has already told such quotes (kind `scare`) from speech.
 */
import type { Hit, LoadedDoc } from './doc.js';

export function scareQuotes(doc: LoadedDoc): Hit[] {
  return doc.quotes.flatMap((q) => {
    // A title in marks (`on "Fox News Sunday"`) distances nobody from anything.
    if (q.kind !== 'scare' || q.unattributedReason === 'title') return [];
    // The words only: a full stop or comma the outlet set inside the marks is no part of them.
    const words = doc.text.slice(q.start, q.end).replace(/[\s.,;:!?]+$/u, '');
    if (!/\p{L}/u.test(words)) return [];
    return [{ start: q.start, end: q.start + words.length, category: 'scare-quote', entry: words.toLowerCase(), valence: null, lexicon: 'quotes', rule: 'framing.scare-quote' }];
  });
}
