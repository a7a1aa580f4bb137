import type { ReportEvent } from '../types/report.js';

export type ReportFormat = 'json' | 'md' | 'html' | 'csv';

export interface ReportOptions {
  /**
   * The event the articles report on (e.g. from the corpus manifest). Reports fall back to a
   * neutral "N articles from M outlets" heading when it is not given.
   */
  event?: Partial<ReportEvent>;
}
