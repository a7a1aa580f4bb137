/**
 * Messages, shaped like vfile-message: a code from a typed union, a severity, the stage that raised
 * it (`source`), the reason, a position in the raw input where there is one, and `actual` /
 * `expected` where they help. Every code is documented in docs/messages.md (a test checks it).
 */

/** The pipeline stage a message comes from. */
export type MessageSource = 'load' | 'normalize' | 'analyze' | 'compare' | 'lexicon' | 'cli';

/** Non-fatal observations about one article (`Article.warnings`, `ArticleAnalysis.warnings`). */
export type WarningCode =
  | 'ANALYSIS_FAILED'
  | 'ANALYSIS_STEP_FAILED'
  | 'BODY_FROM_JSON_LD'
  | 'DATE_MISSING'
  | 'DATE_UNPARSED'
  | 'ENCODING_GUESSED'
  | 'ENCODING_REPLACED'
  | 'FRONT_MATTER_INVALID'
  | 'JSON_LD_INVALID'
  | 'LANGUAGE_NOT_ENGLISH'
  | 'NO_SENTENCES'
  | 'OUTLET_UNKNOWN'
  | 'UNBALANCED_QUOTES';

/** The stage each warning code comes from (filled into `ArticleWarning.source`). */
export const WARNING_SOURCE: Readonly<Record<WarningCode, MessageSource>> = {
  ANALYSIS_FAILED: 'analyze',
  ANALYSIS_STEP_FAILED: 'analyze',
  BODY_FROM_JSON_LD: 'load',
  DATE_MISSING: 'normalize',
  DATE_UNPARSED: 'load',
  ENCODING_GUESSED: 'load',
  ENCODING_REPLACED: 'load',
  FRONT_MATTER_INVALID: 'load',
  JSON_LD_INVALID: 'load',
  LANGUAGE_NOT_ENGLISH: 'analyze',
  NO_SENTENCES: 'analyze',
  OUTLET_UNKNOWN: 'normalize',
  UNBALANCED_QUOTES: 'analyze',
};
