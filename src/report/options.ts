import type { ReportEvent } from '../types/report.js';
import type { CsvOptions } from './csv-writer.js';

/** The report formats: JSON (the contract), Markdown, a self-contained HTML page, or CSV tables. */
export type ReportFormat = 'json' | 'md' | 'html' | 'csv';

/** Options every report format takes. */
export interface ReportOptions {
  /**
   * The event the articles report on (e.g. from the corpus manifest). Reports fall back to a
   * neutral "N articles from M outlets" heading when it is not given.
   */
  event?: Partial<ReportEvent>;
  /** CSV only: a byte order mark for spreadsheets, and the formula-injection guard (on by default). */
  csv?: CsvOptions;
}
