/**
 * `text` keeps quotation marks exactly as written (curly vs straight tells quote analysis
 * something). To MATCH text regardless of quote style, fold a copy: every mark is replaced by
 * one character, so offsets in the folded copy are offsets in the original.
 */

const SINGLE = /[‘’‚‛′`´]/g;
const DOUBLE = /[“”„‟″«»]/g;

/** Same-length copy with curly/angle quotes and primes folded to ' and ". */
export function foldQuotes(text: string): string {
  return text.replace(SINGLE, "'").replace(DOUBLE, '"');
}
