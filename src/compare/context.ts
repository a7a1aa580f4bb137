/**
 * What every comparison step shares: the articles in input order, their outlets, sentence units
 * with word tokens and content features, and feature weights. Built once per `compare` call.
 */
import { defaultLexicons, type Lexicons } from '../lexicons/index.js';
import type { AnalyzedArticle, OutletSummary, ResolvedComparisonOptions } from '../types/comparison.js';
import { contentFeatures, Vocabulary } from './tokens/shingles.js';
import { wordTokens, type WordToken } from './tokens/words.js';

export interface SentenceUnit {
  /** Index into `ctx.articles`. */
  article: number;
  /** `Sentence.index` in the article's analysis. */
  sentence: number;
  start: number;
  end: number;
  tokens: WordToken[];
  features: Int32Array;
}

export type ResolvedOptions = ResolvedComparisonOptions;

export interface CompareContext {
  articles: AnalyzedArticle[];
  /** Article id → input index. */
  articleIndex: Map<string, number>;
  outlets: OutletSummary[];
  outletIds: string[];
  /** Outlet id → its index in `outletIds`. */
  outletRank: Map<string, number>;
  options: ResolvedOptions;
  stopWords: ReadonlySet<string>;
  /** The lexicons compare reads (stop words, clause openers, drift cues, concepts). */
  lexicons: Pick<Lexicons, 'stopwords' | 'drift' | 'concepts'>;
  vocab: Vocabulary;
  units: SentenceUnit[];
  /** Word tokens of each article's whole text, in order (units hold slices of these). */
  articleWords: WordToken[][];
  /** Inverse sentence frequency of each feature id, over all sentence units. */
  weights: Float64Array;
}

/** Sentences with fewer content words than this are headings, bylines or fragments: not claims. */
const MIN_CONTENT_WORDS = 3;

export function buildContext(
  articles: AnalyzedArticle[],
  options: ResolvedOptions,
  stopWords: ReadonlySet<string>,
  lexicons: Pick<Lexicons, 'stopwords' | 'drift' | 'concepts'> = defaultLexicons,
): CompareContext {
  const articleIndex = new Map<string, number>();
  const outletMap = new Map<string, OutletSummary>();
  articles.forEach((a, i) => {
    articleIndex.set(a.id, i);
    let o = outletMap.get(a.outlet.id);
    if (!o) {
      o = { id: a.outlet.id, name: a.outlet.name, articleIds: [] };
      if (a.outlet.kind !== undefined) o.kind = a.outlet.kind;
      outletMap.set(a.outlet.id, o);
    }
    o.articleIds.push(a.id);
  });
  const outlets = [...outletMap.values()];
  const vocab = new Vocabulary();
  const units: SentenceUnit[] = [];
  const articleWords = articles.map((a) => wordTokens(a.text));
  articles.forEach((a, ai) => {
    for (const s of a.analysis.sentences) {
      if (a.paragraphs[s.paragraph]?.kind === 'heading') continue;
      const tokens = sliceTokens(articleWords[ai], s.start, s.end);
      const features = contentFeatures(tokens, vocab, stopWords);
      if (features.length < MIN_CONTENT_WORDS) continue;
      units.push({ article: ai, sentence: s.index, start: s.start, end: s.end, tokens, features });
    }
  });
  const df = new Float64Array(vocab.size);
  for (const u of units) for (let k = 0; k < u.features.length; k++) df[u.features[k]]++;
  const weights = new Float64Array(vocab.size);
  const n = Math.max(1, units.length);
  for (let f = 0; f < weights.length; f++) weights[f] = Math.log(1 + n / Math.max(1, df[f]));
  const outletIds = outlets.map((o) => o.id);
  const outletRank = new Map(outletIds.map((id, i) => [id, i]));
  return { articles, articleIndex, outlets, outletIds, outletRank, options, stopWords, lexicons, vocab, units, articleWords, weights };
}

/** The tokens lying inside [start, end) of a sorted token list (binary search for the first). */
export function sliceTokens(tokens: WordToken[], start: number, end: number): WordToken[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  let k = lo;
  while (k < tokens.length && tokens[k].end <= end) k++;
  return tokens.slice(lo, k);
}
