/** The checks every lexicon loader makes on user data, each failure an INVALID_LEXICON naming the file and the field. */
import { FramediffError } from '../errors.js';

export function invalidLexicon(lexicon: string, file: string, message: string): never {
  throw new FramediffError('INVALID_LEXICON', file, `${lexicon}: ${message}`);
}

export function checkedStringList(lexicon: string, value: unknown, file: string, where: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
    invalidLexicon(lexicon, file, `${where} must be an array of non-empty strings`);
  }
  return value as string[];
}
