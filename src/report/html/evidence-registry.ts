import type { Evidence } from '../../types/comparison.js';

/**
 * Numbers every evidence span once, so that buttons can refer to spans as `data-ev="3 7"` and the
 * page script can highlight them in the article text. Articles are referred to by index, never by
 * id, so untrusted ids never become DOM ids or selectors.
 */
export class EvidenceRegistry {
  private readonly index = new Map<string, number>();
  /** `[articleIndex, start, end]` per evidence id; headline spans add a fourth element, 1. */
  readonly spans: ([number, number, number] | [number, number, number, 1])[] = [];
  private readonly articleIndex: Map<string, number>;

  constructor(articleIds: readonly string[]) {
    this.articleIndex = new Map(articleIds.map((id, i) => [id, i]));
  }

  /** Evidence ids for the spans (unknown articles are skipped), space-separated for `data-ev`. */
  ids(evidence: readonly Pick<Evidence, 'articleId' | 'start' | 'end' | 'field'>[]): string {
    const out = new Set<number>();
    for (const e of evidence) {
      const article = this.articleIndex.get(e.articleId);
      if (article === undefined) continue;
      const key = `${article}:${e.start}:${e.end}${e.field === 'title' ? ':t' : ''}`;
      let id = this.index.get(key);
      if (id === undefined) {
        id = this.spans.length;
        this.spans.push(e.field === 'title' ? [article, e.start, e.end, 1] : [article, e.start, e.end]);
        this.index.set(key, id);
      }
      out.add(id);
    }
    return [...out].join(' ');
  }
}
