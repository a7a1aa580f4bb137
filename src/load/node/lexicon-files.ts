import { readFile } from 'node:fs/promises';
import { FramediffError } from '../../errors.js';
import { buildLexicons, defaultLexicons, type LexiconFile, type Lexicons } from '../../lexicons/index.js';
import { LexiconError } from '../../lexicons/invalid.js';

/**
 * Read user lexicon files (JSON keyed by lexicon name) and merge them, in order, into `base`.
 * Throws a FramediffError naming the file: READ_FAILED, or INVALID_LEXICON for bad JSON or content.
 */
export async function loadLexiconFiles(files: string[], base: Lexicons = defaultLexicons): Promise<Lexicons> {
  const loaded: { file: string; data: LexiconFile }[] = [];
  const texts = new Map<string, string>();
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new FramediffError('READ_FAILED', file, `cannot read lexicon file: ${(error as Error).message}`, { cause: error });
    }
    try {
      loaded.push({ file, data: JSON.parse(text) as LexiconFile });
      texts.set(file, text);
    } catch (error) {
      throw new FramediffError('INVALID_LEXICON', file, `not valid JSON: ${(error as Error).message}`, { cause: error });
    }
  }
  try {
    return buildLexicons(loaded, base);
  } catch (error) {
    // Point at the entry in the file as written: line and column for the CLI and editors.
    const text = error instanceof LexiconError ? texts.get(error.file) : undefined;
    throw text !== undefined ? (error as LexiconError).locatedIn(text) : error;
  }
}
