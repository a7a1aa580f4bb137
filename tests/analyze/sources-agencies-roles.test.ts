/**
 * Source typing (H12): an unlisted agency named "… Wire / News Agency / Press Agency / Newswire"
 * is a wire; plural role nouns are anonymous bare ("officials said") and official with a specific
 * body ("city officials said", "Kremlin officials", "officials at the ministry"); a nationality
 * alone names no body ("US officials" stays anonymous).
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/normalize.js';
import { analyze } from '../../src/analyze/analyze.js';
import { buildLexicons } from '../../src/lexicons/index.js';

function sources(body: string) {
  return analyze(normalize({ content: `Headline here\n\n${body}\n`, label: 'uat-sources.txt' })).sources.map((s) => [s.text, s.type]);
}

describe('unlisted agencies by their last words', () => {
  it.each([
    ['The bridge carries 40,000 commuters a day, citing Meridian Wire.', 'Meridian Wire'],
    ['Schools will reopen, according to Korvan News Agency.', 'Korvan News Agency'],
    ['The mine had been cited for faults, citing Kessel Press Agency.', 'Kessel Press Agency'],
    ['Services resume on Thursday, citing Dunmore Newswire.', 'Dunmore Newswire'],
  ])('%s', (body, name) => {
    expect(sources(body)).toContainEqual([name, 'wire']);
  });
  it('a listed state agency keeps its type', () => {
    expect(sources('The summit ended, according to Korean Central News Agency.')).toContainEqual(['Korean Central News Agency', 'state-media']);
  });
  it('a suffix word alone is no agency name', () => {
    expect(sources('The mayor said the wire was cut, according to the press.')).not.toContainEqual(['the press', 'wire']);
  });
});

describe('plural role nouns: anonymous bare, official with a body', () => {
  it.each([
    ['A crane collapsed, officials said.', 'officials', 'anonymous'],
    ['A crane collapsed, city officials said.', 'city officials', 'official'],
    ['Provincial officials said the schools would reopen.', 'Provincial officials', 'official'],
    ['Union officials said the mine had faults.', 'Union officials', 'official'],
    ['Senior city officials said the bridge was shut.', 'Senior city officials', 'official'],
    ['Senior officials said the bridge was shut.', 'Senior officials', 'anonymous'],
    ['US officials said the talks had stalled.', 'US officials', 'anonymous'],
  ])('%s', (body, text, type) => {
    expect(sources(body)).toContainEqual([text, type]);
  });
  it('an organization actor before the role noun is a body', () => {
    expect(sources('Kremlin officials said the call went well.')).toContainEqual(['Kremlin officials', 'official']);
  });
});

describe('lexicon fields', () => {
  it('user files extend wireSuffixes and qualifiedRoles', () => {
    const lex = buildLexicons([{ file: 'user.json', data: { sources: { wireSuffixes: ['Telegraph Agency'], qualifiedRoles: { roles: ['Sources'], bodies: ['palace'] } } } }]).sources;
    expect(lex.wireSuffixes).toContain('Telegraph Agency');
    expect(lex.qualifiedRoles.roles).toContain('sources');
    expect(lex.qualifiedRoles.bodies).toContain('palace');
  });
  it('bad qualifiedRoles data fails naming the file', () => {
    expect(() => buildLexicons([{ file: 'bad.json', data: { sources: { qualifiedRoles: { people: ['x'] } } } }])).toThrow(/bad\.json|qualifiedRoles/);
  });
});
