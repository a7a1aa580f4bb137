/**
 * Speaker defect classes of the clause around a quote (issue 10, round 4), each on our own
 * sentences in several outlet styles: a first name or surname the tagger reads as a verb ("Ted",
 * "Josh", "Lynch") inside a speaker's name; a party-state aside that names a place; a participle
 * clause whose subject is the main clause's (not an infinitive's object, not the addressee); a
 * fronted participle ("Calling X a '...', Y said"); an adverbial set off by commas between subject
 * and verb; NYT-archive quotes written with two apostrophes (''...'').
 */
import { describe, expect, it } from 'vitest';
import { buildContext } from '../context.js';
import { findQuotes } from './index.js';
import type { Quote } from '../../types/analysis.js';

const quotes = (text: string) => findQuotes(buildContext({ id: 't', text, paragraphs: [] }));
function quote(text: string, starts: string): Quote {
  const q = quotes(text).find((x) => x.text.startsWith(starts));
  if (!q) throw new Error(`no quote starting "${starts}" in: ${text}`);
  return q;
}
const who = (text: string, starts: string) => quote(text, starts).speaker?.name ?? null;

describe('a name word the tagger reads as a verb stays part of the speaker', () => {
  it.each([
    ['"We will appeal this ruling to the full court," Lynch said.', 'We will appeal', 'Lynch'],
    ['"We will appeal this ruling to the full court," Sue Lynch said on Monday.', 'We will appeal', 'Sue Lynch'],
    ['"The veto stands, and nothing in the bill changes that," White House press secretary Josh Earnest said at a briefing Monday.', 'The veto stands', 'Josh Earnest'],
    ['Rep. Ted Marlow (R-Ohio) on Tuesday lashed out at Governor Dana Pike, accusing her of hiding "a budget hole the size of a canyon."', 'a budget hole', 'Ted Marlow'],
  ])('%s', (text, starts, speaker) => {
    expect(who(text, starts)).toBe(speaker);
  });

  it('a state in a party-state aside is never the speaker', () => {
    const text = 'Sen. Ruth Calder (D-Vt.) on Friday took aim at the governor, accusing him of "playing games with the lives of families."';
    expect(who(text, 'playing games')).toBe('Ruth Calder');
  });
});

describe('a participle clause shares the main clause subject', () => {
  it('after an auxiliary main verb ("did not back down, saying,")', () => {
    const text = 'Asked whether he meant that Governor Pike lacked compassion, Mr. Hale did not back down, saying, "I think the governor has a very bad record on schools."';
    expect(who(text, 'I think the governor')).toBe('Hale');
  });

  it('an auxiliary inside a complement clause is not the main verb', () => {
    const text = 'Ms Ortiz told the council that the plan was "a mistake", adding that a city which grows "must also, in fairness to renters, build more homes".';
    expect(who(text, 'must also')).toBe('Ortiz');
    const wire = 'Velthuis said the board would publish a revised plan "within days" but warned that the cuts would remain "deep and painful".';
    expect(who(wire, 'deep and')).toBe('Velthuis');
  });

  it('an infinitive between the main verb and the participle names no subject', () => {
    const text = 'Governor Amy Ruiz formally endorsed Tom Beck to succeed her in the statehouse on Monday, saying he has the "grit" for the job.';
    expect(who(text, 'grit')).toBe('Amy Ruiz');
  });

  it('the object of the main verb is the addressee, not the speaker (wire style)', () => {
    const text = 'It came after Okafor publicly chided Lind on Friday for the lack of progress to date, accusing the senator of having "wasted another month of everyone\'s time."';
    expect(who(text, 'wasted another')).toBe('Okafor');
  });

  it('a participle after the quote takes the subject before it, not the empty inverted slot', () => {
    const text = 'In a statement, Arden Mining said: "The mine was profitable when it became an independent company," adding that its value had doubled.';
    expect(who(text, 'The mine was')).toBe('Arden Mining');
  });
});

describe('a fronted participle: the speaker is the main clause subject after the quote', () => {
  it.each([
    ['Calling the mayor a "reckless gambler with public money," Ms. Ortiz told reporters she would vote no.', 'reckless gambler', 'Ortiz'],
    ['Describing the deal as "a disaster for every worker in this state," Senator Paul Grady said he would oppose it.', 'a disaster', 'Paul Grady'],
  ])('%s', (text, starts, speaker) => {
    expect(who(text, starts)).toBe(speaker);
  });
});

describe('an adverbial set off by commas stands between the subject and "said"', () => {
  it.each([
    ['Democratic nominee Dana Pike, at a later press gaggle, said, "I have been briefed about the fires in the north."', 'I have been briefed', 'Dana Pike'],
    ['Mayor Ana Costa, in a statement released Friday, said "the city will rebuild every home it lost."', 'the city will', 'Ana Costa'],
  ])('%s', (text, starts, speaker) => {
    expect(who(text, starts)).toBe(speaker);
  });
});

describe("quotes written with two apostrophes (''...'', NYT archive style)", () => {
  it('read as double quotes: the attribution and the follow-up sentence', () => {
    const text = "Vice President Dana Pike spoke at the college. ''Tell that to the janitor in here who is paying taxes,'' Ms. Pike said. ''Tell that to your mothers and fathers.''";
    const qs = quotes(text);
    expect(qs.map((q) => q.text)).toEqual(['Tell that to the janitor in here who is paying taxes, … Tell that to your mothers and fathers.']);
    expect(qs[0].speaker?.actorId).toBe('person:dana-pike');
    expect(qs[0].kind).toBe('direct');
  });

  it("a lone apostrophe pair inside a word is no quote (''rock 'n' roll'')", () => {
    const qs = quotes("He called it ''the best rock 'n' roll show in years,'' the critic wrote.");
    expect(qs.map((q) => q.text)).toEqual(["the best rock 'n' roll show in years,"]);
  });
});

describe('a paragraph that opens its quote with a closing mark (”...”)', () => {
  it('reader comments in a list (HuffPost style) are quotes with their dash speaker', () => {
    const text = 'Readers sent us their views.\n\n”The governor has let every one of us down. We deserve better.” ― Maria Lopes\n\n”I will vote for the first time this year.” ― Tom Reyes';
    const qs = quotes(text);
    expect(qs.map((q) => q.text)).toEqual(['The governor has let every one of us down. We deserve better.', 'I will vote for the first time this year.']);
    expect(qs.map((q) => q.speaker?.name ?? null)).toEqual(['Maria Lopes', 'Tom Reyes']);
  });

  it('an elided opening (” … he delivered ...”) before the attribution (blog style)', () => {
    const text = 'The columnist was impressed.\n\n” … he delivered a mix of old lines and new jokes with real polish,” Dana Pike wrote.';
    expect(who(text, ' … he delivered')).toBe('Dana Pike');
  });

  it('a closing mark inside a paragraph still only closes', () => {
    const qs = quotes('He said it was fine” and left. Then "we go on," she said.');
    expect(qs.map((q) => q.text)).toEqual(['we go on,']);
  });
});

describe('a title-case phrase after a preposition is a title, not a quote', () => {
  it.each([
    ['The governor said on "Sunday Morning Politics," that she would run again.', 'Sunday Morning'],
    ['Pike told CNN’s “State of the Union” that the deal was dead.', 'State of the Union'],
    ['He appeared on "The Late Show With Tom Reyes" to promote the book.', 'The Late Show'],
  ])('%s', (text, starts) => {
    const q = quote(text, starts);
    expect(q.kind).toBe('scare');
    expect(q.unattributedReason).toBe('title');
    expect(q.speaker).toBeNull();
  });

  it('a sentence after "on" is still a quote', () => {
    const q = quote('Pike wrote on Twitter: "We Will Win This Fight. Nobody Stops Us."', 'We Will Win');
    expect(q.kind).not.toBe('scare');
    expect(q.speaker?.name).toBe('Pike');
  });
});

describe('"the statement continued": a document named before as someone\'s statement speaks for its issuer', () => {
  it('"X said in a statement" then "the statement continued" (HuffPost style)', () => {
    const text = '"The mayor should resign today," Pike said in a statement released by her campaign.\n\n"We cannot wait another year for answers," the statement continued.';
    const q = quote(text, 'We cannot wait');
    expect(q.speaker?.name).toBe('Pike');
    expect(q.via).toBe('the statement');
    expect(q.rule).toBe('quote.attribution.document-issuer');
  });

  it('"In a letter, X wrote" then "the letter said" (wire style)', () => {
    const text = 'In a letter to the board, Senator Paul Grady wrote that the plan was rushed. "No member has seen the full budget," the letter said.';
    expect(who(text, 'No member has')).toBe('Paul Grady');
  });

  it('a document nobody issued in the text stays the speaker', () => {
    const text = 'The lawsuit was filed in Denver on Monday. "The city broke its own rules," the lawsuit says.';
    const q = quote(text, 'The city broke');
    expect(q.speaker?.name).toBe('the lawsuit');
    expect(q.speaker?.method).toBe('source');
  });
});

describe('pronoun speakers after a double-hyphen aside and a conjoined object', () => {
  it('a "--" aside between the subject and "told" (NYT archive style)', () => {
    const text = "Dana Pike, the chief executive of Arden Media -- the company that owns the network, which also streams online -- told me, ''We sell content to people who want it.'' As for politics, she said, ''Which outlet is not taking sides this year?''";
    expect(who(text, 'We sell content')).toBe('Dana Pike');
    expect(who(text, 'Which outlet')).toBe('Dana Pike');
  });

  it('a name conjoined to an object after a preposition is no subject for "he" (Politico style)', () => {
    const text = 'Party chairman Carl Fowler spoke on Monday. The convention could see intense lobbying by loyalists to Tom Beck and Sam Ortiz. That is why, he argued, the party must prepare. "This is a different time, with more people who want control," he said.';
    expect(who(text, 'This is a different')).toBe('Carl Fowler');
  });
});

describe('"he" after a sentence the splitter cut at a party-state abbreviation', () => {
  it('the senator, not the name in the object clause (HuffPost style)', () => {
    const text = 'Sam Ortiz lost in 2012.\n\nRepublicans were not worried. Sen. Dan Hale (R-Ga.) said he did not think those attacks did Ortiz in in 2012, arguing that divisions were the bigger hurdle. "It is not what worked in 2012. Those are distractions," he said.';
    expect(quote(text, 'It is not what').speaker?.actorId).toBe('person:dan-hale');
  });
});
