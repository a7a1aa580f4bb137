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
});
