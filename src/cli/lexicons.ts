import { FramediffError } from '../errors.js';
import type { Lexicons } from '../lexicons/index.js';
import { loadLexiconFiles } from '../load/node/lexicon-files.js';
import { UsageError } from './args.js';

/** `--lexicon FILE...`: a file that cannot be read or used is a usage error (exit 2). */
export async function readLexiconFlags(files: string[]): Promise<Lexicons> {
  try {
    return await loadLexiconFiles(files);
  } catch (error) {
    if (error instanceof FramediffError) {
      const at = error.line !== undefined ? `:${error.line}:${error.column}` : '';
      throw new UsageError(`--lexicon ${error.file}${at}: ${error.code}: ${error.reason}`);
    }
    throw error;
  }
}
