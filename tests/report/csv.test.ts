import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, toCsv } from '../../src/report/csv-writer.js';
import { toCsvTables } from '../../src/report/csv.js';
import { EVIL, fixtureComparison } from './fixture.js';

/** Parse a table into objects keyed by the header row. */
function records(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv);
  for (const r of rows) expect(r.length).toBe(header.length);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

describe('RFC 4180 writer', () => {
  it('quotes only fields that need it and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('TRUE');
    expect(csvField(false)).toBe('FALSE');
    expect(csvField(0.1 + 0.2)).toBe('0.3');
  });

  it('round-trips awkward values with CRLF row ends', () => {
    const rows = [['a,b', 'x"y"', 'multi\r\nline', '', 'ünïcödé “quotes”']];
    const csv = toCsv(['h1', 'h2', 'h3', 'h4', 'h5'], rows);
    expect(csv.split('\r\n')[0]).toBe('h1,h2,h3,h4,h5');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([['h1', 'h2', 'h3', 'h4', 'h5'], ...rows]);
  });
});

describe('toCsvTables', () => {
  const tables = toCsvTables(fixtureComparison());

  it('writes one file per tidy table, each with a header row', () => {
    expect(Object.keys(tables)).toEqual(['articles.csv', 'mentions.csv', 'labels.csv', 'label_flags.csv', 'quotes.csv',
      'quote_clusters.csv', 'speakers.csv', 'variants.csv', 'coverage.csv', 'rewrites.csv', 'rewrite_sources.csv', 'sourcing.csv',
      'distinctive_terms.csv', 'tone.csv', 'loaded_terms.csv', 'evidence.csv']);
    expect(parseCsv(tables['rewrites.csv'])).toEqual([['article_a', 'article_b', 'relation', 'share_a', 'share_b', 'shared_sources', 'sentence_pairs']]);
  });

  it('articles: one row per article, awkward titles survive', () => {
    const rows = records(tables['articles.csv']);
    expect(rows.map((r) => [r.article_id, r.outlet_name, r.title])).toEqual([
      ['daily-1', 'The Daily <b>News</b> & Co', 'Plan "approved" <i>today</i>'],
      ['herald-1', 'Herald', `Mayor's ${EVIL.script}`],
    ]);
  });

  it('mentions carry their labels', () => {
    const rows = records(tables['mentions.csv']);
    expect(rows.filter((r) => r.label).map((r) => [r.outlet_id, r.actor_name, r.mention, r.label, r.label_evaluative])).toEqual([
      ['daily', 'Ann Lee', 'Ann Lee', 'Mayor', 'FALSE'],
      ['herald', 'Ann Lee', 'Ann Lee', 'Embattled mayor', 'TRUE'],
    ]);
  });

  it('labels: actor × outlet × label with one logical column per flag type', () => {
    const rows = records(tables['labels.csv']);
    expect(rows.map((r) => [r.outlet_id, r.label, r.uses, r.flag_evaluative, r.flag_contradiction, r.flag_unique])).toEqual([
      ['daily', 'Mayor', '1', 'FALSE', 'FALSE', 'FALSE'], ['herald', 'Embattled mayor', '1', 'TRUE', 'FALSE', 'FALSE']]);
  });

  it('quote clusters × outlets, with renderings and the quote table linking to clusters', () => {
    const rows = records(tables['quote_clusters.csv']);
    expect(rows.map((r) => [r.cluster_id, r.outlet_id, r.carried, r.rendering, r.words])).toEqual([
      ['c1', 'daily', 'TRUE', 'We will build 100 homes.', '5'],
      ['c1', 'herald', 'TRUE', 'We will build homes.', '4'],
    ]);
    const quotes = records(tables['quotes.csv']);
    expect(quotes.find((q) => q.article_id === 'herald-1' && q.quote_id === 'q2')).toMatchObject({ speaker: 'Ann Lee', cluster_id: 'c1' });
    expect(quotes.find((q) => q.quote_id === 'q1' && q.article_id === 'daily-1')).toMatchObject({ speaker: '', quote: 'bold step, for everyone' });
  });

  it('coverage: long and sparse, a row per outlet carrying a claim, none for an outlet that omits it', () => {
    const rows = records(tables['coverage.csv']).filter((r) => r.item_id === 'k1');
    expect(rows.map((r) => [r.outlet_id, r.status, r.distinctiveness])).toEqual([['daily', 'carried', '0.5']]);
    expect(rows[0].claim).toContain(EVIL.script);
    expect(records(tables['coverage.csv']).filter((r) => r.item_id === 'k2').map((r) => [r.outlet_id, r.status])).toEqual([['daily', 'carried'], ['herald', 'carried']]);
  });

  it('coverage: an outlet with only a related sentence has a partial row pointing at that sentence', () => {
    const c = fixtureComparison();
    const herald = c.articles[1];
    const start = herald.text.indexOf('Embattled mayor');
    const related = { articleId: herald.id, outletId: 'herald', start, end: start + 15, text: 'Embattled mayor' };
    c.coverage[0].partial = [{ outletId: 'herald', status: 'partial', related, similarity: 0.2 }];
    const rows = records(toCsvTables(c)['coverage.csv']).filter((r) => r.item_id === 'k1');
    expect(rows.map((r) => [r.outlet_id, r.status, r.similarity, r.article_id, r.start])).toEqual([
      ['daily', 'carried', '', c.articles[0].id, String(c.coverage[0].evidence[0].start)],
      ['herald', 'partial', '0.2', herald.id, String(start)],
    ]);
  });

  it('variants and distinctive terms with evidence offsets', () => {
    expect(records(tables['variants.csv']).map((r) => [r.outlet_id, r.wording])).toEqual([['daily', 'bold step'], ['herald', 'reckless gamble']]);
    const terms = records(tables['distinctive_terms.csv']);
    expect(terms.map((r) => [r.outlet_id, r.term_rank, r.term, r.log_odds])).toEqual([['herald', '1', 'embattled', '1.234568'], ['daily', '1', 'bold, step', '0.5']]);
    const c = fixtureComparison();
    const t = terms[0];
    expect(c.articles[1].text.slice(Number(t.start), Number(t.end))).toBe('Embattled');
  });

  it('tone: each actor × outlet row names its evidence words and the sentence they sit in', () => {
    const rows = records(tables['tone.csv']);
    expect(rows.map((r) => [r.finding_id, r.outlet_id, r.score, r.words, r.article_id])).toEqual([
      ['tone:person:ann-lee:daily', 'daily', '0.25', 'bold', 'daily-1'],
      ['tone:person:ann-lee:herald', 'herald', '-0.5', 'embattled; reckless', 'herald-1'],
    ]);
    const c = fixtureComparison();
    const h = rows[1];
    expect(c.articles[1].text.slice(Number(h.start), Number(h.end))).toBe('Embattled mayor Ann Lee called the plan a "reckless gamble" on Monday.');
    const spans = records(tables['evidence.csv']).filter((r) => r.finding_id === h.finding_id);
    expect(spans.map((r) => [r.table, r.article_id, r.start, r.end])).toEqual([['tone', 'herald-1', h.start, h.end]]);
  });
});
