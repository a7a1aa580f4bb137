// STUB, to be replaced by H4 (quotes/sources/framing): the type, the default data (imported from lexicons/concepts.json) and a validating merge.
import { FramediffError } from '../errors.js';

export interface ConceptLexicon {
  /** Where the entries came from (lexicon file names), for citing in findings. */
  files: string[];
}

export const defaultConcepts: ConceptLexicon = { files: [] };

/** Validate user data and merge it into `base` (or replace `base` when `replace`). Throws INVALID_LEXICON naming `file`. */
export function mergeConcepts(base: ConceptLexicon, extra: unknown, file: string, replace = false): ConceptLexicon {
  if (typeof extra !== 'object' || extra === null) throw new FramediffError('INVALID_LEXICON', file, 'concepts: expected an object');
  return replace ? { files: [file] } : { files: [...base.files, file] };
}
