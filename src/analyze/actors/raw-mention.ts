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
  /** Every label around the name (the shown one first): what the linker knows of the person. */
  facts: FoundLabel[];
  /** Words around the name say it is a place: `strong` ("the city of X", "X region"), `weak` ("strikes on X"). */
  placeCue: 'strong' | 'weak' | null;
  /** A lone organization head ("the Fund", "the Commission"): it names an organization already in the article. */
  loneOrgHead: boolean;
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
  /** Rule that decided `kind` (`actor.gazetteer`, `actor.place-word` ...; docs/rules.md). */
  kindRule: string;
}

export interface Descriptor {
  start: number;
  end: number;
  first: number;
  last: number;
  sentence: number;
  label: FoundLabel;
  /**
   * Places and bodies the descriptor names ("Chinese" → China, "Kremlin" → Kremlin and Russia);
   * `'*'` for "the country's", empty for none ("the former president").
   */
  places: string[];
  head: string;
  /** The title the head stands for: "prime minister" for "the prime minister", else the head. */
  title: string;
  former: boolean;
  /** A lesser rank: "vice premier", "deputy minister". */
  rank: boolean;
}

/** "'s", "’s" or a bare apostrophe right after a name. */
export const POSSESSIVE = /^['’]s?$/;

/** A mention of tokens first..last with every flag at its default. */
export function rawMention(tokens: Token[], first: number, last: number, kind: ActorKind, where: { sentenceInitial: boolean; headline: boolean }, kindRule = 'actor.gazetteer'): RawMention {
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
    facts: [],
    placeCue: null,
    loneOrgHead: false,
    sentence: tokens[first].sentence,
    parts: [],
    entry: null,
    cue: false,
    oov: false,
    sentenceInitial: where.sentenceInitial,
    headline: where.headline,
    kindRule,
  };
}
