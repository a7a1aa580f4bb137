import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/node/load-corpus.js';
import { parseInput } from '../../src/load/parse-input.js';
import { normalize } from '../../src/normalize/normalize.js';
import type { Removed } from '../../src/types/article.js';

/**
 * The `removed[]` contract: `text` is exactly `raw.slice(rawStart, rawEnd)` for every entry of every
 * format; HTML regions also carry `visibleText`, what a reader saw of them.
 */
const FIXTURES = 'tests/fixtures/inputs';

function expectExact(raw: string, removed: Removed[], where: string): void {
  for (const r of removed) expect(raw.slice(r.rawStart, r.rawEnd), `${where}: ${r.rule} at ${r.rawStart}`).toBe(r.text);
}

const byRule = (removed: Removed[], rule: string) => removed.filter((r) => r.rule === rule).map((r) => r.visibleText ?? r.text);

describe('removed[].text is the raw slice', () => {
  it('for every fixture of every format, in the parsed input and in the article', async () => {
    const r = await loadCorpus(FIXTURES);
    expect(r.articles.length).toBeGreaterThan(10);
    const formats = new Set<string>();
    for (const a of r.articles) {
      expectExact(a.raw, a.removed, a.source.label);
      if (a.removed.length) formats.add(a.source.format);
    }
    expect([...formats].sort()).toEqual(expect.arrayContaining(['html', 'markdown', 'text']));
    for (const file of ['news-page.html', 'entities-page.html', 'glacier.md', 'front-matter.txt']) {
      for (const p of parseInput({ content: new Uint8Array(readFileSync(`${FIXTURES}/${file}`)), label: file }).parsed) {
        expectExact(p.raw, p.removed, file);
      }
    }
  });
});

describe('HTML boilerplate keeps its markup in text and its reading in visibleText', () => {
  const a = normalize({ content: new Uint8Array(readFileSync(`${FIXTURES}/entities-page.html`)), label: 'entities-page.html' });

  it('photo credits, related posts and tags read as the page showed them, entities decoded', () => {
    const caption = a.removed.find((r) => r.kind === 'photo-caption')!;
    expect(caption.visibleText).toBe('The riverbank at Mill Lane & Quay Street. Photo: Tomás Ortega / Echo');
    expect(caption.text).toBe(
      '<figure><img src="barrier.jpg" alt="The riverbank"><figcaption>The riverbank at Mill Lane &amp; Quay Street. Photo: Tom&#225;s Ortega&nbsp;/ Echo</figcaption></figure>',
    );
    expect(byRule(a.removed, 'html/chrome')).toEqual([
      'Related\nFlood maps redrawn – 2,000 homes added\nRiver levels: what “amber” means',
      'Tags: Floods, Council & Politics',
    ]);
    expect(byRule(a.removed, 'html/outside-main')).toEqual(['Home · News', '© 2025 The Riverside Echo']);
    // Neither the credit nor the teasers nor the tags are left in the text.
    for (const gone of ['Ortega', 'Flood maps redrawn', 'Tags:']) expect(a.text).not.toContain(gone);
  });

  it('neighbouring regions merged into one entry keep every region in visibleText', () => {
    const html = `<html><body><main><article>
      <p>The bridge reopened on Monday after three weeks of repairs, the transport office said.</p>
      <p class="photo-credit">Photo: Lena M&uuml;ller</p> <p class="image-credit">Illustration: Ravi &amp; Co</p>
      <p>Traffic was back to normal by the evening rush hour, according to police.</p>
      <div class="related-posts"><a href="/a">Bridge closed for repairs</a></div>
      <div class="share-tools">Share &bull; Email</div>
      <ul class="tags"><li>Transport</li><li>Roads &amp; Bridges</li></ul>
    </article></main></body></html>`;
    const art = normalize({ content: html, label: 'merge.html' });
    expectExact(art.raw, art.removed, 'merge.html');
    expect(art.text).toBe(
      'The bridge reopened on Monday after three weeks of repairs, the transport office said.\n\nTraffic was back to normal by the evening rush hour, according to police.',
    );
    expect(art.removed.map((r) => [r.kind, r.rule, r.visibleText])).toEqual([
      ['photo-caption', 'html/caption', 'Photo: Lena Müller\nIllustration: Ravi & Co'],
      ['html-chrome', 'html/chrome', 'Bridge closed for repairs\nShare • Email\nTransport\nRoads & Bridges'],
    ]);
    expect(art.removed[1].text).toMatch(/^<div class="related-posts">[\s\S]*Roads &amp; Bridges<\/li><\/ul>$/);
  });

  it('leaves visibleText out where the source already reads as written', () => {
    const art = normalize({ content: '<html><body><article><p>The mayor opened the new library on Saturday, officials said.</p></article>Menu</body></html>', label: 'plain.html' });
    expect(art.removed).toEqual([{ kind: 'html-chrome', text: 'Menu', rawStart: art.raw.indexOf('Menu'), rawEnd: art.raw.indexOf('Menu') + 4, rule: 'html/outside-main' }]);
  });
});
