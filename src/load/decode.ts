import { FramediffError } from '../errors.js';
import type { ArticleWarning } from '../types/article.js';

/** The result of turning input bytes into text. */
export interface Decoded {
  /** The decoded text, without any byte-order mark. All raw offsets point into it. */
  text: string;
  /** `utf-8`, `utf-16le`, `utf-16be` or `windows-1252`. */
  encoding: string;
  /** Whether a byte-order mark was present (and stripped). */
  bom: boolean;
  warnings: ArticleWarning[];
}

/**
 * Windows-1252 bytes 0x80–0x9F (the rest of the code page equals Latin-1). Spelled out because
 * Node 20's TextDecoder('windows-1252') silently decodes as Latin-1, turning 0x92 into a C1
 * control instead of ’. 0 marks the five undefined bytes, which keep their C1 value (as WHATWG does).
 */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Decode Windows-1252 bytes. Pure table lookup: identical in every runtime. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const CHUNK = 8192;
  let out = '';
  const codes = new Uint16Array(Math.min(CHUNK, bytes.length));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      codes[i - start] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] || b : b;
    }
    out += String.fromCharCode(...codes.subarray(0, end - start));
  }
  return out;
}

/** Share of control bytes above which a file is taken to be binary rather than text. */
const CONTROL_SHARE_LIMIT = 0.1;
/** How much of a file the binary sniff looks at. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Decode input bytes: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8, and bytes that are
 * not valid UTF-8 are read as Windows-1252 with an ENCODING_GUESSED warning. Throws BINARY_FILE for
 * NUL bytes or many control bytes (outside UTF-16), since such files are not articles.
 */
export function decode(bytes: Uint8Array, label = ''): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le', label, true);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be', label, true);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (!bom) {
    const bomless = sniffBomlessUtf16(body);
    if (bomless) return utf16(body, bomless, label, false);
  }
  assertNotBinary(body, label);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', bom, warnings: [] };
  } catch {
    const { valid, invalid } = countUtf8(body);
    if (bom || valid > invalid) {
      // Mostly good UTF-8 with a few broken bytes (a bad paste or a truncated download): reading it all
      // as Windows-1252 would garble every good character, so keep UTF-8 and mark the damage.
      return {
        text: new TextDecoder('utf-8').decode(body),
        encoding: 'utf-8',
        bom,
        warnings: [{ code: 'ENCODING_REPLACED', message: `${invalid} invalid UTF-8 byte sequence(s) replaced by U+FFFD`, severity: 'warning' }],
      };
    }
    return {
      text: decodeWindows1252(body),
      encoding: 'windows-1252',
      bom: false,
      warnings: [
        {
          code: 'ENCODING_GUESSED',
          message: 'bytes are not valid UTF-8; decoded as Windows-1252',
          severity: 'warning',
          actual: 'windows-1252',
          expected: 'utf-8',
        },
      ],
    };
  }
}

/** Valid multi-byte UTF-8 sequences and invalid bytes: which reading of a non-UTF-8 file is more plausible. */
function countUtf8(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) ok = i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', label: string, bom: boolean): Decoded {
  const text = new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
  const warnings: ArticleWarning[] = [];
  if (!bom) {
    warnings.push({
      code: 'ENCODING_GUESSED',
      message: `no byte-order mark; the NUL-byte pattern says ${encoding}`,
      severity: 'warning',
      actual: encoding,
      expected: 'a byte-order mark',
    });
  }
  if (text.includes('\ufffd')) {
    warnings.push({ code: 'ENCODING_REPLACED', message: `invalid ${encoding} sequences replaced by U+FFFD`, severity: 'warning' });
  }
  assertNotBinaryText(text, label);
  return { text, encoding, bom, warnings };
}

/**
 * UTF-16 without a BOM shows as NUL bytes in every other position (for Latin-script text).
 * Recognizing it beats calling such a file binary.
 */
function sniffBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul === 0) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul === 0) return 'utf-16be';
  return null;
}

/** Control bytes other than tab, newline, vertical tab, form feed, carriage return and escape. */
function isControlByte(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b;
}

function assertNotBinary(bytes: Uint8Array, label: string): void {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) throw binary(label, `NUL byte at offset ${i}`);
    if (isControlByte(b)) control++;
  }
  if (n > 0 && control / n > CONTROL_SHARE_LIMIT) {
    throw binary(label, `${Math.round((100 * control) / n)}% control bytes`);
  }
}

function assertNotBinaryText(text: string, label: string): void {
  const n = Math.min(text.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw binary(label, `NUL character at offset ${i}`);
    if (isControlByte(c)) control++;
  }
  if (n > 0 && control / n > CONTROL_SHARE_LIMIT) throw binary(label, `${Math.round((100 * control) / n)}% control characters`);
}

function binary(label: string, why: string): FramediffError {
  return new FramediffError('BINARY_FILE', label, `looks like a binary file, not text (${why})`);
}
