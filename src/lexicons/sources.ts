/**
 * Sourcing lexicon (lexicons/sources.json): cues that mark an attribution of information and the
 * names/nouns that decide a source's type. Format documented in docs/lexicons-framing.md.
 */
import { checkedStringList, invalidLexicon } from './invalid.js';
import type { SourceType } from '../types/analysis.js';
import data from '../../lexicons/sources.json';

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

const TYPES: SourceType[] = ['wire', 'state-media', 'official', 'partisan', 'expert', 'anonymous', 'outlet', 'document', 'other'];

function fail(file: string, message: string): never {
  return invalidLexicon('sources', file, message);
}

function stringList(value: unknown, file: string, where: string): string[] {
  return checkedStringList('sources', value, file, where);
}

function mergeTyped(
  into: Partial<Record<SourceType, string[]>>,
  value: unknown,
  file: string,
  where: string,
): Partial<Record<SourceType, string[]>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(file, `${where} must be an object keyed by source type`);
  const out = { ...into };
  for (const [type, list] of Object.entries(value as Record<string, unknown>)) {
    if (!(TYPES as string[]).includes(type)) fail(file, `${where}: unknown source type "${type}" (expected ${TYPES.join(', ')})`);
    const t = type as SourceType;
    out[t] = [...new Set([...(out[t] ?? []), ...stringList(list, file, `${where}.${type}`)])];
  }
  return out;
}

const EMPTY: SourceLexicon = { files: [], cues: { before: [], after: [] }, names: {}, nouns: {}, affiliations: [], wireSuffixes: [], qualifiedRoles: { roles: [], bodies: [], determiners: [], heads: [] } };

/** Validate user data and merge it into `base` (or replace `base` when `replace`). Throws INVALID_LEXICON naming `file`. */
export function mergeSources(base: SourceLexicon, extra: unknown, file: string, replace = false): SourceLexicon {
  if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) fail(file, 'expected an object');
  const input = extra as Record<string, unknown>;
  const start = replace ? EMPTY : base;
  const out: SourceLexicon = {
    files: replace ? [file] : [...base.files, file],
    cues: { before: [...start.cues.before], after: [...start.cues.after] },
    names: { ...start.names },
    nouns: { ...start.nouns },
    affiliations: [...start.affiliations],
    wireSuffixes: [...start.wireSuffixes],
    qualifiedRoles: { roles: [...start.qualifiedRoles.roles], bodies: [...start.qualifiedRoles.bodies], determiners: [...(start.qualifiedRoles.determiners ?? [])], heads: [...(start.qualifiedRoles.heads ?? [])] },
  };
  for (const key of Object.keys(input)) {
    if (key === 'description' || key === 'source') continue;
    if (key === 'cues') {
      const cues = input.cues as Record<string, unknown> | null;
      if (typeof cues !== 'object' || cues === null || Array.isArray(cues)) fail(file, 'cues must be an object {before, after}');
      for (const side of Object.keys(cues)) {
        if (side !== 'before' && side !== 'after') fail(file, `cues: unknown side "${side}" (expected before, after)`);
        out.cues[side] = [...new Set([...out.cues[side], ...stringList(cues[side], file, `cues.${side}`)])];
      }
    } else if (key === 'names' || key === 'nouns') {
      out[key] = mergeTyped(out[key], input[key], file, key);
    } else if (key === 'affiliations') {
      out.affiliations = [...new Set([...out.affiliations, ...stringList(input.affiliations, file, 'affiliations')])];
    } else if (key === 'wireSuffixes') {
      out.wireSuffixes = [...new Set([...out.wireSuffixes, ...stringList(input.wireSuffixes, file, 'wireSuffixes')])];
    } else if (key === 'qualifiedRoles') {
      const q = input.qualifiedRoles as Record<string, unknown> | null;
      if (typeof q !== 'object' || q === null || Array.isArray(q)) fail(file, 'qualifiedRoles must be an object {roles, bodies}');
      for (const side of Object.keys(q)) {
        if (side !== 'roles' && side !== 'bodies' && side !== 'determiners' && side !== 'heads') fail(file, `qualifiedRoles: unknown field "${side}" (expected roles, bodies, determiners, heads)`);
        out.qualifiedRoles[side] = [...new Set([...(out.qualifiedRoles[side] ?? []), ...stringList(q[side], file, `qualifiedRoles.${side}`).map((w) => w.toLowerCase())])];
      }
    } else {
      fail(file, `unknown field "${key}" (expected cues, names, nouns, affiliations, wireSuffixes, qualifiedRoles)`);
    }
  }
  return out;
}

export const defaultSources: SourceLexicon = mergeSources(EMPTY, data, 'lexicons/sources.json', true);
