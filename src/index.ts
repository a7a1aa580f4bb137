/**
 * framediff: the Node entry. Everything in `framediff/core`, plus reading files and folders.
 */
export * from './core.js';

// --- load (Node only: reads files) ---
