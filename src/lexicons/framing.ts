/**
 * Loaded-wording lexicon (lexicons/framing.json): framing terms by category.
 * Format documented in docs/lexicons-framing.md.
 */
import { invalidLexicon } from './invalid.js';
import data from '../../lexicons/framing.json';

/** One framing term, normalized from a string or object entry. */
export interface FramingEntry {
  term: string;
  /** wink-nlp POS tags the last word of the match must carry; empty = any. */
  pos: string[];
  /** Overrides the AFINN-165 valence. */
  valence: number | null;
  /** Longer phrases in which the term is neutral ("sanctions regime"): reported as 'neutral-usage'. */
  neutralIn: string[];
  /** Lexicon file the entry came from. */
  file: string;
}

export interface FramingLexicon {
  /** Where the entries came from (lexicon file names), for citing in findings. */
  files: string[];
  /** Category ("label", "evaluative", "hedge", "weasel", "intensifier", "sensational", "emotive", "praise", "criticism-verb", or a user category) → entries. */
  categories: Record<string, FramingEntry[]>;
}

function fail(file: string, message: string): never {
  return invalidLexicon('framing', file, message);
}

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');
}

/** Normalize one entry (string or object) or throw naming where it is. */
export function framingEntry(raw: unknown, file: string, where: string): FramingEntry {
  if (typeof raw === 'string' && raw.trim() !== '') return { term: raw.trim(), pos: [], valence: null, neutralIn: [], file };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(file, `${where}: an entry must be a string or {term, pos?, valence?, neutralIn?}`);
  const o = raw as Record<string, unknown>;
  if (typeof o.term !== 'string' || o.term.trim() === '') fail(file, `${where}: "term" must be a non-empty string`);
  if (o.pos !== undefined && !isStringList(o.pos)) fail(file, `${where} (${o.term}): "pos" must be an array of POS tags`);
  if (o.valence !== undefined && (typeof o.valence !== 'number' || !Number.isFinite(o.valence))) fail(file, `${where} (${o.term}): "valence" must be a number`);
  if (o.neutralIn !== undefined && !isStringList(o.neutralIn)) fail(file, `${where} (${o.term}): "neutralIn" must be an array of phrases`);
  for (const k of Object.keys(o)) {
    if (!['term', 'pos', 'valence', 'neutralIn', 'note'].includes(k)) fail(file, `${where} (${o.term}): unknown field "${k}"`);
  }
  return {
    term: o.term.trim(),
    pos: (o.pos as string[] | undefined) ?? [],
    valence: (o.valence as number | undefined) ?? null,
    neutralIn: (o.neutralIn as string[] | undefined) ?? [],
    file,
  };
}

/** Validate user data and merge it into `base` (or replace `base` when `replace`). Throws INVALID_LEXICON naming `file`. */
export function mergeFraming(base: FramingLexicon, extra: unknown, file: string, replace = false): FramingLexicon {
  if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) fail(file, 'expected an object');
  const input = extra as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!['description', 'source', 'categories'].includes(key)) fail(file, `unknown field "${key}" (expected categories)`);
  }
  const categories: Record<string, FramingEntry[]> = replace ? {} : { ...base.categories };
  const cats = input.categories ?? {};
  if (typeof cats !== 'object' || cats === null || Array.isArray(cats)) fail(file, 'categories must be an object: category → entries');
  for (const [category, list] of Object.entries(cats as Record<string, unknown>)) {
    if (!Array.isArray(list)) fail(file, `categories.${category} must be an array`);
    const entries = list.map((e, i) => framingEntry(e, file, `categories.${category}[${i}]`));
    // A later file's entry for the same term replaces the earlier one (so users can fix a POS or valence).
    const byTerm = new Map((categories[category] ?? []).map((e) => [e.term.toLowerCase(), e]));
    for (const e of entries) byTerm.set(e.term.toLowerCase(), e);
    categories[category] = [...byTerm.values()];
  }
  return { files: replace ? [file] : [...base.files, file], categories };
}

export const defaultFraming: FramingLexicon = mergeFraming({ files: [], categories: {} }, data, 'lexicons/framing.json', true);
