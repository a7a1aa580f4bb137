/**
 * Sentiment lexicon (lexicons/sentiment.json, schema/lexicons/sentiment.schema.json): word →
 * valence on -4..4, generated at build time from VADER and AFINN-165 by
 * scripts/build-sentiment-lexicon.mjs (sources cited in the file). Used for tone toward actors and
 * for evaluative words in loaded wording. A user file may add, override or remove words.
 */
import type { Provenance } from './lexicon.js';

/** The compiled sentiment lexicon analyze reads (`Lexicons.sentiment`). */
export interface SentimentLexicon {
  files: string[];
  /** Lower-cased word → valence (-4..4). */
  words: Map<string, number>;
}

export function compileSentiment(raw: { words?: Record<string, number> }, p: Provenance): SentimentLexicon {
  const words = new Map<string, number>();
  for (const [w, v] of Object.entries(raw.words ?? {})) words.set(w.trim().toLowerCase(), v);
  return { files: p.files, words };
}
