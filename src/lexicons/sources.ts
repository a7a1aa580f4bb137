/**
 * Sourcing lexicon (lexicons/sources.json): cues that mark an attribution of information and the
 * names/nouns that decide a source's type. Format documented in docs/lexicons-framing.md;
 * shape: schema/lexicons/sources.schema.json.
 */
import type { Provenance } from './lexicon.js';
import { lowerUnique, unique } from './lists.js';
import type { SourceType } from '../types/analysis.js';

/**
 * Source lexicon (lexicons/sources.json): attribution cues and the names and head nouns that give
 * a source its type.
 */
export interface SourceLexicon {
  /** Where the entries came from (lexicon file names), for citing in findings. */
  files: string[];
  /** Cues before the source ("according to", "citing") and after it ("said", "say", "told"). */
  cues: { before: string[]; after: string[] };
  /** Proper names deciding a type by themselves ("Reuters" → wire, "Xinhua" → state-media). */
  names: Partial<Record<SourceType, string[]>>;
  /** Common nouns deciding a type ("statement" → official, "analysts" → anonymous). */
  nouns: Partial<Record<SourceType, string[]>>;
  /** Words in a person's label that mark an expert: "Institute", "University", "Center". */
  affiliations: string[];
  /** Last words of an unlisted agency name that make it a wire: "Meridian Wire", "Korvan News Agency". Case-sensitive. */
  wireSuffixes: string[];
  /**
   * Plural role nouns ("officials") that are anonymous bare but official with a specific body:
   * a qualifier from `bodies` ("city officials"), an organization actor, or "of/at/from" a body.
   */
  qualifiedRoles: { roles: string[]; bodies: string[]; determiners?: string[]; heads?: string[] };
}

type Typed = Partial<Record<SourceType, string[]>>;

interface SourcesData {
  cues?: { before?: string[]; after?: string[] };
  names?: Typed;
  nouns?: Typed;
  affiliations?: string[];
  wireSuffixes?: string[];
  qualifiedRoles?: Partial<SourceLexicon['qualifiedRoles']>;
}

function typed(raw: Typed | undefined): Typed {
  const out: Typed = {};
  for (const [type, list] of Object.entries(raw ?? {}) as [SourceType, string[]][]) out[type] = unique(list);
  return out;
}

export function compileSources(raw: SourcesData, p: Provenance): SourceLexicon {
  const q = raw.qualifiedRoles ?? {};
  return {
    files: p.files,
    cues: { before: unique(raw.cues?.before), after: unique(raw.cues?.after) },
    names: typed(raw.names),
    nouns: typed(raw.nouns),
    affiliations: unique(raw.affiliations),
    wireSuffixes: unique(raw.wireSuffixes),
    qualifiedRoles: { roles: lowerUnique(q.roles), bodies: lowerUnique(q.bodies), determiners: lowerUnique(q.determiners), heads: lowerUnique(q.heads) },
  };
}
