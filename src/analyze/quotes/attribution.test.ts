/** Each attribution strategy names itself in `Quote.rule`, and the recent speaker is passed, not kept. */
import { describe, expect, it } from 'vitest';
import { buildContext } from '../context.js';
import { findQuotes } from './index.js';

const quotes = (text: string) => findQuotes(buildContext({ id: 't', text, paragraphs: [] }));
const one = (text: string, starts: string) => {
  const q = quotes(text).find((x) => x.text.startsWith(starts));
  if (!q) throw new Error(`no quote starting ${starts}`);
  return q;
};

describe('attribution strategies carry their rule id', () => {
  it('speaker after / before / according to / colon / dash', () => {
    const after = one('"We will rebuild the bridge by spring," Mayor Ana Costa said on Monday.', 'We will');
    expect([after.speaker?.name, after.rule]).toEqual(['Ana Costa', 'quote.attribution.after']);
    const before = one('Mayor Ana Costa said on Monday that the city would "rebuild the bridge by spring and open it to buses."', 'rebuild');
    expect([before.speaker?.name, before.rule]).toEqual(['Ana Costa', 'quote.attribution.before']);
    const acc = one('The bridge will "reopen to buses before the summer holidays begin," according to the transport ministry.', 'reopen');
    expect([acc.speaker?.method, acc.rule]).toEqual(['according-to', 'quote.attribution.according-to']);
    const colon = one('Ana Costa was blunt: "Nobody will cross that bridge until it is safe."', 'Nobody');
    expect([colon.speaker?.name, colon.rule]).toEqual(['Ana Costa', 'quote.attribution.colon']);
    const dash = one('"We will not back down." — Maria Lopes, union spokeswoman', 'We will not');
    expect([dash.speaker?.name, dash.rule]).toEqual(['Maria Lopes', 'quote.attribution.dash']);
  });

  it('unattributed and scare quotes say so', () => {
    const qs = quotes('The council approved a "bold" plan. "Nobody knows what happens next, and nobody will tell us."');
    expect(qs.map((q) => q.rule)).toEqual(['quote.scare', 'quote.unattributed']);
  });

  it('continuations name the continuation rule', () => {
    const qs = quotes('"We will rebuild the bridge," Ana Costa told reporters. "It will take a year at least."\n\n"And it will cost more than anyone wants to pay."');
    expect(qs.map((q) => [q.speaker?.name, q.rule])).toEqual([
      ['Ana Costa', 'quote.attribution.after'],
      ['Ana Costa', 'quote.attribution.paragraph-continuation'],
    ]);
  });

  it('"she said" takes up the person quoted just before, passed along explicitly', () => {
    const text = 'Ana Costa met Teresa Okafor at the bridge. "It is safe now," Okafor said. "We checked every bolt twice," she said.';
    const q = one(text, 'We checked');
    expect([q.speaker?.name, q.speaker?.method]).toEqual(['Teresa Okafor', 'pronoun']);
    // The same quote analyzed twice gives the same answer: no state leaks between runs.
    expect(one(text, 'We checked').speaker?.name).toBe('Teresa Okafor');
  });
});
