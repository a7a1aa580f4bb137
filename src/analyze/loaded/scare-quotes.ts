/**
 * Rule `framing.scare-quote`: a word or two the outlet sets in quotation marks with nobody
 * saying them ("their \"compromise\"", "so-called \"experts\"") distances the narrator from
 * the word; the quote finder has already told such quotes (kind `scare`) from speech.
 * Not taken: a title ("Meet the Voters", every word capitalized) and a term the outlet
 * introduces ("what is known as the \"fast track\"").
 */
import type { Hit, LoadedDoc } from './doc.js';

export function scareQuotes(doc: LoadedDoc): Hit[] {
  return doc.quotes.flatMap((q) => {
    // A title in marks (`on "Fox News Sunday"`) distances nobody from anything.
    if (q.kind !== 'scare' || q.unattributedReason === 'title') return [];
    // The words only: a full stop or comma the outlet set inside the marks is no part of them.
    const words = doc.text.slice(q.start, q.end).replace(/(?<![\s.,;:!?])[\s.,;:!?]+$/u, '');
    if (!/\p{L}/u.test(words) || isTitle(words) || introducesTerm(doc.text, q.start)) return [];
    return [{ start: q.start, end: q.start + words.length, category: 'scare-quote', entry: words.toLowerCase(), valence: null, lexicon: 'quotes', rule: 'framing.scare-quote' }];
  });
}

/** Two or more words, each capitalized but for short function words: a show, book or film. */
function isTitle(words: string): boolean {
  const w = words.split(/\s+/);
  return w.length >= 2 && /^\p{Lu}/u.test(w[0]) && w.every((x) => /^[\p{Lu}\d]/u.test(x) || /^(?:a|an|the|of|on|in|to|and|for|at|with)$/.test(x));
}

const TERM_LEAD = /\b(?:known as|referred to as|termed|so-called)(?:\s+(?:the|a|an))?\s*$/i;

/** "known as the" right before the opening mark: the outlet names a term, it does not distance itself. */
function introducesTerm(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start).replace(/["“”‘’']\s*$/u, '');
  return TERM_LEAD.test(before);
}
