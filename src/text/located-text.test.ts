import { describe, expect, it } from 'vitest';
import { LocatedText } from './located-text.js';
import { textSpanToRaw, textToRaw } from './offset-map.js';

describe('LocatedText', () => {
  const raw = 'Hello\u00a0 world14. Next';

  it('keeps raw offsets through replace and join', () => {
    const lt = LocatedText.fromRaw(raw)
      .replace(/[\u00a0 ]+/g, () => ' ')
      .replace(/(?<=[a-z])\d+(?=\.)/g, () => '');
    expect(lt.text).toBe('Hello world. Next');
    const article = { offsetMap: lt.toRuns() };
    const w = lt.text.indexOf('world');
    const span = textSpanToRaw(article, w, w + 5);
    expect(raw.slice(span.start, span.end)).toBe('world');
    const n = lt.text.indexOf('Next');
    expect(raw.slice(textToRaw(article, n), textToRaw(article, n) + 4)).toBe('Next');
  });

  it('maps separators inserted by join to the next piece', () => {
    const a = LocatedText.fromRaw(raw, 0, 5);
    const at = raw.indexOf('Next');
    const b = LocatedText.fromRaw(raw, at, at + 4);
    const joined = LocatedText.join([a, b], '\n\n');
    expect(joined.text).toBe('Hello\n\nNext');
    const art = { offsetMap: joined.toRuns() };
    expect(textToRaw(art, 5)).toBe(at);
    expect(raw.slice(textToRaw(art, 7), textToRaw(art, 7) + 4)).toBe('Next');
    expect(textToRaw(art, joined.length)).toBe(at + 4);
  });

  it('keeps each decoded unit whole through slice, join and replace', () => {
    // As a parser hands it over: '&amp;' decodes to one character spanning five raw ones.
    const src = 'A &amp;  B&rsquo;';
    const lt = new LocatedText('A &  B\u2019', Int32Array.from([0, 1, 2, 7, 8, 9, 10, 17]));
    expect(Array.from(lt.ends)).toEqual([1, 2, 7, 8, 9, 10, 17]);
    const folded = lt.replace(/ {2,}/g, () => ' ');
    expect(folded.text).toBe('A & B\u2019');
    // The folded space stands for both raw spaces; the apostrophe still ends after '&rsquo;'.
    expect(folded.rawSpan(2, 4)).toEqual({ rawStart: 2, rawEnd: 9 });
    expect(src.slice(folded.rawAt(4), folded.rawEndAt(5))).toBe('B&rsquo;');
    const joined = LocatedText.join([folded.slice(0, 3), folded.slice(4)], '\n\n');
    expect(joined.text).toBe('A &\n\nB\u2019');
    // A span ending on the inserted separator ends at the entity before it.
    expect(joined.rawSpan(0, 5)).toEqual({ rawStart: 0, rawEnd: 7 });
    expect(joined.toRuns()).toEqual([[0, 0, 2], [2, 2, 1, 5], [3, 9, 2, 0], [5, 9, 1], [6, 10, 1, 7], [7, 17, 0]]);
  });
});
