/** Shared loading for the analysis tests: seeds and dev fixtures, normalized the library's way. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normalize } from '../../src/normalize/normalize.js';
import { analyze } from '../../src/analyze/analyze.js';
import type { Article } from '../../src/types/article.js';
import type { Actor, ArticleAnalysis, Mention } from '../../src/types/analysis.js';

const root = join(import.meta.dirname, '..', '..');

export function loadSeed(prefix: string): Article {
  const dir = join(root, 'corpus');
  const file = readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`no seed ${prefix}`);
  return normalize({ content: readFileSync(join(dir, file), 'utf8'), label: file });
}

export function loadDev(name: string): Article {
  const file = join(root, 'tests', 'fixtures', 'dev-analysis', name);
  return normalize({ content: readFileSync(file, 'utf8'), label: name });
}

const cache = new Map<string, { article: Article; analysis: ArticleAnalysis }>();

export function analyzed(kind: 'seed' | 'dev', name: string): { article: Article; analysis: ArticleAnalysis } {
  const key = `${kind}:${name}`;
  let hit = cache.get(key);
  if (!hit) {
    const article = kind === 'seed' ? loadSeed(name) : loadDev(name);
    hit = { article, analysis: analyze(article) };
    cache.set(key, hit);
  }
  return hit;
}

export function actor(analysis: ArticleAnalysis, id: string): Actor {
  const found = analysis.actors.find((a) => a.id === id);
  if (!found) throw new Error(`no actor ${id}; have ${analysis.actors.map((a) => a.id).join(', ')}`);
  return found;
}

/** The labels written on an actor's mentions, as text. */
export function labelTexts(a: Actor): string[] {
  return a.mentions.flatMap((m) => (m.label ? [m.label.text] : []));
}

export function mentionWith(a: Actor, pred: (m: Mention) => boolean): Mention {
  const m = a.mentions.find(pred);
  if (!m) throw new Error(`no matching mention on ${a.id}: ${JSON.stringify(a.mentions.map((x) => [x.text, x.form, x.label?.text]))}`);
  return m;
}
