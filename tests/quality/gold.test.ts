/**
 * Quality harness: runs normalize → analyze on the held-out gold set (tests/fixtures/gold) and
 * prints quote recall/precision, speaker accuracy, label recall (definitions in gold-score.ts),
 * per style and overall, as a table and in test-output/quality.json.
 * Asserts the issue-3 targets: quote recall ≥ 0.95, speaker accuracy ≥ 0.85.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Article, ArticleInput } from '../../src/types/article.js';
import type { ArticleAnalysis } from '../../src/types/analysis.js';
import { GOLD_STYLES, loadGold, locateQuotes } from './gold-data.js';
import { METRICS, OVERLAP, emptyScores, fmt, score, value, type Miss, type Scores } from './gold-score.js';

type NormalizeFn = (input: ArticleInput) => Article | Promise<Article>;
type AnalyzeFn = (article: Article) => ArticleAnalysis | Promise<ArticleAnalysis>;

// Imported by variable path so this file type-checks before those modules land; the types above
// pin the contract. If a module is missing the suite fails in beforeAll with the import error.
const NORMALIZE_MODULE = '../../src/normalize/normalize.js';
const ANALYZE_MODULE = '../../src/analyze/analyze.js';

const TARGETS = { quoteRecall: 0.95, speakerAccuracy: 0.85 } as const;

describe('quality on the held-out gold set', () => {
  const docs = loadGold();
  const overall = emptyScores();
  const byStyle = new Map(GOLD_STYLES.map((s) => [s, emptyScores()] as const));
  const misses: Miss[] = [];

  const articles = new Map<string, Article>();
  let analyzeError: unknown = null;

  beforeAll(async () => {
    const { normalize } = (await import(/* @vite-ignore */ NORMALIZE_MODULE)) as { normalize: NormalizeFn };
    for (const doc of docs) {
      articles.set(
        doc.name,
        await normalize({ content: doc.raw, label: `${doc.name}.txt`, format: 'text', meta: { outlet: `gold-${doc.style}` } }),
      );
    }
    let analyze: AnalyzeFn;
    try {
      ({ analyze } = (await import(/* @vite-ignore */ ANALYZE_MODULE)) as { analyze: AnalyzeFn });
    } catch (err) {
      analyzeError = err;
      return;
    }
    for (const doc of docs) {
      const article = articles.get(doc.name)!;
      try {
        score(doc, article, await analyze(article), [overall, byStyle.get(doc.style)!], misses);
      } catch (err) {
        // A doc that cannot be scored must fail the figures, not silently drop out of them.
        analyzeError ??= err;
      }
    }

    const rows = [['overall', overall] as const, ...byStyle.entries()];
    const table = rows.map(([name, s]) => ({
      style: name,
      ...Object.fromEntries(METRICS.map((m) => [m, fmt(s[m])])),
    }));
    console.log('\nframediff analysis quality on tests/fixtures/gold (targets: quoteRecall ≥ 0.95, speakerAccuracy ≥ 0.85)');
    console.table(table);
    if (misses.length > 0) console.log(`${misses.length} misses (details in test-output/quality.json)`);

    const asJson = (s: Scores) => Object.fromEntries(METRICS.map((m) => [m, { ...s[m], value: value(s[m]) }]));
    mkdirSync('test-output', { recursive: true });
    writeFileSync(
      'test-output/quality.json',
      JSON.stringify(
        {
          targets: TARGETS,
          overlap: OVERLAP,
          documents: docs.map((d) => d.name),
          overall: asJson(overall),
          byStyle: Object.fromEntries([...byStyle.entries()].map(([k, s]) => [k, asJson(s)])),
          misses,
        },
        null,
        2,
      ) + '\n',
    );
  });

  it('normalization keeps every gold quote verbatim in Article.text', () => {
    for (const doc of docs) {
      const located = locateQuotes(articles.get(doc.name)!.text, doc.quotes);
      expect('error' in located ? `${doc.name}: ${located.error}` : null).toBeNull();
    }
  });

  it(`quote recall ≥ ${TARGETS.quoteRecall}`, () => {
    if (analyzeError) throw analyzeError;
    expect(overall.quoteRecall.total).toBeGreaterThan(0);
    expect(value(overall.quoteRecall)).toBeGreaterThanOrEqual(TARGETS.quoteRecall);
  });

  it(`speaker accuracy on named person speakers ≥ ${TARGETS.speakerAccuracy}`, () => {
    if (analyzeError) throw analyzeError;
    expect(overall.speakerAccuracy.total).toBeGreaterThan(0);
    expect(value(overall.speakerAccuracy)).toBeGreaterThanOrEqual(TARGETS.speakerAccuracy);
  });

  it('every style is measured', () => {
    if (analyzeError) throw analyzeError;
    for (const [style, s] of byStyle) expect(s.quoteRecall.total, style).toBeGreaterThan(0);
  });
});
