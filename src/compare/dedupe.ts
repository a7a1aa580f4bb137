/** Duplicate articles: one outlet's same text given twice is one article (runtime-neutral, light to import). */
import type { Article } from '../types/article.js';

/** Something about the input that did not stop the comparison (today: a duplicate article). */
export interface CorpusWarning {
  code: 'DUPLICATE_ARTICLE';
  /** The duplicate's file (or record) label. */
  file: string;
  message: string;
}

/**
 * One outlet's same text given twice (a file copied, the same page saved twice) is one article:
 * the one with the smallest id is kept (not the first given, so the input order changes nothing).
 * The same text under two outlets is kept twice, since that is syndication (a finding of
 * `rewrites`), not a duplicate.
 */
export function dropDuplicates<T extends Article>(articles: T[]): { unique: T[]; warnings: CorpusWarning[] } {
  const keyOf = (a: T) => `${a.outlet.id}\n${a.text}`;
  const kept = new Map<string, T>();
  for (const a of articles) {
    const k = keyOf(a);
    const cur = kept.get(k);
    if (!cur || a.id < cur.id) kept.set(k, a);
  }
  const warnings: CorpusWarning[] = [];
  const unique = articles.filter((a) => {
    const k = kept.get(keyOf(a))!;
    if (k === a) return true;
    warnings.push({ code: 'DUPLICATE_ARTICLE', file: a.source?.label ?? a.id, message: `the same article as ${k.source?.label ?? k.id} (same outlet and text); compared once` });
    return false;
  });
  return { unique, warnings };
}
