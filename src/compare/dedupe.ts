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
 * the first is kept. The same text under two outlets is kept twice, since that is syndication
 * (a finding of `rewrites`), not a duplicate.
 */
export function dropDuplicates<T extends Article>(articles: T[]): { unique: T[]; warnings: CorpusWarning[] } {
  const first = new Map<string, T>();
  const warnings: CorpusWarning[] = [];
  const unique = articles.filter((a) => {
    const key = first.has(a.id) ? a.id : `${a.outlet.id}\n${a.text}`;
    const kept = first.get(a.id) ?? first.get(key);
    if (!kept) {
      first.set(a.id, a).set(key, a);
      return true;
    }
    const label = a.source?.label ?? a.id;
    warnings.push({ code: 'DUPLICATE_ARTICLE', file: label, message: `the same article as ${kept.source?.label ?? kept.id} (same outlet and text); compared once` });
    return false;
  });
  return { unique, warnings };
}
