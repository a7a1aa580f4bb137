/** compare()/compareCorpus() contracts: typed errors, options, Node-free core, one call for scripts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import { missingOutlets } from '../../src/compare/missing.js';
import { compareCorpus } from '../../src/compare/node/compare-corpus.js';
import { defaultComparisonOptions } from '../../src/compare/options.js';
import { FramediffError } from '../../src/errors.js';
import { normalize } from '../../src/normalize/normalize.js';
import type { AnalyzedArticle } from '../../src/types/comparison.js';
import { fakeArticle } from './fake.js';
import { corpusDir, eventsDir } from './pipeline.js';

describe('compare: input and options', () => {
  const a = fakeArticle('a', 'alpha', 'The council approved the new budget on Monday after a long debate.');
  const b = fakeArticle('b', 'beta', 'The council passed the new budget on Monday after a long debate.');

  it('rejects articles without analysis, duplicate ids and bad options with typed errors', () => {
    const bare = { ...a, analysis: undefined } as unknown as AnalyzedArticle;
    expect(() => compare([bare])).toThrow(FramediffError);
    expect(() => compare([a, a])).toThrowError(/given twice/);
    expect(() => compare([a, b], { alignThreshold: 2 })).toThrowError(/alignThreshold/);
    try {
      compare([a, b], { topTerms: -1 });
    } catch (e) {
      expect((e as FramediffError).code).toBe('INVALID_INPUT');
    }
  });

  it('fills defaults into options and keeps caller values', () => {
    const c = compare([a, b], { quoteThreshold: 0.7 });
    expect(c.options).toEqual({ ...defaultComparisonOptions, quoteThreshold: 0.7 });
  });

  it('handles no articles and a single outlet without findings of difference', () => {
    const empty = compare([]);
    expect(empty.outlets).toEqual([]);
    expect(empty.coverage).toEqual([]);
    const one = compare([a]);
    expect(one.distinctive).toEqual([]);
    expect(one.coverage.every((i) => missingOutlets(one.outlets.map((o) => o.id), i).length === 0)).toBe(true);
  });

  it('an article with no sentences or text is compared without error and reported as carrying nothing', () => {
    const blank = fakeArticle('z', 'gamma', '');
    const c = compare([a, b, blank]);
    expect(c.outlets.map((o) => o.id)).toEqual(['alpha', 'beta', 'gamma']);
    expect(missingOutlets(c.outlets.map((o) => o.id), c.coverage[0])).toEqual([{ outletId: 'gamma', status: 'omitted' }]);
  });

  it('a one-word substitution in parallel sentences is a discovered variant with evidence in both outlets', () => {
    const c = compare([a, b]);
    const g = c.variants.find((v) => v.origin === 'alignment')!;
    expect(g.byOutlet.alpha.map((w) => w.wording)).toEqual(['approved']);
    expect(g.byOutlet.beta.map((w) => w.wording)).toEqual(['passed']);
    expect(g.byOutlet.beta[0].evidence[0]).toMatchObject({ articleId: 'b', text: 'passed', start: 12, end: 18 });
  });

  it('extra stop words are honoured', () => {
    const c = compare([a, b], { stopWords: ['approved', 'passed'] });
    expect(c.variants.filter((v) => v.origin === 'alignment')).toEqual([]);
  });
});

describe('core stays runtime-neutral', () => {
  it('no module under src/compare (outside node/) imports node:* or fs/path', () => {
    const dir = join(import.meta.dirname, '../../src/compare');
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.startsWith('node'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(/from ['"](node:|fs|path|os)['"/]/);
  });
});

describe('compareCorpus', () => {
  it('loads files with a manifest, analyzes and compares in one call', async () => {
    // The folder also holds planted.json (test data, not an article): name the article files.
    const dir = join(eventsDir, 'identical');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f));
    const { comparison, errors } = await compareCorpus(files, { manifest: join(dir, 'manifest.json') });
    expect(errors).toEqual([]);
    expect(comparison.outlets.map((o) => o.id)).toEqual(expect.arrayContaining(['coastal-wire', 'harbour-times', 'city-desk']));
    expect(comparison.variants).toEqual([]);
  });

  it('reports files that fail to load and duplicates, and compares the rest', async () => {
    const seed = join(corpusDir, readdirSync(corpusDir).find((f) => f.startsWith('001'))!);
    const { comparison, errors } = await compareCorpus([seed, seed, join(corpusDir, 'no-such-file.txt')], { manifest: join(corpusDir, 'manifest.json') });
    expect(errors.map((e) => e.code)).toContain('NOT_FOUND');
    expect(comparison.articles).toHaveLength(1);
    expect(comparison.outlets[0].id).toBe('unn');
  });
});

describe('compareCorpus: duplicates', () => {
  const text = 'Harbour reopens\n\nThe harbour reopened on Friday after repairs, the port authority said. "We are open again," a spokesman said.\n';
  const article = (content: string, label: string, outlet: string) => normalize({ content, label, meta: { outlet: { id: outlet, name: outlet } } });

  it('one outlet\'s same text twice (another file, CRLF line ends) is compared once, with a warning, not an error', async () => {
    const first = article(text, 'a.txt', 'coast-gazette');
    const again = article(text.replace(/\n/g, '\r\n'), 'saved-again.txt', 'coast-gazette');
    // The copy kept is the one with the smaller id (a hash of its bytes), whichever is given first.
    const [keep, drop] = first.id < again.id ? [first, again] : [again, first];
    for (const order of [[first, again], [again, first]]) {
      const { comparison, errors, warnings } = await compareCorpus(order);
      expect(errors).toEqual([]);
      expect(comparison.articles.map((a) => a.source.label)).toEqual([keep.source.label]);
      expect(warnings).toEqual([{ code: 'DUPLICATE_ARTICLE', file: drop.source.label, message: `the same article as ${keep.source.label} (same outlet and text); compared once` }]);
    }
  });

  it('the same text under two outlets is syndication, not a duplicate: both are compared', async () => {
    const { comparison, warnings } = await compareCorpus([article(text, 'a.txt', 'coast-gazette'), article(text, 'b.txt', 'island-radio')]);
    expect(warnings).toEqual([]);
    expect(comparison.articles.map((a) => a.outlet.id)).toEqual(['coast-gazette', 'island-radio']);
  });
});
