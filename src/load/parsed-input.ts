import type { ArticleMetaInput, ArticleWarning, Citation, InputFormat, Removed } from '../types/article.js';
import type { LocatedText } from '../normalize/located-text.js';

/**
 * What a format parser (text, markdown, html, json) hands to normalization:
 * the decoded raw source, the body as located text, and the metadata the format carries.
 * Runtime-neutral: parsers see strings, never files.
 */
export interface ParsedInput {
  format: InputFormat;
  /** The decoded source text that all raw offsets point into. */
  raw: string;
  /** Body blocks in reading order (paragraph candidates), each mapped into `raw`. */
  blocks: LocatedText[];
  /** Metadata the format states explicitly (front matter, JSON fields, HTML meta / JSON-LD / OpenGraph). */
  meta: ArticleMetaInput;
  /** Boilerplate the parser already took out (HTML chrome, captions), with raw offsets. */
  removed: Removed[];
  citations: Citation[];
  warnings: ArticleWarning[];
}
