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
    // The composed é is one unit in the map, so even without `raw` the span covers its mark.
    const withoutRaw = textSpanToRaw({ offsetMap: article.offsetMap }, at, at + 4);
    expect(raw.slice(withoutRaw.start, withoutRaw.end)).toBe('Cafe\u0301');
    // A map from before units were recorded needs `raw` to find the mark.
    const old = article.offsetMap.map(([t, r, l]) => [t, r, l] as [number, number, number]);
    expect(textSpanToRaw({ offsetMap: old }, at, at + 4)).toEqual({ start: raw.indexOf('Cafe'), end: raw.indexOf('Cafe') + 4 });
    expect(textSpanToRaw({ offsetMap: old, raw }, at, at + 4)).toEqual({ start: raw.indexOf('Cafe'), end: raw.indexOf('Cafe') + 5 });
  });
});

describe('textSpanToRaw over decoded units', () => {
  // Text as an HTML parser decodes it: each entity is one unit, contiguous with its neighbours.
  const raw = '<p>Tom &amp; Jerry&rsquo;s &ldquo;deal&rdquo;&hellip;</p><p>x&#8217;&#x2019;</p>';
  const para = (from: number, to: number) => {
    const decoded: [string, number][] = [];
    const re = /&(amp|rsquo|ldquo|rdquo|hellip|#8217|#x2019);|[^&]/g;
    const names: Record<string, string> = { amp: '&', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', hellip: '\u2026', '#8217': '\u2019', '#x2019': '\u2019' };
    re.lastIndex = from;
    for (let m = re.exec(raw); m && m.index < to; m = re.exec(raw)) decoded.push([m[1] ? names[m[1]] : m[0], m.index]);
    const map = Int32Array.from([...decoded.map(([, at]) => at), to]);
    return new LocatedText(decoded.map(([c]) => c).join(''), map);
  };
  const p1 = para(3, raw.indexOf('</p>'));
  const p2 = para(raw.lastIndexOf('<p>') + 3, raw.lastIndexOf('</p>'));
  const text = LocatedText.join([p1, p2], '\n\n');
  const article = { offsetMap: text.toRuns(), raw };
  const rawOf = (s: number, e: number) => {
    const span = textSpanToRaw(article, s, e);
    return raw.slice(span.start, span.end);
  };

  it('records each entity as one unit run with its raw length', () => {
    expect(text.text).toBe('Tom & Jerry\u2019s \u201cdeal\u201d\u2026\n\nx\u2019\u2019');
    expect(article.offsetMap).toContainEqual([4, raw.indexOf('&amp;'), 1, 5]);
    expect(article.offsetMap).toContainEqual([text.text.indexOf('\n'), raw.lastIndexOf('<p>') + 3, 2, 0]);
  });
  it('ends a span that ends on an entity after the whole entity', () => {
    expect(rawOf(0, 5)).toBe('Tom &amp;');
    expect(rawOf(6, 12)).toBe('Jerry&rsquo;');
    expect(rawOf(6, 13)).toBe('Jerry&rsquo;s');
  });
  it('keeps entities next to each other whole, at a paragraph end too', () => {
    const q = text.text.indexOf('\u201c');
    expect(rawOf(q, q + 6)).toBe('&ldquo;deal&rdquo;');
    expect(rawOf(q, q + 7)).toBe('&ldquo;deal&rdquo;&hellip;');
    // A span running over the paragraph break ends at the paragraph's last entity.
    expect(rawOf(q + 5, q + 9)).toBe('&rdquo;&hellip;');
    const x = text.text.indexOf('x');
    expect(rawOf(x, x + 3)).toBe('x&#8217;&#x2019;');
    expect(rawOf(x + 1, x + 2)).toBe('&#8217;');
    expect(rawOf(x + 2, x + 3)).toBe('&#x2019;');
  });
  it('maps every character of an entity to its first raw character', () => {
    expect(textToRaw(article, 4)).toBe(raw.indexOf('&amp;'));
    expect(textToRaw(article, 5)).toBe(raw.indexOf('&amp;') + 5);
  });
  it('agrees with LocatedText.rawSpan', () => {
    for (let s = 0; s < text.length; s++) {
      for (let e = s + 1; e <= text.length; e++) {
        const a = textSpanToRaw(article, s, e);
        const b = text.rawSpan(s, e);
        expect([a.start, a.end], `[${s}, ${e})`).toEqual([b.rawStart, b.rawEnd]);
      }
    }
  });
});
