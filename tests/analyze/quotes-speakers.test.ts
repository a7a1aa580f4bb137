/**
 * Speaker rules of round two (issue 3): split quotes across the attribution sentence, the verb's
 * subject (never a place or body named in an adverbial or complement), first-person texts and
 * interview turns. Small texts of our own; each test names the rule it pins.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/analyze/quotes/index.js';
import type { Quote } from '../../src/types/analysis.js';
import { fromText } from './quotes-helpers.js';

const by = (quotes: Quote[], words: string) => {
  const q = quotes.find((x) => x.text.startsWith(words));
  if (!q) throw new Error(`no quote starting "${words}" in ${quotes.map((x) => x.text.slice(0, 30)).join(' | ')}`);
  return q;
};

describe('split quotes', () => {
  it('"A," said X, an appositive. "B." is one quote with two parts', () => {
    const t = '"We have waited two years," said Ingrid Vossberg, head of the dockers\' union. "The company has given us nothing."';
    const [q, ...rest] = findQuotes(fromText(t));
    expect(rest).toEqual([]);
    expect(q.parts.map((p) => t.slice(p.start, p.end))).toEqual(['We have waited two years,', 'The company has given us nothing.']);
    expect(q.speaker?.name).toBe('Ingrid Vossberg');
  });

  it('a next quote with its own attribution, or after a completed quote, stays separate', () => {
    const own = findQuotes(fromText('"We will appeal," said Anna Holm. "It is unfair," her lawyer Jon Berg added.'));
    expect(own).toHaveLength(2);
    expect(own[1].speaker?.name).toContain('Berg');
    const before = findQuotes(fromText('Anna Holm said the ruling was "unfair". "We will appeal."'));
    expect(before).toHaveLength(2);
  });

  it('"A," X told reporters near the river, adding: "B." is one quote by X, not by a place', () => {
    const q = findQuotes(fromText('"We remain open to talks," Nordhavn chief executive Pieter Stam told reporters near the Elbe River, adding: "But we will not be held hostage."'));
    expect(q).toHaveLength(1);
    expect(q[0].parts).toHaveLength(2);
    expect(q[0].speaker?.name).toBe('Pieter Stam');
  });
});

describe('the speaker is the subject of the attribution verb', () => {
  it('not a body named in a complement or adverbial', () => {
    const q = findQuotes(fromText('Speaking at the Karstad Institute on Monday, the economist Marit Olsen said: "Nobody wins from a long dispute."'));
    expect(q[0].speaker?.name).toBe('Marit Olsen');
    const c = findQuotes(fromText('"Nobody wins," said Marit Olsen at the Karstad Institute.'));
    expect(c[0].speaker?.name).toBe('Marit Olsen');
  });

  it('an appositive and a coordinated verb keep the subject for every partial quote', () => {
    const t = 'Sir Alan Petrie, the former planning minister, described the clause as "a developer\'s charter" and said it had been "drafted in haste".';
    const q = findQuotes(fromText(t));
    expect(q.map((x) => [x.text, x.kind, x.speaker?.name])).toEqual([
      ["a developer's charter", 'partial', 'Alan Petrie'],
      ['drafted in haste', 'partial', 'Alan Petrie'],
    ]);
  });

  it('a possessive name modifies the speaking noun: "Ormond\'s office" speaks, not Ormond', () => {
    const q = findQuotes(fromText('Rachel Ormond spoke first. Ormond\'s office later called the remarks "predictable".'));
    expect(q[0].speaker?.name).toMatch(/Ormond's office$/);
    expect(q[0].speaker?.actorId).not.toBe('person:rachel-ormond');
  });

  it('"X called it "reckless"" is a partial quote by X, not a scare quote', () => {
    const q = findQuotes(fromText('The transport chief, Paulo Mendes, called the plan "reckless" last week.'));
    expect(q[0]).toMatchObject({ kind: 'partial' });
    expect(q[0].speaker?.name).toBe('Paulo Mendes');
  });

  it('a jointly agreed designation is a name with no speaker', () => {
    const q = findQuotes(fromText('The two sides agreed to designate next year as the "Year of Green Development".'));
    expect(q[0]).toMatchObject({ kind: 'scare', speaker: null });
  });
});

describe('first person and transcripts', () => {
  it('"I told Mrs Patel: ..." is the author (byline), never the addressee', () => {
    const t = 'I told the councillor in charge, Mrs Priya Patel: "You are going to kill the high street."\n\n"People on bikes stop more often," she said.';
    const q = findQuotes(fromText(t), { author: ['Hannah Greer'] });
    expect(q[0].speaker).toMatchObject({ name: 'Hannah Greer', actorId: null, method: 'author' });
    expect(q[1].speaker?.name).toBe('Priya Patel');
    expect(findQuotes(fromText(t))[0].speaker).toMatchObject({ name: 'the author', method: 'author' });
  });

  it('Q:/A: turns: quoted words in an answer are the interviewee\'s; an attributed quote keeps its speaker', () => {
    const t = [
      'Mayor Elena Ruiz has led Porto Vale since 2022. Elena Ruiz spoke to us about fares.',
      'Q: Your transport chief, Paulo Mendes, called the plan "reckless" last week.',
      'A: I told him: "Show me a better plan and I\'ll back it."',
      'Q: Will fares rise?',
      'A: "Not while I am mayor." I mean it.',
    ].join('\n\n');
    const q = findQuotes(fromText(t));
    expect(by(q, 'reckless').speaker?.name).toBe('Paulo Mendes');
    expect(by(q, 'Show me').speaker).toMatchObject({ name: 'Elena Ruiz', method: 'turn' });
    expect(by(q, 'Not while').speaker).toMatchObject({ name: 'Elena Ruiz', method: 'turn' });
  });

  it('NAME: turns (upper case or repeated title case) name their speaker', () => {
    const t = ['Tomas Brekke leads the nurses\' union.', 'HOST: What would end it?', 'BREKKE: "A written offer, with dates." That is all.', 'HOST: And then?', 'BREKKE: As I said at the rally: "We are not going back for promises."'].join('\n\n');
    const q = findQuotes(fromText(t));
    expect(q.map((x) => x.speaker?.name)).toEqual(['Tomas Brekke', 'Tomas Brekke']);
    const d = ['Dara Quinn runs a bakery.', 'Host: Busy week?', 'Dara: "Never busier." We sold out.', 'Host: Why?', 'Dara: The new tram line.'].join('\n\n');
    expect(findQuotes(fromText(d))[0].speaker?.name).toBe('Dara Quinn');
  });

  it('"Holm was blunt: ..." gives the quote to the person the clause is about', () => {
    const q = findQuotes(fromText('Union leader Anna Holm was blunt: "This offer is an insult."'));
    expect(q[0].speaker?.name).toMatch(/Holm$/);
    expect(q[0].speaker?.method).toBe('colon');
    // A clause about a thing gives no speaker.
    expect(findQuotes(fromText('The message on the banner was simple: "Hands off our buses."'))[0].speaker).toBeNull();
  });
});
