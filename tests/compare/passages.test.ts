/**
 * Shared verbatim passages (compare/passages.ts): a reprinted block inside a longer article, on
 * invented texts in several outlet styles.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import { MIN_WORDS } from '../../src/compare/passages.js';
import { fakeArticle } from './fake.js';

const block =
  'The harbour authority said the dredging of the northern channel would begin in March and last eleven weeks, ' +
  'during which larger container vessels would be diverted to the southern terminal. ' +
  'Pilots had warned for two years that silt was narrowing the approach, and a grain carrier ran aground there in October. ' +
  'The authority put the cost at 48 million euros, to be shared with the regional government.';

const wire = `Dredging to close harbour channel for eleven weeks\n\n${block}\n\nShipping lines were told on Monday.`;
const long =
  'Local fishermen fear the work will scare away the autumn catch, and several cafes on the quay expect a quiet spring.\n\n' +
  'The mayor, who faces re-election next year, has promised compensation but has not said how much.\n\n' +
  `${block}\n\n` +
  'Residents of the old town meanwhile complain about the lorries that will carry the silt to a landfill outside the city.';

describe('shared verbatim passages', () => {
  it('reports a reprinted block inside a longer article, with both spans', () => {
    const a = fakeArticle('wire-1', 'wire', wire);
    const b = fakeArticle('daily-1', 'daily', long);
    const c = compare([a, b]);
    const p = c.sharedPassages ?? [];
    expect(p).toHaveLength(1);
    expect(p[0].rule).toBe('passage.verbatim-run');
    expect(p[0].words).toBeGreaterThanOrEqual(MIN_WORDS);
    // The pair is in compare's canonical order (by outlet id: daily before wire), not the order given.
    expect([p[0].a.articleId, p[0].b.articleId]).toEqual(['daily-1', 'wire-1']);
    expect(p[0].b.text).toContain('The harbour authority said the dredging');
    expect(p[0].a.text).toContain('shared with the regional government');
    expect(wire.slice(p[0].b.start, p[0].b.end)).toBe(p[0].b.text);
    expect(long.slice(p[0].a.start, p[0].a.end)).toBe(p[0].a.text);
  });

  it('names the earlier article as the source when dates differ, and the credited outlet first', () => {
    const a = { ...fakeArticle('wire-1', 'wire', wire), publishedAt: '2024-03-02T08:00:00Z' };
    const b = { ...fakeArticle('daily-1', 'daily', long), publishedAt: '2024-03-02T14:00:00Z' };
    expect(compare([b, a]).sharedPassages?.[0]).toMatchObject({ source: 'wire-1', basis: 'date' });
    const credited = fakeArticle('daily-2', 'daily', `${long}\n\nThe account above was first carried by wire.`);
    expect(compare([fakeArticle('wire-1', 'wire', wire), credited]).sharedPassages?.[0]).toMatchObject({ source: 'wire-1', basis: 'credit' });
  });

  it('does not report a shorter shared run, nor a passage within one outlet', () => {
    const short = block.split(' ').slice(0, MIN_WORDS - 5).join(' ');
    expect(compare([fakeArticle('x', 'x', `${short}.`), fakeArticle('y', 'y', `Earlier: ${short}.`)]).sharedPassages).toEqual([]);
    expect(compare([fakeArticle('x1', 'same', wire), fakeArticle('x2', 'same', long)]).sharedPassages).toEqual([]);
  });
});
