import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { firstProblem, type Schema } from './schema.js';

const names = readdirSync('lexicons')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
const schemaOf = (name: string) => read(`schema/lexicons/${name}.schema.json`) as Schema;
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
const ajvFor = (name: string) => ajv.getSchema(`https://framediff.dev/schema/lexicons/${name}.schema.json`) ?? ajv.compile(schemaOf(name));

describe('every shipped lexicon has a schema and validates against it', () => {
  it('one schema per lexicon file, no schema without its file', () => {
    const schemas = readdirSync('schema/lexicons').map((f) => f.replace(/\.schema\.json$/, ''));
    expect(schemas.sort()).toEqual([...names].sort());
    expect(names).toHaveLength(12);
  });

  it.each(names)('%s: ajv and our validator accept lexicons/%s.json', (name) => {
    const data = read(`lexicons/${name}.json`);
    const validate = ajvFor(name);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(firstProblem(schemaOf(name), data)).toBeNull();
  });
});

/** [lexicon, data, the entry path our validator must name] for data ajv must reject too. */
const invalid: [string, unknown, string][] = [
  ['attribution', { verbs: { said: ['said', 'says', ''] } }, 'verbs.said[2]'],
  ['attribution', { verbs: { said: ['said', '   '] } }, 'verbs.said[1]'],
  ['attribution', { verbs: { said: 'says' } }, 'verbs.said'],
  ['attribution', { pronouns: { xe: 'alien' } }, 'pronouns.xe'],
  ['attribution', { colour: ['red'] }, 'colour'],
  ['attribution', { transcript: { moderator: ['M'] } }, 'transcript.moderator'],
  ['attribution', { verbs: { '': ['x'] } }, 'verbs[""]'],
  ['labels', { heads: { junta: { category: 'epithet' } } }, 'heads.junta.evaluative'],
  ['labels', { heads: { junta: { evaluative: 'yes' } } }, 'heads.junta.evaluative'],
  ['labels', { temporal: { erstwhile: 'past' } }, 'temporal.erstwhile'],
  ['labels', { topTitles: [1] }, 'topTitles[0]'],
  ['gazetteer', { entries: [{ name: 'Duma', kind: 'organization', country: 7 }] }, 'entries[0].country'],
  ['gazetteer', { entries: [{ name: 'X', kind: 'planet' }] }, 'entries[0].kind'],
  ['gazetteer', { entries: [{ kind: 'place' }] }, 'entries[0].name'],
  ['framing', { categories: { label: [{ term: '' }] } }, 'categories.label[0].term'],
  ['framing', { categories: { label: ['ok', 7] } }, 'categories.label[1]'],
  ['framing', { categories: { label: [{ term: 'brutal', valence: 9 }] } }, 'categories.label[0].valence'],
  ['framing', { sentimentWords: { minValence: { ADJ: -1 } } }, 'sentimentWords.minValence.ADJ'],
  ['sentiment', { words: { awful: 'very' } }, 'words.awful'],
  ['sentiment', { words: { awful: -7 } }, 'words.awful'],
  ['sources', { names: { newspaper: ['X'] } }, 'names.newspaper'],
  ['concepts', { concepts: { x: { category: 'concept-variant' } } }, 'concepts.x.variants'],
  ['boilerplate', { lineRules: [{ id: 'x', kind: 'other' }] }, 'lineRules[0].pattern'],
  ['boilerplate', { lineRules: [{ id: 'x', kind: 'other', pattern: 'a', tail: 0 }] }, 'lineRules[0].tail'],
  ['html', { chromeTags: 'nav' }, 'chromeTags'],
  ['stopwords', { words: ['the', null] }, 'words[1]'],
  ['drift', { hedges: [''] }, 'hedges[0]'],
];

/** Valid partial data (a user file's section) ajv and our validator both accept. */
const valid: [string, unknown][] = [
  ['attribution', { verbs: { sez: ['sez'] }, description: 'mine', source: 'me', verbsNote: 'a note' }],
  ['framing', { categories: { label: ['goon', { term: 'thug', pos: ['NOUN'], valence: -3, neutralIn: ['thug life'], note: 'n' }] } }],
  ['gazetteer', { entries: [{ name: 'Zhongguancun Laboratory', aliases: ['ZGC Lab'], kind: 'organization' }] }],
  ['sentiment', { words: { grim: -2.5 } }],
  ['boilerplate', { lineRules: [{ id: 'promo', kind: 'other', pattern: '^subscribe now$', tail: 40 }], wireAgencies: ['Meridian Wire'] }],
  ['stopwords', { words: ['thus'] }],
  ['drift', { contested: ['detractors claim'] }],
];

describe('our validator agrees with ajv', () => {
  it.each(invalid)('%s: %j is rejected by both, ours naming %s', (name, data, path) => {
    // The full schema (required fields too) is what ajv checks; the sample is complete where it matters.
    const full = { ...(read(`lexicons/${name}.json`) as object), ...(data as object) };
    expect(ajvFor(name)(full)).toBe(false);
    const problem = firstProblem(schemaOf(name), full);
    expect(problem?.path).toBe(path);
    expect(problem?.expected).toBeTruthy();
    expect(problem?.actual).toBeTruthy();
  });

  it.each(valid)('%s: %j is accepted by both', (name, data) => {
    const full = { ...(read(`lexicons/${name}.json`) as object), ...(data as object) };
    expect(ajvFor(name)(full)).toBe(true);
    expect(firstProblem(schemaOf(name), full)).toBeNull();
  });

  it('says what was found and what was expected', () => {
    expect(firstProblem(schemaOf('attribution'), { verbs: { said: ['said', 'says', ''] } })).toEqual({ path: 'verbs.said[2]', actual: 'an empty string ""', expected: 'a non-empty string' });
    expect(firstProblem(schemaOf('sentiment'), { words: { awful: -7 } })).toEqual({ path: 'words.awful', actual: 'the number -7', expected: 'a number from -5 to 5' });
    expect(firstProblem(schemaOf('gazetteer'), { entries: [{ name: 'X', kind: 'planet' }] })?.expected).toBe('one of "person", "organization", "place", "group"');
    expect(firstProblem(schemaOf('labels'), { heads: { junta: { category: 'epithet' } } })).toEqual({ path: 'heads.junta.evaluative', actual: 'nothing (the field is missing)', expected: 'a value: "evaluative" is required' });
  });

  it('partial: a user section may leave out the fields a shipped file needs, but not inside its entries', () => {
    expect(firstProblem(schemaOf('boilerplate'), { wireAgencies: ['Meridian Wire'] })?.path).toBe('lineRules');
    expect(firstProblem(schemaOf('boilerplate'), { wireAgencies: ['Meridian Wire'] }, '', true)).toBeNull();
    expect(firstProblem(schemaOf('boilerplate'), { lineRules: [{ id: 'x', kind: 'other' }] }, '', true)?.path).toBe('lineRules[0].pattern');
  });
});
