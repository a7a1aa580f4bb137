/** The raw material the linker works from: mentions with a kind, and descriptor phrases. */
import type { ActorKind, MentionForm } from '../../types/analysis.js';
import type { GazetteerEntry } from '../../lexicons/gazetteer.js';
import type { Token } from '../tokens.js';
import type { FoundLabel } from './labels.js';

export interface RawMention {
  /** The name span: no honorific, no label, no "'s". */
  start: number;
  end: number;
  first: number;
  last: number;
  kind: ActorKind;
  form: MentionForm;
  possessive: boolean;
  honorific: boolean;
  label: FoundLabel | null;
  sentence: number;
  /** For persons: the name's words ("Chung", "Chih-tung"). */
  parts: string[];
  /** For known actors: the gazetteer entry. */
  entry: GazetteerEntry | null;
  /** Person evidence: a title, label, honorific or speech verb marks this as a person. */
  cue: boolean;
  /** Some word of the name is outside the model's English vocabulary (typical of names). */
  oov: boolean;
  sentenceInitial: boolean;
  headline: boolean;
}

export interface Descriptor {
  start: number;
  end: number;
  first: number;
  last: number;
  sentence: number;
  label: FoundLabel;
  /** Place the descriptor names ("Chinese" → China). */
  place: string;
  head: string;
}

/** "'s", "’s" or a bare apostrophe right after a name. */
export const POSSESSIVE = /^['’]s?$/;

/** A mention of tokens first..last with every flag at its default. */
export function rawMention(tokens: Token[], first: number, last: number, kind: ActorKind, where: { sentenceInitial: boolean; headline: boolean }): RawMention {
  return {
    start: tokens[first].start,
    end: tokens[last].end,
    first,
    last,
    kind,
    form: 'full',
    possessive: POSSESSIVE.test(tokens[last + 1]?.text ?? '') && tokens[last + 1].start === tokens[last].end,
    honorific: false,
    label: null,
    sentence: tokens[first].sentence,
    parts: [],
    entry: null,
    cue: false,
    oov: false,
    sentenceInitial: where.sentenceInitial,
    headline: where.headline,
  };
}
