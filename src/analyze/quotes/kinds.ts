/**
 * Quote kinds. `direct`: a full utterance standing as its own clause ("...," Xi said).
 * `partial`: the speaker's words worked into the writer's sentence (a partnership with "no limits").
 * `scare`: up to three words worked into a sentence (or a name after "so-called"/"dubbed") with no one saying them.
 */
import type { QuoteKind } from '../../types/analysis.js';

export interface KindInput {
  /** Words in the quoted text (all parts). */
  words: number;
  /** Sentence ends inside the quoted text followed by more text. */
  innerSentences: number;
  parts: number;
  /** A speaker was resolved. */
  attributed: boolean;
  startsClause: boolean;
  endsClause: boolean;
  /** Preceded by a naming cue ("so-called", "a group called"). */
  named: boolean;
  /** A short title-case phrase after a preposition or possessive (naming.ts): a title. */
  title?: boolean;
}

export function countWords(s: string): number {
  return s.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export function countInnerSentences(s: string): number {
  return s.match(/[.!?;]["”’]?\s+(?=\S)/g)?.length ?? 0;
}

export function quoteKind(q: KindInput): QuoteKind {
  if (q.named && q.words <= 4) return 'scare';
  // A show, book or song title (`on "The Steve Harvey Morning Show"`): nobody says it.
  if (q.title) return 'scare';
  if (q.parts > 1 || q.innerSentences >= 1) return 'direct';
  if (q.words <= 3 && !q.attributed && !(q.startsClause && q.endsClause)) return 'scare';
  if (q.words <= 2 && !q.attributed) return 'scare';
  if (q.startsClause && q.endsClause && (q.words >= 4 || (q.attributed && q.words >= 2))) return 'direct';
  return 'partial';
}
