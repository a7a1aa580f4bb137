/**
 * Gender lexicon (lexicons/gender.json, schema/lexicons/gender.schema.json): the signals that mark
 * a person actor as referred to as a woman or a man in the text (honorifics, gendered role nouns,
 * subject pronouns), so that "he"/"she" never resolves to a person of the other marked gender.
 * No first-name list, by design. Format documented in docs/lexicons-framing.md.
 */
import type { Provenance } from './lexicon.js';
import { lowerKeys, unique } from './lists.js';

/** The gender a person's pronouns may refer to, where the text marks it. */
export type Gender = 'female' | 'male';

/**
 * Gender lexicon (lexicons/gender.json): titles and role nouns that mark a person's gender, for
 * resolving "he" and "she".
 */
export interface GenderLexicon {
  /** Where the entries came from (lexicon file names), for citing in findings. */
  files: string[];
  /** Titles written right before a name: "Ms", "Sir". */
  honorifics: Record<Gender, string[]>;
  /** Gendered role and relation nouns in a label or appositive: "spokeswoman", "chairman", "wife". */
  roles: Record<Gender, string[]>;
  /** Subject pronoun → the gender it carries: "she" → female. */
  pronouns: Record<string, Gender>;
}

type ByGender = Partial<Record<Gender, string[]>>;

const byGender = (v: ByGender | undefined): Record<Gender, string[]> => ({ female: unique(v?.female), male: unique(v?.male) });

export function compileGender(raw: { honorifics?: ByGender; roles?: ByGender; pronouns?: Record<string, Gender> }, p: Provenance): GenderLexicon {
  return { files: p.files, honorifics: byGender(raw.honorifics), roles: byGender(raw.roles), pronouns: lowerKeys(raw.pronouns) };
}
