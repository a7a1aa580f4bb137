/**
 * Actors on the shapes of real news text (issue 10): what never is an actor, which kind a US
 * state has, which name variants are one person and which relatives stay apart. Own sentences,
 * in several outlet styles (wire, broadsheet "Mr." style, cable-news headline style).
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../normalize/normalize.js';
import { analyze } from '../analyze.js';
import type { ArticleAnalysis } from '../../types/analysis.js';

function run(text: string): ArticleAnalysis {
  return analyze(normalize({ content: text, label: 'inline.txt' }));
}
const names = (a: ArticleAnalysis, kind?: string) => a.actors.filter((x) => !kind || x.kind === kind).map((x) => x.name);
const idOf = (a: ArticleAnalysis, alias: string) => a.actors.filter((x) => x.aliases.includes(alias)).map((x) => x.id);

describe('never an actor', () => {
  it('weekdays and months, alone or glued to a name', () => {
    const a = run('The senator said Tuesday that the vote would wait. On Wednesday, Senate Majority Leader Harold Vance (D-Ore.) said he would wait until January. Hillary Thursday evening spoke to donors, Vance said Friday.');
    for (const bad of ['Tuesday', 'Wednesday', 'Thursday', 'Friday', 'January', 'Hillary Thursday']) expect(names(a)).not.toContain(bad);
    expect(names(a, 'person')).toContain('Harold Vance');
  });

  it('a weekday before a surname leaves the surname', () => {
    const a = run('Justice Ruth Ostrander dissented. In a statement, Tuesday Ostrander wrote that the court had erred.');
    expect(names(a)).not.toContain('Tuesday Ostrander');
    expect(idOf(a, 'Ostrander')).toEqual(['person:ruth-ostrander']);
  });

  it('headline words: UPDATE, BREAKING, EXCLUSIVE and a shouted verb before a name', () => {
    const a = run('UPDATE: The governor signed the bill on Monday.\n\nBREAKING: Markell Dunlow resigns.\n\nEXCLUSIVE: Aides say the plan is dead.\n\nFIRED Edgar Pomeroy told reporters he would appeal. Pomeroy said he was stunned.');
    for (const bad of ['UPDATE', 'BREAKING', 'EXCLUSIVE', 'FIRED Edgar Pomeroy']) expect(names(a)).not.toContain(bad);
    expect(idOf(a, 'Pomeroy')).toEqual(['person:edgar-pomeroy']);
  });

  it('bill and product codes, party-state codes and contractions', () => {
    const a = run('Lawmakers passed SB1062 on a party-line vote. The F-35 program ran over budget, said Sen. Carla Mendez (R-Texas). "I\'m not done," Mendez said. Rep. Tom Okafor (D-Calif.) agreed.');
    for (const bad of ['SB1062', 'F-35', 'R-Texas', 'D-Calif', "I'm"]) expect(names(a)).not.toContain(bad);
    expect(names(a, 'person')).toEqual(expect.arrayContaining(['Carla Mendez', 'Tom Okafor']));
  });

  it('a plural title before names is a label, not part of a name', () => {
    const a = run('Senators Dana Whitcomb and Ron Abernathy wrote the letter. Reps. Lena Ortiz and Paul Greer signed it.');
    for (const bad of ['Senators Dana Whitcomb', 'Reps. Lena Ortiz']) expect(names(a)).not.toContain(bad);
    expect(names(a, 'person')).toEqual(expect.arrayContaining(['Dana Whitcomb', 'Lena Ortiz']));
  });
});

describe('kinds', () => {
  it('US states are places, not persons, in any position', () => {
    const a = run('Arizona passed the law. Governor Jan Holt of Arizona signed it, and Ohio and Nevada weighed similar bills. "Nevada is next," Holt said. Texas sued.');
    for (const s of ['Arizona', 'Ohio', 'Nevada', 'Texas']) expect(idOf(a, s)).toEqual([`place:${s.toLowerCase()}`]);
  });

  it('parties: Democrats and Republicans are groups, the GOP an organization, "a South Carolina Republican" no person', () => {
    const a = run('Democrats said the bill would fail. Republicans disagreed, and the GOP leadership scheduled a vote. Tom Reyes, a South Carolina Republican, voted no.');
    expect(idOf(a, 'Democrats')).toEqual(['group:democrats']);
    expect(idOf(a, 'Republicans')).toEqual(['group:republicans']);
    expect(idOf(a, 'GOP')).toEqual(['organization:republican-party']);
    expect(names(a, 'person')).not.toContain('South Carolina Republican');
  });

  it('"the Romney campaign" and "the Obama administration" are organizations of the person', () => {
    const a = run('Mitt Romney spoke in Ohio. The Romney campaign said it raised more money. Barack Obama disagreed; the Obama administration said the figures were wrong.');
    expect(names(a, 'organization')).toEqual(expect.arrayContaining(["Mitt Romney's campaign", "Barack Obama's administration"]));
  });
});

describe('one person, several names', () => {
  it('a short first name and a middle initial: Jim / James A. Baker', () => {
    const a = run('James A. Baker met the envoy on Monday. Later, Jim Baker told reporters the talks went well. Baker left at noon.');
    expect(new Set([...idOf(a, 'James A. Baker'), ...idOf(a, 'Jim Baker'), ...idOf(a, 'Baker')]).size).toBe(1);
  });

  it('a middle initial: John F. Kerrigan / John Kerrigan', () => {
    const a = run('Secretary of State John F. Kerrigan flew to Geneva. John Kerrigan said the talks would take days.');
    expect(new Set([...idOf(a, 'John F. Kerrigan'), ...idOf(a, 'John Kerrigan')]).size).toBe(1);
  });

  it('X Jr. with only one person of that name in the story joins X and the surname', () => {
    const a = run('Attorney General Eric H. Holden Jr. testified on Thursday. Mr. Holden said the memo was lawful. Eric Holden later left the hearing.');
    const ids = new Set([...idOf(a, 'Eric H. Holden Jr.'), ...idOf(a, 'Holden'), ...idOf(a, 'Eric Holden')]);
    expect(ids.size).toBe(1);
  });

  it('father and son of one name stay apart; the bare surname goes to the main person', () => {
    const a = run('Donald Varga announced his campaign. Varga said he would win. His son, Donald Varga Jr., joined him on stage. Varga thanked the crowd, and Varga promised jobs.');
    const senior = idOf(a, 'Donald Varga');
    const junior = idOf(a, 'Donald Varga Jr.');
    expect(senior).toHaveLength(1);
    expect(junior).toHaveLength(1);
    expect(senior[0]).not.toBe(junior[0]);
    const surname = a.actors.find((x) => x.id === senior[0])!.mentions.filter((m) => m.text === 'Varga');
    expect(surname).toHaveLength(3);
  });

  it('husband and wife: a bare surname goes to the person the story is about, not the one named last', () => {
    const a = run('Senator Paul Brandt introduced the bill. Brandt said it would pass. Brandt spoke for an hour. He was joined by his wife, Ellen Brandt. Brandt then took questions.');
    const paul = a.actors.find((x) => x.name === 'Paul Brandt')!;
    expect(paul.mentions.filter((m) => m.text === 'Brandt')).toHaveLength(3);
  });

  it('surname first: Li Qiang / Li', () => {
    const a = run('Premier Li Qiang arrived in Berlin. Li said trade would grow.');
    expect(idOf(a, 'Li')).toEqual(['person:li-qiang']);
  });

  it('a hyphenated role word: "Defense Secretary-designate Chuck Hagerty"', () => {
    const a = run('Defense Secretary-designate Chuck Hagerty faced the committee. Hagerty said he would serve.');
    expect(names(a, 'person')).toContain('Chuck Hagerty');
    expect(names(a)).not.toContain('designate Chuck Hagerty');
    const label = a.actors.find((x) => x.name === 'Chuck Hagerty')!.mentions[0].label;
    expect(label?.text).toBe('Defense Secretary-designate');
  });

  it('a possessive is the name, never its own actor', () => {
    const a = run('Donald Trump arrived late. Trump’s speech ran long, and Trump\'s aides waited.');
    expect(names(a)).not.toContain('Trump’s');
    expect(idOf(a, 'Trump')).toEqual(['person:donald-trump']);
  });

  it('a first name alone after the full name', () => {
    const a = run('Hillary Rodham spoke first. Later Hillary told supporters to vote.');
    expect(idOf(a, 'Hillary')).toEqual(['person:hillary-rodham']);
  });
});

describe('names that start with a verb-like word', () => {
  it('"the advocacy group Protect Ohio Families" is one organization, not the state inside it', () => {
    const a = run('A new ad was paid for by the advocacy group Protect Ohio Families, which opposes the deal. The group spent $2 million.');
    expect(names(a, 'organization')).toContain('Protect Ohio Families');
    expect(idOf(a, 'Ohio')).toEqual([]);
  });
});
