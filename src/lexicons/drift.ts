/**
 * Attribution-drift cue lexicon (lexicons/drift.json): the words that attribute a claim to someone
 * ("according to", "accused", "critics"), hedge it ("appeared to", "may have"), or report speech
 * ("said", "told"). compare/drift.ts reads it. Format documented in docs/lexicons-framing.md.
 */
import { checkedStringList, invalidLexicon } from './invalid.js';
import data from '../../lexicons/drift.json';

/** The drift cues in force: the built-in ones and those of user lexicon files. */
export interface DriftLexicon {
  /** Where the entries came from (lexicon file names). */
  files: string[];
  /** Cues that attribute a contested claim: a claim they govern is someone's, not the outlet's. */
  contested: string[];
  /** Cues that hedge a claim. */
  hedges: string[];
  /** Speech verbs: a clause holding one reports what someone said, so it does not state a fact. */
  speech: string[];
}

const FIELDS = ['contested', 'hedges', 'speech'] as const;
const EMPTY: DriftLexicon = { files: [], contested: [], hedges: [], speech: [] };

/** Validate user data and merge it into `base` (or replace `base` when `replace`). Throws INVALID_LEXICON naming `file`. */
export function mergeDrift(base: DriftLexicon, extra: unknown, file: string, replace = false): DriftLexicon {
  if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) invalidLexicon('drift', file, 'expected an object {contested?, hedges?, speech?}');
  const input = extra as Record<string, unknown>;
  const start = replace ? EMPTY : base;
  const out: DriftLexicon = { files: replace ? [file] : [...base.files, file], contested: [...start.contested], hedges: [...start.hedges], speech: [...start.speech] };
  for (const key of Object.keys(input)) {
    if (key === 'description' || key === 'source') continue;
    if (!(FIELDS as readonly string[]).includes(key)) invalidLexicon('drift', file, `unknown field "${key}" (expected ${FIELDS.join(', ')})`);
    const field = key as (typeof FIELDS)[number];
    // Cues are matched on lower-cased consecutive words: store them so.
    const given = checkedStringList('drift', input[key], file, field).map((c) => c.trim().toLowerCase().split(/\s+/).join(' '));
    out[field] = [...new Set([...out[field], ...given])];
  }
  return out;
}

export const defaultDrift: DriftLexicon = mergeDrift(EMPTY, data, 'lexicons/drift.json', true);
