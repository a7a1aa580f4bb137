/**
 * Quote round three (H8): dash-attributed pull quotes (`"..." — Name, Title`) and the gender check
 * on he/she speakers. Small texts of our own; each test names the rule it pins.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/analyze/quotes/index.js';
import { personGenders } from '../../src/analyze/gender.js';
import { buildLexicons, defaultLexicons } from '../../src/lexicons/index.js';
import type { Quote } from '../../src/types/analysis.js';
import { fromText } from './quotes-helpers.js';
import { buildContext } from '../../src/analyze/context.js';

const by = (quotes: Quote[], words: string) => {
  const q = quotes.find((x) => x.text.startsWith(words));
  if (!q) throw new Error(`no quote starting "${words}" in ${quotes.map((x) => x.text.slice(0, 30)).join(' | ')}`);
  return q;
};

describe('dash attribution', () => {
  it('"..." — Name, Title: the named person, method dash, no verb, a direct quote', () => {
    const t = 'Dock workers walked out on Monday.\n\n"We will not back down." — Maria Lopes, union spokeswoman';
    const q = by(findQuotes(fromText(t)), 'We will not back down.');
    expect(q.speaker?.name).toBe('Maria Lopes');
    expect(q.speaker?.method).toBe('dash');
    expect(t.slice(q.speaker!.start, q.speaker!.end)).toBe('Maria Lopes');
    expect(q.verb).toBeNull();
    expect(q.kind).toBe('direct');
  });

  it('a hyphen and an honorific: "..." - Dr Ahmed Khan', () => {
    const q = by(findQuotes(fromText('The clinic closed last week.\n\n"Patients will wait longer now." - Dr Ahmed Khan')), 'Patients');
    expect(q.speaker?.name).toContain('Ahmed Khan');
    expect(q.speaker?.method).toBe('dash');
  });

  it('curly marks, no space after the dash, a bracketed party tag: “...” —Senator Jane Doe (D-Calif.)', () => {
    const q = by(findQuotes(fromText('The bill passed the Senate.\n\n“This is a good day for workers” —Senator Jane Doe (D-Calif.)')), 'This is a good day');
    expect(q.speaker?.name).toContain('Jane Doe');
    expect(q.speaker?.method).toBe('dash');
    expect(q.kind).toBe('direct');
  });

  it('a lower-case role before the name (tabloid): "..." - waitress Kelly Dunn, 24', () => {
    const q = by(findQuotes(fromText('The restaurant shut without warning.\n\n"We found out on WhatsApp." - waitress Kelly Dunn, 24')), 'We found out');
    expect(q.speaker?.name).toBe('Kelly Dunn');
    expect(q.speaker?.method).toBe('dash');
  });

  it('a quote-only paragraph and the line after it, `— Name, Title`, even after a quoted paragraph with a speaker', () => {
    const t = 'Kelo welcomed the decision. "It is the law catching up with history," she said.\n"These panels are the archive of a people."\n— Professor Daniel Mensah, historian at Kelo University';
    const q = by(findQuotes(fromText(t)), 'These panels');
    expect(q.speaker?.name).toContain('Daniel Mensah');
    expect(q.speaker?.method).toBe('dash');
  });

  it('never fires on an em-dash parenthetical inside prose', () => {
    const qs = findQuotes(fromText('The plan — which critics call "a scam" — was approved on Tuesday by the council.'));
    expect(qs).toHaveLength(1);
    expect(qs[0].speaker?.method).not.toBe('dash');
    expect(qs[0].speaker?.name ?? '').not.toMatch(/plan|council/);
    const scare = findQuotes(fromText('For years its "universal museum" argument — that collections belong to everyone — was the main defence.'));
    expect(scare[0].speaker).toBeNull();
    const mid = findQuotes(fromText('The council dropped its "fair funding" formula — Ms Reed\'s phrase — last year.'));
    expect(mid[0].speaker?.method ?? null).not.toBe('dash');
  });

  it('an object relative clause speaks with its own subject; a passive agent before the quote speaks', () => {
    const rel = findQuotes(fromText('The emergency plan — which opposition councillors last year called "a document nobody has read" — was activated.'));
    expect(rel[0].speaker?.name).toBe('opposition councillors');
    const passive = findQuotes(fromText('The agreement — described by one trustee as "overdue but welcome" — covers future loans.'));
    expect(passive[0].speaker?.name).toBe('one trustee');
  });

  it('a dash followed by prose with a verb is no dash attribution', () => {
    const q = findQuotes(fromText('"We are ready." — says nobody at the ministry, it seems.'));
    expect(q[0].speaker?.method ?? null).not.toBe('dash');
  });
});

describe('pronoun gender', () => {
  it('"he" skips the nearer person marked female (chairwoman), "she" the one marked male (pronoun use)', () => {
    const t =
      'Transport Minister Arkady Belov cut the ribbon before he boarded the first train. Chairwoman Olga Petrenko accompanied him on the journey. "This line was built by our own engineers," he said. ' +
      'Petrenko said 412 kilometres of track had been laid. Belov praised the workers. "Every kilometre was delivered on schedule," she said.';
    const qs = findQuotes(fromText(t));
    expect(by(qs, 'This line').speaker?.name).toContain('Belov');
    expect(by(qs, 'Every kilometre').speaker?.name).toContain('Petrenko');
  });

  it('honorifics mark gender: "she" after Mr X goes back to Mrs Y', () => {
    const t = 'Then the librarian, Mrs Agnes Porter, took the microphone. Mr Dev Raman looked down at his notes. "I have worked here for thirty-one years," she said.';
    expect(findQuotes(fromText(t))[0].speaker?.name).toContain('Porter');
  });

  it('with no gender marked, speakers are exactly what they are without the gender lexicon', () => {
    const t = 'Alex Morgan met the board on Monday. Sam Reyes, the treasurer, spoke next. "We are ready," she said. Morgan agreed. "So are we," he said.';
    const none = buildLexicons([{ file: 'none.json', data: { gender: {}, replace: ['gender'] } }]);
    const withGender = findQuotes(fromText(t)).map((q) => q.speaker);
    const without = findQuotes(buildContext({ id: 't', text: t, paragraphs: [] }, none)).map((q) => q.speaker);
    expect(without.map((s) => s?.name)).toEqual(withGender.map((s) => s?.name));
    expect(withGender[0]?.name).toBeTruthy();
  });

  it('"they" may be a person of unknown gender', () => {
    const t = 'A resident of the valley, Sam Ferris, said the family had packed the car within ten minutes. "We took the dog and the photo albums," they said.';
    expect(findQuotes(fromText(t))[0].speaker?.name).toContain('Ferris');
  });

  it('personGenders: honorific, role noun and subject pronoun mark a person; a possessive or an object pronoun does not', () => {
    const ctx = fromText(
      'Ms Ines Duval announced the decision. Tessaly sent its culture minister, Amara Kelo, a spokeswoman said. ' +
        'Gary Holt claims he is owed money. Marco Bellini\'s wife, actress Sophie Lane, posted a video. Ruth Adeyemi asked him for the figures.',
    );
    const g = personGenders(ctx);
    const of = (name: string) => g.get(ctx.actors.find((a) => a.name.includes(name))?.id ?? '') ?? null;
    expect(of('Duval')).toBe('female');
    expect(of('Holt')).toBe('male');
    expect(of('Lane')).toBe('female');
    expect(of('Bellini')).toBeNull();
    expect(of('Adeyemi')).toBeNull();
  });
});

describe('gender lexicon', () => {
  it('ships honorifics, role nouns and subject pronouns, and no first names', () => {
    expect(defaultLexicons.gender.honorifics.female).toContain('Ms');
    expect(defaultLexicons.gender.roles.male).toContain('spokesman');
    expect(defaultLexicons.gender.pronouns.she).toBe('female');
    expect(Object.keys(defaultLexicons.gender)).toEqual(['files', 'honorifics', 'roles', 'pronouns']);
  });

  it('user files extend it and bad data is a typed error naming the file', () => {
    const lex = buildLexicons([{ file: 'mine.json', data: { gender: { roles: { female: ['chairperson-elect'] } } } }]);
    expect(lex.gender.roles.female).toContain('chairperson-elect');
    expect(lex.gender.files).toEqual(['lexicons/gender.json', 'mine.json']);
    expect(() => buildLexicons([{ file: 'bad.json', data: { gender: { roles: { neutral: ['x'] } } } }])).toThrow(/bad\.json|unknown gender/);
    expect(() => buildLexicons([{ file: 'bad.json', data: { gender: { pronouns: { xe: 'other' } } } }])).toThrow(/female/);
  });
});

describe('"they" and a named person', () => {
  it('a plural subject in between keeps "they" off the person', () => {
    const t = 'Mayor Sam Reyes visited the flooded street on Monday. Residents gathered outside the town hall. "We want answers," they said.';
    expect(findQuotes(fromText(t))[0].speaker?.name ?? '').not.toContain('Reyes');
  });

  it('a person named two sentences back is too far for "they"', () => {
    const t = 'Sam Reyes visited the street on Monday. The water had risen overnight. The pumps failed at dawn. "We want answers," they said.';
    expect(findQuotes(fromText(t))[0].speaker?.name ?? '').not.toContain('Reyes');
  });
});
