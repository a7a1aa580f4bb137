/** Evidence spans: article id + offsets + the exact text, the currency of every finding. */
import type { Article } from '../types/article.js';
import type { AnalyzedArticle, Evidence } from '../types/comparison.js';

/** The string an evidence span's offsets point into: the body text, or the headline for `field: 'title'`. */
export function evidenceHost(article: Pick<Article, 'text' | 'title'>, e: Pick<Evidence, 'field'>): string {
  return e.field === 'title' ? (article.title ?? '') : article.text;
}

export function evidenceOf(article: AnalyzedArticle, start: number, end: number, field?: 'title'): Evidence {
  const e: Evidence = { articleId: article.id, outletId: article.outlet.id, start, end, text: '' };
  if (field) e.field = field;
  e.text = evidenceHost(article, e).slice(start, end);
  return e;
}

/** Order evidence by article input order, headline before body, then offset: the one order every finding uses. */
export function compareEvidence(order: ReadonlyMap<string, number>) {
  return (a: Evidence, b: Evidence): number =>
    (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) ||
    (a.field ? 0 : 1) - (b.field ? 0 : 1) ||
    a.start - b.start ||
    a.end - b.end;
}
