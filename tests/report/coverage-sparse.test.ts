/**
 * Coverage must be stored sparsely (who carries a claim), with the dense claims × outlets matrix
 * derived only where a report shows it: 127 one-article outlets made a 124 MB coverage.csv.
 * CoverageItem keeps carriers (`outletIds`) and related sentences (`partial`) only; coverage.csv
 * has a row per outlet carrying a claim or holding a related sentence, none per outlet omitting it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { compare } from '../../src/compare/compare.js';
import { normalize } from '../../src/normalize/normalize.js';
import { parseCsv } from '../../src/report/csv-writer.js';
import { report } from '../../src/report/index.js';

const STORIES = [
  'Dock workers walked out at dawn over unpaid overtime.',
  'A cracked pylon forced engineers to shut the crossing.',
  'Volunteers rescued thousands of rare books from a leaking roof.',
  'Drivers complained that new timetables ignore night shifts.',
  'Parents protested against merging two primary classes.',
  'Nurses reported waiting times doubling since spring.',
  'Farmers blamed cheap imports for falling vegetable prices.',
  'Fans demanded refunds after floodlights failed twice.',
  'Pilots warned that runway lights flicker during storms.',
  'Curators revealed a forged painting hung unnoticed for decades.',
];

describe('coverage is sparse', () => {
  it('coverage.csv has one row per outlet that carries a claim, not one per claim and outlet', () => {
    const articles = STORIES.map((story, i) => {
      const a = normalize({ content: `${story} Officials promised a full review by ${2030 + i}.`, label: `s${i}.txt`, meta: { outlet: `Outlet ${i}` } });
      return { ...a, analysis: analyze(a) };
    });
    const c = compare(articles);
    const carried = c.coverage.reduce((n, item) => n + item.outletIds.length, 0);
    const partial = c.coverage.reduce((n, item) => n + (item.partial?.length ?? 0), 0);
    const rows = parseCsv(report(c, { format: 'csv' })['coverage.csv']).length - 1;
    // Ten one-article outlets with unrelated stories: each claim is carried by one outlet, and the
    // nine others (omitted) get no row; a dense table would have claims × 10 rows.
    expect(c.outlets).toHaveLength(10);
    expect(rows).toBe(carried + partial);
    expect(rows).toBeLessThan(c.coverage.length * 2);
    const json = JSON.parse(report(c, { format: 'json' })) as { coverage: object[] };
    for (const item of json.coverage) expect(Object.keys(item)).not.toContain('missingOutletIds');
  });
});
