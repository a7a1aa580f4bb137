/**
 * The full article texts: every paragraph carries its start offset (`data-s`) for in-place highlighting;
 * the headline carries `data-t` (offsets into the title).
 */
import { escapeHtml as esc, safeHttpUrl } from './escape.js';
import { type Ctx, section } from './parts.js';

export function articlesSection(ctx: Ctx): string {
  const { model } = ctx;
  const articles = model.comparison.articles.map((a, i) => {
    const url = safeHttpUrl(a.url);
    const meta = [a.publishedAt, a.byline.join(', '), a.source.label].filter(Boolean).map((s) => esc(s)).join(' · ');
    const headings = new Set(a.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.start));
    const blocks = paragraphs(a.text).map(([s, e]) => {
      const tag = headings.has(s) ? 'h4' : 'p';
      return `<${tag} data-s="${s}">${esc(a.text.slice(s, e))}</${tag}>`;
    });
    return `<article class="source" id="article-${i}">
<h3>${esc(model.outletName(a.outlet.id))}: ${a.title ? `<span data-t="0">${esc(a.title)}</span>` : '(untitled)'}</h3>
<p class="meta">${meta}${url ? ` · <a href="${esc(url)}" rel="noopener noreferrer nofollow">source</a>` : ''}</p>
<div class="text">${blocks.join('\n')}</div>
</article>`;
  });
  return section('articles', 'The articles', articles.join('\n'), 'The normalized texts all offsets refer to.');
}

/** Paragraph spans: the text split at blank lines, so every character outside the breaks is shown. */
function paragraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /\n{2,}/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > start) out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}
