import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.js';

const opts = { inferTitle: false };

describe('footnote markers', () => {
  it('leave real numbers alone when the text shows no citation apparatus', () => {
    const text = 'Flight MH17 was remembered on May 9. The G20 met 40 times since 2008, and COVID-19 cases fell.\n\nThe invasion14 was one case.';
    const a = normalize(text, opts);
    expect(a.text).toBe(text);
    expect(a.citations.filter((c) => c.kind === 'footnote')).toEqual([]);
  });
  it('are read without a list when several glued markers appear on several lines, numbers kept whole', () => {
    const a = normalize('Prices rose sharply12. Exports fell3.\n\nThe ministry disagreed4. Analysts were split.', opts);
    expect(a.text).toBe('Prices rose sharply. Exports fell.\n\nThe ministry disagreed. Analysts were split.');
    expect(a.citations.filter((c) => c.kind === 'footnote').map((c) => c.numbers)).toEqual([[12], [3], [4]]);
  });
  it('keep numbers whole when none exceeds the list size', () => {
    const list = Array.from({ length: 15 }, (_, i) => `${i + 1}. https://example.org/${i + 1}`).join('\n');
    const a = normalize(`The deal was signed12. Critics objected3.\n\nSources:\n${list}`, opts);
    const notes = a.citations.filter((c) => c.kind === 'footnote');
    expect(notes.map((c) => c.numbers)).toEqual([[12], [3]]);
    expect(notes[0].urls).toEqual(['https://example.org/12']);
  });
  it('read superscripts and after-period markers, and record where they stood', () => {
    const a = normalize('The summit ended early.¹² Talks resume in June.³\n\nThe call.4 It was short.\n\nReferences:\n- https://a.example/1\n- https://a.example/2\n- https://a.example/3\n- https://a.example/4', opts);
    expect(a.text).toBe('The summit ended early. Talks resume in June.\n\nThe call. It was short.');
    const notes = a.citations.filter((c) => c.kind === 'footnote');
    expect(notes.map((c) => [c.text, c.numbers])).toEqual([
      ['¹²', [1, 2]], // 12 > 4 references: run-together digits
      ['³', [3]],
      ['4', [4]],
    ]);
    expect(a.text.slice(0, notes[0].textOffset)).toBe('The summit ended early.');
  });
});
