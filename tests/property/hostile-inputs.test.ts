/**
 * Small hostile files that used to stall a run (each shape was seen): every rule they hit now
 * works in linear time or within a stated bound. Checked by input-size scaling (see scaling.ts),
 * never by an absolute time.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { scanQuoteMarks } from '../../src/analyze/quotes/marks.js';
import { lineAt } from '../../src/analyze/quotes/text-tools.js';
import { maskLongRuns, MAX_WINK_RUN, tokenize } from '../../src/analyze/tokens.js';
import { sniffFormat } from '../../src/load/detect.js';
import { toByline } from '../../src/load/meta-fields.js';
import { normalize } from '../../src/normalize/normalize.js';
import { textToRaw } from '../../src/text/offset-map.js';
import { MAX_MARKS } from '../../src/normalize/whitespace.js';
import { expectLinear } from './scaling.js';

const SENTENCE = 'The minister said the plan would go ahead next week after the talks.';
const norm = (label: string) => (content: string) => normalize({ content, label });
const full = (label: string) => (content: string) => {
  const a = normalize({ content, label });
  analyze(a);
};

describe('format sniffing', () => {
  it('repeated or unclosed HTML comments before the first tag are skipped in one pass', () => {
    // 401 bytes of this never finished with a `(<!--[\s\S]*?-->\s*)*` pattern.
    expect(sniffFormat('<!--'.repeat(100) + '\n')).toBe('text');
    expect(sniffFormat('<!-- a -->\n<!-- b -->\n<!doctype html><p>x</p>')).toBe('html');
    expect(sniffFormat('<?xml version="1.0"?>\n<!-- c --><html><body>x</body></html>')).toBe('html');
    expectLinear('comments', (n) => '<!--'.repeat(n) + '-'.repeat(n), sniffFormat, 1000);
  });
});

describe('normalize rules', () => {
  it('the dateline line pattern on long hyphenated capitals', () => {
    // 1.7 KB of this took over 400 s (the pattern had two ways to split "A-B").
    expectLinear('dateline', (n) => `${'A-'.repeat(n)}B • Example News\n\n${SENTENCE}`, norm('d.txt'), 2000);
    const a = normalize({ content: `Stratford-Upon-Avon • The Herald\n\n${SENTENCE}`, label: 'd.txt' });
    expect([a.dateline, a.outlet.name]).toEqual(['Stratford-Upon-Avon', 'The Herald']);
  });

  it('long runs of combining accents: at most MAX_MARKS stay on a letter, the rest is recorded', () => {
    const a = normalize({ content: `${SENTENCE} Zalgo${'\u0301\u0323'.repeat(40)} end.`, label: 'z.txt' });
    const run = /\p{M}+/u.exec(a.text)![0];
    expect(run.length).toBe(MAX_MARKS - 1); // one mark composed into the "o"
    const cut = a.removed.filter((r) => r.rule === 'combining-run');
    expect(cut).toHaveLength(1);
    expect(cut[0].text).toBe('\u0301\u0323'.repeat(40).slice(MAX_MARKS));
    expectLinear('combining marks', (n) => `${SENTENCE} a${'\u0301\u0323'.repeat(n)} b.`, norm('z.txt'), 4000);
  });

  it('a JSON author field full of spaces or commas', () => {
    expect(toByline(`Jane Doe${' '.repeat(50)}and   John Roe, by Ann Lee`)).toEqual(['Jane Doe', 'John Roe', 'Ann Lee']);
    expectLinear('author spaces', (n) => `a${' '.repeat(n)}b`, toByline, 20000);
    expectLinear('author commas', (n) => 'Jane Doe, '.repeat(n), toByline, 2000);
  });

  it('Markdown links, images and emphasis that never close', () => {
    expectLinear('open brackets', (n) => `${SENTENCE} ${'[a'.repeat(n)}\n\nMore text.`, norm('m.md'), 2000);
    expectLinear('unclosed link titles', (n) => `${SENTENCE} ${'[a](b "'.repeat(n)}\n\nMore text.`, norm('m.md'), 1000);
    expectLinear('unclosed bold', (n) => `${SENTENCE} ${' **a'.repeat(n)}\n\nMore text.`, norm('m.md'), 2000);
    expectLinear('blank heading', (n) => `# a${' '.repeat(n)}b\n\n${SENTENCE}`, norm('m.md'), 20000);
    const a = normalize({ content: `# Harbour strike ends ##\n\nWorkers [returned](https://example.org/a "the story") on **Monday**.`, label: 'm.md' });
    expect(a.text).toBe('Workers returned on Monday.');
    expect(a.title).toBe('Harbour strike ends');
  });
});

describe('analysis', () => {
  it('many unclosed quotation marks on one line: each is recovered without rescanning the text', () => {
    const scan = scanQuoteMarks(`She said “yes and “no and “maybe. Then she left.`);
    expect(scan.unbalanced.map((u) => u.kind)).toEqual(['unclosed', 'unclosed', 'unclosed']);
    expectLinear('curly openers', (n) => `${SENTENCE} ${'“a '.repeat(n)}`, scanQuoteMarks, 6000);
    expectLinear('quotes, full analysis', (n) => `${SENTENCE} ${'“a '.repeat(n)} and left.`, full("q.txt"), 100);
    expectLinear('straight quotes, full analysis', (n) => `${SENTENCE} ${'"a '.repeat(n)} and left.`, full("q.txt"), 100);
  });

  it('lineAt on a text without line breaks', () => {
    const text = 'x'.repeat(1000) + '\n' + 'y'.repeat(10);
    expect(lineAt(text, 5)).toEqual([0, 1000]);
    expect(lineAt(text, 1000)).toEqual([0, 1000]);
    expect(lineAt(text, 1001)).toEqual([1001, 1011]);
    expect(lineAt(text, 2000)).toEqual([1001, 1011]);
    const offsets = (n: number) => ({ text: 'a '.repeat(n), n });
    expectLinear('lineAt', offsets, ({ text: t, n }) => {
      for (let i = 0; i < n; i += 7) lineAt(t, i);
    }, 20000);
  });

  it('long unbroken tokens are masked before wink reads them, offsets and characters kept', () => {
    const token = 'a.b/'.repeat(300);
    const text = `He wrote ${token} and left.`;
    expect(maskLongRuns(text).length).toBe(text.length);
    expect(maskLongRuns('short http://example.org/a/b words')).toBe('short http://example.org/a/b words');
    const t = tokenize(text);
    for (const tok of t.tokens) expect(text.slice(tok.start, tok.end)).toBe(tok.text);
    expect(t.tokens.filter((x) => x.start >= 9 && x.end <= 9 + token.length).every((x) => x.text.length <= MAX_WINK_RUN)).toBe(true);
    expect(t.tokens.map((x) => x.text).slice(-3)).toEqual(['and', 'left', '.']);
    expectLinear('wink long token', (n) => `He wrote ${'a.b/'.repeat(n)} and left.`, tokenize, 1000);
  });
});

describe('bounded output', () => {
  it('repeated UNBALANCED_QUOTES warnings are listed up to five, then counted in one', () => {
    const text = `${SENTENCE} ${'She said “no and '.repeat(40)}left.`;
    const a = normalize({ content: text, label: 'w.txt' });
    const w = analyze(a).warnings.filter((x) => x.code === 'UNBALANCED_QUOTES');
    expect(w).toHaveLength(6);
    expect(w[5].message).toMatch(/^35 more unbalanced quotation marks \(35 never closed, 0 never opened\), the first at offset \d+/);
    const sixth = a.text.split('“', 7).slice(0, 6).join('“').length;
    expect(w[5].rawStart).toBe(textToRaw(a, sixth));
  });
});

describe('deep nesting', () => {
  it('5,000 unclosed <div>s: a typed TOO_DEEP error naming the file and position, not a RangeError', () => {
    const html = `<html><body>${'<div>'.repeat(5000)}<p>${SENTENCE}</p>`;
    expect(() => normalize({ content: html, label: 'deep.html' })).toThrow(expect.objectContaining({ code: 'TOO_DEEP', file: 'deep.html', message: expect.stringMatching(/line 1, column \d+/) }));
  });

  it('nesting within the limit still parses, closed or not', () => {
    const html = `<html><body>${'<div>'.repeat(800)}<p>${SENTENCE}</p>${'</div>'.repeat(400)}<p>${SENTENCE}</p>`;
    expect(normalize({ content: html, label: 'ok.html' }).text).toContain(SENTENCE);
  });

  it('100K nested JSON arrays: TOO_DEEP with line and column; a moderately nested record parses', () => {
    expect(() => normalize({ content: '['.repeat(100000), label: 'deep.json' })).toThrow(expect.objectContaining({ code: 'TOO_DEEP', file: 'deep.json' }));
    const ok = JSON.stringify({ text: SENTENCE, extra: JSON.parse('['.repeat(300) + ']'.repeat(300)) });
    expect(normalize({ content: ok, label: 'ok.json' }).text).toBe(SENTENCE);
  });
});
