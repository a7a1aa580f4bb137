/**
 * Lexicons: data files (lexicons/*.json) the user can extend or replace.
 * Each lexicon module owns its type, its default data and a validating merge.
 */
import { FramediffError } from '../errors.js';
import { defaultAttribution, mergeAttribution, type AttributionLexicon } from './attribution.js';
import { defaultConcepts, mergeConcepts, type ConceptLexicon } from './concepts.js';
import { defaultDrift, mergeDrift, type DriftLexicon } from './drift.js';
import { defaultFraming, mergeFraming, type FramingLexicon } from './framing.js';
import { defaultGazetteer, mergeGazetteer, type Gazetteer } from './gazetteer.js';
import { defaultGender, mergeGender, type GenderLexicon } from './gender.js';
import { defaultLabels, mergeLabels, type LabelLexicon } from './labels.js';
import { defaultSources, mergeSources, type SourceLexicon } from './sources.js';
import { defaultSentiment, mergeSentiment, type SentimentLexicon } from './sentiment.js';

export type { AttributionLexicon, ConceptLexicon, FramingLexicon, Gazetteer, LabelLexicon, SourceLexicon };
export type { DriftLexicon, GenderLexicon, SentimentLexicon };

/**
 * Every lexicon the analysis reads, compiled: what `buildLexicons` returns and
 * `AnalyzeOptions.lexicons` takes.
 */
export interface Lexicons {
  labels: LabelLexicon;
  gazetteer: Gazetteer;
  attribution: AttributionLexicon;
  framing: FramingLexicon;
  concepts: ConceptLexicon;
  sources: SourceLexicon;
  /** Gender signals for person actors (he/she resolution). */
  gender: GenderLexicon;
  /** Word valences (VADER + AFINN-165) for tone and evaluative wording. */
  sentiment: SentimentLexicon;
  /** Attribution, hedge and speech cues for attribution drift (compare). */
  drift: DriftLexicon;
}

/** The name of one lexicon, as used for a section of a user lexicon file. */
export type LexiconName = keyof Lexicons;

/**
 * A user lexicon file: any subset of the lexicons, keyed by name, merged into the defaults.
 * `replace` lists the lexicons to replace instead of extend.
 */
export interface LexiconFile {
  labels?: unknown;
  gazetteer?: unknown;
  attribution?: unknown;
  framing?: unknown;
  concepts?: unknown;
  sources?: unknown;
  gender?: unknown;
  sentiment?: unknown;
  drift?: unknown;
  replace?: LexiconName[];
}

/** The built-in lexicons (lexicons/*.json), as `analyze` uses them when given none. */
export const defaultLexicons: Lexicons = {
  labels: defaultLabels,
  gazetteer: defaultGazetteer,
  attribution: defaultAttribution,
  framing: defaultFraming,
  concepts: defaultConcepts,
  sources: defaultSources,
  gender: defaultGender,
  sentiment: defaultSentiment,
  drift: defaultDrift,
};

const mergers: { [K in LexiconName]: (base: Lexicons[K], extra: unknown, file: string, replace: boolean) => Lexicons[K] } = {
  labels: mergeLabels,
  gazetteer: mergeGazetteer,
  attribution: mergeAttribution,
  framing: mergeFraming,
  concepts: mergeConcepts,
  sources: mergeSources,
  gender: mergeGender,
  sentiment: mergeSentiment,
  drift: mergeDrift,
};

/** Build the lexicons in force: the defaults, then each user file in order. */
export function buildLexicons(files: { file: string; data: LexiconFile }[] = [], base: Lexicons = defaultLexicons): Lexicons {
  let out = base;
  for (const { file, data } of files) {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new FramediffError('INVALID_LEXICON', file, 'a lexicon file must be a JSON object keyed by lexicon name');
    }
    const replace = new Set(data.replace ?? []);
    for (const key of Object.keys(data)) {
      if (key === 'replace' || key === '$schema' || key === 'description') continue;
      if (!(key in mergers)) {
        throw new FramediffError('INVALID_LEXICON', file, `unknown lexicon "${key}" (expected one of ${Object.keys(mergers).join(', ')})`);
      }
      const name = key as LexiconName;
      out = { ...out, [name]: (mergers[name] as (b: unknown, e: unknown, f: string, r: boolean) => unknown)(out[name], data[name], file, replace.has(name)) };
    }
  }
  return out;
}
