/**
 * Attribution-drift cue lexicon (lexicons/drift.json, schema/lexicons/drift.schema.json): the words
 * that attribute a claim to someone ("according to", "accused", "critics"), hedge it ("appeared
 * to", "may have"), or report speech ("said", "told"). compare/drift.ts reads it.
 */
import type { Provenance } from './lexicon.js';
import { unique } from './lists.js';

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

// Cues are matched on lower-cased consecutive words: stored so.
const cues = (list: string[] | undefined) => unique((list ?? []).map((c) => c.trim().toLowerCase().split(/\s+/).join(' ')));

export function compileDrift(raw: { contested?: string[]; hedges?: string[]; speech?: string[] }, p: Provenance): DriftLexicon {
  return { files: p.files, contested: cues(raw.contested), hedges: cues(raw.hedges), speech: cues(raw.speech) };
}
