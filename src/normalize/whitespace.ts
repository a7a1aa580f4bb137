import { LocatedText } from '../text/located-text.js';

/**
 * Character-level cleanup of one line, keeping raw offsets: Unicode NFC, odd spaces folded
 * to one ASCII space, soft hyphens dropped, ends trimmed. Quotes are left exactly as written
 * (quote analysis needs to tell “curly” from "straight").
 */

/** Spaces that copy-paste leaves behind: tab, NBSP, en/em/thin spaces, ZWSP, narrow NBSP, ideographic space, stray BOM. */
const ODD_SPACE_CLASS = '\\t\\v\\f\\u00a0\\u1680\\u2000-\\u200b\\u202f\\u205f\\u3000\\ufeff';
const SPACE_RUN = new RegExp(`[ ${ODD_SPACE_CLASS}]{2,}|[${ODD_SPACE_CLASS}]`, 'g');
const EDGE_SPACE = new RegExp(`^[ ${ODD_SPACE_CLASS}]+|[ ${ODD_SPACE_CLASS}]+$`, 'g');
const SOFT_HYPHEN = /\u00ad/g;
/** A base character with the combining marks after it: the unit NFC composes. */
const CLUSTER = /\P{M}\p{M}+/gu;
/**
 * Most combining marks kept after one base character: Unicode's stream-safe limit (UAX #15).
 * NFC reorders a run of marks by insertion sort, so an unbounded run ("Zalgo" text, or a hostile
 * file of 100K accents) costs O(n²) in every later normalize() call; the excess is recorded in
 * removed[] (rule `combining-run`) and never reaches the text.
 */
export const MAX_MARKS = 30;
const EXCESS_MARKS = new RegExp(`(?<=\\p{M}{${MAX_MARKS}})\\p{M}+`, 'gu');
const LONG_MARK_RUN = new RegExp(`\\p{M}{${MAX_MARKS + 1}}`, 'u');

export interface Cut {
  rawStart: number;
  rawEnd: number;
  rule: 'combining-run' | 'soft-hyphen';
}

/**
 * Take out of a line what the text must not keep, recording each raw span: combining marks past
 * MAX_MARKS in a row, and soft hyphens (invisible; they would split words), so that every
 * character of the input stays in the text or in removed[].
 */
export function cutInvisible(lt: LocatedText): { lt: LocatedText; cut: Cut[] } {
  const cut: Cut[] = [];
  if (LONG_MARK_RUN.test(lt.text)) lt = cutAll(lt, EXCESS_MARKS, 'combining-run', cut);
  if (lt.text.includes('\u00ad')) lt = cutAll(lt, SOFT_HYPHEN, 'soft-hyphen', cut);
  return { lt, cut };
}

function cutAll(lt: LocatedText, re: RegExp, rule: Cut['rule'], cut: Cut[]): LocatedText {
  const pieces: LocatedText[] = [];
  let last = 0;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(lt.text))) {
    const end = m.index + m[0].length;
    cut.push({ rawStart: lt.map[m.index], rawEnd: lt.rawEndAt(end - 1), rule });
    pieces.push(lt.slice(last, m.index));
    last = end;
  }
  pieces.push(lt.slice(last));
  return LocatedText.join(pieces);
}
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/g;

/** Split located text at line breaks (LF, CRLF, CR, U+2028/9); each line keeps its raw offsets. */
export function splitLines(lt: LocatedText): LocatedText[] {
  const lines: LocatedText[] = [];
  let last = 0;
  LINE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINE_BREAK.exec(lt.text))) {
    lines.push(lt.slice(last, m.index));
    last = m.index + m[0].length;
  }
  lines.push(lt.slice(last));
  return lines;
}

/** NFC-compose, fold odd whitespace, drop soft hyphens, trim. */
export function foldLine(lt: LocatedText): LocatedText {
  let out = lt;
  if (out.text.normalize('NFC') !== out.text) out = out.replace(CLUSTER, (m) => m[0].normalize('NFC'));
  if (out.text.includes('\u00ad')) out = out.replace(SOFT_HYPHEN, () => '');
  out = out.replace(SPACE_RUN, () => ' ');
  return trim(out);
}

const ODD_SPACE_CHARS = new RegExp(`[ ${ODD_SPACE_CLASS}]`);

/** Trim ASCII and odd spaces from both ends. */
export function trim(lt: LocatedText): LocatedText {
  const t = lt.text;
  let s = 0;
  let e = t.length;
  while (s < e && ODD_SPACE_CHARS.test(t[s])) s++;
  while (e > s && ODD_SPACE_CHARS.test(t[e - 1])) e--;
  return s === 0 && e === t.length ? lt : lt.slice(s, e);
}

/** The same folding for a plain string (for comparing text with text). */
export function foldString(s: string): string {
  return s.normalize('NFC').replace(SOFT_HYPHEN, '').replace(SPACE_RUN, ' ').replace(EDGE_SPACE, '');
}
