/**
 * framediff: the Node entry. Everything in `framediff/core`, plus reading files and folders
 * (`loadCorpus`), lexicon files (`loadLexiconFiles`) and the one-call pipeline (`compareCorpus`).
 *
 * @module
 */
export * from './core.js';

// --- load (Node only: reads files) ---
export { loadCorpus } from './load/node/load-corpus.js';
export type { LoadOptions, CorpusResult } from './load/node/load-corpus.js';
export { loadLexiconFiles } from './load/node/lexicon-files.js';
export { compareCorpus } from './compare/node/compare-corpus.js';
export type { CompareCorpusOptions, CompareCorpusResult, CorpusWarning } from './compare/node/compare-corpus.js';
