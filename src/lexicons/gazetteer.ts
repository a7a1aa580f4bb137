// STUB, to be replaced by H3 (actors/labels): the type, the default data (imported from lexicons/gazetteer.json) and a validating merge.
import { FramediffError } from '../errors.js';

export interface Gazetteer {
  /** Where the entries came from (lexicon file names), for citing in findings. */
  files: string[];
}

export const defaultGazetteer: Gazetteer = { files: [] };

/** Validate user data and merge it into `base` (or replace `base` when `replace`). Throws INVALID_LEXICON naming `file`. */
export function mergeGazetteer(base: Gazetteer, extra: unknown, file: string, replace = false): Gazetteer {
  if (typeof extra !== 'object' || extra === null) throw new FramediffError('INVALID_LEXICON', file, 'gazetteer: expected an object');
  return replace ? { files: [file] } : { files: [...base.files, file] };
}
