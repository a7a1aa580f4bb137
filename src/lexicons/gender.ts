/**
 * Gender lexicon (lexicons/gender.json): the signals that mark a person actor as referred to
 * as a woman or a man in the text (honorifics, gendered role nouns, subject pronouns), so that
 * "he"/"she" never resolves to a person of the other marked gender. No first-name list, by design.
 * Format documented in docs/lexicons-framing.md.
 */
import { checkedStringList, invalidLexicon } from './invalid.js';
import data from '../../lexicons/gender.json';

/** The gender a person's pronouns may refer to, where the text marks it. */
export type Gender = 'female' | 'male';
const GENDERS: Gender[] = ['female', 'male'];

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

function fail(file: string, message: string): never {
  return invalidLexicon('gender', file, message);
}

function stringList(value: unknown, file: string, where: string): string[] {
  return checkedStringList('gender', value, file, where);
}

function mergeByGender(into: Record<Gender, string[]>, value: unknown, file: string, where: string): Record<Gender, string[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(file, `${where} must be an object {female: [...], male: [...]}`);
  const out = { female: [...into.female], male: [...into.male] };
  for (const [g, list] of Object.entries(value as Record<string, unknown>)) {
    if (!(GENDERS as string[]).includes(g)) fail(file, `${where}: unknown gender "${g}" (expected ${GENDERS.join(', ')})`);
    out[g as Gender] = [...new Set([...out[g as Gender], ...stringList(list, file, `${where}.${g}`)])];
  }
  return out;
}

const EMPTY: GenderLexicon = { files: [], honorifics: { female: [], male: [] }, roles: { female: [], male: [] }, pronouns: {} };

/** Validate user data and merge it into `base` (or replace `base` when `replace`). Throws INVALID_LEXICON naming `file`. */
export function mergeGender(base: GenderLexicon, extra: unknown, file: string, replace = false): GenderLexicon {
  if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) fail(file, 'expected an object');
  const input = extra as Record<string, unknown>;
  const start = replace ? EMPTY : base;
  const out: GenderLexicon = {
    files: replace ? [file] : [...base.files, file],
    honorifics: { female: [...start.honorifics.female], male: [...start.honorifics.male] },
    roles: { female: [...start.roles.female], male: [...start.roles.male] },
    pronouns: { ...start.pronouns },
  };
  for (const key of Object.keys(input)) {
    if (key === 'description' || key === 'source') continue;
    if (key === 'honorifics' || key === 'roles') {
      out[key] = mergeByGender(out[key], input[key], file, key);
    } else if (key === 'pronouns') {
      const p = input.pronouns;
      if (typeof p !== 'object' || p === null || Array.isArray(p)) fail(file, 'pronouns must be an object: pronoun → female|male');
      for (const [pronoun, g] of Object.entries(p as Record<string, unknown>)) {
        if (typeof g !== 'string' || !(GENDERS as string[]).includes(g)) fail(file, `pronouns.${pronoun} must be "female" or "male"`);
        out.pronouns[pronoun.toLowerCase()] = g as Gender;
      }
    } else {
      fail(file, `unknown field "${key}" (expected honorifics, roles, pronouns)`);
    }
  }
  return out;
}

export const defaultGender: GenderLexicon = mergeGender(EMPTY, data, 'lexicons/gender.json', true);
