import { describe, expect, it } from 'vitest';
import { LocatedText } from './located-text.js';
import { textSpanToRaw, textToRaw } from './offset-map.js';

describe('textSpanToRaw', () => {
  const raw = 'wrapped line one\nand two\n\nNext Cafe\u0301';
  const one = LocatedText.fromRaw(raw, 0, 16);
  const two = LocatedText.fromRaw(raw, 17, 24);
  const para1 = LocatedText.join([one, LocatedText.inserted(' ', 17), two]);
  const para2 = LocatedText.fromRaw(raw, 26).replace(/e\u0301/g, () => 'é');
  const text = LocatedText.join([para1, para2], '\n\n');
  const article = { offsetMap: text.toRuns(), raw };

  it('maps across a joining space and paragraph breaks', () => {
    expect(text.text).toBe('wrapped line one and two\n\nNext Café');
    const s = textSpanToRaw(article, 8, 24);
    expect(raw.slice(s.start, s.end)).toBe('line one\nand two');
    expect(textToRaw(article, 16)).toBe(17); // the inserted space maps to the next original character
  });
  it('does not map separators at the end of a span', () => {
    const s = textSpanToRaw(article, 13, 17);
    expect(raw.slice(s.start, s.end)).toBe('one');
    const p = textSpanToRaw(article, 17, 26);
    expect(raw.slice(p.start, p.end)).toBe('and two');
  });
  it('covers combining marks that NFC composed into the last character', () => {
    const at = text.text.indexOf('Café');
    const s = textSpanToRaw(article, at, at + 4);
    expect(raw.slice(s.start, s.end)).toBe('Cafe\u0301');
    const withoutRaw = textSpanToRaw({ offsetMap: article.offsetMap }, at, at + 4);
    expect(raw.slice(withoutRaw.start, withoutRaw.end)).toBe('Cafe');
  });
});
