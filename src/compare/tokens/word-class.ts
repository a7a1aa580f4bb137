/**
 * Word classes for the comparison's own tokens, from wink's POS tags, read lazily per text (only
 * texts that yield substitution candidates pay for a tagging pass).
 *
 * Why: a diff of two parallel sentences also pairs words that merely sit in the same gap ("with its
 * own internal dynamics" / "which they emphasized"). A wording variant replaces a word by one of the
 * same kind (noun for noun, verb for verb), so a pair whose heads differ in class is not reported.
 */
import { knownWords } from '../../analyze/nlp.js';
import { tokenize } from '../../analyze/tokens.js';

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

export type WordClassOf = (text: string, start: number) => WordClass | null;

/** A lookup (text, token start) → class; each distinct text is tagged once, on first use. */
export function wordClasses(): WordClassOf {
  const byText = new Map<string, Map<number, WordClass>>();
  return (text, start) => {
    let starts = byText.get(text);
    if (!starts) {
      starts = new Map();
      const tokens = tokenize(text).tokens;
      // The tagger's guess for a word the model does not know ("de-escalate") is not worth trusting.
      const known = knownWords(tokens.map((t) => t.normal));
      for (const t of tokens) {
        if (!known.has(t.normal)) continue;
        const c = CLASS[t.pos] ?? 'other';
        starts.set(t.start, c === 'adj' && /(?:ed|ing)$/.test(t.normal) ? 'participle' : c);
      }
      byText.set(text, starts);
    }
    return starts.get(start) ?? null;
  };
}

/** Two words can be variants when their classes are equal, or either is unknown (not in the model, or split differently). */
export function sameClass(a: WordClass | null, b: WordClass | null): boolean {
  if (a === null || b === null || a === b) return true;
  const verbal = (c: WordClass) => c === 'verb' || c === 'adj';
  return (a === 'participle' && verbal(b)) || (b === 'participle' && verbal(a));
}
