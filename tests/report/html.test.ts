import { describe, expect, it } from 'vitest';
import { toHtml } from '../../src/report/html/html.js';
import { escapeHtml, jsonForScript, safeHttpUrl } from '../../src/report/html/escape.js';
import { SCRIPT } from '../../src/report/html/script.js';
import { sha256Hex } from '../../src/text/sha256.js';
import { EVIL, fixtureComparison } from './fixture.js';

describe('escaping helpers', () => {
  it('escapes markup and quotes', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
  it('links only http(s) URLs', () => {
    expect(safeHttpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHttpUrl(' JavaScript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<b>')).toBeNull();
    expect(safeHttpUrl('https://x.org/"onmouseover=1')).toBeNull();
  });
  it('keeps script-embedded JSON from closing the element', () => {
    const s = jsonForScript({ t: '</script><!-- \u2028' });
    expect(s).not.toMatch(/<|>|\u2028/);
    expect(JSON.parse(s)).toEqual({ t: '</script><!-- \u2028' });
  });
});

describe('HTML report (static)', () => {
  const html = toHtml(fixtureComparison(), { event: { title: 'Housing <plan>' } });

  it('is one document with exactly our two script elements and no external resources', () => {
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html).toContain('<script type="application/json" id="fd-evidence">');
    expect(html).not.toMatch(/\s(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<link\b|@import|url\(/);
  });

  it('pins the inline script with a CSP hash and forbids network access', () => {
    const hash = Buffer.from(sha256Hex(SCRIPT), 'hex').toString('base64');
    expect(html).toContain(`script-src &#39;sha256-${hash}&#39;`);
    expect(html).toContain('default-src &#39;none&#39;');
    expect(html).toContain(`<script>${SCRIPT}</script>`);
  });

  it('escapes every piece of untrusted text', () => {
    expect(html).not.toContain(EVIL.script);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="javascript:');
    expect(html).not.toContain('<svg onload');
    expect(html).toContain('&lt;svg onload=&quot;alert(1)&quot;&gt;');
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(html).toContain('<title>Housing &lt;plan&gt;</title>');
    expect(html).toContain('The Daily &lt;b&gt;News&lt;/b&gt; &amp; Co');
  });

  it('renders the label table with clickable, evaluative-marked labels', () => {
    // The hover title names the rule that found the label.
    expect(html).toMatch(/<th scope="row">Ann Lee<\/th><td><button type="button" class="ev" data-ev="\d+" title="rule: label.before">Mayor<\/button><\/td><td><button type="button" class="ev evaluative" data-ev="\d+" title="evaluative label · rule: label.before">Embattled mayor<\/button><\/td>/);
  });

  it('evidence ids resolve to the exact spans in the article texts', () => {
    const c = fixtureComparison();
    const data = JSON.parse(html.match(/<script type="application\/json" id="fd-evidence">(.*?)<\/script>/s)![1]) as { spans: [number, number, number][] };
    const id = Number(html.match(/data-ev="(\d+)" title="evaluative label[^"]*">Embattled mayor</)![1]);
    const [a, s, e] = data.spans[id];
    expect(c.articles[a].text.slice(s, e)).toBe('Embattled mayor');
    // Paragraph blocks carry their offsets, and their text is the article text at that offset.
    const p = html.match(/<p data-s="(\d+)">Residents/)!;
    expect(c.articles[1].text.slice(Number(p[1])).startsWith('Residents')).toBe(true);
  });

  it('shows the synopsis with word-level differences and the quote diff', () => {
    expect(html).toMatch(/class="synopsis-row" style="--cols:2"><div class="synopsis-cell"><span class="who">The Daily/);
    expect(html).toContain('<ins>Embattled mayor</ins>');
    expect(html).toContain('<del>100 </del>');
  });

  it('draws three inline SVG charts', () => {
    expect(html.match(/<svg viewBox/g)).toHaveLength(3);
    expect(html).toContain('aria-label="Coverage matrix"');
  });

  it('is byte-identical on reruns', () => {
    expect(toHtml(fixtureComparison())).toBe(toHtml(fixtureComparison()));
  });
});
