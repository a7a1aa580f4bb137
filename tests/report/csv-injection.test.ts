import { describe, expect, it } from 'vitest';
import { csvField, guardFormula, parseCsv } from '../../src/report/csv-writer.js';
import { toCsvTables } from '../../src/report/csv.js';
import { fixtureComparison } from './fixture.js';

/**
 * CSV (formula) injection, OWASP: text cells from untrusted articles that start with = + - @ tab or
 * CR get a leading ' so a spreadsheet shows them as text; numbers we write stay numbers.
 */
function records(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv);
  for (const r of rows) expect(r.length).toBe(header.length);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

describe('formula guard in the CSV writer', () => {
  it("prefixes ' to text cells a spreadsheet would run, and only to those", () => {
    expect(csvField('=HYPERLINK("http://x","click")')).toBe(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('+1+cmd|" /C calc"!A0')).toBe(`"'+1+cmd|"" /C calc""!A0"`);
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('\t=1+1')).toBe(`"'\t=1+1"`);
    expect(csvField('\r=1+1')).toBe(`"'\r=1+1"`);
    // Harmless text, dangerous characters later on, and booleans are untouched.
    for (const s of ['plain', 'a=b', 'x@y.example', 'e-mail', "'quoted already", ' =not a formula']) expect(csvField(s)).toBe(s);
    expect(csvField(false)).toBe('FALSE');
    expect(guardFormula('=1')).toBe("'=1");
  });

  it('leaves numbers it writes itself alone, negative ones included', () => {
    expect(csvField(-0.25)).toBe('-0.25');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(-1 / 3)).toBe('-0.333333');
    // The same characters as text are guarded: the cell came from an article, not from us.
    expect(csvField('-0.25')).toBe("'-0.25");
  });

  it('quotes cells holding a semicolon or tab, so a locale splitting on them cannot start a cell with =', () => {
    expect(csvField('fine;=cmd()')).toBe('"fine;=cmd()"');
    expect(csvField('fine\t=cmd()')).toBe('"fine\t=cmd()"');
    expect(parseCsv(`${csvField('fine;=cmd()')},x\r\n`)).toEqual([['fine;=cmd()', 'x']]);
  });
});

describe('formula guard in the tidy tables', () => {
  // A comparison whose article-derived text is hostile everywhere a reader's words reach a cell.
  const c = fixtureComparison();
  c.articles[0].title = '=HYPERLINK("http://x","Plan approved")';
  c.outlets[1].name = '@SUM(A1)';
  c.quoteClusters[0].renderings[0].text = '=HYPERLINK("http://x")';
  c.articles[0].analysis.quotes[0].text = '+cmd|"/C calc"!A0';
  c.labels[0].byOutlet.herald[0].label = '@SUM(A1)';
  c.variants[0].byOutlet.daily[0].wording = '-1+1';
  c.distinctive[0].term = '=1+2';
  c.distinctive[0].logOdds = -0.25;
  c.coverage[0].claim = '\t=cmd';
  const tables = toCsvTables(c);

  it('guards quotes, labels, titles, outlet names, wordings, terms and claims', () => {
    expect(records(tables['articles.csv'])[0].title).toBe(`'=HYPERLINK("http://x","Plan approved")`);
    expect(records(tables['quote_clusters.csv']).find((r) => r.outlet_id === 'daily')?.rendering).toBe(`'=HYPERLINK("http://x")`);
    expect(records(tables['quote_clusters.csv']).find((r) => r.outlet_id === 'herald')?.outlet_name).toBe("'@SUM(A1)");
    expect(records(tables['quotes.csv']).find((r) => r.article_id === 'daily-1' && r.quote_id === 'q1')?.quote).toBe(`'+cmd|"/C calc"!A0`);
    expect(records(tables['labels.csv']).find((r) => r.outlet_id === 'herald')?.label).toBe("'@SUM(A1)");
    expect(records(tables['variants.csv']).find((r) => r.outlet_id === 'daily')?.wording).toBe("'-1+1");
    expect(records(tables['coverage.csv']).find((r) => r.item_id === 'k1')?.claim).toBe("'\t=cmd");
    const term = records(tables['distinctive_terms.csv'])[0];
    expect([term.term, term.log_odds]).toEqual(["'=1+2", '-0.25']);
  });

  it('keeps negative numbers as bare numbers in the raw CSV', () => {
    // tone.csv: herald's score is -0.5; distinctive_terms.csv: the log-odds set above.
    expect(tables['tone.csv']).toMatch(/^tone:person:ann-lee:herald,person:ann-lee,Ann Lee,herald,-0\.5,1,"embattled; reckless",herald-1,text,\d+,\d+\r$/m);
    expect(tables['distinctive_terms.csv']).toMatch(/^term:herald:=1\+2,herald,1,'=1\+2,1,1,-0\.25,2\.5,herald-1,text,\d+,\d+\r$/m);
    // No cell anywhere starts with a formula character.
    for (const [file, csv] of Object.entries(tables)) {
      for (const row of parseCsv(csv)) {
        for (const cell of row) if (/^[=+@\t\r]/.test(cell) || /^-(?!\d+(\.\d+)?$)/.test(cell)) expect.fail(`${file}: ${JSON.stringify(cell)}`);
      }
    }
  });
});
