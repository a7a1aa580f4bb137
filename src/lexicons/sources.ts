// STUB, to be replaced by H4 (quotes/sources/framing): the type, the default data (imported from lexicons/sources.json) and a validating merge.
import { FramediffError } from '../errors.js';

export interface SourceLexicon {
  /** Where the entries came from (lexicon file names), for citing in findings. */
  files: string[];
}

export const defaultSources: SourceLexicon = { files: [] };

/** Validate user data and merge it into `base` (or replace `base` when `replace`). Throws INVALID_LEXICON naming `file`. */
export function mergeSources(base: SourceLexicon, extra: unknown, file: string, replace = false): SourceLexicon {
  if (typeof extra !== 'object' || extra === null) throw new FramediffError('INVALID_LEXICON', file, 'sources: expected an object');
  return replace ? { files: [file] } : { files: [...base.files, file] };
}
