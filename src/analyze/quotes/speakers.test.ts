/**
 * Speaker defect classes seen on real news (issue 10), each on our own sentences in several
 * outlet styles: calendar words and common nouns are never speakers; "X said" right beside a quote
 * attributes it (party-state suffixes, title runs, participles, a paragraph ending in a colon);
 * documents speak as documents; a spokesperson speaks for the body named with the role
 * (`speakerFor`); a group that says something is the speaker.
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

describe('calendar words and common nouns are never speakers', () => {
  it.each([
    ['In a post late Tuesday, Ferris said the image "went too far." "I understand how it offends people," she said, adding "I have made mistakes in my career."', 'I have made', 'Ferris'],
    ['Senator Joan Avery spoke in Dayton. Lawmakers return in July. "We are not going anywhere," she said.', 'We are not', 'Joan Avery'],
    ['Mr. Albers invoked the Fifth Amendment. "I will not answer any of these questions today," he said.', 'I will not', 'Albers'],
    ['"This has gone on far too long," drug policy reform advocates said.', 'This has gone', 'advocates'],
  ])('%s', (text, starts, speaker) => {
    expect(who(text, starts)).toBe(speaker);
  });

  it.each([
    ['On Thursday the mayor left. Thursday said "we will respond soon to every one of the complaints."', 'we will respond'],
    ['"We are not going anywhere," July said.', 'We are not'],
  ])('a calendar word as subject gives no speaker: %s', (text, starts) => {
    expect(who(text, starts)).toBeNull();
  });

  it('a weekday never becomes the antecedent of "she"', () => {
    const text = 'Dana Ferris posted the photo on Tuesday. Late Tuesday, Ferris apologized. "It was a mistake," she said.';
    expect(who(text, 'It was a mistake')).toBe('Dana Ferris');
  });
});

describe('"X said" right beside the quote attributes it', () => {
  it('a party-state suffix after the name (Politico / Hill style)', () => {
    expect(who('"Subpoenas are not optional," committee Chairman Rep. Dale Harkin (R-Ohio) said after the witness failed to appear.', 'Subpoenas')).toBe('Dale Harkin');
    expect(who('"He would be a great senator, not just a good one," Rep. Tamara Oduya (D-Md.) said in a phone interview.', 'He would be')).toBe('Tamara Oduya');
  });

  it('a long appositive with its own verb between the quote and "said" (AP style)', () => {
    const text = '"It is an invasion of the state domain," Karl Brenner, the Republican attorney general of Ohio, one of the states suing the agency, said in a statement.';
    const q = quote(text, 'It is an invasion');
    expect(q.speaker?.name).toBe('Karl Brenner');
    expect(q.speakerFor ?? null).toBeNull();
  });

  it('a party-state suffix splitting the sentence before the verb (Fox style)', () => {
    const text = 'Elena Marsh, the communications director for Rep. Carl Boone (R-Tenn.), wrote that the two aides should "try showing a little respect for the office."';
    expect(who(text, 'try showing')).toBe('Elena Marsh');
  });

  it('a participle after a preposition takes the clause subject (NYT style)', () => {
    expect(who('Mr. Albers continued the theme at a rally by asserting that "you cannot fire somebody who is doing a great job."', 'you cannot')).toBe('Albers');
  });

  it('accusing / calling participles are attribution verbs (wire style)', () => {
    expect(who('Senator Ruth Calder intervened as well, accusing the minister of "knowingly misleading the public for months."', 'knowingly')).toBe('Ruth Calder');
    expect(who('In the speech the senator Ruth Calder also took a swipe at the governor, calling his record "ineffective at best and negligent at worst."', 'ineffective')).toBe('Ruth Calder');
  });

  it('a paragraph ending in "tweeting:" attributes the quote paragraph after it (HuffPost style)', () => {
    const text = 'Governor Paul Brandt went even further on Thursday morning, tweeting:\n\n"Senator Joan Avery, who spent two years misleading voters, should resign at once!"';
    expect(who(text, 'Senator Joan Avery')).toBe('Paul Brandt');
  });

  it('"X, who he said ..." : the pronoun is not the relative clause\'s antecedent', () => {
    const text = 'Governor Paul Brandt spoke for an hour. He also took aim at Senator Joan Avery, who he said "was right in 1993, before she changed her mind."';
    expect(who(text, 'was right')).toBe('Paul Brandt');
  });

  it('a transcript whose turns open inside the quotation mark (Breitbart style)', () => {
    const text = 'Partial transcript as follows:\n\n"HOLLIS: Let us start with the news of the day. Will the senator attend?\n\n"MARTEN: The senator will not be attending the debate tomorrow night.\n\n"HOLLIS: Do you really see those two as equivalent?';
    const qs = quotes(text);
    const byStart = (s: string) => qs.find((q) => q.text.includes(s))?.speaker?.name ?? null;
    expect(byStart('Let us start')).toBe('Hollis');
    expect(byStart('will not be attending')).toBe('Marten');
  });
});

describe('documents speak as documents, not as a person', () => {
  it.each([
    ['"The city acted in bad faith and broke its own rules," the lawsuit says.', 'The city acted', 'the lawsuit'],
    ['"Nobody is above the law," the ad says, over images of the courthouse.', 'Nobody is above', 'the ad'],
    ['Mayor Ana Costa was briefed on Monday. The report said the agency had "failed at every level of oversight for a decade."', 'failed at every', 'The report'],
    ['"The defendant knowingly deceived investors," the indictment says.', 'The defendant', 'the indictment'],
  ])('%s', (text, starts, doc) => {
    const q = quote(text, starts);
    expect(q.speaker?.name).toBe(doc);
    expect(q.speaker?.actorId).toBeNull();
    expect(q.speaker?.method).toBe('source');
  });
});

describe('a spokesperson speaks for the body named with the role (speakerFor)', () => {
  it.each([
    ['"This is a disgrace," a spokesman for the Clinton campaign, Brian Fallow, said.', 'This is a disgrace', 'Brian Fallow', 'the Clinton campaign'],
    ['"We will win Ohio," Trump campaign spokesman Jason Mills told reporters.', 'We will win', 'Jason Mills', 'Trump campaign'],
    ['"We reject this," said Karen Pierce, the White House press secretary.', 'We reject', 'Karen Pierce', 'White House'],
    ['"The claims are false," RNC spokeswoman Lindsay Walters said in an email.', 'The claims', 'Lindsay Walters', 'RNC'],
    ['"The senator has no comment," said Adam Jentz, a spokesman for Senator Ruth Calder.', 'The senator has', 'Adam Jentz', 'Ruth Calder'],
  ])('%s', (text, starts, person, body) => {
    const q = quote(text, starts);
    expect(q.speaker?.name).toBe(person);
    expect(q.speakerFor).toBe(body);
  });

  it('a plain person has no speakerFor', () => {
    expect(quote('"We will rebuild," Mayor Ana Costa said.', 'We will').speakerFor ?? null).toBeNull();
  });
});

describe('groups that speak are the speaker', () => {
  it.each([
    ['"It was the least bad outcome," Democrats said in a statement.', 'It was the least', 'Democrats'],
    ['House Republicans said the bill was "dead on arrival and a waste of time."', 'dead on arrival', 'House Republicans'],
    ['"We have no faith in your ability to lead this committee," the Republican lawmakers wrote.', 'We have no faith', 'lawmakers'],
  ])('%s', (text, starts, group) => {
    const q = quote(text, starts);
    expect(q.speaker?.name).toBe(group);
  });
});
