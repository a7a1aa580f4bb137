/** The typed error of bad lexicon data: INVALID_LEXICON naming the file, the entry and the problem. */
import { FramediffError } from '../errors.js';

/** INVALID_LEXICON with the entry at fault (`attribution.verbs.said[2]`) and what was found and expected. */
export class LexiconError extends FramediffError {
  constructor(
    file: string,
    /** JSON path of the entry, from the lexicon name: `labels.heads.dictator.evaluative`; `remove.…`/`replace…` for those keys. */
    readonly entry: string,
    readonly actual: string,
    readonly expected: string,
  ) {
    super('INVALID_LEXICON', file, `${entry}: expected ${expected}, got ${actual}`);
  }
}

export function invalidLexicon(file: string, entry: string, actual: string, expected: string): never {
  throw new LexiconError(file, entry, actual, expected);
}
