/**
 * `compareCorpus`: one call for scripts (Node). Loads files/folders/globs with `loadCorpus`
 * (or takes normalized Articles), analyzes them, compares them. Per-file load failures and
 * duplicate articles are returned in `errors`; the rest of the corpus is compared.
 */
import { analyzeCorpus, type AnalyzeOptions } from '../../analyze/analyze.js';
import type { LoadError } from '../../errors.js';
import { loadCorpus, type LoadOptions } from '../../load/node/load-corpus.js';
import type { Article } from '../../types/article.js';
import type { Comparison, ComparisonOptions } from '../../types/comparison.js';
import { compare } from '../compare.js';

export interface CompareCorpusOptions extends ComparisonOptions {
  /** A manifest file or object (outlets per file); overrides folders' manifest.json. */
  manifest?: LoadOptions['manifest'];
  /** Further loader options (maxBytes, normalize, onProgress). */
  load?: Omit<LoadOptions, 'manifest'>;
  /** Analysis options (lexicons, gazetteer). */
  analyze?: AnalyzeOptions;
}

export interface CompareCorpusResult {
  comparison: Comparison;
  errors: LoadError[];
}

export async function compareCorpus(input: string | string[] | Article[], options: CompareCorpusOptions = {}): Promise<CompareCorpusResult> {
  const { manifest, load, analyze, ...comparisonOptions } = options;
  let articles: Article[];
  const errors: LoadError[] = [];
  if (typeof input === 'string' || (Array.isArray(input) && input.every((x) => typeof x === 'string'))) {
    const loaded = await loadCorpus(input as string | string[], { ...load, manifest });
    articles = loaded.articles;
    errors.push(...loaded.errors);
  } else {
    articles = input as Article[];
  }
  // The same file given twice (same bytes, same id) is compared once.
  const seen = new Set<string>();
  const unique = articles.filter((a) => {
    if (!seen.has(a.id)) return seen.add(a.id), true;
    errors.push({ code: 'INVALID_INPUT', file: a.source?.label ?? a.id, message: `duplicate article ${a.id} (same content given twice); compared once` });
    return false;
  });
  return { comparison: compare(analyzeCorpus(unique, analyze), comparisonOptions), errors };
}
