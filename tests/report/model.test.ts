import { describe, expect, it } from 'vitest';
import { ReportModel } from '../../src/report/model.js';
import type { CoverageItem } from '../../src/types/comparison.js';
import { fixtureComparison } from './fixture.js';

function item(id: string, outletIds: string[], distinctiveness: number): CoverageItem {
  return { id, claim: id, outletIds, distinctiveness, rule: 'coverage.claim', evidence: [] };
}

describe('ReportModel', () => {
  it('omissions: most distinctive first, outlets taking turns, claims every outlet carries left out', () => {
    const c = fixtureComparison();
    c.coverage = [
      item('d1', ['daily'], 0.5),
      item('d2', ['daily'], 0.5),
      item('d3', ['daily'], 0.5),
      item('h1', ['herald'], 0.5),
      item('all', ['daily', 'herald'], 0),
    ];
    expect(new ReportModel(c).omissions().map((k) => k.id)).toEqual(['d1', 'h1', 'd2', 'd3']);
  });

  it('synopsis: rows need two outlets; the first outlet is the reference and differences are word diffs', () => {
    const rows = new ReportModel(fixtureComparison()).synopsis();
    expect(rows).toHaveLength(1);
    expect(rows[0].differs).toBe(true);
    expect(rows[0].cells.get('daily')![0].diff).toBeNull();
    const herald = rows[0].cells.get('herald')![0].diff!;
    expect(herald.filter((p) => p.op === 'added').map((p) => p.text)).toEqual(['Embattled mayor', 'reckless gamble']);
    expect(herald.filter((p) => p.op === 'removed').map((p) => p.text)).toEqual(['Mayor', 'bold step, for everyone']);
  });

  it('synopsis: an outlet shows at most two sentences per row and counts the rest', () => {
    const c = fixtureComparison();
    const [a, b] = c.alignment[0].members;
    const text = c.articles[0].text;
    const extra = (needle: string, sentence: number) => {
      const start = text.indexOf(needle);
      return { ...a, start, end: start + needle.length, text: needle, sentence };
    };
    c.alignment[0].members = [a, b, extra('Critics said', 1), extra('was rushed.', 1)];
    const row = new ReportModel(c).synopsis()[0];
    expect(row.cells.get('daily')!.map((x) => x.member.text)).toEqual([a.text, 'Critics said']);
    expect(row.more.get('daily')).toBe(1);
    expect(row.more.get('herald')).toBeUndefined();
  });

  it('excerpt: context inside the paragraph, cut at word boundaries', () => {
    const c = fixtureComparison();
    const model = new ReportModel(c);
    const e = c.variants[0].byOutlet.herald[0].evidence[0];
    expect(model.excerpt(e, 20)).toEqual(['…called the plan a "', 'reckless gamble', '" on Monday.']);
    expect(model.excerpt(e, 0)).toEqual(['', 'reckless gamble', '']);
  });

  it('title falls back to a neutral heading without an event', () => {
    expect(new ReportModel(fixtureComparison()).title).toBe('How 2 outlets reported one event');
    expect(new ReportModel(fixtureComparison(), { event: { title: '  Vote  ' } }).title).toBe('Vote');
  });
});
