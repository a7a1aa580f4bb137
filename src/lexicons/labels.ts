// STUB, to be replaced by H3 (actors/labels): the type, the default data (imported from lexicons/labels.json) and a validating merge.
import { FramediffError } from '../errors.js';

export interface LabelLexicon {
  /** Where the entries came from (lexicon file names), for citing in findings. */
  files: string[];
}

export const defaultLabels: LabelLexicon = { files: [] };

/** Validate user data and merge it into `base` (or replace `base` when `replace`). Throws INVALID_LEXICON naming `file`. */
export function mergeLabels(base: LabelLexicon, extra: unknown, file: string, replace = false): LabelLexicon {
  if (typeof extra !== 'object' || extra === null) throw new FramediffError('INVALID_LEXICON', file, 'labels: expected an object');
  return replace ? { files: [file] } : { files: [...base.files, file] };
}
