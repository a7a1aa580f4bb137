/** Evidence spans: article id + offsets + the exact text, the currency of every finding. */
import type { AnalyzedArticle } from '../types/comparison.js';
import type { Evidence } from '../types/comparison.js';

export function evidenceOf(article: AnalyzedArticle, start: number, end: number): Evidence {
  return { articleId: article.id, outletId: article.outlet.id, start, end, text: article.text.slice(start, end) };
}

/** Order evidence by article input order, then offset: the one order every finding uses. */
export function compareEvidence(order: ReadonlyMap<string, number>) {
  return (a: Evidence, b: Evidence): number =>
    (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) || a.start - b.start || a.end - b.end;
}
