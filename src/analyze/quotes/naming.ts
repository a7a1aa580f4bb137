/** "so-called", "dubbed", "a group called": the quoted words are a name, not an utterance. */
import type { Token } from '../context.js';
import { fold, type Cues } from './cues.js';

export function namedBefore(cues: Cues, before: Token[]): boolean {
  const tail = before.slice(-3).map((t) => fold(t.text)).join(' ').replace(/\s*-\s*/g, '-');
  if (cues.naming.some((n) => tail === n || tail.endsWith(' ' + n) || tail.endsWith(n))) return true;
  const longTail = before.slice(-8).map((t) => fold(t.text)).join(' ');
  return cues.namingPatterns.some((p) => p.test(longTail));
}
