import { describe, expect, it } from 'vitest';
import { decode, decodeWindows1252 } from '../../src/load/decode.js';
import { FramediffError } from '../../src/errors.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const TEXT = 'Xi’s “boundless” partnership with café owners';

function utf16(s: string, le: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let pos = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, le);
    pos = 2;
  }
  for (let i = 0; i < s.length; i++, pos += 2) view.setUint16(pos, s.charCodeAt(i), le);
  return out;
}

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof FramediffError ? e.code : 'not a FramediffError';
  }
  return undefined;
}

describe('decode', () => {
  it('reads UTF-8 without and with a BOM (the BOM is dropped)', () => {
    expect(decode(utf8(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8', bom: false, warnings: [] });
    const withBom = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]));
    expect(withBom.text).toBe(TEXT);
    expect(withBom.bom).toBe(true);
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    for (const le of [true, false]) {
      const d = decode(utf16(TEXT, le, true));
      expect(d.text).toBe(TEXT);
      expect(d.encoding).toBe(le ? 'utf-16le' : 'utf-16be');
      expect(d.warnings).toEqual([]);
    }
  });

  it('recognizes UTF-16 without a BOM by its NUL pattern, with a warning', () => {
    const d = decode(utf16('Plain ASCII article text, long enough.', true, false));
    expect(d.text).toBe('Plain ASCII article text, long enough.');
    expect(d.encoding).toBe('utf-16le');
    expect(d.warnings.map((w) => w.code)).toEqual(['ENCODING_GUESSED']);
  });

  it('reads bytes that are not UTF-8 as Windows-1252, mapping 0x92/0x93/0x94 to curly quotes', () => {
    // "Xi’s “talks” café": 0x92 ’, 0x93 “, 0x94 ”, 0xE9 é
    const bytes = new Uint8Array([0x58, 0x69, 0x92, 0x73, 0x20, 0x93, 0x74, 0x61, 0x6c, 0x6b, 0x73, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9]);
    const d = decode(bytes, 'old.txt');
    expect(d.text).toBe('Xi’s “talks” café');
    expect(d.encoding).toBe('windows-1252');
    expect(d.warnings[0].code).toBe('ENCODING_GUESSED');
    expect(decodeWindows1252(new Uint8Array([0x80, 0x96, 0x97, 0x85]))).toBe('€–—…');
  });

  it('keeps mostly-good UTF-8 with a stray bad byte as UTF-8 (replacement char + warning), not as Windows-1252', () => {
    const bytes = new Uint8Array([...utf8('Xi’s “talks” in Moscow'), 0xff, ...utf8(' café')]);
    const d = decode(bytes, 'damaged.txt');
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('Xi’s “talks” in Moscow\ufffd café');
    expect(d.warnings.map((w) => w.code)).toEqual(['ENCODING_REPLACED']);
  });

  it('refuses NUL bytes and control-heavy files as BINARY_FILE', () => {
    expect(code(() => decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'x.png'))).toBe('BINARY_FILE');
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(code(() => decode(controls, 'x.bin'))).toBe('BINARY_FILE');
    // Ordinary whitespace controls are text.
    expect(decode(utf8('a\tb\r\nc\fd')).text).toBe('a\tb\r\nc\fd');
  });
});
