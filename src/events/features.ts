/**
 * What an article is about, as a sparse weighted vector: content words of the headline and body
 * (headline counted twice) and the named actors the analysis found (counted as one feature each,
 * weighed up: two stories about the same people and places share them even when worded apart).
 * Weights are TF-IDF over the corpus being grouped, so words every story uses count for nothing.
 */
import type { AnalyzedArticle } from '../types/comparison.js';
import { defaultStopWords, isContent, matchKey, wordTokens } from '../compare/tokens/words.js';

export interface EventFeatures {
  articleId: string;
  /** Day number (days since 1970-01-01) of `publishedAt`, or null when the article has no date. */
  day: number | null;
  /** Feature keys sorted, with their weights; unit length. */
  keys: string[];
  weights: number[];
}

export interface FeatureOptions {
  /** How much more an actor feature weighs than a word (default 3). */
  actorWeight?: number;
  /** How many of an article's heaviest features index it for candidate search (default 12). */
  indexTerms?: number;
}

/** Raw term counts of one article: `w:` words, `a:` actor ids. */
export function termCounts(a: AnalyzedArticle, actorWeight: number): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string, n: number) => counts.set(key, (counts.get(key) ?? 0) + n);
  const words = (text: string, n: number) => {
    for (const t of wordTokens(text)) {
      if (t.norm.length < 3 || !isContent(t.norm, defaultStopWords) || /^\d/.test(t.norm)) continue;
      add(`w:${matchKey(t.norm)}`, n);
    }
  };
  if (a.title) words(a.title, 2);
  words(a.text, 1);
  for (const actor of a.analysis.actors) {
    if (actor.mentions.length === 0) continue;
    add(`a:${actor.id}`, actorWeight * Math.min(3, actor.mentions.length));
  }
  return counts;
}

/** Day number of an ISO date or timestamp, or null. */
export function dayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.floor(t / 86_400_000) : null;
}

/**
 * TF-IDF vectors (sublinear tf, smoothed idf, unit length) for every article. Document frequencies
 * come from the articles given, so the result depends on the set, never on its order.
 */
export function eventFeatures(articles: AnalyzedArticle[], options: FeatureOptions = {}): EventFeatures[] {
  const actorWeight = options.actorWeight ?? 3;
  const counts = articles.map((a) => termCounts(a, actorWeight));
  const df = new Map<string, number>();
  for (const c of counts) for (const k of c.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = articles.length;
  return articles.map((a, i) => {
    const entries: [string, number][] = [];
    for (const [k, tf] of counts[i]!) {
      const d = df.get(k)!;
      // A feature in one article only links nothing; one in most articles separates nothing.
      if (d < 2 && n > 1) continue;
      const idf = Math.log((1 + n) / (1 + d));
      if (idf <= 0) continue;
      entries.push([k, (1 + Math.log(tf)) * idf]);
    }
    entries.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0)) || 1;
    return {
      articleId: a.id,
      day: dayNumber(a.publishedAt),
      keys: entries.map(([k]) => k),
      weights: entries.map(([, w]) => w / norm),
    };
  });
}

/** The `k` heaviest features of an article (ties by key), for the candidate index. */
export function topKeys(f: EventFeatures, k: number): string[] {
  return f.keys
    .map((key, i) => [key, f.weights[i]!] as const)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, k)
    .map(([key]) => key);
}

/** Cosine of two sparse unit vectors with sorted keys. */
export function sparseCosine(a: { keys: string[]; weights: number[] }, b: { keys: string[]; weights: number[] }): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.keys.length && j < b.keys.length) {
    const x = a.keys[i]!;
    const y = b.keys[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}
