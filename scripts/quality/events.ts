/**
 * Events on a labelled multi-event corpus assembled from the dev data: every BASIL dev triplet is one
 * event told by three outlets, so the 150 articles mixed together must come back as 50 groups.
 * Prints purity/completeness twice: with the articles' real dates, and with every date removed
 * (content alone must then separate events that share a day in a real crawl).
 * Usage: node dist/... (built by `npm run quality`) [--basil DIR]
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normalize } from '../../src/normalize/normalize.js';
import { analyze } from '../../src/analyze/analyze.js';
import { groupEvents, scoreClusters } from '../../src/events/index.js';
import type { AnalyzedArticle } from '../../src/types/comparison.js';

const arg = process.argv.indexOf('--basil');
const basil = resolve(arg > 0 ? process.argv[arg + 1]! : '../shared/dev-data/basil-dev');
const triplets = join(basil, 'triplets');
if (!existsSync(triplets)) {
  console.error(`events quality: no ${triplets}; skipped`);
  process.exit(0);
}
const gold = new Map<string, string>();
const articles: AnalyzedArticle[] = [];
for (const event of readdirSync(triplets).sort()) {
  for (const file of readdirSync(join(triplets, event)).sort()) {
    const path = join(triplets, event, file);
    const article = normalize({ content: readFileSync(path, 'utf8'), label: path });
    articles.push({ ...article, analysis: analyze(article) });
    gold.set(article.id, event);
  }
}
const row = (name: string, list: AnalyzedArticle[]) => {
  const found = new Map<string, string>();
  for (const g of groupEvents(list)) for (const id of g.articles) found.set(id, g.id);
  const s = scoreClusters(found, gold);
  const f = (x: number) => x.toFixed(3);
  console.log(
    `${name.padEnd(22)} articles ${s.articles}  gold ${s.goldEvents}  found ${s.foundEvents}  purity ${f(s.purity)}  inverse purity ${f(s.inversePurity)}  homogeneity ${f(s.homogeneity)}  completeness ${f(s.completeness)}  V ${f(s.vMeasure)}`,
  );
};
row('with dates', articles);
row('dates removed', articles.map((a) => ({ ...a, publishedAt: null })));
if (process.argv.includes('--explain')) {
  for (const g of groupEvents(articles.map((a) => ({ ...a, publishedAt: null })))) {
    const evs = new Set(g.articles.map((id) => gold.get(id)));
    if (evs.size > 1) console.log(g.articles.map((id) => `${gold.get(id)!.slice(0, 8)}:${id.slice(0, 14)}`).join(' '), g.terms.join(' '));
  }
}
