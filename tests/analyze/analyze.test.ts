/** analyze()/analyzeCorpus(): warnings instead of exceptions, determinism, options, tone. */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/normalize.js';
import { analyze, analyzeCorpus } from '../../src/analyze/analyze.js';
import { buildLexicons } from '../../src/lexicons/index.js';
import type { Article } from '../../src/types/article.js';
import { actor, analyzed, loadSeed } from './analyze-helpers.js';

function article(content: string, label = 'test.txt'): Article {
  return normalize({ content, label });
}

describe('bad input gives warnings, not exceptions', () => {
  it('an article with no sentences: NO_SENTENCES', () => {
    const base = article('Placeholder body text.');
    const empty: Article = { ...base, text: '', paragraphs: [] };
    const result = analyze(empty);
    expect(result.sentences).toEqual([]);
    expect(result.actors).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toContain('NO_SENTENCES');
    const blank = analyze({ ...base, text: '   \n\n  ', paragraphs: [] });
    expect(blank.warnings.map((w) => w.code)).toContain('NO_SENTENCES');
  });

  it('German text: LANGUAGE_NOT_ENGLISH, still a result', () => {
    const de = article(
      'Der Bundeskanzler hat am Montag in Berlin gesagt, dass die Regierung nicht zurücktreten wird. Die Opposition forderte Neuwahlen, aber die Koalition hält an ihrem Kurs fest. Beobachter rechnen mit einer langen Krise.',
    );
    const result = analyze(de);
    expect(result.warnings.map((w) => w.code)).toContain('LANGUAGE_NOT_ENGLISH');
    expect(result.language).not.toBe('en');
    expect(result.sentences.length).toBe(3);
  });

  it('Russian (Cyrillic) text: LANGUAGE_NOT_ENGLISH', () => {
    const ru = article('Президент России Владимир Путин провёл телефонный разговор с председателем КНР Си Цзиньпином. Стороны обсудили двусторонние отношения и ситуацию на Украине.');
    expect(analyze(ru).warnings.map((w) => w.code)).toContain('LANGUAGE_NOT_ENGLISH');
  });

  it('English seeds carry no language warning', () => {
    for (const seed of ['000', '002', '003', '004']) {
      const { analysis } = analyzed('seed', seed);
      expect(analysis.language).toBe('en');
      expect(analysis.warnings.map((w) => w.code)).not.toContain('LANGUAGE_NOT_ENGLISH');
    }
  });

  it('unbalanced quotation marks are reported with raw offsets (H4 finds them, analyze reports them)', () => {
    const { analysis, article: a } = analyzed('seed', '001');
    const unbalanced = analysis.warnings.filter((w) => w.code === 'UNBALANCED_QUOTES');
    expect(unbalanced.length).toBeGreaterThan(0);
    for (const w of unbalanced) expect('"“'.includes(a.raw.slice(w.rawStart!, w.rawEnd!))).toBe(true);
  });

  it('a 5,000-sentence article is analyzed whole', () => {
    const sentences: string[] = [];
    for (let i = 0; i < 5000; i++) {
      sentences.push(i % 3 === 0 ? `Mayor Anna Kowalczyk said the budget for district ${i} was approved.` : i % 3 === 1 ? `Ms Kowalczyk thanked the council.` : `The city of Gdańsk will publish the figures.`);
    }
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 10) paragraphs.push(sentences.slice(i, i + 10).join(' '));
    const result = analyze(article(paragraphs.join('\n\n')));
    expect(result.sentences.length).toBe(5000);
    expect(result.sentences[4999].paragraph).toBe(499);
    const mayor = actor(result, 'person:anna-kowalczyk');
    // 1,667 "Mayor Anna Kowalczyk" + 1,667 "Ms Kowalczyk".
    expect(mayor.mentions.length).toBe(3334);
    expect(mayor.mentions.filter((m) => m.form === 'honorific').length).toBe(1667);
    expect(mayor.mentions[0].label).toMatchObject({ text: 'Mayor', head: 'mayor' });
    expect(result.warnings.filter((w) => w.severity === 'error')).toEqual([]);
  }, 300_000);
});

describe('determinism', () => {
  it('same input, byte-identical JSON', () => {
    const a = loadSeed('002');
    const first = JSON.stringify(analyze(a));
    const second = JSON.stringify(analyze(loadSeed('002')));
    expect(second).toBe(first);
  });
});

describe('options', () => {
  it('a user gazetteer entry names an actor the text mentions by alias', () => {
    const a = article('Officials at Zhongguancun Lab said the tests passed. The lab, known as ZGC, plans more. Lin Wei of ZGC Lab said little.');
    const result = analyze(a, { gazetteer: [{ name: 'Zhongguancun Laboratory', aliases: ['Zhongguancun Lab', 'ZGC Lab'], kind: 'organization' }] });
    const lab = actor(result, 'organization:zhongguancun-laboratory');
    expect(lab.known).toBe(true);
    expect(lab.aliases).toEqual(['ZGC Lab', 'Zhongguancun Lab']);
    expect(lab.mentions.every((m) => m.form === 'alias')).toBe(true);
  });

  it('a user person entry is known and takes part in surname linking', () => {
    const a = article('The envoy Jane Q. Roe arrived late. Roe said the talks would resume.');
    const result = analyze(a, { gazetteer: [{ name: 'Jane Roe', aliases: ['Jane Q. Roe'], kind: 'person' }] });
    const roe = actor(result, 'person:jane-roe');
    expect(roe.known).toBe(true);
    expect(roe.mentions.map((m) => m.text)).toEqual(['Jane Q. Roe', 'Roe']);
  });

  it('a user label lexicon makes a new head evaluative', () => {
    const lexicons = buildLexicons([{ file: 'mine.json', data: { labels: { heads: { firebrand: { evaluative: true, category: 'epithet' }, kingmaker: { evaluative: true, category: 'epithet' } } } } }]);
    const a = article('Crowds cheered kingmaker Boris Vukovic on Sunday. Vukovic said he would run.');
    const plain = actor(analyze(a), 'person:boris-vukovic').mentions[0].label;
    expect(plain).toMatchObject({ head: 'kingmaker', evaluative: false, category: 'other' });
    const custom = actor(analyze(a, { lexicons }), 'person:boris-vukovic').mentions[0].label;
    expect(custom).toMatchObject({ text: 'kingmaker', head: 'kingmaker', evaluative: true, category: 'epithet' });
  });

  it('invalid lexicon data is a typed INVALID_LEXICON error naming the file', () => {
    expect(() => buildLexicons([{ file: 'bad.json', data: { labels: { heads: { x: { category: 'y' } } } } }])).toThrowError(/bad\.json.*evaluative/);
    expect(() => buildLexicons([{ file: 'bad2.json', data: { gazetteer: { entries: [{ name: 'X', kind: 'planet' }] } } }])).toThrowError(/bad2\.json.*kind/);
  });
});

describe('tone and sentences', () => {
  it('tone is the mean of the mention tones, each from its evidence words, with the mentioning sentences listed', () => {
    const { analysis } = analyzed('seed', '003');
    const tone = analysis.tone.find((t) => t.actorId === 'person:xi-jinping')!;
    const xi = actor(analysis, 'person:xi-jinping');
    const indices = [...new Set(xi.mentions.map((m) => m.sentence))].sort((x, y) => x - y);
    expect(tone.sentences.map((s) => s.index)).toEqual(indices);
    expect(tone.mentions.map((m) => m.start)).toEqual(xi.mentions.map((m) => m.start));
    const mean = tone.mentions.reduce((s, m) => s + m.score, 0) / tone.mentions.length;
    expect(tone.score).toBeCloseTo(mean, 3);
    for (const m of tone.mentions) {
      expect(m.score === 0).toBe(m.evidence.length === 0 || m.evidence.reduce((s, e) => s + e.valence, 0) === 0);
      for (const e of m.evidence) expect(analysis.sentences[m.sentence].start <= e.start && e.end <= analysis.sentences[m.sentence].end).toBe(true);
    }
  });

  it('negative wording gives a negative score, positive a positive one', () => {
    const result = analyze(article('Critics said Governor Tom Hale was a disgraceful, corrupt failure. Supporters said Senator Ruth Ames was a brilliant and honest leader.'));
    const hale = result.tone.find((t) => t.actorId === 'person:tom-hale')!;
    const ames = result.tone.find((t) => t.actorId === 'person:ruth-ames')!;
    expect(hale.score).toBeLessThan(0);
    expect(ames.score).toBeGreaterThan(0);
    expect(hale.sentences[0].start).toBe(0);
  });

  it('sentences split at line breaks and know their paragraph', () => {
    const a = article('The leaders spoke on Monday.\n\nKey Points\nStrategic Partnership: Both leaders agreed.\n\nSecond paragraph here. It has two sentences.');
    const result = analyze(a);
    const texts = result.sentences.map((s) => a.text.slice(s.start, s.end));
    expect(texts).toContain('Key Points');
    expect(texts).toContain('It has two sentences.');
    const last = result.sentences[result.sentences.length - 1];
    expect(last.paragraph).toBe(a.paragraphs.length - 1);
  });

  it('analyzeCorpus keeps every article, each with its analysis', () => {
    const out = analyzeCorpus([loadSeed('000'), article('Nur ein kurzer deutscher Satz ohne englische Wörter, der trotzdem analysiert wird und weiter geht.')]);
    expect(out.map((a) => a.analysis.articleId)).toEqual(out.map((a) => a.id));
    expect(out[0].analysis.actors.length).toBeGreaterThan(3);
  });
});
