/** The HTML no-loss check shared by the property suites: what a reader sees is kept or recorded. */
import { expect } from 'vitest';
import { parseHtmlTree, type HElement, type HNode } from '../../src/load/html-tree.js';
import type { Article } from '../../src/types/article.js';

/** Elements a browser does not draw (the oracle: written here, not taken from the code under test). */
const NOT_DRAWN = new Set(['head', 'script', 'style', 'template', 'noscript', 'title', 'iframe', 'object', 'embed', 'video', 'audio', 'canvas']);

/** Raw offsets of every drawn, non-space character of the page. */
function drawnOffsets(raw: string): number[] {
  const out: number[] = [];
  const visit = (n: HNode) => {
    if (n.type === 'text') {
      for (let i = 0; i < n.text.length; i++) if (!/[\s\p{M}\u200b\ufeff]/u.test(n.text.text[i])) out.push(n.text.rawAt(i));
      return;
    }
    if (NOT_DRAWN.has(n.name) || 'hidden' in n.attribs || /display\s*:\s*none/i.test(n.attribs.style ?? '')) return;
    n.children.forEach(visit);
  };
  visit(parseHtmlTree(raw) as HElement);
  return out;
}

/** Every drawn character of an HTML article's page is under the offset map or a removed[] entry with a rule. */
export function expectNothingVisibleLost(a: Article): void {
  const covered = new Uint8Array(a.raw.length + 1);
  for (const [, r, len, rawLen] of a.offsetMap) covered.fill(1, r, r + (rawLen ?? len));
  for (const r of a.removed) {
    expect(a.raw.slice(r.rawStart, r.rawEnd)).toBe(r.text);
    expect(r.rule, `removed entry without a rule at ${r.rawStart}`).toMatch(/\S/);
    covered.fill(1, r.rawStart, r.rawEnd);
  }
  const lost = drawnOffsets(a.raw).filter((o) => !covered[o]);
  expect(lost.map((o) => `${o}:${a.raw.slice(Math.max(0, o - 20), o + 20)}`)).toEqual([]);
}

