/**
 * Sentiment lexicon (lexicons/sentiment.json): word → valence on -4..4, generated at build time
 * from VADER and AFINN-165 by scripts/build-sentiment-lexicon.mjs (sources cited in the file).
 * Used for tone toward actors and for evaluative words in loaded wording. A user file may add
 * or override words; bad values are a typed error naming the file and the word.
 */
import { invalidLexicon } from './invalid.js';
import data from '../../lexicons/sentiment.json';

/**
 * Sentiment lexicon (lexicons/sentiment.json: VADER and AFINN-165 valences) for tone and
 * evaluative wording.
 */
export interface SentimentLexicon {
  files: string[];
  /** Lower-cased word → valence (-4..4). */
  words: Map<string, number>;
}

function fail(file: string, message: string): never {
  return invalidLexicon('sentiment', file, message);
}

export function mergeSentiment(base: SentimentLexicon, extra: unknown, file: string, replace = false): SentimentLexicon {
  if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) fail(file, 'expected an object');
  const input = extra as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!['description', 'source', 'words'].includes(key)) fail(file, `unknown field "${key}" (expected words)`);
  }
  const words = new Map(replace ? [] : base.words);
  const list = input.words ?? {};
  if (typeof list !== 'object' || list === null || Array.isArray(list)) fail(file, 'words must be an object: word → valence');
  for (const [w, v] of Object.entries(list as Record<string, unknown>)) {
    if (w.trim() === '') fail(file, 'words: a word must be a non-empty string');
    if (typeof v !== 'number' || !Number.isFinite(v) || v < -5 || v > 5) fail(file, `words.${w}: valence must be a number in -5..5`);
    words.set(w.trim().toLowerCase(), v);
  }
  return { files: replace ? [file] : [...base.files, file], words };
}

export const defaultSentiment: SentimentLexicon = mergeSentiment({ files: [], words: new Map() }, data, 'lexicons/sentiment.json', true);
