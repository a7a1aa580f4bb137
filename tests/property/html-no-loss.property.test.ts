/**
 * No loss on HTML: every character a reader sees on a page (text outside head, scripts, styles,
 * templates, embedded objects, `hidden` and `display: none`) is in the normalized text or inside
 * a `removed[]` entry, which names its rule. Random pages mix article paragraphs with menus,
 * banners, share bars, teasers, captions, buttons, option lists, aria-hidden parts and inline
 * markup. Checked on raw offsets, so a character counts only where it stands in the page.
 * Seeded and bounded like the other property suites.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FramediffError } from '../../src/errors.js';
import { normalize } from '../../src/normalize/normalize.js';
import type { Article } from '../../src/types/article.js';
import { expectNothingVisibleLost } from './html-visible.js';

const SEED = 20261204;

const WORDS = 'the council said on tuesday that repairs to the harbour wall would start next month after storms damaged it'.split(' ');
const word = fc.constantFrom(...WORDS, 'Ünïcode', '新华社', '&amp;', '&quot;', '&shy;', '&nbsp;', '—');
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((ws) => ws.join(' '));
const inline = fc.oneof(
  { weight: 6, arbitrary: words(1, 8) },
  { weight: 1, arbitrary: words(1, 3).map((w) => `<a href="https://example.org/x">${w}</a>`) },
  { weight: 1, arbitrary: words(1, 3).map((w) => `<strong>${w}</strong>`) },
  { weight: 1, arbitrary: words(1, 2).map((w) => `<button>${w}</button>`) },
  { weight: 1, arbitrary: words(1, 2).map((w) => `<span aria-hidden="true">${w}</span>`) },
  { weight: 1, arbitrary: fc.constant('<br>') },
  { weight: 1, arbitrary: words(1, 2).map((w) => `<span style="display:none">${w}</span>`) },
);
const prose = fc.array(inline, { minLength: 8, maxLength: 20 }).map((xs) => `<p>${xs.join(' ')}.</p>`);
const chrome = fc.oneof(
  words(1, 6).map((w) => `<nav><ul><li><a href="/">${w}</a></li><li>${w}</li></ul></nav>`),
  words(1, 6).map((w) => `<header><div class="banner">${w}</div></header>`),
  words(1, 6).map((w) => `<div class="share-bar"><a href="#">${w}</a><button>Share</button></div>`),
  words(2, 10).map((w) => `<aside><h3>Related</h3><p>${w}</p></aside>`),
  words(2, 10).map((w) => `<div class="related-teaser"><p>${w}</p></div>`),
  words(1, 6).map((w) => `<figure><img src="a.jpg" alt="x"><figcaption>${w}</figcaption></figure>`),
  words(1, 4).map((w) => `<select><option>${w}</option><option>Other</option></select>`),
  words(1, 6).map((w) => `<div aria-hidden="true"><p>${w}</p></div>`),
  words(1, 6).map((w) => `<footer><p>© 2025 ${w}</p></footer>`),
  words(1, 6).map((w) => `<script>var x = "${w}";</script><style>p{}</style>`),
  words(1, 6).map((w) => `<p>${w}</p>`),
);
const page = fc
  .record({ before: fc.array(chrome, { maxLength: 4 }), body: fc.array(fc.oneof({ weight: 3, arbitrary: prose }, { weight: 1, arbitrary: chrome }), { minLength: 1, maxLength: 8 }), after: fc.array(chrome, { maxLength: 4 }), article: fc.boolean() })
  .map(({ before, body, after, article }) => {
    const main = article ? `<article>${body.join('\n')}</article>` : `<div id="content">${body.join('\n')}</div>`;
    return `<!doctype html><html><head><title>Harbour wall</title></head><body>${before.join('\n')}\n${main}\n${after.join('\n')}</body></html>`;
  });

describe('HTML: nothing a reader sees is lost', () => {
  it('every drawn character is in the text or in removed[] (with a rule)', () => {
    fc.assert(
      fc.property(page, (html) => {
        let a: Article;
        try {
          a = normalize({ content: html, label: 'page.html', meta: { outlet: 'Harbour Post' } });
        } catch (e) {
          if (e instanceof FramediffError) return;
          throw e;
        }
        expectNothingVisibleLost(a);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('a page of menus, a banner, an option list and an aria-hidden teaser around the story', () => {
    const html = `<html><body><nav><a href="/">Home</a> <a href="/w">World</a></nav>
      <div role="banner">Breaking: storms</div><select><option>English</option><option>Deutsch</option></select>
      <article><p>The council said on Tuesday that repairs to the harbour wall would start next month <button>Listen</button> after storms damaged it.</p>
      <div aria-hidden="true"><p>Read more: ferry timetable changes</p></div></article>
      <footer>© 2025 Harbour Post</footer></body></html>`;
    const a = normalize({ content: html, label: 'p.html', meta: { outlet: 'Harbour Post' } });
    expect(a.text).toBe('The council said on Tuesday that repairs to the harbour wall would start next month after storms damaged it.');
    const rules = (s: string) => a.removed.filter((r) => (r.visibleText ?? r.text).includes(s)).map((r) => r.rule);
    expect(rules('Deutsch')).toEqual(['html/widget']);
    expect(rules('Listen')).toEqual(['html/widget']);
    expect(rules('ferry timetable')).toEqual(['html/aria-hidden']);
    expect(rules('World')).toEqual(['html/outside-main']);
    expectNothingVisibleLost(a);
  });
});
