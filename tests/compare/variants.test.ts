/** Variant discovery units: substitution filters, slot variants, no groups without a difference. */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import { defaultStopWords, wordTokens } from '../../src/compare/tokens/words.js';
import { clausePairs, clauses } from '../../src/compare/clauses.js';
import { substitutions } from '../../src/compare/variants.js';
import { fakeArticle } from './fake.js';

const subs = (a: string, b: string) => substitutions(wordTokens(a), wordTokens(b), defaultStopWords);

describe('substitutions between parallel sentences', () => {
  it('reads a replaced phrase, stop words trimmed', () => {
    expect(subs('Leaders reaffirmed their "no limits" partnership on Monday.', 'Leaders reaffirmed their "boundless" partnership on Monday.')).toEqual([['no limits', 'boundless']]);
  });
  it('ignores names, moved words, numbers and inflections', () => {
    expect(subs('Talks were hosted by Smith in Oslo.', 'Talks were hosted by Jones in Oslo.')).toEqual([]);
    expect(subs('The ministers met the unions on Friday.', 'The unions met the ministers on Friday.')).toEqual([]);
    expect(subs('Prices rose 4 percent in May.', 'Prices rose 5 percent in May.')).toEqual([]);
    expect(subs('The union pushed for a deal.', 'The union pushing for a deal.')).toEqual([]);
  });
});

describe('variant groups', () => {
  it('slot variants: the word after a rare shared anchor, where sentences are too reworded to align', () => {
    const a = fakeArticle('a', 'wire', 'Bus drivers across the region began a 24-hour strike over pay and pensions, union officials said on Tuesday.');
    const b = fakeArticle('b', 'tabloid', 'Commuters were left stranded after greedy bosses refused to talk, sparking a 24-hour walkout that brought chaos to every depot.');
    const c = compare([a, b]);
    const g = c.variants.find((v) => v.byOutlet.wire?.some((w) => w.wording === 'strike'))!;
    expect(g.byOutlet.tabloid.map((w) => w.wording)).toEqual(['walkout']);
    expect(g.byOutlet.tabloid[0].evidence[0].text).toBe('walkout');
  });

  it('curated concepts count only where outlets differ; identical wording gives no group', () => {
    const text = 'Officials said the ceasefire would hold. The truce was agreed after talks in Geneva on Sunday.';
    const make = (id: string, outlet: string, t: string) =>
      fakeArticle(id, outlet, t, {
        concepts: [...t.matchAll(/ceasefire|truce/g)].map((m) => ({
          start: m.index!,
          end: m.index! + m[0].length,
          text: m[0],
          category: 'concept-variant',
          entry: m[0],
          concept: 'ceasefire-naming',
          valence: null,
          lexicon: 'test',
          sentence: 0,
          voice: 'narrator' as const,
          rule: 'framing.concept',
        })),
      });
    expect(compare([make('a', 'x', text), make('b', 'y', text)]).variants).toEqual([]);
    const other = 'Officials said the ceasefire would hold. The ceasefire was agreed after talks in Geneva on Sunday.';
    const c = compare([make('a', 'x', text), make('b', 'y', other)]);
    const g = c.variants.find((v) => v.concept === 'ceasefire-naming')!;
    expect(g.byOutlet.x.map((w) => w.wording).sort()).toEqual(['ceasefire', 'truce']);
    expect(g.byOutlet.y).toEqual([{ wording: 'ceasefire', count: 2, evidence: expect.any(Array) }]);
    expect(g.description).toMatch(/pause to fighting/);
  });
});

describe('substitutions: framing, punctuation and clauses (H6b)', () => {
  it('splits a hunk at punctuation both sides share', () => {
    const a = 'Some 260 firefighters, backed by six aircraft, held the line.';
    const b = 'Some 260 fire crews, supported by six aircraft, held the line.';
    const got = substitutions(wordTokens(a), wordTokens(b), defaultStopWords, null, { texts: [a, b] });
    expect(got).toEqual([
      ['firefighters', 'fire crews'],
      ['backed', 'supported'],
    ]);
  });
  it('rejects a multi-word hunk framed only by a shared stop word, numbers inside a hunk, and lopsided hunks', () => {
    expect(subs('Inflation is a tax on the poorest and we will not let it take root.', 'Roos says the bank will not let it take root.')).toEqual([]);
    expect(subs('The port handled 250 tonnes last year, officials said.', 'The port estimated losses last year, officials said.')).toEqual([]);
    expect(subs('The union rejected it, and employers have offered 4 percent more.', 'The union rejected it, and unrepentant more.')).toEqual([]);
  });
  it('keeps a clean one-word swap between stop words', () => {
    expect(subs('China welcomed efforts to defuse the crisis on Monday.', 'China welcomed efforts to de-escalate the crisis on Monday.')).toEqual([['defuse', 'de-escalate']]);
  });
});

describe('clauses', () => {
  it('cuts at punctuation and clause openers and pairs clauses sharing content words', () => {
    const a = 'A wildfire spread across the valley on Thursday, and 3,200 residents of Brackton were ordered to evacuate.';
    const b = 'Some 3,200 people in Brackton were forced to flee their homes as a wildfire spread across the valley.';
    const ca = clauses(wordTokens(a), a);
    const cb = clauses(wordTokens(b), b);
    expect(ca.map((c) => c.map((t) => t.norm).join(' '))).toEqual(['a wildfire spread across the valley on thursday', 'and 3,200 residents of brackton were ordered to evacuate']);
    expect(cb.map((c) => c.map((t) => t.norm).join(' '))).toEqual(['some 3,200 people in brackton were forced to flee their homes', 'as a wildfire spread across the valley']);
    const pairs = clausePairs(ca, cb, defaultStopWords).map(([x, y]) => [x[0].norm, y[0].norm]);
    expect(pairs).toEqual([
      ['a', 'as'],
      ['and', 'some'],
    ]);
  });
  it('finds the variant of a reordered sentence in a compare run', () => {
    const a = fakeArticle('a', 'wire', 'A wildfire spread across the Hollin valley on Thursday, and 3,200 residents of Brackton were ordered to evacuate.');
    const b = fakeArticle('b', 'paper', 'Some 3,200 people in Brackton were forced to flee their homes as a wildfire spread across the Hollin valley on Thursday.');
    const g = compare([a, b]).variants.find((v) => v.byOutlet.wire?.some((w) => w.wording === 'evacuate'));
    expect(g?.byOutlet.paper.map((w) => w.wording)).toContain('flee their homes');
  });

  it('does not pair words of different kinds that only share a gap, but keeps verb-for-verb and noun-for-noun swaps', () => {
    const a = fakeArticle('a', 'wire', 'The ministers stressed the durable nature of their alliance, with its own internal dynamics that would not be affected by outsiders. Officials briefed reporters on the new harbour plan on Tuesday.');
    const b = fakeArticle('b', 'paper', 'The ministers stressed the durable nature of their alliance, which they emphasized is not affected by outsiders. Officials updated reporters on the new harbour plan on Tuesday.');
    const groups = compare([a, b]).variants.map((v) => Object.values(v.byOutlet).flat().map((w) => w.wording).sort());
    expect(groups.some((g) => g.includes('emphasized') && g.includes('internal dynamics'))).toBe(false);
    expect(groups).toContainEqual(['briefed', 'updated']);
  });
});

