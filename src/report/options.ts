import type { ReportEvent } from '../types/report.js';
import type { CsvOptions } from './csv-writer.js';

export type ReportFormat = 'json' | 'md' | 'html' | 'csv';

export interface ReportOptions {
  /**
   * The event the articles report on (e.g. from the corpus manifest). Reports fall back to a
   * neutral "N articles from M outlets" heading when it is not given.
   */
  event?: Partial<ReportEvent>;
  /** CSV only: a byte order mark for spreadsheets, and the formula-injection guard (on by default). */
  csv?: CsvOptions;
}
