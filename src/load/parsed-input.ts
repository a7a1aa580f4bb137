import type { ArticleMetaInput, ArticleWarning, Citation, InputFormat, Removed, SourceInfo } from '../types/article.js';
import type { LocatedText } from '../text/located-text.js';

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
  /**
   * Set for one record of a multi-record input (JSON array, JSONL): its 0-based index in the file
   * (failed records keep their number, so this is not the position in `parsed`) and a label like
   * `feed.jsonl#3`. Use `recordSource(source, parsed)` to get the SourceInfo for this record.
   */
  record?: { index: number; label: string };
}

/** The SourceInfo of one parsed input: the file's, plus the record index and label when there is one. */
export function recordSource(source: SourceInfo, parsed: ParsedInput): SourceInfo {
  if (!parsed.record) return source;
  return { ...source, label: parsed.record.label, record: parsed.record.index };
}
