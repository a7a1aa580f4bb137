/**
 * Property-based runs over normalize → analyze → compare → every report format, with random text:
 * quotation marks of every kind, odd spaces, combining marks, soft hyphens, scripts other than
 * Latin, odd encodings (UTF-16, Windows-1252 bytes), nesting and names like "constructor".
 * Asserted: no exception other than a typed FramediffError, nothing lost (every character of a
 * plain-text input, and every drawn character of an HTML one, is in the text or in removed[]), exact offsets, and a 15+ word English paragraph survives.
 * Seeded and bounded, so CI runs the same cases every time in a few seconds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { compare } from '../../src/compare/compare.js';
import { FramediffError } from '../../src/errors.js';
import { normalize } from '../../src/normalize/normalize.js';
import { report } from '../../src/report/index.js';
import type { Article, ArticleInput } from '../../src/types/article.js';
import { expectExactOffsets, expectNothingLost } from '../normalize/helpers.js';
import { expectNothingVisibleLost } from './html-visible.js';

const SEED = 20261204;
const RUNS = 25;

const WORDS = (
  'the minister said on monday that government would review plan after talks with unions in capital ' +
  'officials warned prices could rise again this year while critics called decision reckless and unfair ' +
  'residents gathered outside council building demanding answers about flooding which damaged homes'
).split(' ');
const NAMES = ['constructor', 'Constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', '新华社', 'Рейтер', 'الجزيرة', 'Le Monde', 'O\'Brien & Co', ' ', '***'];
const MARKS = ['"', "'", '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›', '「', '」', '『', '』', '〝', '〞', '＂'];
const ODD = ['\u00a0', '\u2009', '\u200b', '\u00ad', '\u0301', '\u0323', '\t', '\ufeff', '\u2028', '\r', '—', '–', '…', '😀', '𝔸', '\u202e', '\u0000', '&amp;', '<', '>'];

const word = fc.constantFrom(...WORDS);
const token = fc.oneof(
  { weight: 8, arbitrary: word },
  { weight: 2, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
const sentence = fc.array(token, { minLength: 1, maxLength: 24 }).map((ts) => `${ts.join(' ')}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' '));
const body = fc
  .tuple(fc.array(paragraph, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n\n', '\n', '\r\n\r\n'))
  .map(([ps, sep]) => ps.join(sep));

const esc = (s: string) => s.replace(/&(?!amp;)/g, '&amp;').replace(/</g, '&lt;');
const asHtml = (text: string, depth: number) =>
  `<html><head><title>${esc(text.slice(0, 40))}</title></head><body>${'<div>'.repeat(depth)}${text
    .split(/\n+/)
    .map((p) => `<p>${esc(p)}</p>`)
    .join('')}${'</div>'.repeat(depth)}</body></html>`;

/** One input in a random format and encoding. */
const input = fc
  .record({
    text: body,
    outlet: fc.constantFrom(...NAMES),
    format: fc.constantFrom('text', 'markdown', 'html', 'json', 'utf16', 'cp1252'),
    depth: fc.integer({ min: 0, max: 40 }),
  })
  .map(({ text, outlet, format, depth }): ArticleInput => {
    switch (format) {
      case 'markdown':
        return { content: `# ${text.slice(0, 30)}\n\n${text.replace(/\n+/g, '\n\n* ')}`, label: `${outlet}.md` };
      case 'html':
        return { content: asHtml(text, depth), label: `${outlet}.html`, meta: { outlet } };
      case 'json':
        return { content: JSON.stringify({ text, outlet, author: `${outlet}, ${outlet} and ${outlet}`, nested: depth ? JSON.parse('['.repeat(depth) + ']'.repeat(depth)) : null }), label: `${outlet}.json` };
      case 'utf16': {
        const bytes = new Uint8Array(2 + text.length * 2);
        bytes.set([0xff, 0xfe]);
        for (let i = 0; i < text.length; i++) [bytes[2 + 2 * i], bytes[3 + 2 * i]] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
        return { content: bytes, label: `${outlet}.txt`, meta: { outlet } };
      }
      case 'cp1252':
        return { content: Uint8Array.from([...text].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x93))), label: `${outlet}.txt`, meta: { outlet } };
      default:
        return { content: text, label: `${outlet}.txt`, meta: { outlet, byline: outlet, title: outlet } };
    }
  });

/** Run `f`; a FramediffError is an allowed outcome (undefined), anything else fails the property. */
function typed<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof FramediffError) return undefined;
    throw e;
  }
}

describe('pipeline properties (seeded)', () => {
  it('normalize: typed errors only, nothing lost, exact offsets', () => {
    fc.assert(
      fc.property(input, (inp) => {
        const a = typed(() => normalize(inp));
        if (!a) return;
        for (const r of a.removed) expect(a.raw.slice(r.rawStart, r.rawEnd)).toBe(r.text);
        if (a.source.format === 'text') {
          // Plain text: the raw under every span is the span's text (other formats decode markup and escapes).
          expectNothingLost(a);
          expectExactOffsets(a);
        }
        if (a.source.format === 'html') expectNothingVisibleLost(a);
        // Every format: the offset map runs forward inside the raw input.
        let last = 0;
        for (const [t, r, len] of a.offsetMap) {
          expect(r).toBeGreaterThanOrEqual(last);
          expect(r + len).toBeLessThanOrEqual(a.raw.length);
          expect(t).toBeLessThanOrEqual(a.text.length);
          last = r;
        }
        expect(a.outlet.id.length).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: RUNS * 4 },
    );
  });

  it('analyze → compare → json, md, html and csv reports: typed errors only', () => {
    fc.assert(
      fc.property(fc.array(input, { minLength: 1, maxLength: 3 }), (inputs) => {
        const articles = inputs
          .map((inp, i) => typed(() => normalize({ ...inp, label: `${i}-${inp.label}` })))
          .filter((a): a is Article => a !== undefined)
          .filter((a, i, all) => all.findIndex((b) => b.id === a.id) === i);
        const analyzed = articles.map((a) => ({ ...a, analysis: analyze(a) }));
        for (const x of analyzed) for (const q of x.analysis.quotes) expect(x.text.slice(q.start, q.end)).toBe(q.text);
        if (analyzed.length === 0) return;
        const c = typed(() => compare(analyzed));
        if (!c) return;
        for (const format of ['json', 'md', 'html', 'csv'] as const) typed(() => report(c, { format }));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('a non-empty English paragraph of 15+ words always survives, whatever boilerplate is around it', () => {
    const prose = fc.array(word, { minLength: 15, maxLength: 40 }).map((ws) => `${ws[0][0].toUpperCase()}${ws.join(' ').slice(1)}.`);
    const noise = fc.constantFrom('Share', 'Photo: Jane Doe/Reuters', 'Related stories', 'Advertisement', '© 2025 Example News', 'Tags: politics, economy', '12,345 views', 'Updated 10:42', 'REUTERS/John Roe');
    fc.assert(
      fc.property(fc.array(noise, { maxLength: 4 }), prose, fc.array(noise, { maxLength: 4 }), (before, p, after) => {
        const content = [...before, p, ...after].join('\n\n');
        const a = normalize({ content, label: 'p.txt' });
        expect(a.text).toContain(p);
        expectNothingLost(a);
      }),
      { seed: SEED, numRuns: RUNS * 2 },
    );
  });
});
