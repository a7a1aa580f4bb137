import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/normalize.js';
import { expectNothingLost } from './helpers.js';

const one = (content: string) => normalize({ content, label: 'one.txt' });

describe('boilerplate never takes the body', () => {
  // One-paragraph articles whose only paragraph looks like a credit, caption or stamp at first sight.
  it.each([
    'Most voters in the country now back the new climate bill, according to a Reuters/Ipsos poll released Wednesday.',
    'Support for the governing party fell to 31 percent in March, its lowest level in a decade, according to an AP-NORC survey published on Friday.',
    'Photograph: the bridge collapsed on Tuesday after days of heavy rain, and officials said at least twelve people were still missing.',
    'Image: satellite pictures showed a long line of trucks waiting at the border crossing for the third day in a row.',
    'Copyright holders have warned that the new law would make it harder for them to be paid for their work online.',
    'In this photo released by the ministry, the president is seen meeting soldiers, but officials said the picture was two years old.',
  ])('keeps the only paragraph: %s', (text) => {
    const a = one(text);
    expect(a.text).toBe(text);
    expect(a.removed).toEqual([]);
    expectNothingLost(a);
  });

  it('a wire named inside a sentence is a citation, not a credit line', () => {
    const a = one('Turnout was expected to be high.\n\nMost voters back the bill, according to a Reuters/Ipsos poll released Wednesday.');
    expect(a.paragraphs).toHaveLength(2);
    expect(a.citations.filter((c) => c.kind === 'wire').map((c) => c.text)).toEqual(['Reuters']);
  });

  it('real credit lines still go when there is a body', () => {
    const a = one('The river burst its banks overnight, the mayor said.\n\nREUTERS/Jane Doe\n\nPhoto: John Roe/AFP\n\n© 2025 Example News. All rights reserved.');
    expect(a.text).toBe('The river burst its banks overnight, the mayor said.');
    expect(a.removed.map((r) => r.rule)).toEqual(['photo-credit-agency-name', 'photo-credit-label', 'copyright']);
  });

  it('when every line matches a rule, the longest prose line stays and the rest is recorded', () => {
    const a = one('Share\n\nPhoto: John Roe/AFP\n\nIn this photo taken on Monday, rescuers carry a man out of the flooded station in the town centre.');
    expect(a.text).toBe('In this photo taken on Monday, rescuers carry a man out of the flooded station in the town centre.');
    expect(a.removed.map((r) => r.rule)).toEqual(['share', 'photo-credit-label']);
    expectNothingLost(a);
  });

  it('a related-posts block that would be the whole article keeps its prose line', () => {
    const a = one('Related coverage\n\nThe council voted to close the library at the end of the year despite a petition signed by thousands');
    expect(a.text).toBe('The council voted to close the library at the end of the year despite a petition signed by thousands');
    expect(a.removed.map((r) => r.rule)).toEqual(['related-posts']);
  });

  it('only boilerplate and no prose is still NO_BODY', () => {
    expect(() => one('Share\n\nTweet\n\nPhoto: John Roe/AFP')).toThrow(expect.objectContaining({ code: 'NO_BODY' }));
  });
});

describe('invisible characters are recorded, not dropped', () => {
  it('soft hyphens in plain text and as HTML entities are removed[] entries with their raw text', () => {
    const t = one('Die Bundes\u00adregierung hat am Montag einen neuen Haus\u00adhalt beschlossen, sagte ein Sprecher.');
    expect(t.text).toBe('Die Bundesregierung hat am Montag einen neuen Haushalt beschlossen, sagte ein Sprecher.');
    expect(t.removed.map((r) => [r.rule, r.text])).toEqual([['soft-hyphen', '\u00ad'], ['soft-hyphen', '\u00ad']]);
    expectNothingLost(t);
    const h = normalize({ content: '<html><body><article><p>The govern&shy;ment said on Monday that the new budget would pass.</p></article></body></html>', label: 'h.html' });
    expect(h.text).toBe('The government said on Monday that the new budget would pass.');
    expect(h.removed.filter((r) => r.rule === 'soft-hyphen').map((r) => r.text)).toEqual(['&shy;']);
  });
});
