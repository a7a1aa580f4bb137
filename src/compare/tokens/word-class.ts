/**
 * Word classes for the comparison's own tokens, from the POS tags the analysis already computed
 * (`ArticleAnalysis.tokenTags`; compare never tags text again), read lazily per article (only
 * articles that yield substitution candidates build the lookup).
 *
 * Why: a diff of two parallel sentences also pairs words that merely sit in the same gap ("with its
 * own internal dynamics" / "which they emphasized"). A wording variant replaces a word by one of the
 * same kind (noun for noun, verb for verb), so a pair whose heads differ in class is not reported.
 */
import type { AnalyzedArticle } from '../../types/comparison.js';

/**
 * Coarse classes: nouns (and names, numbers), verbs, adjectives, adverbs, everything else; and
 * `participle` for -ed/-ing words the tagger called adjectives ("Putin informed Xi" is tagged ADJ by
 * the lite model), which may be either.
 */
export type WordClass = 'noun' | 'verb' | 'adj' | 'adv' | 'participle' | 'other';

const CLASS: Record<string, WordClass> = {
  NOUN: 'noun',
  PROPN: 'noun',
  NUM: 'noun',
  PRON: 'noun',
  VERB: 'verb',
  AUX: 'verb',
  ADJ: 'adj',
  ADV: 'adv',
};

/** (index into the compared articles, token start) → class, or null where the class is not known. */
export type WordClassOf = (article: number, start: number) => WordClass | null;

/** A lookup (article, token start) → class; each article's lookup is built on first use. */
export function wordClasses(articles: readonly Pick<AnalyzedArticle, 'text' | 'analysis'>[]): WordClassOf {
  const byArticle = new Map<number, Map<number, WordClass>>();
  return (article, start) => {
    let starts = byArticle.get(article);
    if (!starts) byArticle.set(article, (starts = classesOf(articles[article])));
    return starts.get(start) ?? null;
  };
}

function classesOf(article: Pick<AnalyzedArticle, 'text' | 'analysis'>): Map<number, WordClass> {
  const starts = new Map<number, WordClass>();
  const tags = article.analysis.tokenTags;
  // An analysis without tags (written by an older version): every class unknown, no pair is refused.
  if (!tags) return starts;
  const offsets = tags.offsets ? tags.offsets.split(' ') : [];
  const pos = tags.pos.split(' ');
  for (let i = 0; i < offsets.length; i++) {
    // The tagger's guess for a word the model does not know ("de-escalate") is not worth trusting.
    if (tags.known[i] !== '1') continue;
    const [start, end] = offsets[i].split('-').map(Number);
    const c = CLASS[pos[i]] ?? 'other';
    starts.set(start, c === 'adj' && /(?:ed|ing)$/.test(article.text.slice(start, end).toLowerCase()) ? 'participle' : c);
  }
  return starts;
}

/** Two words can be variants when their classes are equal, or either is unknown (not in the model, or split differently). */
export function sameClass(a: WordClass | null, b: WordClass | null): boolean {
  if (a === null || b === null || a === b) return true;
  const verbal = (c: WordClass) => c === 'verb' || c === 'adj';
  return (a === 'participle' && verbal(b)) || (b === 'participle' && verbal(a));
}
