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

// --- analyze ---
export { buildLexicons, defaultLexicons } from './lexicons/index.js';
export type { Lexicons, LexiconFile, LexiconName } from './lexicons/index.js';

// --- compare ---

// --- report ---
