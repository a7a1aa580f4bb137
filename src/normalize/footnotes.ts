import type { Citation } from '../types/article.js';
import { type Doc, liveIndices, removeSpan } from './doc.js';

/**
 * Footnote markers: reference numbers glued to words or sentence ends ("invasion14",
 * "value”34.", "call1."), bracketed ("[3]", "[1][4]") or superscript ("¹²"). They are removed
 * from the text and kept as `footnote` citations (plus `removed` entries).
 *
 * Real numbers must survive ("40 times", "2022", "G20", "MH17", "COVID-19", "May 9"), so a
 * marker is only read as one when the text shows a citation apparatus: a numbered reference
 * list, or at least three glued markers (two bracketed/superscript ones) on two or more lines.
 *
 * Number rule: "14" may be reference 14 or references 1 and 4. With a list of N entries, when
 * some glued number exceeds N the text evidently writes several references as run-together
 * digits, so every multi-digit glued marker whose digits are all valid indices (1..N) is
 * split into digits ("14" with N=18 → [1, 4]). When no glued number exceeds N, or there is no
 * list, numbers are read whole.
 */

/** Digits glued to a word (≥2 lowercase letters) or a closing quote/bracket, before punctuation/space/end. */
const GLUED = /(?<=\p{Ll}\p{Ll}|[”"’)\]])(\d{1,3})(?=[.,;:!?)]*(?:\s|$))/gu;
/** Digits right after a sentence end: "the call.1 Next". */
const AFTER_STOP = /(?<=\p{Ll}[.!?]["”’]?)(\d{1,3})(?=\s+[\p{Lu}“"]|\s*$)/gu;
const BRACKETS = /(?:\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\])+/g;
const SUPERSCRIPT = /(?<=[\p{L}.,;:!?”"’)])[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;
const SUPER_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** Cheap pre-check (no lookbehind) so that lines without any possible marker skip the scans above. */
const MAYBE_MARKER = /[\p{Ll}”"’)\].!?][0-9]|\[[0-9]|[⁰¹²³⁴⁵⁶⁷⁸⁹]/u;

type MarkerStyle = 'glued' | 'bracket' | 'superscript';

interface Candidate {
  line: number;
  start: number;
  end: number;
  style: MarkerStyle;
  digits: string;
}

function findAll(re: RegExp, text: string, line: number, style: MarkerStyle, out: Candidate[]): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const digits = style === 'superscript' ? [...m[0]].map((c) => String(SUPER_DIGITS.indexOf(c))).join('') : m[0];
    out.push({ line, start: m.index, end: m.index + m[0].length, style, digits });
  }
}

function bracketNumbers(s: string): number[] {
  const out: number[] = [];
  for (const group of s.match(/\[[^[\]]*\]/g) ?? []) {
    for (const part of group.slice(1, -1).split(',')) {
      const range = part.split(/[–-]/).map((x) => Number(x.trim()));
      if (range.length === 2 && range[1] >= range[0] && range[1] - range[0] < 50) {
        for (let n = range[0]; n <= range[1]; n++) out.push(n);
      } else out.push(range[0]);
    }
  }
  return out;
}

/** `urls[n - 1]` is the URL of reference n (from the citations block); may be empty. */
export function extractFootnotes(doc: Doc, urls: string[]): Citation[] {
  const candidates: Candidate[] = [];
  for (const i of liveIndices(doc)) {
    const text = doc.lines[i].lt.text;
    if (!MAYBE_MARKER.test(text)) continue;
    findAll(GLUED, text, i, 'glued', candidates);
    findAll(AFTER_STOP, text, i, 'glued', candidates);
    findAll(BRACKETS, text, i, 'bracket', candidates);
    findAll(SUPERSCRIPT, text, i, 'superscript', candidates);
  }
  if (!hasApparatus(candidates, urls.length)) return [];

  const n = urls.length;
  const runTogether = n > 0 && candidates.some((c) => c.style !== 'bracket' && Number(c.digits) > n);
  const citations: Citation[] = [];
  // Right to left within each line, so earlier offsets stay valid while cutting.
  const ordered = [...candidates].sort((a, b) => a.line - b.line || b.start - a.start);
  for (const c of ordered) {
    const text = doc.lines[c.line].lt.text.slice(c.start, c.end);
    const numbers = c.style === 'bracket' ? bracketNumbers(c.digits) : readNumbers(c.digits, n, runTogether);
    const { rawStart, rawEnd } = removeSpan(doc, c.line, c.start, c.end, 'footnote-marker', `footnote-${c.style}`);
    const cite: Citation = { kind: 'footnote', text, rawStart, rawEnd, numbers };
    const linked = numbers.map((k) => urls[k - 1]).filter((u): u is string => u !== undefined);
    if (linked.length > 0) cite.urls = linked;
    citations.push(cite);
  }
  return citations.sort((a, b) => a.rawStart - b.rawStart);
}

function readNumbers(digits: string, n: number, runTogether: boolean): number[] {
  if (runTogether && digits.length > 1 && [...digits].every((d) => d !== '0' && Number(d) <= n)) {
    return [...digits].map(Number);
  }
  return [Number(digits)];
}

function hasApparatus(candidates: Candidate[], listSize: number): boolean {
  if (candidates.length === 0) return false;
  if (listSize > 0) return true;
  const lines = new Set(candidates.map((c) => c.line));
  const glued = candidates.filter((c) => c.style === 'glued').length;
  return lines.size >= 2 && (glued >= 3 || candidates.length - glued >= 2);
}
