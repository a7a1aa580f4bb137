/**
 * "so-called", "dubbed", "a group called": the quoted words are a name, not an utterance. So is a
 * short title-case phrase after a preposition or a possessive (`said on "Fox News Sunday,"`, `CNN’s
 * "State of the Union"`): the title of a show, book or song.
 */
import type { Token } from '../context.js';
import { fold, type Cues } from './cues.js';

export function namedBefore(cues: Cues, before: Token[]): boolean {
  const tail = before.slice(-3).map((t) => fold(t.text)).join(' ').replace(/\s*-\s*/g, '-');
  if (cues.naming.some((n) => tail === n || tail.endsWith(' ' + n) || tail.endsWith(n))) return true;
  const longTail = before.slice(-8).map((t) => fold(t.text)).join(' ');
  return cues.namingPatterns.some((p) => p.test(longTail));
}

/** Words a title may keep in lower case ("State of the Union", "Rock \'n\' Roll"). */
const TITLE_SMALL = new Set(['a', 'an', 'the', 'and', 'of', 'in', 'on', 'to', 'for', 'with', 'at', 'by', 'or', 'from', "'n'", 'n']);
const BEFORE_TITLE = new Set(['on', 'of', 'in', 'to', 'at', 'from', 'with']);
/** Longest title read as one (words). */
export const MAX_TITLE_WORDS = 6;

export function titleAfterPreposition(before: Token[], quoted: string): boolean {
  const last = before[before.length - 1];
  if (!last || !(BEFORE_TITLE.has(fold(last.text)) || /^['’]s$/.test(last.text) || /['’]s$/.test(last.text))) return false;
  const body = quoted.trim().replace(/[\s.,;:!?]+$/u, '');
  // A sentence inside the marks is no title.
  if (body === '' || /[.!?;:]\s/.test(body)) return false;
  const words = body.split(/\s+/);
  if (words.length > MAX_TITLE_WORDS || !/^[\p{Lu}\p{N}]/u.test(words[0])) return false;
  return words.every((w) => /^[\p{Lu}\p{N}(#]/u.test(w) || TITLE_SMALL.has(fold(w)));
}
