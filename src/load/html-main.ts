import type { HtmlChrome } from './html-chrome.js';
import { contains, findAll, type HElement } from './html-tree.js';

/** A parent must hold this much more paragraph text than the current pick to replace it. */
const CLIMB_GAIN = 1.3;

/**
 * The element holding the article text: `[itemprop=articleBody]`, else the `<article>` with the most
 * paragraph text (if it holds at least half of the best paragraph cluster), else the element whose
 * child and grandchild paragraphs carry the most text (Readability's scoring, simplified), widened
 * to its ancestors while they hold clearly more paragraph text (sites wrap each <p> in a <div>).
 */
export function mainContent(doc: HElement, chrome: HtmlChrome): HElement {
  const paragraphs = findAll(doc, (e) => e.name === 'p' && !chrome.insideChrome(e));
  const lengths = new Map<HElement, number>(paragraphs.map((p) => [p, chrome.proseLength(p)]));
  const proseIn = (el: HElement) => paragraphs.reduce((n, p) => (contains(el, p) ? n + (lengths.get(p) ?? 0) : n), 0);

  const body = findAll(doc, (e) => e.attribs.itemprop === 'articleBody').sort((a, b) => proseIn(b) - proseIn(a))[0];
  if (body && proseIn(body) > 0) return body;

  const scores = new Map<HElement, number>();
  for (const p of paragraphs) {
    const len = lengths.get(p) ?? 0;
    if (!len || !p.parent) continue;
    scores.set(p.parent, (scores.get(p.parent) ?? 0) + len);
    if (p.parent.parent) scores.set(p.parent.parent, (scores.get(p.parent.parent) ?? 0) + len / 2);
  }
  let best: HElement | undefined;
  for (const [el, s] of scores) if (!best || s > (scores.get(best) ?? 0)) best = el;

  const articles = findAll(doc, (e) => e.name === 'article').map((a) => ({ a, n: proseIn(a) }));
  articles.sort((x, y) => y.n - x.n);
  const bestProse = best ? proseIn(best) : 0;
  if (articles[0] && articles[0].n > 0 && articles[0].n >= bestProse / 2) return articles[0].a;
  if (!best) return findAll(doc, (e) => e.name === 'body')[0] ?? doc;
  let prose = bestProse;
  while (best.parent && !chrome.isPageTag(best.parent.name)) {
    const parentProse = proseIn(best.parent);
    if (parentProse < prose * CLIMB_GAIN) break;
    best = best.parent;
    prose = parentProse;
  }
  return best;
}
