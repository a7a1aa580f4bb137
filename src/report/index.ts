/**
 * `report(comparison, { format })`: the one entry point for rendering a Comparison.
 * json / md / html give one string; csv gives file name → CSV text (one tidy table per file).
 */
import type { Comparison } from '../types/comparison.js';
import { FramediffError } from '../errors.js';
import { toCsvTables } from './csv.js';
import { toHtml } from './html/html.js';
import { reportJsonString } from './json.js';
import { toMarkdown } from './markdown.js';
import type { ReportFormat, ReportOptions } from './options.js';

/** Every `ReportFormat`: what `report` and the CLI's `--format` accept. */
export const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'md', 'json', 'csv'];

/**
 * Render a comparison in one format: JSON, Markdown and HTML as one string, CSV as file name → CSV
 * text (one tidy table per file). Throws FramediffError (`INVALID_INPUT`) for an unknown format.
 */
export function report(comparison: Comparison, options: ReportOptions & { format: 'csv' }): Record<string, string>;
export function report(comparison: Comparison, options: ReportOptions & { format: 'json' | 'md' | 'html' }): string;
export function report(comparison: Comparison, options: ReportOptions & { format: ReportFormat }): string | Record<string, string>;
export function report(comparison: Comparison, options: ReportOptions & { format: ReportFormat }): string | Record<string, string> {
  switch (options.format) {
    case 'json':
      return reportJsonString(comparison, options);
    case 'md':
      return toMarkdown(comparison, options);
    case 'html':
      return toHtml(comparison, options);
    case 'csv':
      return toCsvTables(comparison, options.csv);
    default:
      throw new FramediffError('INVALID_INPUT', '', `unknown report format "${String((options as { format: unknown }).format)}" (use html, md, json or csv)`);
  }
}

export type { ReportFormat, ReportOptions } from './options.js';
export { toReportJson, reportJsonString } from './json.js';
export { REPORT_FIELDS } from './fields.js';
export { toCsvTables } from './csv.js';
export { toCsv, parseCsv } from './csv-writer.js';
export type { CsvOptions, CsvValue } from './csv-writer.js';
export { toMarkdown } from './markdown.js';
export { toHtml } from './html/html.js';
export { labelTable, quoteMatrix, synopsis } from './fragments.js';
