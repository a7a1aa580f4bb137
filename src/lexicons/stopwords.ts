/**
 * Stop-word lexicon (lexicons/stopwords.json, schema/lexicons/stopwords.schema.json): function
 * words that comparison ignores (similarity, distinctive vocabulary, variant edges), and the words
 * that open a new clause inside a sentence (clause pairs, attribution drift).
 */
import type { Provenance } from './lexicon.js';
import { lowerUnique } from './lists.js';

/** The compiled stop-word lexicon compare reads (`Lexicons.stopwords`). */
export interface StopwordLexicon {
  files: string[];
  /** Lower-cased function words. */
  words: ReadonlySet<string>;
  /** Lower-cased clause openers: "while", "as", "after". */
  clauseOpeners: ReadonlySet<string>;
}

export function compileStopwords(raw: { words?: string[]; clauseOpeners?: string[] }, p: Provenance): StopwordLexicon {
  return { files: p.files, words: new Set(lowerUnique(raw.words)), clauseOpeners: new Set(lowerUnique(raw.clauseOpeners)) };
}
