/**
 * Word-level diffs with jsdiff, the one module for them. `diffTokens` diffs two token sequences by
 * their normalized form (so case, curly quotes and possessives do not count as changes) and keeps
 * the tokens' offsets (variant discovery); `renderingDiff` gives the display diff between two quote
 * renderings (quote clusters); `wordDiff` the plain word diff the reports show.
 */
import { diffArrays, diffWords } from 'diff';
import type { WordDiffPart } from '../types/comparison.js';

/** One run of a token diff. */
export interface TokenChange<T extends { norm: string } = { norm: string }> {
  op: 'equal' | 'added' | 'removed';
  /** Tokens of the old sequence (equal/removed) or the new one (added). */
  tokens: T[];
}

/**
 * Token diff; with `maxEdits`, sequences that differ in more than that many tokens give null
 * (jsdiff's maxEditLength: no time spent on sentences that are not parallel).
 */
export function diffTokens<T extends { norm: string }>(oldTokens: T[], newTokens: T[], maxEdits?: number): TokenChange<T>[] | null {
  const a = oldTokens.map((t) => t.norm);
  const b = newTokens.map((t) => t.norm);
  const changes = maxEdits === undefined ? diffArrays(a, b) : diffArrays(a, b, { maxEditLength: maxEdits });
  if (!changes) return null;
  const out: TokenChange<T>[] = [];
  let i = 0;
  let j = 0;
  for (const c of changes) {
    const n = c.count ?? c.value.length;
    if (c.added) {
      out.push({ op: 'added', tokens: newTokens.slice(j, j + n) });
      j += n;
    } else if (c.removed) {
      out.push({ op: 'removed', tokens: oldTokens.slice(i, i + n) });
      i += n;
    } else {
      out.push({ op: 'equal', tokens: oldTokens.slice(i, i + n) });
      i += n;
      j += n;
    }
  }
  return out;
}

/** Display diff of two texts, word by word (jsdiff `diffWords`, case-insensitive), with counts of added and removed words. */
export function renderingDiff(from: string, to: string): { parts: WordDiffPart[]; added: number; removed: number } {
  const parts: WordDiffPart[] = [];
  let added = 0;
  let removed = 0;
  const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  for (const c of diffWords(normalizeQuotes(from), normalizeQuotes(to), { ignoreCase: true })) {
    const op = c.added ? 'added' : c.removed ? 'removed' : 'equal';
    if (op === 'added') added += words(c.value);
    if (op === 'removed') removed += words(c.value);
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += c.value;
    else parts.push({ op, text: c.value });
  }
  return { parts, added, removed };
}

function normalizeQuotes(s: string): string {
  return s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}

/** Word-level diff of `to` against `from` (jsdiff, case-sensitive, as written), as WordDiffPart runs. */
export function wordDiff(from: string, to: string): WordDiffPart[] {
  return diffWords(from, to).map((c) => ({ op: c.added ? 'added' : c.removed ? 'removed' : 'equal', text: c.value }));
}
