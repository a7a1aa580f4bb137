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
  /** A suffixed name written beside a kinship word ("his son, X Jr."): it never joins the unsuffixed X. */
  kin?: boolean;
}

/** Name-form knowledge from the gazetteer: given-name variants, suffixes, kinship words. */
export interface NameForms {
  /** Lower-case given name → the first form of its variant set ("jim" → "james"). */
  given: Map<string, string>;
  suffixes: Set<string>;
  kinship: Set<string>;
}

export interface LinkInput {
  text: string;
  tokens: Token[];
  mentions: RawMention[];
  descriptors: Descriptor[];
  possessedOrgs: Set<string>;
  lexicon: LabelLexicon;
  forms?: NameForms;
}

export interface LinkState {
  input: LinkInput;
  forms: NameForms;
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
    forms: input.forms ?? { given: new Map(), suffixes: new Set(), kinship: new Set() },
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

/** The name without its suffix: "Eric H. Holder Jr." → ["Eric", "H.", "Holder"]. */
export function core(forms: NameForms, parts: string[]): string[] {
  let n = parts.length;
  while (n > 1 && forms.suffixes.has(parts[n - 1])) n--;
  return parts.slice(0, n);
}

/** Last word of the name proper: the surname ("Holder" of "Eric H. Holder Jr."). */
export function surname(forms: NameForms, parts: string[]): string {
  const c = core(forms, parts);
  return c[c.length - 1];
}

function sameGiven(forms: NameForms, a: string, b: string): boolean {
  if (a === b) return true;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return (forms.given.get(x) ?? x) === (forms.given.get(y) ?? y);
}

/**
 * The full name these parts write: the same words; the same first and last word ("Donald J.
 * Trump"); the same given name or a variant of it and the same surname, suffix aside ("Jim
 * Baker" / "James A. Baker", "Eric Holder" / "Eric H. Holder Jr."), unless the suffixed name
 * stands beside a kinship word (father and son stay apart); or the full name's ending ("Von der Leyen").
 */
export function findFull(st: LinkState, parts: string[], kin = false): FullName | undefined {
  const { fulls, forms } = st;
  const suffix = (p: string[]) => p.slice(core(forms, p).length).join(' ');
  const variant = (f: FullName) => {
    if (!sameGiven(forms, f.parts[0], parts[0]) || surname(forms, f.parts) !== surname(forms, parts)) return false;
    const a = suffix(f.parts);
    const b = suffix(parts);
    return a === b || ((a === '' || b === '') && !kin && !f.kin);
  };
  return (
    fulls.find((f) => f.parts.join(' ') === parts.join(' ')) ??
    fulls.find((f) => f.parts[0] === parts[0] && f.parts[f.parts.length - 1] === parts[parts.length - 1]) ??
    fulls.find(variant) ??
    fulls.find((f) => f.parts.length > parts.length && lower(f.parts).slice(-parts.length).join(' ') === lower(parts).join(' '))
  );
}

/** A title, honorific or role label on the mention itself says it names a person. */
export function personEvidence(m: RawMention): boolean {
  return m.honorific || m.form === 'title' || (m.label !== null && m.label.category !== 'affiliation');
}

/**
 * The person a single word names: by surname (suffix aside), then given name ("Xi" of "Xi
 * Jinping"), then any part. Several share it (relatives, namesakes): the story's main person,
 * the one mentioned most before `at`; a tie goes to the one named last before it.
 */
export function matchSurname(st: LinkState, word: string, at: number): Draft | undefined {
  const { fulls, forms } = st;
  const bySurname = fulls.filter((f) => surname(forms, f.parts) === word);
  const byFirst = fulls.filter((f) => f.parts[0] === word);
  const candidates = bySurname.length > 0 ? bySurname : byFirst.length > 0 ? byFirst : fulls.filter((f) => f.parts.includes(word));
  if (candidates.length <= 1) return candidates[0]?.draft;
  let best = candidates[0];
  let bestScore = [-1, -1];
  for (const c of candidates) {
    const before = c.at.filter((x) => x <= at);
    const score = [c.draft.mentions.filter((m) => m.start < at).length, before.length ? Math.max(...before) : -1];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = c;
      bestScore = score;
    }
  }
  return best.draft;
}
