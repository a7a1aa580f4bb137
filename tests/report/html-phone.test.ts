/** HTML report parts for small screens: one line per flagged label, long blocks collapsible, nothing dropped. */
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../src/report/html/html.js';
import { COLLAPSE_AFTER } from '../../src/report/html/parts.js';
import { fixtureComparison } from './fixture.js';
import { manyOutletsComparison } from './fixture-many.js';

describe('HTML report: flags and collapsing', () => {
  it('a label flagged as evaluative and as used by one outlet only is one line naming both kinds', () => {
    const c = fixtureComparison();
    const row = c.labels[0];
    const evaluative = row.flags[0];
    row.flags.push({ type: 'unique', message: 'only Herald uses "Embattled mayor"', outletIds: ['herald'], evidence: [...evaluative.evidence] });
    const html = toHtml(c);
    const flags = html.slice(html.indexOf('<h3>Flags</h3>'), html.indexOf('</ul>', html.indexOf('<h3>Flags</h3>')));
    const items = flags.match(/<li[ >]/g) ?? [];
    expect(items).toHaveLength(1);
    expect(flags).toContain('<span class="flag-type">evaluative</span> · <span class="flag-type">unique</span>');
    expect(flags).toContain('Herald calls Ann Lee &quot;embattled&quot;; only Herald uses &quot;Embattled mayor&quot;');
  });

  it('flags on different evidence stay separate lines', () => {
    const c = fixtureComparison();
    const row = c.labels[0];
    const other = c.articles[0];
    const start = other.text.indexOf('Mayor');
    row.flags.push({ type: 'unique', message: 'only Daily uses "Mayor"', outletIds: ['daily'], evidence: [{ articleId: other.id, outletId: 'daily', start, end: start + 5, text: 'Mayor' }] });
    const html = toHtml(c);
    const flags = html.slice(html.indexOf('<h3>Flags</h3>'), html.indexOf('</ul>', html.indexOf('<h3>Flags</h3>')));
    expect(flags.match(/<li[ >]/g) ?? []).toHaveLength(2);
  });

  it('a long table keeps every row in the page, the ones past the limit marked to collapse behind "Show all"', () => {
    const c = manyOutletsComparison();
    const html = toHtml(c);
    const coverage = html.slice(html.indexOf('<section id="coverage">'), html.indexOf('</section>', html.indexOf('<section id="coverage">')));
    const lists = coverage.split('<ul class="plain">').slice(1).map((l) => l.slice(0, l.indexOf('</ul>')));
    const long = lists.filter((l) => (l.match(/<li[ >]/g) ?? []).length > COLLAPSE_AFTER);
    expect(long.length).toBeGreaterThan(0);
    for (const l of lists) {
      const items = (l.match(/<li[ >]/g) ?? []).length;
      expect((l.match(/<li class="more"[ >]/g) ?? []).length).toBe(Math.max(0, items - COLLAPSE_AFTER));
    }
    expect(coverage).toMatch(/>Show all \d+ (claims|omissions)<\/button>/);
    // Every omission is still in the page.
    expect(coverage).not.toContain('<details>');
  });
});
