/**
 * framediff/core: everything that runs unchanged in Node, Deno and browsers
 * (normalize → analyze → compare → report). No `node:*` imports below this entry.
 *
 * The public API is small on purpose: the stage entry points, the report renderers and notebook
 * fragments, the lexicon builders, event grouping, the error class and the types of the data
 * each stage returns. Analysis internals (tokens, the NLP model, quote-mark scans, slug and id
 * helpers, single rule passes) are not exported: tests and tools import them from their module.
 *
 * @module
 */

// --- schema: the data each stage returns ---
export type * from './types/article.js';
export type * from './types/analysis.js';
export type * from './types/comparison.js';
export type * from './types/report.js';
export { FramediffError } from './errors.js';
export type { FramediffErrorCode, LoadError } from './errors.js';

// --- normalize (raw input → Article) ---
export { normalize, normalizeAll } from './normalize/normalize.js';
export type { NormalizeOptions } from './normalize/normalize.js';
export type { ParseOptions } from './load/parse-input.js';
export type { Manifest, ManifestArticle, ManifestOutlet } from './load/manifest-schema.js';
// Every finding's offsets are into the normalized `Article.text`; these map them back to the raw
// input a reader can open (Article.offsetMap), which a research script needs to quote its source.
export { textToRaw, textSpanToRaw } from './text/offset-map.js';
// Normalize's own data files (boilerplate lines, HTML chrome), built the way buildLexicons builds
// the analysis lexicons; NormalizeOptions.boilerplate and ParseOptions.htmlRules take the result.
export { compileBoilerplate, defaultBoilerplateData, mergeBoilerplate } from './normalize/boilerplate-rules.js';
export type { BoilerplateData, BoilerplateRules, PatternRule } from './normalize/boilerplate-rules.js';
export { buildHtmlRules } from './load/html-rules.js';
export type { HtmlRules, HtmlRulesData } from './load/html-rules.js';

// --- analyze (Article → ArticleAnalysis) and the lexicons it reads ---
export { analyze, analyzeCorpus } from './analyze/analyze.js';
export type { AnalyzeOptions } from './analyze/analyze.js';
export { buildLexicons, defaultLexicons } from './lexicons/index.js';
export type { Lexicons, LexiconFile, LexiconName } from './lexicons/index.js';
export type { LabelLexicon, LabelHead } from './lexicons/labels.js';
export type { Gazetteer, GazetteerEntry } from './lexicons/gazetteer.js';
export type { AttributionLexicon } from './lexicons/attribution.js';
export type { SourceLexicon } from './lexicons/sources.js';
export type { FramingLexicon, FramingEntry } from './lexicons/framing.js';
export type { ConceptLexicon, Concept } from './lexicons/concepts.js';
export type { GenderLexicon, Gender } from './lexicons/gender.js';
export type { SentimentLexicon } from './lexicons/sentiment.js';
export type { StopwordLexicon } from './lexicons/stopwords.js';
export type { DriftLexicon } from './lexicons/drift.js';

// --- compare (analyzed articles → Comparison) ---
export { compare } from './compare/compare.js';
export { defaultComparisonOptions } from './compare/options.js';
export type { CompareOptions } from './compare/options.js';
export { missingOutlets } from './compare/missing.js';

// --- report (Comparison → JSON, CSV, Markdown, HTML; notebook fragments) ---
export { report, REPORT_FORMATS, REPORT_FIELDS, toReportJson, reportJsonString, toCsvTables, toMarkdown, toHtml, labelTable, quoteMatrix, synopsis } from './report/index.js';
export type { ReportFormat, ReportOptions, CsvOptions } from './report/index.js';
export type { FragmentOptions } from './report/fragments.js';

// --- events (group a mixed crawl into events) ---
export { groupEvents } from './events/index.js';
export type { EventGroup, GroupEventsOptions } from './events/index.js';
