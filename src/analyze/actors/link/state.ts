/**
 * The linker's shared state: every pass in ./passes reads and extends it, in the order
 * `LINK_PASSES` gives. Drafts are actors under construction; `fulls` are the person full
 * names a surname can join.
 */
import type { ActorKind, MentionForm } from '../../../types/analysis.js';
import type { Token } from '../../tokens.js';
import type { Descriptor, RawMention } from '../raw-mention.js';
import type { FoundLabel } from '../labels.js';
import type { LabelLexicon } from '../../../lexicons/labels.js';
import { actorId } from '../slug.js';

export interface DraftMention {
  raw: RawMention | null;
  start: number;
  end: number;
  form: MentionForm;
  possessive: boolean;
  label: FoundLabel | null;
  sentence: number;
}

export interface Draft {
  kind: ActorKind;
  name: string;
  known: boolean;
  mentions: DraftMention[];
  /** Every label found on the person's mentions, for descriptor linking. */
  facts: FoundLabel[];
}

export interface FullName {
  parts: string[];
  draft: Draft;
  /** Offsets where the full name (or a longer form) was written. */
  at: number[];
}

export interface LinkInput {
  text: string;
  tokens: Token[];
  mentions: RawMention[];
  descriptors: Descriptor[];
  possessedOrgs: Set<string>;
  lexicon: LabelLexicon;
}

export interface LinkState {
  input: LinkInput;
  text: string;
  tokens: Token[];
  /** Drafts keyed by actor id: gazetteer entries and non-person kinds. */
  drafts: Map<string, Draft>;
  /** Person mentions not from the gazetteer, in text order (a pass may append re-read ones). */
  persons: RawMention[];
  /** "the Fund": lone organization heads, resolved once all organizations are known. */
  lone: RawMention[];
  /** Names the words around them call a place ("the city of X", "strikes on X"). */
  placeCued: RawMention[];
  /** Multi-word person candidates that are a place named elsewhere. */
  placeLike: RawMention[];
  fulls: FullName[];
  placeByName: Map<string, Draft>;
  strongPlaces: Set<Draft>;
  /** Lone-surname persons by their word. */
  singles: Map<string, Draft>;
  /** Person mentions no full name took. */
  pending: RawMention[];
  personDrafts: Draft[];
  /** Every draft with a mention, by id: what becomes the actor list. */
  all: Map<string, Draft>;
}

export function newState(input: LinkInput): LinkState {
  return {
    input,
    text: input.text,
    tokens: input.tokens,
    drafts: new Map(),
    persons: input.mentions.filter((m) => m.kind === 'person' && !m.entry),
    lone: [],
    placeCued: [],
    placeLike: [],
    fulls: [],
    placeByName: new Map(),
    strongPlaces: new Set(),
    singles: new Map(),
    pending: [],
    personDrafts: [],
    all: new Map(),
  };
}

/** The draft of that kind and name in `st.drafts`, new if none. */
export function draftFor(st: LinkState, kind: ActorKind, name: string, known: boolean): Draft {
  const id = actorId(kind, name);
  let d = st.drafts.get(id);
  if (!d) {
    d = newDraft(kind, name, known);
    st.drafts.set(id, d);
  }
  return d;
}

export function newDraft(kind: ActorKind, name: string, known: boolean): Draft {
  return { kind, name, known, mentions: [], facts: [] };
}

export function addMention(d: Draft, m: RawMention): void {
  d.mentions.push({ raw: m, start: m.start, end: m.end, form: m.form, possessive: m.possessive, label: m.label, sentence: m.sentence });
  d.facts.push(...factsOf(m));
}

/** Every label read on a mention (its shown label when no other was kept). */
export function factsOf(m: RawMention): FoundLabel[] {
  return m.facts.length > 0 ? m.facts : m.label ? [m.label] : [];
}

const lower = (parts: string[]) => parts.map((p) => p.toLowerCase());

/** The full name these parts write: the same words, the same first and last word, or its ending ("Von der Leyen"). */
export function findFull(fulls: FullName[], parts: string[]): FullName | undefined {
  return (
    fulls.find((f) => f.parts.join(' ') === parts.join(' ')) ??
    fulls.find((f) => f.parts[0] === parts[0] && f.parts[f.parts.length - 1] === parts[parts.length - 1]) ??
    fulls.find((f) => f.parts.length > parts.length && lower(f.parts).slice(-parts.length).join(' ') === lower(parts).join(' '))
  );
}

/** A title, honorific or role label on the mention itself says it names a person. */
export function personEvidence(m: RawMention): boolean {
  return m.honorific || m.form === 'title' || (m.label !== null && m.label.category !== 'affiliation');
}

/** Surname first, then given name ("Xi" of "Xi Jinping"), then any part; several: the one named last before `at`. */
export function matchSurname(fulls: FullName[], word: string, at: number): Draft | undefined {
  const bySurname = fulls.filter((f) => f.parts[f.parts.length - 1] === word);
  const byFirst = fulls.filter((f) => f.parts[0] === word);
  const candidates = bySurname.length > 0 ? bySurname : byFirst.length > 0 ? byFirst : fulls.filter((f) => f.parts.includes(word));
  if (candidates.length <= 1) return candidates[0]?.draft;
  let best = candidates[0];
  let bestAt = -1;
  for (const c of candidates) {
    const before = c.at.filter((x) => x <= at);
    const last = before.length ? Math.max(...before) : -1;
    if (last > bestAt) {
      best = c;
      bestAt = last;
    }
  }
  return best.draft;
}
