/** The shared document: the quote-mark scan is made once per article and read by every finder. */
import { describe, expect, it } from 'vitest';
import { buildContext } from './context.js';

const doc = (text: string) => buildContext({ id: 'a', text, paragraphs: [{ start: 0, end: text.length, kind: 'body' }] });

describe('buildContext quoteMarks', () => {
  it('finds the quoted stretches of the text', () => {
    const text = '“We will not back down,” the union leader said. Critics called it a ‘stunt’.';
    const parts = doc(text).quoteMarks().quotes.map((q) => q.parts.map((p) => text.slice(p.start, p.end)));
    expect(parts).toEqual([['We will not back down,'], ['stunt']]);
  });

  it('scans once: the quote finder and the source finder read the same scan', () => {
    const ctx = doc('"No comment," a spokesman told Reuters.');
    expect(ctx.quoteMarks()).toBe(ctx.quoteMarks());
    expect(ctx.quoteMarks().unbalanced).toEqual([]);
  });
});
