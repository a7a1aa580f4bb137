/**
 * Test pipeline: normalize + analyze a folder with a manifest ({outlets, articles: [{file, outlet}]}).
 * Uses analyze() when the analysis orchestrator exists; otherwise assembles the analysis from the
 * finders that exist (context, quotes, framing, sources), so comparison tests run on real analysis.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalize } from '../../src/normalize/normalize.js';
import type { Article } from '../../src/types/article.js';
import type { ArticleAnalysis } from '../../src/types/analysis.js';
import type { AnalyzedArticle } from '../../src/types/comparison.js';

const root = join(import.meta.dirname, '..', '..');

export interface Manifest {
  outlets: Record<string, { name: string; kind?: string }>;
  articles: { file: string; outlet: string }[];
}

export function loadFolder(dir: string): Article[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  return manifest.articles.map(({ file, outlet }) => {
    const o = manifest.outlets[outlet];
    return normalize({ content: readFileSync(join(dir, file)), label: file, meta: { outlet: { id: outlet, name: o?.name ?? outlet, kind: o?.kind } } });
  });
}

type Analyze = (a: Article) => ArticleAnalysis;

async function analyzer(): Promise<Analyze> {
  const full = join(root, 'src/analyze/analyze.ts');
  if (existsSync(full)) {
    const mod = await import(/* @vite-ignore */ full);
    return mod.analyze as Analyze;
  }
  const { buildContext } = await import('../../src/analyze/context.js');
  const finder = async (p: string, name: string) => (existsSync(join(root, p)) ? (await import(/* @vite-ignore */ join(root, p)))[name] : () => []);
  const findQuotes = await finder('src/analyze/quotes/index.ts', 'findQuotes');
  const findFraming = await finder('src/analyze/framing.ts', 'findFraming');
  const findSources = await finder('src/analyze/sources.ts', 'findSources');
  return (a) => {
    const ctx = buildContext(a);
    return {
      articleId: a.id,
      language: 'en',
      tokens: ctx.tokens.length,
      sentences: ctx.sentences,
      actors: ctx.actors,
      quotes: findQuotes(ctx),
      sources: findSources(ctx),
      framing: findFraming(ctx),
      titleFraming: [], concepts: [], titleConcepts: [],
      tone: [],
      warnings: [],
    };
  };
}

export async function analyzeFolder(dir: string): Promise<AnalyzedArticle[]> {
  const analyze = await analyzer();
  return loadFolder(dir).map((a) => ({ ...a, analysis: analyze(a) }));
}

export const corpusDir = join(root, 'corpus');
export const eventsDir = join(root, 'tests/fixtures/events');
