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

/**
 * Framing lexicon (lexicons/framing.json): loaded wording by category, plus the rules for
 * evaluative sentiment words and ideology labels.
 */
export interface FramingLexicon {
  /** Where the entries came from (lexicon file names), for citing in findings. */
  files: string[];
  /** Category ("label", "evaluative", "hedge", "weasel", "intensifier", "sensational", "emotive", "praise", "criticism-verb", or a user category) → entries. */
  categories: Record<string, FramingEntry[]>;
  /** Which words of the sentiment lexicon count as evaluative wording, and which never do. */
  sentimentWords: SentimentWordRule;
  /** Productive morphology that makes evaluative words: "-ist/-ism" labels, "far-/hard-" compounds. */
  morphology: MorphologyRule;
}

export interface SentimentWordRule {
  /** wink POS tag → least |valence| (-4..4) for a word of that class to count as evaluative. */
  minValence: Record<string, number>;
  /** Words whose valence describes an event or a fact in news prose, not an evaluation ("killed", "free"). */
  notLoaded: string[];
}

export interface MorphologyRule {
  /** Stems that make political labels with -ist/-ists/-ism/-isms/-istic ("social" → "socialism"). */
  ideologyStems: string[];
  /** Prefixes ("far", "hard", "ultra") that make a label of an ideology head ("far-left", "hard-line"). */
  compoundPrefixes: string[];
  compoundHeads: string[];
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
    if (!['description', 'source', 'categories', 'sentimentWords', 'morphology'].includes(key)) fail(file, `unknown field "${key}" (expected categories, sentimentWords, morphology)`);
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
  return {
    files: replace ? [file] : [...base.files, file],
    categories,
    sentimentWords: mergeSentimentWords(replace ? EMPTY.sentimentWords : base.sentimentWords, input.sentimentWords, file),
    morphology: mergeMorphology(replace ? EMPTY.morphology : base.morphology, input.morphology, file),
  };
}

function objectField(v: unknown, file: string, where: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(file, `${where} must be an object`);
  return v as Record<string, unknown>;
}

function listField(o: Record<string, unknown>, key: string, file: string, where: string, into: string[]): string[] {
  if (o[key] === undefined) return into;
  if (!isStringList(o[key])) fail(file, `${where}.${key} must be an array of non-empty strings`);
  return [...new Set([...into, ...(o[key] as string[]).map((s) => s.trim().toLowerCase())])];
}

function mergeSentimentWords(base: SentimentWordRule, raw: unknown, file: string): SentimentWordRule {
  if (raw === undefined) return base;
  const o = objectField(raw, file, 'sentimentWords');
  for (const k of Object.keys(o)) if (!['minValence', 'notLoaded', 'note'].includes(k)) fail(file, `sentimentWords: unknown field "${k}"`);
  const minValence = { ...base.minValence };
  if (o.minValence !== undefined) {
    for (const [pos, v] of Object.entries(objectField(o.minValence, file, 'sentimentWords.minValence'))) {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) fail(file, `sentimentWords.minValence.${pos} must be a number >= 0`);
      minValence[pos] = v;
    }
  }
  return { minValence, notLoaded: listField(o, 'notLoaded', file, 'sentimentWords', base.notLoaded) };
}

function mergeMorphology(base: MorphologyRule, raw: unknown, file: string): MorphologyRule {
  if (raw === undefined) return base;
  const o = objectField(raw, file, 'morphology');
  for (const k of Object.keys(o)) if (!['ideologyStems', 'compoundPrefixes', 'compoundHeads', 'note'].includes(k)) fail(file, `morphology: unknown field "${k}"`);
  return {
    ideologyStems: listField(o, 'ideologyStems', file, 'morphology', base.ideologyStems),
    compoundPrefixes: listField(o, 'compoundPrefixes', file, 'morphology', base.compoundPrefixes),
    compoundHeads: listField(o, 'compoundHeads', file, 'morphology', base.compoundHeads),
  };
}

const EMPTY: FramingLexicon = {
  files: [],
  categories: {},
  sentimentWords: { minValence: {}, notLoaded: [] },
  morphology: { ideologyStems: [], compoundPrefixes: [], compoundHeads: [] },
};

export const defaultFraming: FramingLexicon = mergeFraming(EMPTY, data, 'lexicons/framing.json', true);
