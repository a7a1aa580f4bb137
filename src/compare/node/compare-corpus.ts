/**
 * `compareCorpus`: one call for scripts (Node). Loads files/folders/globs with `loadCorpus`
 * (or takes normalized Articles), analyzes them, compares them. Per-file load failures are
 * returned in `errors`; a duplicate article (one outlet, the same text twice) is compared once and
 * named in `warnings`: the corpus is still complete, so it is no failure.
 */
import { analyzeCorpus, type AnalyzeOptions } from '../../analyze/analyze.js';
import type { LoadError } from '../../errors.js';
import { loadCorpus, type LoadOptions } from '../../load/node/load-corpus.js';
import type { Article } from '../../types/article.js';
import type { Comparison } from '../../types/comparison.js';
import type { CompareOptions } from '../options.js';
import { compare } from '../compare.js';
import { dropDuplicates, type CorpusWarning } from '../dedupe.js';

export type { CorpusWarning } from '../dedupe.js';

/** Options of `compareCorpus`: the comparison's own (the lexicons included), plus those of loading and analysis. */
export interface CompareCorpusOptions extends CompareOptions {
  /** A manifest file or object (outlets per file); overrides folders' manifest.json. */
  manifest?: LoadOptions['manifest'];
  /** Further loader options (maxBytes, normalize, onProgress). */
  load?: Omit<LoadOptions, 'manifest'>;
  /** Analysis options (lexicons, gazetteer). */
  analyze?: AnalyzeOptions;
}

/**
 * What `compareCorpus` returns: the comparison, the inputs that failed, and the warnings about the
 * corpus (duplicates).
 */
export interface CompareCorpusResult {
  comparison: Comparison;
  errors: LoadError[];
  warnings: CorpusWarning[];
}

/**
 * The whole pipeline in one call (Node): load files, folders or globs (or take normalized
 * articles), analyze, drop duplicate articles with a warning, and compare. One bad file never
 * sinks the run: it is listed in `errors`.
 */
export async function compareCorpus(input: string | string[] | Article[], options: CompareCorpusOptions = {}): Promise<CompareCorpusResult> {
  const { manifest, load, analyze, ...comparisonOptions } = options;
  // One `lexicons` serves every stage: HTML rules, boilerplate, analysis, comparison.
  const lex = options.lexicons;
  const loadOptions: LoadOptions = lex
    ? { ...load, manifest, parse: { htmlRules: lex.html, ...load?.parse }, normalize: { boilerplate: lex.boilerplate, ...load?.normalize } }
    : { ...load, manifest };
  const analyzeOptions: AnalyzeOptions | undefined = lex ? { lexicons: lex, ...analyze } : analyze;
  let articles: Article[];
  const errors: LoadError[] = [];
  if (typeof input === 'string' || (Array.isArray(input) && input.every((x) => typeof x === 'string'))) {
    const loaded = await loadCorpus(input as string | string[], loadOptions);
    articles = loaded.articles;
    errors.push(...loaded.errors);
  } else {
    articles = input as Article[];
  }
  const { unique, warnings } = dropDuplicates(articles);
  return { comparison: compare(analyzeCorpus(unique, analyzeOptions), comparisonOptions, lex ? {} : (analyze?.lexicons ?? {})), errors, warnings };
}
