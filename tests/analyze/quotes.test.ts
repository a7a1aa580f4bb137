import { describe, expect, it } from 'vitest';
import { findQuotes, findQuotesWithWarnings, scanQuoteMarks } from '../../src/analyze/quotes/index.js';
import type { Quote } from '../../src/types/analysis.js';
import { dev, fromText, seed } from './quotes-helpers.js';

function quoteStarting(quotes: Quote[], words: string): Quote {
  const q = quotes.find((x) => x.text.startsWith(words));
  if (!q) throw new Error(`no quote starting "${words}" in ${quotes.map((x) => x.text.slice(0, 30)).join(' | ')}`);
  return q;
}

describe('quotation marks', () => {
  const spans = (t: string) => scanQuoteMarks(t).quotes.map((q) => q.parts.map((p) => t.slice(p.start, p.end)));

  it('finds curly, straight and single curly quotes but not apostrophes', () => {
    expect(spans('He said “no way” today.')).toEqual([['no way']]);
    expect(spans('He said "no way" today.')).toEqual([['no way']]);
    expect(spans('China’s Xi affirms ‘no limits’ partnership with Russia’s Putin')).toEqual([['no limits']]);
    expect(spans("Xi reaffirms 'unbounded' partnership with Russia's Putin")).toEqual([['unbounded']]);
    expect(spans('The leaders’ talks and Russia’s war')).toEqual([]);
  });

  it('a plural possessive inside a single-quoted quote does not close it', () => {
    expect(spans('‘The workers’ rights come first,’ she said.')).toEqual([['The workers’ rights come first,']]);
    expect(spans("'Our members' jobs are at stake,' he said.")).toEqual([["Our members' jobs are at stake,"]]);
  });

  it('keeps a nested quote inside its outer quote', () => {
    const t = '“He called it ‘a disaster’ for us,” she said.';
    expect(spans(t)).toEqual([['He called it ‘a disaster’ for us,']]);
  });

  it('joins a quote whose opening mark is repeated at the next paragraph', () => {
    const t = '“First paragraph of remarks. It goes on.\n\n“Second paragraph ends here,” he said.';
    const s = scanQuoteMarks(t);
    expect(s.quotes).toHaveLength(1);
    expect(s.quotes[0].parts.map((p) => t.slice(p.start, p.end))).toEqual(['First paragraph of remarks. It goes on.', 'Second paragraph ends here,']);
    expect(s.unbalanced).toEqual([]);
  });

  it('recovers unbalanced marks at the end of the sentence and reports them', () => {
    const t = 'China backed efforts to “defuse the crisis. Then it left.\n\nNext paragraph.';
    const s = scanQuoteMarks(t);
    expect(s.quotes.map((q) => t.slice(q.parts[0].start, q.parts[0].end))).toEqual(['defuse the crisis.']);
    expect(s.quotes[0].unbalanced).toBe(true);
    expect(s.unbalanced).toEqual([{ start: t.indexOf('“'), end: t.indexOf('“') + 1, kind: 'unclosed' }]);
  });

  it('never throws on mark soup', () => {
    for (const t of ['"', '“', '”', '"""', '‘’’‘', '“a “b ”c” d', '"\n"\n"', '']) expect(() => scanQuoteMarks(t)).not.toThrow();
  });
});

describe('findQuotes on the seeds', () => {
  it('002: the "biggest beneficiary" quote is Chung Chih-tung, told The Epoch Times', () => {
    const ctx = seed('002');
    const q = quoteStarting(findQuotes(ctx), 'China appears to be the biggest beneficiary of this war in Europe');
    expect(q.kind).toBe('direct');
    expect(q.speaker?.name).toBe('Chung Chih-tung');
    expect(q.speaker?.actorId).toBe('person:chung-chih-tung');
    expect(q.verb).toBe('told');
    expect(q.via).toBe('The Epoch Times');
    expect(q.text).toBe(ctx.text.slice(q.start, q.end));
    expect(ctx.text.slice(q.outerStart, q.outerEnd)).toBe(`“${q.text}”`);
  });

  it('002: the "little brother" quote and its second paragraph are Vance', () => {
    const quotes = findQuotes(seed('002'));
    const q = quoteStarting(quotes, 'It’s not in Putin’s interest to be the little brother');
    expect(q.speaker?.name).toBe('Vance');
    expect(q.speaker?.actorId).toBe('person:jd-vance');
    expect(q.speaker?.method).toBe('adjacent');
    expect(q.via).toBe('The Wall Street Journal');
    const next = quoteStarting(quotes, 'There are economic relationships');
    expect(next.speaker?.actorId).toBe('person:jd-vance');
    expect(next.speaker?.method).toBe('paragraph-continuation');
  });

  it('003: "strong internal driving force" is Xi via the Chinese account; the next paragraph continues Xi', () => {
    const quotes = findQuotes(seed('003'));
    const q = quoteStarting(quotes, 'Our bilateral relationship has a strong internal driving force');
    expect(q.kind).toBe('direct');
    expect(q.speaker?.actorId).toBe('person:xi-jinping');
    expect(q.verb).toBe('told');
    expect(q.via).toBe('the official Chinese account of the call');
    const cont = quoteStarting(quotes, 'No matter how the international landscape changes');
    expect(cont.speaker?.actorId).toBe('person:xi-jinping');
    expect(cont.speaker?.method).toBe('paragraph-continuation');
  });

  it('003: "strategic choice" is Putin via the Chinese readout; "the readout said" is a document speaker', () => {
    const quotes = findQuotes(seed('003'));
    const framed = quoteStarting(quotes, 'President Putin said that Russia attaches great importance');
    expect(framed.speaker?.actorId).toBe('person:vladimir-putin');
    expect(framed.speaker?.method).toBe('source');
    expect(framed.via).toBe('the Chinese readout of the call');
    const q = quoteStarting(quotes, 'Developing relations with China is a strategic choice');
    expect(q.speaker?.actorId).toBe('person:vladimir-putin');
    expect(q.speaker?.method).toBe('paragraph-continuation');
    expect(q.via).toBe('the Chinese readout of the call');
    const readout = quoteStarting(quotes, 'The President of China expressed his support');
    expect(readout.speaker).toMatchObject({ actorId: null, name: 'the readout', method: 'source' });
  });

  it('003: Trump\'s partial quote "going to have to un-unite them"', () => {
    const q = quoteStarting(findQuotes(seed('003')), 'going to have to un-unite them');
    expect(q.kind).toBe('partial');
    expect(q.speaker?.actorId).toBe('person:donald-trump');
  });

  it('001: "Sino-Russian relations ..." is Xi, via the state-media report; unbalanced marks are warned about', () => {
    const ctx = seed('001');
    const { quotes, warnings } = findQuotesWithWarnings(ctx);
    const q = quoteStarting(quotes, 'Sino-Russian relations have a strong internal driving force');
    expect(q.kind).toBe('direct');
    expect(q.speaker?.actorId).toBe('person:xi-jinping');
    expect(q.via).toBe('an official report published by Chinese state media');
    const marks = warnings.filter((w) => w.code === 'UNBALANCED_QUOTES').map((w) => ctx.text.slice(w.start, w.start + 12));
    expect(marks).toEqual(['“defuse the ', '"third party', '"are good ne', '"friends of ']);
    // The recovered quote stops at its sentence end and does not swallow the next paragraph.
    expect(quoteStarting(quotes, 'third party').text).toBe('third party.');
  });

  it('001 and 004 report Gabuev without quotation marks: no quote is invented for him', () => {
    for (const id of ['001', '004']) {
      const ctx = seed(id);
      expect(ctx.text).toContain('Gabuev');
      expect(findQuotes(ctx).filter((q) => q.speaker?.name.includes('Gabuev'))).toEqual([]);
    }
  });

  it('scare and partial quotes: "boundless" and "friends of peace" are scare, "long-term" and "no limits" partial', () => {
    const q001 = findQuotes(seed('001'));
    expect(quoteStarting(q001, 'boundless')).toMatchObject({ kind: 'scare', speaker: null, unattributedReason: 'scare quote' });
    expect(quoteStarting(q001, 'friends of peace').kind).toBe('scare');
    expect(quoteStarting(q001, 'long-term').kind).toBe('partial');
    const q002 = findQuotes(seed('002'));
    expect(quoteStarting(q002, 'no limits')).toMatchObject({ kind: 'partial', verb: 'declared' });
  });

  it('004: "He described ..." resolves the pronoun to Xi', () => {
    const q = quoteStarting(findQuotes(seed('004')), 'good neighbors that cannot be moved apart');
    expect(q.speaker).toMatchObject({ actorId: 'person:xi-jinping', method: 'pronoun', name: 'Xi Jinping' });
    expect(seed('004').text.slice(q.speaker!.start, q.speaker!.end)).toBe('He');
  });

  it('ids run in text order and are stable', () => {
    const a = findQuotes(seed('003'));
    const b = findQuotes(seed('003'));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.map((q) => q.id)).toEqual(a.map((_, i) => `q${i + 1}`));
    for (let i = 1; i < a.length; i++) expect(a[i].outerStart).toBeGreaterThan(a[i - 1].outerStart);
  });
});

describe('findQuotes on dev texts (other events, other styles)', () => {
  it('wire story: speaker after the quote with a lower-case lead-in, a follow-up sentence, inverted "said X"', () => {
    const quotes = findQuotes(dev('strike-wire.txt'));
    // `"A," X told reporters ... "B."`: the same speaker goes on after the attribution sentence: one quote, two parts.
    const split = quoteStarting(quotes, 'We have been left with no choice');
    expect(split.speaker?.actorId).toBe('person:claus-weselsky');
    expect(split.text).toBe('We have been left with no choice, … The management has refused every serious offer.');
    const inv = quoteStarting(quotes, 'This strike is an attack');
    expect(inv).toMatchObject({ kind: 'direct', verb: 'said' });
    expect(inv.speaker?.actorId).toBe('person:martin-seiler');
    expect(quoteStarting(quotes, 'holding the country hostage').speaker?.actorId).toBe('person:martin-seiler');
    const colon = quoteStarting(quotes, 'The economy cannot afford');
    expect(colon.speaker).toMatchObject({ actorId: 'person:volker-wissing', method: 'pronoun' });
    expect(colon.verb).toBe('warned');
  });

  it('broadsheet: British single quotes over three paragraphs, a pronoun with a colon, so-called scare quote', () => {
    const quotes = findQuotes(dev('election-broadsheet.txt'));
    const multi = quoteStarting(quotes, 'We will fix the buses first');
    expect(multi.parts).toHaveLength(2);
    expect(multi.text).toBe('We will fix the buses first. Then we will fix the housing list. … And we will do it together, street by street.');
    expect(multi.speaker?.actorId).toBe('person:amara-okafor');
    expect(quoteStarting(quotes, 'I called Amara').speaker).toMatchObject({ actorId: 'person:daniel-price', method: 'pronoun' });
    expect(quoteStarting(quotes, "people's manifesto").kind).toBe('scare');
    expect(quoteStarting(quotes, 'hold her to every promise').speaker).toMatchObject({ actorId: null, name: 'A Labour spokesman' });
  });

  it('tabloid: "it said" after a ministry statement, relative "which described", "said X, 24, a student"', () => {
    const quotes = findQuotes(dev('protest-tabloid.txt'));
    expect(quoteStarting(quotes, 'They charged at us').speaker?.actorId).toBe('person:leila-haddad');
    expect(quoteStarting(quotes, 'Violence against police').speaker).toMatchObject({ method: 'source', actorId: null });
    expect(quoteStarting(quotes, 'foreign-funded agitators').speaker?.name).toBe('state television');
    expect(quoteStarting(quotes, 'RIOT').kind).toBe('scare');
  });

  it('split quote "A," X said, "B" is one quote with two parts', () => {
    const t = 'Officials met on Monday.\n\n“We are ready to talk,” Maria Lopez said, “but not at any price.”';
    const quotes = findQuotes(fromText(t));
    expect(quotes).toHaveLength(1);
    expect(quotes[0].parts.map((p) => t.slice(p.start, p.end))).toEqual(['We are ready to talk,', 'but not at any price.']);
    expect(quotes[0].speaker?.name).toBe('Maria Lopez');
    expect(quotes[0].kind).toBe('direct');
  });

  it('a statement that "read" and its next sentence form one split quote; two partial quotes joined by "and would"', () => {
    const a = findQuotes(fromText('"We are not afraid," the statement read. "We will return."'));
    expect(a.map((q) => [q.text, q.parts.length, q.speaker?.name, q.speaker?.method, q.kind])).toEqual([
      ['We are not afraid, … We will return.', 2, 'the statement', 'source', 'direct'],
    ]);
    const b = findQuotes(fromText('The mayor, Ana Costa, told reporters that the city was "open for business" and would "never close again."'));
    expect(b.map((q) => [q.text, q.speaker?.actorId, q.kind])).toEqual([
      ['open for business', 'person:ana-costa', 'partial'],
      ['never close again.', 'person:ana-costa', 'partial'],
    ]);
  });

  it('unattributed quotes keep a reason; an unresolvable pronoun is not guessed', () => {
    const quotes = findQuotes(fromText('“This cannot go on any longer, not for one more day.”\n\n“It is over,” he said.'));
    expect(quotes[0]).toMatchObject({ speaker: null, unattributedReason: 'no attribution verb in sentence' });
    expect(quotes[1].speaker).toBeNull();
    expect(quotes[1].unattributedReason).toBe('pronoun "he" has no fitting antecedent');
  });
});
