import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/report/markdown.js';
import { mdText } from '../../src/report/markdown-escape.js';
import { labelTable, quoteMatrix, synopsis } from '../../src/report/fragments.js';
import { fixtureComparison } from './fixture.js';
import { mdExcerpt } from '../../src/report/markdown.js';
import { ReportModel } from '../../src/report/model.js';

describe('Markdown report', () => {
  const md = toMarkdown(fixtureComparison(), { event: { title: 'Housing plan', date: '2025-02-24' } });

  it('opens with the event and lists the outlets', () => {
    expect(md.startsWith('# Housing plan\n')).toBe(true);
    expect(md).toContain('2 articles from 2 outlets');
    expect(md).toMatch(/## Outlets[\s\S]*The Daily \\<b\\>News\\<\/b\\> \\& Co/);
  });

  it('shows the label table with evaluative labels marked', () => {
    expect(md).toMatch(/\| \*\*Ann Lee\*\* \| Mayor \| Embattled mayor ⚑ \|/);
    expect(md).toContain('- **Ann Lee** (evaluative): Herald calls Ann Lee "embattled"');
  });

  it('lists variant wordings per outlet with an excerpt that locates the evidence', () => {
    expect(md).toMatch(/### How the plan is described[\s\S]*- \*\*Herald\*\*: “reckless gamble” — “[^\n]*\*\*reckless gamble\*\*[^\n]*” \(Herald, 43–58\)/);
  });

  it('shows quote selection, renderings and the dropped words', () => {
    expect(md).toMatch(/\| Ann Lee \| “We will build 100 homes\.” \| ✓ \| ✓ \|/);
    expect(md).toContain('Herald vs the longest rendering: drops “100”');
  });

  it('lists omissions with the claim escaped, never as raw HTML', () => {
    expect(md).toMatch(/\*\*Only The Daily \\<b\\>News\\<\/b\\> \\& Co\*\*/);
    expect(md).not.toMatch(/<script>|<img|<b>/);
    expect(md).toContain('\\<script\\>');
  });

  it('escapes Markdown syntax in text', () => {
    expect(mdText('a|b *c* [d](e) <x> # f')).toBe('a\\|b \\*c\\* \\[d\\](e) \\<x\\> \\# f');
    expect(mdText('- item')).toBe('\\- item');
    expect(mdText('1. one')).toBe('\\1. one');
  });

  it('is deterministic', () => {
    expect(toMarkdown(fixtureComparison())).toBe(toMarkdown(fixtureComparison()));
  });
});

describe('notebook fragments', () => {
  const c = fixtureComparison();
  it('labelTable marks evaluative labels and escapes outlet names', () => {
    const html = labelTable(c);
    expect(html).toContain('<th style="border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top;background:#f3f3f3">The Daily &lt;b&gt;News&lt;/b&gt; &amp; Co</th>');
    expect(html).toMatch(/<span style="color:#b3261e;font-weight:600" title="evaluative">Embattled mayor<\/span>/);
    expect(labelTable(c, { format: 'md' })).toContain('| Ann Lee | Mayor | Embattled mayor ⚑ |');
  });
  it('quoteMatrix shows who carries each quote', () => {
    expect(quoteMatrix(c, { format: 'md' })).toContain('| Ann Lee | “We will build 100 homes.” | ✓ | ✓ |');
  });
  it('synopsis highlights the words that differ from the first outlet', () => {
    const html = synopsis(c, 0);
    expect(html).toContain('<mark style="background:#d7f5dd">Embattled mayor</mark>');
    expect(html).toContain('<mark style="background:#d7f5dd">reckless gamble</mark>');
    expect(synopsis(c, 'a1', { format: 'md' })).toContain('**Embattled mayor**');
    expect(synopsis(c, 'nope')).toContain('No such aligned group');
  });
});

describe('Markdown report: evidence locations and thresholds', () => {
  const md = toMarkdown(fixtureComparison(), { event: { title: 'Housing plan', date: '2025-02-24' } });

  it('marks headline evidence as such, so its offsets are not read as body offsets', () => {
    const model = new ReportModel(fixtureComparison());
    const title = model.comparison.articles[0].title!;
    const start = title.indexOf('approved');
    const line = mdExcerpt(model, { articleId: 'daily-1', outletId: 'daily', start, end: start + 8, text: 'approved', field: 'title' });
    expect(line).toContain('**approved**');
    expect(line).toContain(`, headline ${start}–${start + 8})`);
    expect(mdExcerpt(model, { articleId: 'daily-1', outletId: 'daily', start: 0, end: 4, text: model.comparison.articles[0].text.slice(0, 4) })).not.toContain('headline');
  });

  it('states the distinctive-vocabulary threshold actually in force', () => {
    // The fixture's comparison ran with minZ 1.96; the sentence must follow the options, not a constant.
    expect(md).toContain('listed when z ≥ 1.96;');
  });
});

