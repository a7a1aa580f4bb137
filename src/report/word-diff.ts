import { diffWords } from 'diff';
import type { WordDiffPart } from '../types/comparison.js';

/** Word-level diff of `to` against `from` (jsdiff), as the comparison's WordDiffPart list. */
export function wordDiff(from: string, to: string): WordDiffPart[] {
  return diffWords(from, to).map((c) => ({ op: c.added ? 'added' : c.removed ? 'removed' : 'equal', text: c.value }));
}
