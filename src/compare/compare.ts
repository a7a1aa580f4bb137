/**
 * `compare`: the cross-outlet comparison of one event's analyzed articles. Outlets are the unit.
 * Pipeline: sentence units → alignment clusters (blocking, no all-pairs) → coverage, variants,
 * rewrites; actors matched across articles → labels, tone; quotes clustered → speaker matrix;
 * sourcing profiles; distinctive vocabulary. Plain, deterministic data out.
 */
import { FramediffError } from '../errors.js';
import { defaultLexicons, type Lexicons } from '../lexicons/index.js';
import type { ConceptLexicon } from '../lexicons/concepts.js';
import type { AnalyzedArticle, Comparison } from '../types/comparison.js';
import { matchActors } from './actors.js';
import { alignedGroups, clusterSentences } from './align.js';
import { buildContext } from './context.js';
import { findCoverage } from './coverage.js';
import { findDistinctive } from './distinctive.js';
import { findLabels } from './labels.js';
import { resolveOptions, type CompareOptions } from './options.js';
import { findDrift } from './drift.js';
import { findPassages } from './passages.js';
import { findQuoteClusters, quoteItems } from './quotes.js';
import { findRewrites } from './rewrites.js';
import { findSourcing } from './sourcing.js';
import { speakerMatrix } from './speakers.js';
import { findTone } from './tone.js';
import { normalizeWord } from './tokens/words.js';
import { findVariants } from './variants.js';

/**
 * Compare analyzed articles across outlets: labels, variant wordings, quote clusters, speakers,
 * coverage and omissions, rewrites, shared passages, attribution drift, sourcing, distinctive
 * terms, tone and the sentence synopsis. Deterministic: the same articles give the same comparison
 * in any order. Throws FramediffError (`INVALID_INPUT`) when the articles are not analyzed
 * articles. The lexicons in force (from `buildLexicons` / `--lexicon`) are `options.lexicons` or
 * `lexicons` (which wins per lexicon); compare reads `stopwords`, `drift` and `concepts`, the
 * built-in ones when absent.
 */
export function compare(articles: AnalyzedArticle[], options: CompareOptions = {}, given: Partial<Lexicons> = {}): Comparison {
  const opts = resolveOptions(options);
  checkArticles(articles);
  articles = canonicalOrder(articles);
  const lexicons: Lexicons = { ...(options.lexicons ?? defaultLexicons), ...given };
  const base = lexicons.stopwords.words;
  const stopWords = opts.stopWords.length ? new Set([...base, ...opts.stopWords.map(normalizeWord)]) : base;
  const ctx = buildContext(articles, opts, stopWords, lexicons);

  const clusters = clusterSentences(ctx);
  const actors = matchActors(ctx);
  const quotes = quoteItems(ctx, actors);
  const coverage = findCoverage(ctx, clusters);
  return {
    articles,
    outlets: ctx.outlets,
    actors: actors.actors,
    labels: findLabels(ctx, actors),
    variants: findVariants(ctx, clusters, conceptDescriptions(lexicons.concepts, opts.conceptDescriptions)),
    quoteClusters: findQuoteClusters(ctx, quotes),
    speakers: speakerMatrix(ctx, quotes),
    coverage,
    attributionDrift: findDrift(ctx, coverage, lexicons.drift),
    rewrites: findRewrites(ctx, clusters),
    sharedPassages: findPassages(ctx),
    sourcing: findSourcing(ctx),
    distinctive: findDistinctive(ctx),
    tone: findTone(ctx, actors),
    alignment: alignedGroups(ctx, clusters),
    options: opts,
  };
}

/**
 * The articles by outlet id, then publication date (undated last), then article id (outlet id plus
 * a hash of the input bytes): every later step numbers articles in this order, so renaming or
 * reordering the files changes no finding, and the report lists outlets alphabetically.
 */
function canonicalOrder(articles: AnalyzedArticle[]): AnalyzedArticle[] {
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...articles].sort(
    (a, b) => cmp(a.outlet.id, b.outlet.id) || cmp(a.publishedAt ?? '\uffff', b.publishedAt ?? '\uffff') || cmp(a.id, b.id),
  );
}

function checkArticles(articles: AnalyzedArticle[]): void {
  if (!Array.isArray(articles)) throw new FramediffError('INVALID_INPUT', '', 'compare: expected an array of analyzed articles');
  const seen = new Set<string>();
  for (const a of articles) {
    const label = a?.source?.label ?? a?.id ?? '';
    if (!a || typeof a.text !== 'string' || !a.outlet?.id) throw new FramediffError('INVALID_INPUT', label, 'compare: not an article (text and outlet.id are required)');
    if (!a.analysis || !Array.isArray(a.analysis.sentences)) throw new FramediffError('INVALID_INPUT', label, 'compare: article has no analysis; run analyze() first');
    if (seen.has(a.id)) throw new FramediffError('INVALID_INPUT', label, `compare: article id ${a.id} given twice`);
    seen.add(a.id);
  }
}

/** Concept names for variant groups: the concept lexicon's notes, overridden by the caller's. */
function conceptDescriptions(concepts: ConceptLexicon, given: Record<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, c] of Object.entries(concepts.concepts)) if (c.note) out.set(id, c.note);
  for (const [id, d] of Object.entries(given)) out.set(id, d);
  return out;
}
