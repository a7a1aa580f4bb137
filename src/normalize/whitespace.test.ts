import { describe, expect, it } from 'vitest';
import { LocatedText } from '../text/located-text.js';
import { foldLine, splitLines } from './whitespace.js';

describe('foldLine', () => {
  it('folds odd spaces, composes NFC, drops soft hyphens, trims — and keeps raw offsets', () => {
    const raw = '\u00a0 Jose\u0301\u2009said\t“no\u00adthing” \u3000';
    const lt = foldLine(LocatedText.fromRaw(raw));
    expect(lt.text).toBe('José said “nothing”');
    expect(raw.slice(lt.map[0], lt.map[4])).toBe('Jose\u0301');
    const said = lt.text.indexOf('said');
    expect(raw.slice(lt.map[said], lt.map[said] + 4)).toBe('said');
    expect(lt.text).toContain('“');
  });
  it('keeps straight and curly quotes as written', () => {
    expect(foldLine(LocatedText.fromRaw(`"a" ‘b’ 'c' “d”`)).text).toBe(`"a" ‘b’ 'c' “d”`);
  });
});

describe('splitLines', () => {
  it('splits at LF, CRLF, CR and U+2028 with offsets', () => {
    const raw = 'a\r\nb\rc\nd\u2028e';
    const lines = splitLines(LocatedText.fromRaw(raw));
    expect(lines.map((l) => l.text)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(lines.map((l) => l.map[0])).toEqual([0, 3, 5, 7, 9]);
  });
});
