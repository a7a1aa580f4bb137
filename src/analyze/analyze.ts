/**
 * analyze(): one article → sentences, actors with labelled mentions, quotes, sources,
 * loaded wording and tone, with every finding located in `Article.text`. Bad input gives
 * warnings, never exceptions: an article the analysis cannot read is reported, not dropped.
 */
import { placeWarning } from '../text/messages.js';
import type { Article, ArticleWarning } from '../types/article.js';
import type { ActorKind, ArticleAnalysis, TokenTags } from '../types/analysis.js';
import type { AnalyzedArticle } from '../types/comparison.js';
import { defaultLexicons, type Lexicons } from '../lexicons/index.js';
import { textSpanToRaw } from '../text/offset-map.js';
import { buildContext, type AnalysisContext, type Token } from './context.js';
import { knownWords } from './nlp.js';
import { guessEnglish } from './language.js';
import { detectLanguage } from '../normalize/language.js';
import { actorTone } from './tone.js';
import { withToneTargets } from './tone-targets.js';
import { findQuotes, findQuotesWithWarnings } from './quotes/index.js';
import { findSources } from './sources.js';
import { findConceptTerms, findFraming } from './framing.js';

/** How `analyze` may be tuned: the lexicons in force and actors the caller already knows. */
export interface AnalyzeOptions {
  lexicons?: Lexicons;
  /** Actors the caller knows about; matched by name and aliases, kind as given. */
  gazetteer?: { name: string; aliases?: string[]; kind: ActorKind }[];
}

type Located = { start: number; end: number };

/**
 * Analyze one normalized article: actors and their labels, quotes and speakers, sources, loaded
 * wording, concept variants and tone, each finding with offsets into `article.text` and the id of
 * its rule. Never throws for a bad text: a step that fails leaves an `ANALYSIS_STEP_FAILED` warning
 * and an empty result for that step (and a failure outside the steps an empty analysis with
 * `ANALYSIS_FAILED`), so a corpus run goes on.
 */
export function analyze(article: Article, options: AnalyzeOptions = {}): ArticleAnalysis {
  try {
    return analyzeOrThrow(article, options);
  } catch (error) {
    // Last resort: an empty analysis that says why, so a corpus run goes on.
    return {
      articleId: article.id,
      language: 'und',
      tokens: 0,
      sentences: [],
      actors: [],
      quotes: [],
      sources: [],
      framing: [],
      concepts: [],
      titleFraming: [],
      titleConcepts: [],
      tone: [],
      warnings: [{ code: 'ANALYSIS_FAILED', severity: 'error', source: 'analyze', message: `analysis failed: ${error instanceof Error ? error.message : String(error)}` }],
    };
  }
}

function analyzeOrThrow(article: Article, options: AnalyzeOptions): ArticleAnalysis {
  const lexicons = options.lexicons ?? defaultLexicons;
  const warnings: ArticleWarning[] = [];
  const ctx = buildContext(article, lexicons, { gazetteer: options.gazetteer });
  const language = guessEnglish(ctx.text, ctx.tokens, ctx.stopWords);

  if (ctx.sentences.length === 0) {
    warnings.push({ code: 'NO_SENTENCES', severity: 'warning', message: 'the article has no sentences to analyze' });
  }
  if (!language.english) {
    warnings.push({
      code: 'LANGUAGE_NOT_ENGLISH',
      severity: 'warning',
      message: `the text does not look like English (stop-word share ${language.stopWordShare}, non-Latin letters ${language.nonLatinShare}); only English is supported, findings may be wrong`,
      actual: `stop-word share ${language.stopWordShare}`,
      expected: 'English text',
    });
  }

  const quotes = guard(ctx, 'quotes', warnings, () => findQuotesWithWarnings(ctx, { author: article.byline }), { quotes: [], warnings: [] });
  for (const w of quotes.warnings) warnings.push(located(article, w, w));
  const sources = guard(ctx, 'sources', warnings, () => findSources(ctx, article.outlet?.name), []);
  const framing = guard(ctx, 'framing', warnings, () => findFraming(ctx, quotes.quotes), []);
  const concepts = guard(ctx, 'concepts', warnings, () => findConceptTerms(ctx, quotes.quotes), []);
  const title = article.title ? titleContext(article, lexicons) : null;
  // The headline's quote marks, read once for both finders.
  const titleQuotes = title ? guard(ctx, 'title quotes', warnings, () => findQuotes(title), []) : [];
  const titleFraming = title ? guard(ctx, 'title framing', warnings, () => findFraming(title, titleQuotes), []) : [];
  const titleConcepts = title ? guard(ctx, 'title concepts', warnings, () => findConceptTerms(title, titleQuotes), []) : [];
  // Lone surnames and resolvable pronouns join the actors after quotes and sources have run.
  const actors = guard(ctx, 'tone targets', warnings, () => withToneTargets(ctx), ctx.actors);
  const tone = guard(ctx, 'tone', warnings, () => actorTone({ text: ctx.text, tokens: ctx.tokens, sentences: ctx.sentences, actors, sentiment: lexicons.sentiment }), []);

  return {
    articleId: article.id,
    language: language.english ? 'en' : article.language && article.language !== 'en' ? article.language : (detectLanguage(ctx.text) ?? 'und'),
    tokens: ctx.tokens.filter((t) => t.type !== 'tabCRLF').length,
    tokenTags: tokenTagsOf(ctx.tokens),
    sentences: ctx.sentences,
    actors,
    quotes: quotes.quotes,
    sources,
    framing,
    concepts,
    titleFraming,
    titleConcepts,
    tone,
    warnings: warnings.map((w) => placeWarning(w, article.raw)),
  };
}

/** The tokens as compact parallel arrays for compare (which never tags again); whitespace tokens left out. */
export function tokenTagsOf(tokens: Token[]): TokenTags {
  const words = tokens.filter((t) => t.type !== 'tabCRLF');
  const known = knownWords(words.map((t) => t.normal));
  // One pass, strings built as they go: this runs on every article.
  let offsets = '';
  let pos = '';
  let flags = '';
  for (let i = 0; i < words.length; i++) {
    const t = words[i];
    const sep = i === 0 ? '' : ' ';
    offsets += `${sep}${t.start}-${t.end}`;
    pos += sep + t.pos;
    flags += known.has(t.normal) ? '1' : '0';
  }
  return { offsets, pos, known: flags };
}

/** The headline as a one-paragraph document of its own, so its offsets are offsets into `title`. */
function titleContext(article: Article, lexicons: Lexicons): AnalysisContext {
  const title = article.title ?? '';
  return buildContext({ id: article.id, text: title, paragraphs: [{ start: 0, end: title.length, kind: 'heading' }] }, lexicons);
}

/** Analyze every article; one article failing never stops the rest. */
export function analyzeCorpus(articles: Article[], options: AnalyzeOptions = {}): AnalyzedArticle[] {
  return articles.map((article) => withAnalysis(article, analyze(article, options)));
}

/**
 * The article with its analysis. A language nobody gave (normalize assumes "en") becomes the
 * detected one, marked inferred, so a German article says "de" wherever the article is shown.
 */
function withAnalysis(article: Article, analysis: ArticleAnalysis): AnalyzedArticle {
  const detected = analysis.language;
  if (article.provenance.language === 'explicit' || detected === 'und' || detected === article.language) return { ...article, analysis };
  return { ...article, language: detected, provenance: { ...article.provenance, language: 'inferred' }, analysis };
}

/**
 * A finder that throws is a bug, but one article must not sink a corpus run: report it
 * as a warning naming the step and carry on with an empty result for that step.
 */
function guard<T>(ctx: AnalysisContext, step: string, warnings: ArticleWarning[], run: () => T, empty: T): T {
  try {
    return run();
  } catch (error) {
    warnings.push({
      code: 'ANALYSIS_STEP_FAILED',
      severity: 'error',
      message: `${step} failed on ${ctx.articleId}: ${error instanceof Error ? error.message : String(error)}`,
    });
    return empty;
  }
}

/** Turn a text-offset warning into an article warning with raw offsets. */
function located(article: Article, w: ArticleWarning, at: Located): ArticleWarning {
  const out: ArticleWarning = { code: w.code, message: w.message, severity: w.severity };
  if (w.actual !== undefined) out.actual = w.actual;
  if (w.expected !== undefined) out.expected = w.expected;
  if (article.offsetMap && article.raw !== undefined) {
    const raw = textSpanToRaw(article, at.start, at.end);
    out.rawStart = raw.start;
    out.rawEnd = raw.end;
  }
  return out;
}
