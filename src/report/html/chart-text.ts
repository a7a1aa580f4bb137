/**
 * Text measurement for the SVG charts without a DOM: the renderer is a pure function (Node, Deno,
 * browsers), so label widths are estimated from per-character advance widths. The table holds,
 * per printable ASCII character, the wider of DejaVu Sans and Arial/Liberation Sans (in 1/100 em):
 * the widest common system sans fonts, so real labels come out no wider than estimated.
 */

/** Font size of all chart text, in px (the stylesheet sets the same). */
export const FONT_SIZE = 12;
/** Baseline-to-baseline distance of wrapped lines. */
export const LINE_HEIGHT = 15;
/** Glyph box above and below the baseline, as a share of the font size (DejaVu Sans' ascent/descent). */
export const ASCENT = 0.93;
export const DESCENT = 0.24;

// Advance widths for U+0020..U+007E, 1/100 em.
const ASCII = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, // space ! " # $ % & ' ( ) * + , - . /
  64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84, 84, 84, 56, // 0-9 : ; < = > ?
  102, 68, 69, 72, 77, 67, 61, 78, 75, 29, 50, 67, 56, 86, 75, 79, // @ A-O
  67, 79, 72, 67, 61, 73, 68, 99, 69, 67, 69, 39, 34, 39, 84, 56, // P-Z [ \ ] ^ _
  50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, // ` a-o
  63, 63, 41, 52, 39, 63, 59, 82, 59, 59, 52, 64, 34, 64, 84, // p-z { | } ~
];

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const MARK = /\p{M}/u;
const PUNCT_WIDTHS: Record<string, number> = { '…': 100, '—': 100, '–': 56, '‘': 32, '’': 32, '“': 52, '”': 52, '«': 56, '»': 56, '·': 32, '×': 84, '€': 64, '£': 64 };

function charWidth(ch: string): number {
  const code = ch.codePointAt(0)!;
  if (code >= 32 && code < 127) return ASCII[code - 32];
  if (code < 32) return 0;
  if (ch in PUNCT_WIDTHS) return PUNCT_WIDTHS[ch];
  if (MARK.test(ch)) return 0;
  if (WIDE.test(ch)) return 100;
  // Accented Latin letters take their base letter's width; other scripts a generous default.
  const base = ch.normalize('NFD')[0];
  const b = base.codePointAt(0)!;
  if (b >= 32 && b < 127) return ASCII[b - 32];
  return 72;
}

/** Estimated rendered width in px of one line of chart text. */
export function textWidth(text: string, size = FONT_SIZE): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return (w * size) / 100;
}

/**
 * Wrap `text` into at most `maxLines` lines no wider than `maxWidth` px, breaking at spaces (a word
 * too long for a line is cut by characters). When it does not fit, the last line ends with "…".
 */
export function fitLines(text: string, maxWidth: number, maxLines = 1, size = FONT_SIZE): { lines: string[]; cut: boolean } {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const candidate = line ? `${line} ${words[i]}` : words[i];
    if (textWidth(candidate, size) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) {
      lines.push(line);
      line = '';
      if (lines.length === maxLines) break;
      i--;
      continue;
    }
    // One word wider than a whole line: cut it by characters.
    const [head, tail] = splitAt(words[i], maxWidth, size);
    lines.push(head);
    if (lines.length === maxLines) {
      words[i] = tail;
      break;
    }
    words[i] = tail;
    i--;
  }
  if (line && lines.length < maxLines) lines.push(line);
  const cut = i < words.length;
  if (cut) lines[lines.length - 1] = ellipsize(lines[lines.length - 1], maxWidth, size);
  return { lines, cut };
}

/** Shorten one line with "…" so that it is at most `maxWidth` px wide. */
export function ellipsize(text: string, maxWidth: number, size = FONT_SIZE): string {
  const room = maxWidth - textWidth('…', size);
  let out = '';
  let whole = true;
  for (const ch of text) {
    if (textWidth(out + ch, size) > room) {
      whole = false;
      break;
    }
    out += ch;
  }
  // Prefer cutting at a word boundary when that keeps most of the line.
  const space = out.lastIndexOf(' ');
  if (!whole && space > out.length * 0.6) out = out.slice(0, space);
  return `${out.trimEnd()}…`;
}

function splitAt(word: string, maxWidth: number, size: number): [string, string] {
  const chars = [...word];
  let n = 0;
  while (n < chars.length && textWidth(chars.slice(0, n + 1).join(''), size) <= maxWidth) n++;
  n = Math.max(1, n);
  return [chars.slice(0, n).join(''), chars.slice(n).join('')];
}

/** Width of the widest line. */
export function linesWidth(lines: readonly string[], size = FONT_SIZE): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, size)));
}
