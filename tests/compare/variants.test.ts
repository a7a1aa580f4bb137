/** Variant discovery units: substitution filters, slot variants, no groups without a difference. */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import { defaultStopWords, wordTokens } from '../../src/compare/tokens/words.js';
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
        framing: [...t.matchAll(/ceasefire|truce/g)].map((m) => ({
          start: m.index!,
          end: m.index! + m[0].length,
          text: m[0],
          category: 'concept-variant',
          entry: m[0],
          concept: 'ceasefire-naming',
          valence: null,
          lexicon: 'test',
          sentence: 0,
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
