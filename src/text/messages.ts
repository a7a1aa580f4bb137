/** The last step of a stage's messages: stage filled from the code, and the raw line:column. */
import type { ArticleWarning } from '../types/article.js';
import { WARNING_SOURCE } from '../types/messages.js';
import { lineColumn } from './position.js';

/** `w` with `source` (from its code) and, when it has `rawStart`, the line and column in `raw`. */
export function placeWarning(w: ArticleWarning, raw: string | undefined): ArticleWarning {
  const out: ArticleWarning = { ...w, source: w.source ?? WARNING_SOURCE[w.code] };
  if (raw !== undefined && w.rawStart !== undefined && w.line === undefined) Object.assign(out, lineColumn(raw, w.rawStart));
  return out;
}

/** `file:line:col` when the message has a line, else `file`: the prefix compilers and linters print. */
export function filePosition(file: string, m: { line?: number; column?: number }): string {
  return m.line === undefined ? file : `${file}:${m.line}:${m.column ?? 1}`;
}
