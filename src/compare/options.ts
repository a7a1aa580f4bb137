/** Comparison options: documented defaults and validation. */
import { FramediffError } from '../errors.js';
import type { Lexicons } from '../lexicons/index.js';
import type { ComparisonOptions, ResolvedComparisonOptions } from '../types/comparison.js';

/** What `compare` takes: the comparison options and the lexicons in force. */
export interface CompareOptions extends ComparisonOptions {
  /**
   * The compiled lexicons (`buildLexicons`): stop words, clause openers, drift cues and concepts
   * come from here. Default: the built-in lexicons. Not echoed in `Comparison.options`.
   */
  lexicons?: Lexicons;
}

/** The defaults of every `ComparisonOptions` field (docs/comparison.md says what each tunes). */
export const defaultComparisonOptions: ResolvedComparisonOptions = {
  /** Weighted-cosine similarity at which two sentences report the same fact. */
  alignThreshold: 0.35,
  /** Similarity at which a sentence counts as reused in another article (rewrite detection). */
  rewriteThreshold: 0.45,
  /** Containment at which two quote renderings are the same utterance. */
  quoteThreshold: 0.6,
  topTerms: 15,
  rewriteShare: 0.25,
  priorStrength: 100,
  // One-sided 5% level: only over-use by the outlet is reported.
  minZ: 1.645,
  stopWords: [],
  conceptDescriptions: {},
};

export function resolveOptions(options: CompareOptions = {}): ResolvedComparisonOptions {
  const o = { ...defaultComparisonOptions };
  // The lexicons are inputs, not settings to echo in the report.
  for (const [k, v] of Object.entries(options)) if (v !== undefined && k !== 'lexicons') (o as Record<string, unknown>)[k] = v;
  for (const k of ['alignThreshold', 'rewriteThreshold', 'quoteThreshold', 'rewriteShare'] as const) {
    if (typeof o[k] !== 'number' || !(o[k] > 0 && o[k] <= 1)) throw new FramediffError('INVALID_INPUT', '', `compare: option ${k} must be a number in (0, 1], got ${String(o[k])}`);
  }
  if (!Number.isInteger(o.topTerms) || o.topTerms < 0) throw new FramediffError('INVALID_INPUT', '', `compare: option topTerms must be a non-negative integer, got ${String(o.topTerms)}`);
  if (typeof o.priorStrength !== 'number' || !(o.priorStrength > 0)) throw new FramediffError('INVALID_INPUT', '', `compare: option priorStrength must be a positive number`);
  if (typeof o.minZ !== 'number' || Number.isNaN(o.minZ)) throw new FramediffError('INVALID_INPUT', '', `compare: option minZ must be a number`);
  if (!Array.isArray(o.stopWords) || o.stopWords.some((w) => typeof w !== 'string')) throw new FramediffError('INVALID_INPUT', '', `compare: option stopWords must be an array of strings`);
  return o;
}
