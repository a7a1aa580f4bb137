/**
 * Loaded wording rules on our own sentences in several outlet styles: voice, neutral concept
 * words left out, the sentiment-word, morphology and scare-quote passes, and their guards.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { normalize } from '../../src/normalize/normalize.js';
import { buildLexicons } from '../../src/lexicons/index.js';

const loaded = (body: string, lexicons = buildLexicons()) => analyze(normalize({ content: `Headline\n\n${body}\n`, label: 'loaded.txt' }), { lexicons }).framing;
const texts = (body: string) => loaded(body).map((t) => t.text);

describe('loaded wording holds loaded terms only', () => {
  it('neutral concept words (government, officials, protests, some, many) are not loaded wording', () => {
    const t = texts('The government said some officials would meet many of the protesters after the protests on Monday.');
    expect(t).toEqual([]);
  });
  it('a speaker\'s words are in the quote voice, the outlet\'s own in the narrator voice', () => {
    const f = loaded('Furious residents gathered outside. "This is a disgraceful betrayal," said Ana Ruiz, a tenant.');
    expect(f.find((x) => x.text === 'Furious')).toMatchObject({ voice: 'narrator', quoted: false });
    expect(f.find((x) => x.text === 'disgraceful')).toMatchObject({ voice: 'quote', quoted: true });
  });
  it('a scare quote is the narrator distancing itself from the word', () => {
    const f = loaded('The ministry defended its "reforms" on Tuesday.');
    expect(f.find((x) => x.text === 'reforms')).toMatchObject({ category: 'scare-quote', voice: 'narrator', rule: 'framing.scare-quote' });
  });
});

describe('sentiment words, morphology and guards', () => {
  it('evaluative adjectives and adverbs come from the sentiment lexicon, with their valence', () => {
    const f = loaded('The senator gave a dismal answer and arrogantly dismissed the question.');
    expect(f.find((x) => x.text === 'dismal')).toMatchObject({ category: 'evaluative', rule: 'framing.sentiment-word' });
    expect(f.find((x) => x.text === 'dismal')!.valence).toBeLessThan(-1.5);
  });
  it('an -ly adverb of an evaluative adjective is evaluative even where the lexicon lacks it', () => {
    const f = loaded('The coach staunchly defended the referee.');
    const s = f.find((x) => x.text === 'staunchly');
    if (s) expect(s.rule).toMatch(/^framing\./);
    const g = loaded('The minister answered contemptuously.').find((x) => x.text === 'contemptuously');
    expect(g?.category).toBe('evaluative');
  });
  it('words that describe a fact are not evaluative (dead, free, injured)', () => {
    expect(texts('Two people were found dead and three injured; the others walked free.')).toEqual([]);
  });
  it('-ist/-ism labels and far-/hard- compounds, but not inside a party name', () => {
    const t = texts('Far-left activists and hard-line clerics denounced globalism. The Socialist Party met on Friday.');
    expect(t).toEqual(expect.arrayContaining(['Far-left', 'hard-line', 'globalism']));
    expect(t).not.toContain('Socialist');
  });
  it('a lexicon word inside a name is the name ("Liberal Democrats")', () => {
    expect(texts('Members of the Liberal Democrats and the Freedom Caucus voted against it.')).toEqual([]);
  });
  it('a user file can mark a sentiment word as not loaded', () => {
    expect(loaded('A dismal answer.').map((t) => t.text)).toContain('dismal');
    const lex = buildLexicons([{ file: 'user.json', data: { framing: { sentimentWords: { notLoaded: ['dismal'] } } } }]);
    expect(loaded('A dismal answer.', lex).map((t) => t.text)).not.toContain('dismal');
  });
  it('bad sentiment data is a typed error naming the file and the word', () => {
    expect(() => buildLexicons([{ file: 'bad.json', data: { sentiment: { words: { awful: 'very' } } } }])).toThrow(/bad\.json.*awful/);
  });
});

describe('lexicons/sentiment.json', () => {
  it('is what scripts/build-sentiment-lexicon.mjs makes from VADER and AFINN-165', () => {
    const root = join(import.meta.dirname, '../..');
    expect(() => execFileSync(process.execPath, [join(root, 'scripts/build-sentiment-lexicon.mjs'), '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow();
  });
});

describe('what is not loaded wording', () => {
  it('a forecast hedged with likely, may or could is ordinary reporting, a distancing "reportedly" stays (wire and broadsheet styles)', () => {
    expect(texts('The bill is likely to reach the Senate next week, and the vote could have been earlier.')).toEqual([]);
    expect(texts('Aides may have seen the draft, and the mayor is unlikely to sign it.')).toEqual([]);
    expect(loaded('The minister reportedly ignored the warnings.').find((x) => x.text === 'reportedly')).toMatchObject({ category: 'hedge' });
  });
  it('a title or an introduced term in quotation marks is no scare quote (magazine and TV-listing styles)', () => {
    expect(loaded('The senator appeared on "Meet the Voters" on Sunday.').filter((x) => x.category === 'scare-quote')).toEqual([]);
    expect(loaded('Leaders may use what is known as the "fast track" to pass it.').filter((x) => x.category === 'scare-quote')).toEqual([]);
    expect(loaded('The levy is the council\'s "fresh start" for the harbour.').filter((x) => x.category === 'scare-quote').map((x) => x.text)).toEqual(['fresh start']);
  });
});
