/**
 * The one mapping between the in-memory Comparison and the JSON report (ReportJson, the schema in
 * schema/report.schema.json). The finding lists are carried over unchanged; four of them take a
 * name that reads better in a file of its own, listed here and nowhere else (toReportJson builds
 * the report from this table). The rest of ReportJson is reshaped, not renamed:
 * `articles` (AnalyzedArticle → ReportArticle: spans re-read from the text, `analysis.framing` →
 * `framingTerms`, `analysis.actors` → `mentions`), `actors` (CorpusActor → ReportActor), `outlets`
 * (`kind` null when unknown), and `event`, `generator`, `schemaVersion`, which the comparison does
 * not hold.
 */
import type { Comparison } from '../types/comparison.js';
import type { ReportJson } from '../types/report.js';

/**
 * Comparison field → ReportJson field, for every finding list the report carries unchanged, in
 * the report's key order. Renamed: `labels` → `labelTable`, `variants` → `variantGroups`,
 * `distinctive` → `distinctiveTerms`, `alignment` → `synopsis`. An optional list absent from the
 * comparison is `[]` in the report.
 */
export const REPORT_FIELDS = {
  labels: 'labelTable',
  variants: 'variantGroups',
  quoteClusters: 'quoteClusters',
  speakers: 'speakers',
  coverage: 'coverage',
  rewrites: 'rewrites',
  sharedPassages: 'sharedPassages',
  attributionDrift: 'attributionDrift',
  sourcing: 'sourcing',
  distinctive: 'distinctiveTerms',
  tone: 'tone',
  alignment: 'synopsis',
} as const satisfies { [K in keyof Comparison]?: keyof ReportJson };

type Carried = typeof REPORT_FIELDS;
/** The part of ReportJson that REPORT_FIELDS fills. */
export type CarriedFields = { [K in keyof Carried as Carried[K]]-?: NonNullable<Comparison[K]> };

// Compile-time check that the table agrees with both types: each carried report field has the type
// of its comparison field (a renamed or retyped field on either side fails the build here).
const agrees: CarriedFields extends Pick<ReportJson, Carried[keyof Carried]> ? true : never = true;
void agrees;

/** The finding lists of `comparison` under their report names (REPORT_FIELDS), in report order. */
export function carriedFields(comparison: Comparison): CarriedFields {
  const out: Record<string, unknown> = {};
  for (const [from, to] of Object.entries(REPORT_FIELDS)) out[to] = comparison[from as keyof Carried] ?? [];
  return out as CarriedFields;
}
