/**
 * CSV for pandas and R: logical TRUE/FALSE, no column named like a DataFrame attribute, one value
 * per cell, every evidence span in a long table keyed by finding id, an optional BOM, and a formula
 * guard that is on unless switched off.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/report/csv-writer.js';
import { toCsvTables } from '../../src/report/csv.js';
import { report } from '../../src/report/index.js';
import { fixtureComparison } from './fixture.js';

/**
 * Public attributes and methods of pandas.DataFrame (pandas 2.x, `dir(pd.DataFrame)`) that a column
 * of the same name would hide from `df.name` access; the ones a findings table could plausibly use.
 */
const DATAFRAME_ATTRIBUTES = [
  'T', 'abs', 'add', 'agg', 'aggregate', 'align', 'all', 'any', 'apply', 'applymap', 'asfreq', 'at', 'attrs', 'axes',
  'bool', 'clip', 'columns', 'combine', 'copy', 'corr', 'count', 'cov', 'cummax', 'cummin', 'cumsum', 'describe',
  'diff', 'div', 'divide', 'dot', 'drop', 'dtypes', 'empty', 'eq', 'equals', 'eval', 'explode', 'ffill', 'filter',
  'first', 'flags', 'ge', 'get', 'groupby', 'gt', 'head', 'hist', 'iat', 'idxmax', 'idxmin', 'iloc', 'index', 'info',
  'insert', 'isin', 'isna', 'items', 'join', 'keys', 'kurt', 'last', 'le', 'loc', 'lt', 'mask', 'max', 'mean',
  'median', 'melt', 'merge', 'min', 'mod', 'mode', 'mul', 'ndim', 'ne', 'nlargest', 'notna', 'nunique', 'pipe',
  'pivot', 'plot', 'pop', 'pow', 'prod', 'product', 'quantile', 'query', 'rank', 'reindex', 'rename', 'replace',
  'round', 'sample', 'sem', 'shape', 'shift', 'size', 'skew', 'sort_values', 'squeeze', 'stack', 'std', 'style',
  'sub', 'sum', 'tail', 'take', 'transform', 'truncate', 'unstack', 'update', 'values', 'var', 'where', 'xs',
];

const LOGICAL_COLUMNS = /^(evaluative|carried|label_evaluative|flag_(evaluative|contradiction|unique))$/;

function records(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

describe('CSV tables follow pandas/R conventions', () => {
  const comparison = fixtureComparison();
  const tables = toCsvTables(comparison);

  it('no column is named like a pandas DataFrame attribute', () => {
    for (const [file, csv] of Object.entries(tables)) {
      const [header] = parseCsv(csv);
      expect(header.filter((h) => DATAFRAME_ATTRIBUTES.includes(h)), file).toEqual([]);
    }
  });

  it('logical columns hold TRUE/FALSE only, and no other column does', () => {
    for (const [file, csv] of Object.entries(tables)) {
      for (const row of records(csv)) {
        for (const [column, value] of Object.entries(row)) {
          if (LOGICAL_COLUMNS.test(column)) expect(['TRUE', 'FALSE', ''], `${file} ${column}`).toContain(value);
          else expect(['true', 'false', 'TRUE', 'FALSE'], `${file} ${column}`).not.toContain(value);
        }
      }
    }
  });

  it('one value per cell: no ;-joined lists; a label flag names one outlet per row', () => {
    const flags = records(tables['label_flags.csv']);
    const row = comparison.labels.find((l) => l.flags.length > 0)!;
    expect(flags.filter((f) => f.actor_id === row.actorId).map((f) => [f.flag_type, f.outlet_id])).toEqual(
      row.flags.flatMap((f) => f.outletIds.map((o) => [f.type, o])),
    );
    for (const csv of Object.values(tables)) for (const r of records(csv)) for (const v of Object.values(r)) expect(v).not.toMatch(/^[\w-]+(;[\w-]+)+$/);
  });

  it('evidence.csv holds every span of every label use, keyed by the labels.csv finding id', () => {
    const evidence = records(tables['evidence.csv']);
    const labels = records(tables['labels.csv']);
    const uses = comparison.labels.flatMap((l) => Object.values(l.byOutlet).flat());
    expect(evidence.filter((e) => e.table === 'labels')).toHaveLength(uses.reduce((n, u) => n + u.evidence.length, 0));
    for (const label of labels) {
      const spans = evidence.filter((e) => e.finding_id === label.finding_id);
      expect(spans.length, label.finding_id).toBeGreaterThan(0);
      const article = comparison.articles.find((a) => a.id === spans[0].article_id)!;
      expect(article.text.slice(Number(spans[0].start), Number(spans[0].end))).toBe(spans[0].text);
    }
    const herald = labels.find((l) => l.outlet_id === 'herald')!;
    expect(evidence.find((e) => e.finding_id === herald.finding_id)?.text).toBe('Embattled mayor');
  });

  it('UTF-8 without a BOM by default; csv.bom adds one, and parseCsv reads it back', () => {
    expect(tables['articles.csv'].charCodeAt(0)).not.toBe(0xfeff);
    const withBom = report(comparison, { format: 'csv', csv: { bom: true } });
    expect(withBom['articles.csv'].charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(withBom['articles.csv'])[0][0]).toBe('article_id');
  });

  it('the formula guard is on by default and off only when asked', () => {
    const c = fixtureComparison();
    c.articles[0].title = '=HYPERLINK("http://x","y")';
    expect(records(toCsvTables(c)['articles.csv'])[0].title).toBe(`'=HYPERLINK("http://x","y")`);
    expect(records(toCsvTables(c, { formulaGuard: false })['articles.csv'])[0].title).toBe('=HYPERLINK("http://x","y")');
  });
});
