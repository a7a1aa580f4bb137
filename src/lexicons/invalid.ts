/** The typed error of bad lexicon data: INVALID_LEXICON naming the file, the entry and the problem. */
import { FramediffError } from '../errors.js';
import { locateEntry } from './locate.js';

/** INVALID_LEXICON with the entry at fault (`attribution.verbs.said[2]`) and what was found and expected. */
export class LexiconError extends FramediffError {
  constructor(
    file: string,
    /** JSON path of the entry, from the lexicon name: `labels.heads.dictator.evaluative`; `remove.…`/`replace…` for those keys. */
    readonly entry: string,
    readonly actual: string,
    readonly expected: string,
    /** Where the entry is in the file's text, when the caller has the text (see locate.ts). */
    position?: { line: number; column: number },
  ) {
    super('INVALID_LEXICON', file, `${entry}: expected ${expected}, got ${actual}`, position);
  }

  /** The same error, pointing at the entry's line and column in the file's JSON `text`. */
  locatedIn(text: string): LexiconError {
    return new LexiconError(this.file, this.entry, this.actual, this.expected, locateEntry(text, this.entry));
  }
}

export function invalidLexicon(file: string, entry: string, actual: string, expected: string): never {
  throw new LexiconError(file, entry, actual, expected);
}
