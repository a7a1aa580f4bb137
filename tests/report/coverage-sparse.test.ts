/**
 * Coverage must be stored sparsely (who carries a claim), with the dense claims × outlets matrix
 * derived only where a report shows it: 127 one-article outlets made a 124 MB coverage.csv.
 * NOT YET HELD (expected to fail): CoverageItem keeps `missingOutletIds` and coverage.csv writes a
 * row per claim and outlet, carried or not; the coverage work belongs to the alignment issue.
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
  it.fails('coverage.csv has one row per outlet that carries a claim, not one per claim and outlet', () => {
    const articles = STORIES.map((story, i) => {
      const a = normalize({ content: `${story} Officials promised a full review by ${2030 + i}.`, label: `s${i}.txt`, meta: { outlet: `Outlet ${i}` } });
      return { ...a, analysis: analyze(a) };
    });
    const c = compare(articles);
    const carried = c.coverage.reduce((n, item) => n + item.outletIds.length, 0);
    const rows = parseCsv(report(c, { format: 'csv' })['coverage.csv']).length - 1;
    expect(rows).toBeLessThanOrEqual(carried * 2);
  });
});
