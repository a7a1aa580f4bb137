/**
 * Attribution-drift lexicon (lexicons/drift.json, schema/lexicons/drift.schema.json): the cues that
 * attribute ("critics say") or hedge ("reportedly") a claim, and the speech verbs, for compare's
 * attribution drift (src/compare/drift.ts).
 */
import type { Provenance } from './lexicon.js';
import { lowerUnique } from './lists.js';

/** The compiled drift lexicon compare reads (`Lexicons.drift`). */
export interface DriftLexicon {
  files: string[];
  /** Attribution cues, each as its lower-cased words: [["critics", "say"], ["according", "to"]]. */
  contested: string[][];
  /** Hedge cues, as words. */
  hedges: string[][];
  /** Lower-cased speech verbs (a one-word cue each). */
  speech: ReadonlySet<string>;
}

const words = (list: string[] | undefined) => lowerUnique(list).map((c) => c.split(/\s+/));

export function compileDrift(raw: { contested?: string[]; hedges?: string[]; speech?: string[] }, p: Provenance): DriftLexicon {
  return { files: p.files, contested: words(raw.contested), hedges: words(raw.hedges), speech: new Set(words(raw.speech).map((c) => c.join(' '))) };
}
