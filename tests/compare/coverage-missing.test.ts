/**
 * Coverage: an outlet that tells a claim in its own words carries it; an outlet with only a related
 * sentence is `partial` (with that sentence); one with nothing is `omitted`. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import { numberAgreement } from '../../src/compare/counterparts.js';
import { missingOutlets } from '../../src/compare/missing.js';
import { fakeArticle } from './fake.js';

const wire = fakeArticle(
  'w',
  'wire',
  'Flooding forced the closure of the Marlow bridge on Tuesday after the river rose two metres overnight. ' +
    'Engineers from the county council inspected the bridge supports and found cracks in two piers. ' +
    'The council said repairs could take six weeks.',
);
const daily = fakeArticle(
  'd',
  'daily',
  'The Marlow bridge was shut on Tuesday because of flooding, after the river climbed two metres in one night. ' +
    'Shopkeepers on the high street said trade had collapsed since the water arrived.',
);
const blog = fakeArticle(
  'b',
  'blog',
  'Council engineers have been checking several structures in the area this week. ' + 'Our readers sent photos of the swollen river.',
);

describe('coverage: who carries a claim, and how the others miss it', () => {
  const c = compare([wire, daily, blog]);
  const claim = (words: string) => c.coverage.find((i) => i.kind === 'claim' && i.evidence.some((e) => e.text.includes(words)))!;

  it('an outlet telling the fact in its own words carries it', () => {
    const closure = claim('closure of the Marlow bridge');
    // Outlets in compare's canonical order (by id), not the order given.
    expect(closure.outletIds).toEqual(['daily', 'wire']);
    expect(closure.evidence.map((e) => e.outletId)).toEqual(['daily', 'wire']);
  });

  it('an outlet with a related sentence is partial, with that sentence; one with none is omitted', () => {
    const cracks = claim('found cracks in two piers');
    expect(cracks.outletIds).toEqual(['wire']);
    const blogMiss = cracks.partial?.find((m) => m.outletId === 'blog');
    expect(blogMiss?.status).toBe('partial');
    expect(blogMiss?.related?.text).toContain('Council engineers have been checking');
    const shops = claim('Shopkeepers on the high street');
    // Stored sparsely: no partial entry; the omitted outlets are derived (missingOutlets).
    expect(shops.partial ?? []).toEqual([]);
    expect(missingOutlets(c.outlets.map((o) => o.id), shops).map((m) => [m.outletId, m.status])).toEqual([
      ['blog', 'omitted'],
      ['wire', 'omitted'],
    ]);
    expect(cracks.rule).toBe('coverage.claim');
  });

  it('two sentences with different numbers do not tell the same fact', () => {
    expect(numberAgreement(new Set(['40']), new Set(['250']))).toBeLessThan(1);
    expect(numberAgreement(new Set(['40', '3']), new Set(['40']))).toBe(1);
    expect(numberAgreement(new Set(), new Set(['250']))).toBe(1);
  });
});

describe('coverage: an outlet telling one fact over two sentences', () => {
  const c = compare([
    fakeArticle('w', 'wire', 'The Harwick city council voted on Monday to close the Elm Street library and to sell its building to a housing developer. Parents protested outside the town hall.'),
    fakeArticle('b', 'blog', 'Harwick city council voted on Monday to close the Elm Street library and sell its building to a housing developer, angering parents.'),
    fakeArticle('d', 'daily', 'The Elm Street library will shut, councillors in Harwick decided. The old building goes to a developer. The mayor did not comment.'),
  ]);

  it('carries the claim with both of its sentences, not only the closer one', () => {
    const full = c.coverage.filter((i) => i.kind === 'claim' && i.outletIds.length === 3);
    const texts = full.map((i) => i.evidence.filter((e) => e.outletId === 'daily').map((e) => e.text));
    expect(texts).toContainEqual(['The Elm Street library will shut, councillors in Harwick decided.', 'The old building goes to a developer.']);
    expect(c.coverage.find((i) => i.claim.startsWith('The mayor did not comment'))?.outletIds).toEqual(['daily']);
  });

  it('reports the library claim once: a claim whose sentences all sit in a bigger claim is dropped', () => {
    const library = c.coverage.filter((i) => i.kind === 'claim' && i.evidence.some((e) => e.text.includes('Elm Street library')));
    expect(library).toHaveLength(1);
    expect(library[0].rule).toBe('coverage.counterpart');
    expect(library[0].evidence.map((e) => e.outletId).sort()).toEqual(['blog', 'daily', 'daily', 'wire']);
  });
});
