/**
 * Concept-variant lexicon (lexicons/concepts.json): concept id → the competing words for it
 * ("war-naming": invasion, war, conflict, special military operation ...).
 * Format documented in docs/lexicons-framing.md.
 */
import { invalidLexicon } from './invalid.js';
import data from '../../lexicons/concepts.json';

/** One concept and the wordings that express it (lexicons/concepts.json), for variant groups. */
export interface Concept {
  /** `event-naming` for names of the event itself, else `concept-variant` (or a user category). */
  category: string;
  variants: string[];
  note: string | null;
  /** Lexicon file the concept (or its latest variants) came from. */
  file: string;
}

/**
 * Concept lexicon (lexicons/concepts.json): concept id → its wordings; the source of `lexicon`
 * variant groups.
 */
export interface ConceptLexicon {
  /** Where the entries came from (lexicon file names), for citing in findings. */
  files: string[];
  concepts: Record<string, Concept>;
}

function fail(file: string, message: string): never {
  return invalidLexicon('concepts', file, message);
}

/** Validate user data and merge it into `base` (or replace `base` when `replace`). Throws INVALID_LEXICON naming `file`. */
export function mergeConcepts(base: ConceptLexicon, extra: unknown, file: string, replace = false): ConceptLexicon {
  if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) fail(file, 'expected an object');
  const input = extra as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!['description', 'source', 'concepts'].includes(key)) fail(file, `unknown field "${key}" (expected concepts)`);
  }
  const concepts: Record<string, Concept> = replace ? {} : { ...base.concepts };
  const given = input.concepts ?? {};
  if (typeof given !== 'object' || given === null || Array.isArray(given)) fail(file, 'concepts must be an object: concept id → {category, variants}');
  for (const [id, raw] of Object.entries(given as Record<string, unknown>)) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(file, `concepts.${id} must be an object {category?, variants, note?}`);
    const c = raw as Record<string, unknown>;
    if (!Array.isArray(c.variants) || c.variants.some((v) => typeof v !== 'string' || v.trim() === '')) {
      fail(file, `concepts.${id}.variants must be an array of non-empty strings`);
    }
    if (c.category !== undefined && typeof c.category !== 'string') fail(file, `concepts.${id}.category must be a string`);
    if (c.note !== undefined && typeof c.note !== 'string') fail(file, `concepts.${id}.note must be a string`);
    const prev = concepts[id];
    // Extending a known concept adds variants; a new concept needs nothing but variants.
    concepts[id] = {
      category: (c.category as string | undefined) ?? prev?.category ?? 'concept-variant',
      variants: [...new Set([...(prev?.variants ?? []), ...(c.variants as string[]).map((v) => v.trim())])],
      note: (c.note as string | undefined) ?? prev?.note ?? null,
      file,
    };
  }
  return { files: replace ? [file] : [...base.files, file], concepts };
}

export const defaultConcepts: ConceptLexicon = mergeConcepts({ files: [], concepts: {} }, data, 'lexicons/concepts.json', true);
