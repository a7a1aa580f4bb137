/**
 * framediff/core: everything that runs unchanged in Node, Deno and browsers
 * (normalize → analyze → compare → report). No `node:*` imports below this entry.
 */

// --- schema ---
export type * from './types/article.js';
export type * from './types/analysis.js';
export type * from './types/comparison.js';
export { FramediffError } from './errors.js';
export type { FramediffErrorCode, LoadError } from './errors.js';

// --- normalize ---
export { textToRaw, textSpanToRaw } from './normalize/offset-map.js';
export { LocatedText } from './normalize/located-text.js';
export { normalize, normalizeAll, normalizeParsed } from './normalize/normalize.js';
export type { NormalizeOptions } from './normalize/normalize.js';
export { compileBoilerplate, defaultBoilerplateData, defaultBoilerplateRules, mergeBoilerplate } from './normalize/boilerplate-rules.js';
export type { BoilerplateData, BoilerplateRules } from './normalize/boilerplate-rules.js';
export { parseDate } from './normalize/dates.js';
export { foldQuotes } from './normalize/quotes.js';
export { parseInput } from './load/parse-input.js';
export { decode, decodeWindows1252 } from './load/decode.js';
export type { Decoded } from './load/decode.js';
export { detectFormat } from './load/detect.js';
export { sha256Hex } from './load/sha256.js';
export type { ParsedInput } from './load/parsed-input.js';
export { recordSource } from './load/parsed-input.js';
export { parseInputRecords } from './load/parse-input.js';
export type { ParseResult } from './load/parse-input.js';
export { validateManifest, manifestMeta } from './load/manifest-schema.js';
export type { Manifest, ManifestArticle, ManifestOutlet } from './load/manifest-schema.js';
export { toLoadError } from './load/load-error.js';
export type { ParseOptions } from './load/parse-input.js';
export { buildHtmlRules, defaultHtmlRules } from './load/html-rules.js';
export type { HtmlRules, HtmlRulesData } from './load/html-rules.js';

// --- analyze ---
export { buildLexicons, defaultLexicons } from './lexicons/index.js';
export type { Lexicons, LexiconFile, LexiconName } from './lexicons/index.js';
export { analyze, analyzeCorpus } from './analyze/analyze.js';
export type { AnalyzeOptions } from './analyze/analyze.js';
export { buildContext } from './analyze/context.js';
export type { AnalysisContext, Token } from './analyze/context.js';
export { getNlp } from './analyze/nlp.js';
export { labelKey, slug, actorId } from './analyze/actors/index.js';
export type { LabelLexicon, LabelHead } from './lexicons/labels.js';
export type { Gazetteer, GazetteerEntry } from './lexicons/gazetteer.js';
export { findQuotes, findQuotesWithWarnings, scanQuoteMarks, PART_JOINER } from './analyze/quotes/index.js';
export type { QuoteFindings, QuoteOptions, TextWarning, MarkScan, MarkedQuote, MarkedPart, UnbalancedMark } from './analyze/quotes/index.js';
export { findSources } from './analyze/sources.js';
export { findFraming } from './analyze/framing.js';
export type { AttributionLexicon } from './lexicons/attribution.js';
export type { SourceLexicon } from './lexicons/sources.js';
export type { FramingLexicon, FramingEntry } from './lexicons/framing.js';
export type { ConceptLexicon, Concept } from './lexicons/concepts.js';
export type { GenderLexicon, Gender } from './lexicons/gender.js';
export type { DriftLexicon } from './lexicons/drift.js';
export { personGenders } from './analyze/gender.js';

// --- compare ---
export { compare } from './compare/compare.js';
export { defaultComparisonOptions } from './compare/options.js';

// --- report ---
export { report, REPORT_FORMATS, toReportJson, reportJsonString, toCsvTables, toCsv, parseCsv, toMarkdown, toHtml, labelTable, quoteMatrix, synopsis } from './report/index.js';
export type { ReportFormat, ReportOptions } from './report/index.js';
export type { FragmentOptions } from './report/fragments.js';
export type * from './types/report.js';

// --- events (group a mixed crawl into events) ---
export { groupEvents, scoreClusters } from './events/index.js';
export type { EventGroup, GroupEventsOptions, ClusterScores } from './events/index.js';
