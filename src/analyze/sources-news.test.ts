/**
 * Source types on the shapes of real news text (issue 10), one test per row of the decision
 * table in docs/sources.md: wire, other outlet, state media, official, partisan/campaign,
 * expert, document, anonymous, vague; and an outlet is never its own source.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize/normalize.js';
import { analyze } from './analyze.js';
import type { SourceAttribution } from '../types/analysis.js';

function sources(text: string, outlet = 'Test Outlet'): SourceAttribution[] {
  return analyze(normalize({ content: `Headline\n\n${text}`, label: 'inline.txt', meta: { outlet } })).sources;
}
function typeOf(list: SourceAttribution[], phrase: string): string {
  const s = list.find((x) => x.text === phrase || x.text.includes(phrase));
  if (!s) throw new Error(`no source "${phrase}" in ${list.map((x) => `${x.text}:${x.type}`).join(' | ')}`);
  return s.type;
}

describe('source decision table, one row each', () => {
  it('wire: a news agency', () => {
    expect(typeOf(sources('The ministry confirmed the figures, according to Reuters.'), 'Reuters')).toBe('wire');
  });
  it('other outlet: a newspaper named, also as "the Times"', () => {
    const s = sources('The deal was first reported by The Washington Post. The company later told the Times that it would appeal.');
    expect(typeOf(s, 'The Washington Post')).toBe('outlet');
    expect(typeOf(s, 'the Times')).toBe('outlet');
  });
  it('state media', () => {
    expect(typeOf(sources('The launch was a success, Xinhua reported.'), 'Xinhua')).toBe('state-media');
  });
  it('official: a government body, and a named office holder such as an FBI director', () => {
    const s = sources('The State Department said the talks would resume. FBI Director Carl Voss said the inquiry was open.');
    expect(typeOf(s, 'The State Department')).toBe('official');
    expect(typeOf(s, 'Carl Voss')).toBe('official');
  });
  it('partisan/campaign: a campaign, its spokesman and a party committee', () => {
    const s = sources('Mitt Romney spoke in Ohio. A Romney campaign spokesman said the ad was false. The Democratic National Committee said the ad was fair.');
    expect(typeOf(s, 'campaign spokesman')).toBe('partisan');
    expect(typeOf(s, 'Democratic National Committee')).toBe('partisan');
  });
  it('expert: a named person labelled as an expert', () => {
    const s = sources('Nora Piel, a law professor, studied the case. Piel said the ruling was narrow.');
    expect(typeOf(s, 'Piel')).toBe('expert');
  });
  it('document: records, a lawsuit, a complaint', () => {
    const s = sources('Court records show the loan was repaid. The lawsuit says the company knew. The complaint alleges fraud.');
    expect(typeOf(s, 'Court records')).toBe('document');
    expect(typeOf(s, 'The lawsuit')).toBe('document');
  });
  it('anonymous: people briefed on the matter, an unnamed official', () => {
    const s = sources('Two people briefed on the matter said the offer was withdrawn. A law enforcement official said the suspect was local.');
    expect(typeOf(s, 'Two people briefed on the matter')).toBe('anonymous');
    expect(typeOf(s, 'A law enforcement official')).toBe('anonymous');
  });
  it('vague: "some say", "critics"', () => {
    const s = sources('Critics say the plan will fail.');
    expect(typeOf(s, 'Critics')).toBe('anonymous');
  });
});

describe('an outlet is not its own source', () => {
  it('"Fox News has learned", "told Fox News" in a Fox News article', () => {
    const s = sources('Fox News has learned that the memo exists. The senator told Fox News that he had seen it. Reuters reported the same.', 'Fox News');
    expect(s.filter((x) => /Fox News/.test(x.text))).toEqual([]);
    expect(typeOf(s, 'Reuters')).toBe('wire');
  });
  it('"the Times reported" in a New York Times article', () => {
    const s = sources('The Times reported last year that the deal was near. The Washington Post disagreed, the Post said.', 'The New York Times');
    expect(s.filter((x) => /Times/.test(x.text))).toEqual([]);
  });
});

describe('partisan needs campaign or party words, not an organization named "Campaign"', () => {
  it('"Human Rights Campaign President X" is no campaign source', () => {
    const s = sources('Human Rights Campaign President Dale Ortner said the ruling was overdue.');
    expect(s.every((x) => x.type !== 'partisan')).toBe(true);
  });
});
