// STUB, to be replaced by H4 (quotes/sources/framing): the type, the default data (imported from lexicons/framing.json) and a validating merge.
import { FramediffError } from '../errors.js';

export interface FramingLexicon {
  /** Where the entries came from (lexicon file names), for citing in findings. */
  files: string[];
}

export const defaultFraming: FramingLexicon = { files: [] };

/** Validate user data and merge it into `base` (or replace `base` when `replace`). Throws INVALID_LEXICON naming `file`. */
export function mergeFraming(base: FramingLexicon, extra: unknown, file: string, replace = false): FramingLexicon {
  if (typeof extra !== 'object' || extra === null) throw new FramediffError('INVALID_LEXICON', file, 'framing: expected an object');
  return replace ? { files: [file] } : { files: [...base.files, file] };
}
