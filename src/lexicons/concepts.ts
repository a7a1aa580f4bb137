/**
 * Concept-variant lexicon (lexicons/concepts.json, schema/lexicons/concepts.schema.json): concept
 * id → the competing words for it ("war-naming": invasion, war, conflict, special military
 * operation ...). Format documented in docs/lexicons-framing.md.
 */
import type { Provenance } from './lexicon.js';
import { unique } from './lists.js';

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

interface ConceptsData {
  concepts?: Record<string, { category?: string; variants: string[]; note?: string }>;
}

export function compileConcepts(raw: ConceptsData, p: Provenance): ConceptLexicon {
  const concepts: Record<string, Concept> = {};
  for (const [id, c] of Object.entries(raw.concepts ?? {})) {
    concepts[id] = { category: c.category ?? 'concept-variant', variants: unique(c.variants.map((v) => v.trim())), note: c.note ?? null, file: p.origin(['concepts', id]) };
  }
  return { files: p.files, concepts };
}
