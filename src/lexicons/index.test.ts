import { describe, expect, it } from 'vitest';
import { FramediffError } from '../errors.js';
import { buildLexicons, defaultLexicons, type LexiconFile } from './index.js';
import { LexiconError } from './invalid.js';

const build = (data: unknown, file = 'mine.json') => buildLexicons([{ file, data: data as LexiconFile }]);

/** The LexiconError a build throws (fails the test when it does not throw). */
function errorOf(data: unknown, file = 'bad.json'): LexiconError {
  try {
    build(data, file);
  } catch (e) {
    expect(e).toBeInstanceOf(FramediffError);
    expect((e as FramediffError).code).toBe('INVALID_LEXICON');
    expect((e as FramediffError).file).toBe(file);
    return e as LexiconError;
  }
  throw new Error('expected INVALID_LEXICON');
}

describe('extend', () => {
  it('string lists are unioned, order kept, duplicates dropped', () => {
    const lex = build({ attribution: { documents: ['dossier', 'statement', 'dossier'] } });
    const docs = lex.attribution.documents;
    expect(docs.slice(0, defaultLexicons.attribution.documents.length)).toEqual(defaultLexicons.attribution.documents);
    expect(docs.filter((d) => d === 'dossier')).toHaveLength(1);
    expect(docs.filter((d) => d === 'statement')).toHaveLength(1);
    expect(docs[docs.length - 1]).toBe('dossier');
  });

  it('maps merge by key, a known key by its shape: new verb forms join the old ones', () => {
    const lex = build({ attribution: { verbs: { said: ['sez'], quipped: ['quipped', 'quips'] } } });
    expect(lex.attribution.verbs.said).toEqual([...defaultLexicons.attribution.verbs.said, 'sez']);
    expect(lex.attribution.verbs.quipped).toEqual(['quipped', 'quips']);
  });

  it('a map value object merges field by field: a concept gains variants and keeps its note', () => {
    const before = defaultLexicons.concepts.concepts['war-naming'];
    const lex = build({ concepts: { concepts: { 'war-naming': { variants: ['police action'] } } } });
    const after = lex.concepts.concepts['war-naming'];
    expect(after.variants).toEqual([...before.variants, 'police action']);
    expect(after.note).toBe(before.note);
    expect(after.file).toBe('mine.json');
    expect(lex.concepts.concepts['partnership-scope'].file).toBe('lexicons/concepts.json');
  });

  it('keyed lists: an entry with a known id replaces it in place, a new one is appended', () => {
    const rules = defaultLexicons.boilerplate.lineRules;
    const first = rules[0];
    const lex = build({ boilerplate: { lineRules: [{ id: first.id, kind: first.kind, pattern: '^views: \\d+$' }, { id: 'promo-line', kind: 'other', pattern: '^subscribe to our newsletter$' }] } });
    const ids = lex.boilerplate.lineRules.map((r) => r.id);
    expect(ids).toEqual([...rules.map((r) => r.id), 'promo-line']);
    expect(lex.boilerplate.lineRules[0].re.source).toBe('^views: \\d+$');
    expect(lex.boilerplate.lineRules[0].re.flags).toBe('iu');
  });

  it('framing entries are keyed by term: a later entry fixes the valence, and cites its file', () => {
    const lex = build({ framing: { categories: { evaluative: [{ term: 'brutal', valence: -4 }], label: ['goon'] } } });
    const brutal = lex.framing.categories.evaluative.filter((e) => e.term === 'brutal');
    expect(brutal).toEqual([{ term: 'brutal', pos: [], valence: -4, neutralIn: [], file: 'mine.json' }]);
    expect(lex.framing.categories.label.find((e) => e.term === 'goon')?.file).toBe('mine.json');
    expect(lex.framing.categories.label[0].file).toBe('lexicons/framing.json');
  });

  it('boilerplate, html, stopwords and drift are extendable like the others', () => {
    const lex = build({
      boilerplate: { wireAgencies: ['Meridian Wire'] },
      html: { chromeClassTokens: ['kicker*'] },
      stopwords: { words: ['Thus'], clauseOpeners: ['whereupon'] },
      drift: { contested: ['detractors claim'], speech: ['opined'] },
    });
    expect(lex.boilerplate.wireAgencies).toContain('Meridian Wire');
    expect(lex.boilerplate.wirePatterns[0].re.source).toContain('Meridian Wire');
    expect(lex.html.chromeClass.test('kicker-box')).toBe(true);
    expect(defaultLexicons.html.chromeClass.test('kicker-box')).toBe(false);
    expect(lex.stopwords.words.has('thus')).toBe(true);
    expect(lex.stopwords.clauseOpeners.has('whereupon')).toBe(true);
    expect(lex.drift.contested).toContain('detractors claim');
    expect(lex.drift.speech).toContain('opined');
  });

  it('files record where the lexicon came from; lexicons a file leaves alone are the same objects', () => {
    const lex = buildLexicons([
      { file: 'a.json', data: { labels: { heads: { junta: { evaluative: true, category: 'epithet' } } } } },
      { file: 'b.json', data: { labels: { modifiers: ['Interim'] } } },
    ]);
    expect(lex.labels.files).toEqual(['lexicons/labels.json', 'a.json', 'b.json']);
    expect(lex.labels.heads.junta).toEqual({ evaluative: true, category: 'epithet' });
    expect(lex.labels.modifiers).toContain('interim');
    expect(lex.gazetteer).toBe(defaultLexicons.gazetteer);
  });

  it('later files build on earlier ones, and on a base passed in', () => {
    const once = build({ gazetteer: [{ name: 'Port Velna', kind: 'place' }] });
    const twice = buildLexicons([{ file: 'two.json', data: { gazetteer: { placeNouns: ['hamlet'] } } }], once);
    expect(twice.gazetteer.entries.map((e) => e.name)).toContain('Port Velna');
    expect(twice.gazetteer.placeNouns).toContain('hamlet');
    expect(twice.gazetteer.files).toEqual(['lexicons/gazetteer.json', 'mine.json', 'two.json']);
  });
});

describe('replace', () => {
  it('a file-level replace list starts the lexicon over from the file', () => {
    const lex = build({ replace: ['framing'], framing: { categories: { label: ['goon'] } } });
    expect(Object.keys(lex.framing.categories)).toEqual(['label']);
    expect(lex.framing.categories.label.map((e) => e.term)).toEqual(['goon']);
    expect(lex.framing.files).toEqual(['mine.json']);
  });

  it('a section saying "replace": true does the same', () => {
    const lex = build({ stopwords: { replace: true, words: ['the', 'a'] } });
    expect([...lex.stopwords.words]).toEqual(['the', 'a']);
    expect(lex.stopwords.clauseOpeners.size).toBe(0);
  });

  it('replace with no section empties the lexicon; one whose shape needs fields says which', () => {
    expect(build({ replace: ['gender'] }).gender.pronouns).toEqual({});
    const e = errorOf({ replace: ['boilerplate'], boilerplate: { wireAgencies: ['AP'] } });
    expect(e.entry).toBe('boilerplate.lineRules');
    expect(e.message).toBe('bad.json: boilerplate.lineRules: expected a value: "lineRules" is required, got nothing (the field is missing)');
  });
});

describe('remove', () => {
  it('takes strings out of a list and keys out of a map', () => {
    const lex = build({ remove: { labels: { heads: ['dictator'], modifiers: ['top'] } } });
    expect(defaultLexicons.labels.heads.dictator).toBeDefined();
    expect(lex.labels.heads.dictator).toBeUndefined();
    expect(lex.labels.heads.despot).toEqual(defaultLexicons.labels.heads.despot);
    expect(lex.labels.modifiers).not.toContain('top');
    expect(lex.labels.modifiers).toContain('vice');
  });

  it('descends into a map value, and removes entries of a keyed list by key', () => {
    const lex = build({ remove: { attribution: { verbs: { said: ['saying'] } }, gazetteer: { entries: ['Kremlin'] } } });
    expect(defaultLexicons.attribution.verbs.said).toContain('saying');
    expect(lex.attribution.verbs.said).not.toContain('saying');
    expect(lex.attribution.verbs.said).toContain('says');
    expect(lex.gazetteer.entries.some((e) => e.name === 'Kremlin')).toBe(false);
    expect(lex.gazetteer.entries.length).toBe(defaultLexicons.gazetteer.entries.length - 1);
  });

  it('runs before the extension of the same file: a term removed and added again is the new one', () => {
    const lex = build({ remove: { framing: { categories: { label: ['regime'] } } }, framing: { categories: { label: [{ term: 'regime', neutralIn: ['tax regime'] }] } } });
    const regime = lex.framing.categories.label.filter((e) => e.term === 'regime');
    expect(regime).toEqual([{ term: 'regime', pos: [], valence: null, neutralIn: ['tax regime'], file: 'mine.json' }]);
  });

  it('removing what is not there is an error naming the entry', () => {
    const e = errorOf({ remove: { labels: { heads: ['dictatr'] } } });
    expect(e.message).toBe('bad.json: remove.labels.heads[0]: expected an entry that is there to remove, got "dictatr"');
  });
});

describe('bad data: INVALID_LEXICON naming the file, the entry and the problem', () => {
  it.each([
    [{ attribution: { verbs: { said: ['said', 'says', ''] } } }, 'attribution.verbs.said[2]', 'expected a non-empty string, got an empty string ""'],
    [{ attribution: { according: ['according to', 4] } }, 'attribution.according[1]', 'expected a non-empty string, got the number 4'],
    [{ attribution: { colour: [] } }, 'attribution.colour', 'expected one of the fields description, source, verbs, according, documents, naming, pronouns, reporting, notSpeakers, spokespersons, transcript, got an unknown field "colour"'],
    [{ labels: { heads: { junta: { category: 'epithet' } } } }, 'labels.heads.junta.evaluative', 'expected a value: "evaluative" is required, got nothing (the field is missing)'],
    [{ labels: { temporal: { erstwhile: 'past' } } }, 'labels.temporal.erstwhile', 'expected one of "former", "current", got the string "past"'],
    [{ sentiment: { words: { awful: 'very' } } }, 'sentiment.words.awful', 'expected a number from -5 to 5, got the string "very"'],
    [{ gazetteer: { entries: [{ name: 'X', kind: 'planet' }] } }, 'gazetteer.entries[0].kind', 'expected one of "person", "organization", "place", "group", got the string "planet"'],
    [{ gazetteer: [{ name: 'Duma', kind: 'organization', country: 7 }] }, 'gazetteer.entries[0].country', 'expected a non-empty string, got the number 7'],
    [{ stopwords: { words: 'the' } }, 'stopwords.words', 'expected an array of non-empty strings, got the string "the"'],
    [{ boilerplate: { lineRules: [{ id: 'x', kind: 'other', pattern: '(' }] } }, 'boilerplate.lineRules[14].pattern', 'expected a JavaScript regular expression that compiles'],
    [{ replace: 'labels' }, 'replace', 'expected an array of lexicon names'],
    [{ replace: ['labels', 'lables'] }, 'replace[1]', 'expected one of labels, gazetteer'],
    [{ labels: { replace: 'yes' } }, 'labels.replace', 'expected true or false, got the string "yes"'],
    [{ lables: {} }, 'lables', 'expected one of labels, gazetteer'],
    [{ remove: { labels: { heads: 'dictator' } } }, 'remove.labels.heads', 'expected an array of the entries to remove, got the string "dictator"'],
    [{ remove: { labels: { colour: ['x'] } } }, 'remove.labels.colour', 'got an unknown field "colour"'],
    [{ remove: { nope: {} } }, 'remove.nope', 'got an unknown lexicon "nope"'],
  ])('%j → %s', (data, entry, problem) => {
    const e = errorOf(data);
    expect(e.entry).toBe(entry);
    expect(e.message.startsWith(`bad.json: ${entry}: `)).toBe(true);
    expect(e.message).toContain(problem);
  });

  it('the boilerplate lineRules index counts the merged list: the bad rule is the one the file appended', () => {
    expect(defaultLexicons.boilerplate.lineRules).toHaveLength(14);
  });

  it('a file that is no object is refused whole', () => {
    expect(() => build(['labels'])).toThrow(/bad\.json|mine\.json: a lexicon file must be a JSON object keyed by lexicon name/);
  });
});
