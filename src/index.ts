/**
 * framediff: the Node entry. Everything in `framediff/core`, plus reading files and folders.
 */
export * from './core.js';

// --- load (Node only: reads files) ---
export { loadCorpus, DEFAULT_MAX_BYTES } from './load/node/load-corpus.js';
export type { LoadOptions, CorpusResult } from './load/node/load-corpus.js';
export { readManifest } from './load/node/manifest.js';
export { expandPaths } from './load/node/files.js';
export { loadLexiconFiles } from './load/node/lexicon-files.js';
export { compareCorpus } from './compare/node/compare-corpus.js';
export type { CompareCorpusOptions, CompareCorpusResult } from './compare/node/compare-corpus.js';
