/**
 * Loading and locating the held-out gold set (tests/fixtures/gold/*.txt + *.gold.json).
 * Shared by the integrity test (fixtures.test.ts) and the quality harness (gold.test.ts),
 * so both agree on where each gold quote sits in a text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../src/types/article.js';
import type { QuoteKind, SourceType } from '../../src/types/analysis.js';

export const GOLD_DIR = new URL('../fixtures/gold/', import.meta.url).pathname;

export type GoldStyle = 'wire' | 'broadsheet' | 'tabloid' | 'blog' | 'state-media' | 'interview';
export const GOLD_STYLES: readonly GoldStyle[] = ['wire', 'broadsheet', 'tabloid', 'blog', 'state-media', 'interview'];

export type GoldSpeakerKind = 'person' | 'organization' | 'source';

export interface GoldQuote {
  /** Inner text without marks; for split quotes the parts joined with " … ". */
  text: string;
  /** Present for quotes split by attribution or paragraphs: each part verbatim, without marks. */
  parts?: string[];
  kind: QuoteKind;
  speaker: string | null;
  speakerKind: GoldSpeakerKind | null;
  /** Only where the family name is not the last word of `speaker` (e.g. "Chung Chih-tung" → "Chung"). */
  surname?: string;
}

export interface GoldLabel {
  actor: string;
  label: string;
  evaluative: boolean;
}

export interface GoldSource {
  text: string;
  cue?: string;
  type: SourceType;
}

export interface GoldAnnotation {
  style: GoldStyle;
  quotes: GoldQuote[];
  labels: GoldLabel[];
  sources: GoldSource[];
}

export interface GoldDoc extends GoldAnnotation {
  /** File stem, e.g. `wire-eu-cod`. */
  name: string;
  /** The .txt content as written. */
  raw: string;
}

/** Every `<name>.txt` that has a `<name>.gold.json` beside it, sorted by name. */
export function loadGold(dir: string = GOLD_DIR): GoldDoc[] {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.slice(0, -'.gold.json'.length))
    .sort();
  return names.map((name) => {
    const annotation = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as GoldAnnotation;
    const raw = readFileSync(join(dir, `${name}.txt`), 'utf8');
    return { name, raw, ...annotation };
  });
}

export function quoteParts(q: GoldQuote): string[] {
  return q.parts && q.parts.length > 0 ? q.parts : [q.text];
}

/** Family name used to judge a speaker match: explicit `surname`, else the last word of the name. */
export function goldSurname(name: string, explicit?: string): string {
  if (explicit) return explicit;
  const words = name.trim().split(/\s+/);
  return words[words.length - 1];
}

const OPENING_MARKS = new Set(['"', '“', '‘', "'", '«', '„']);
const CLOSING_MARKS = new Set(['"', '”', '’', "'", '»', '“']);

/**
 * Where each gold quote's parts sit in `text`. Quotes are listed in text order, so each part is
 * searched from the end of the previous one, and must directly follow an opening quotation mark.
 * Returns an error string for the first part that cannot be found (the gold or the text is wrong).
 */
export function locateQuotes(text: string, quotes: GoldQuote[]): { spans: Span[][] } | { error: string } {
  const all: Span[][] = [];
  let cursor = 0;
  for (const q of quotes) {
    const spans: Span[] = [];
    for (const part of quoteParts(q)) {
      let at = text.indexOf(part, cursor);
      while (at >= 0 && !OPENING_MARKS.has(text[at - 1])) at = text.indexOf(part, at + 1);
      if (at < 0) return { error: `quote part not found after offset ${cursor}: ${JSON.stringify(part)}` };
      spans.push({ start: at, end: at + part.length });
      cursor = at + part.length;
    }
    all.push(spans);
  }
  return { spans: all };
}

/** True when the span is closed by a quotation mark or ends a paragraph (multi-paragraph quotes). */
export function endsAtMarkOrParagraph(text: string, span: Span): boolean {
  const next = text[span.end];
  return CLOSING_MARKS.has(next) || next === '\n' || next === undefined;
}

export function spanLength(spans: Span[]): number {
  return spans.reduce((n, s) => n + (s.end - s.start), 0);
}

/** Number of characters two span lists share (each list is assumed non-overlapping within itself). */
export function overlapLength(a: Span[], b: Span[]): number {
  let n = 0;
  for (const x of a) {
    for (const y of b) {
      const lo = Math.max(x.start, y.start);
      const hi = Math.min(x.end, y.end);
      if (hi > lo) n += hi - lo;
    }
  }
  return n;
}

/** Label comparison key: case, spacing, a leading article or possessive determiner and "'s" do not count. */
export function labelKey(label: string): string {
  return label
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[,.;:]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(the|a|an|my|his|her|its|our|their) /, '');
}

/**
 * A detected label matches a gold label when the keys are equal, or when the detected label is the
 * gold label plus a prepositional complement ("general secretary" ~ "general secretary of the
 * Public Services Union"): the guidelines annotate the role without its affiliation.
 */
export function labelMatches(detected: string, gold: string): boolean {
  const d = labelKey(detected);
  const g = labelKey(gold);
  return d === g || new RegExp(`^${escapeRegExp(g)} (of|at|for|in|with) `).test(d);
}

/** True when `name` contains `word` as a whole word, case-insensitively. */
export function containsWord(name: string, word: string): boolean {
  return new RegExp(`(^|[^\\p{L}])${escapeRegExp(word)}($|[^\\p{L}])`, 'iu').test(name);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
