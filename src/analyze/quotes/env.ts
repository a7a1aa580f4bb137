/**
 * What every attribution pass reads, built once per article: the context, the compiled cues,
 * actor kinds and names, the quoted stretches (whose words are not the narrator's), the
 * genders the text marks, and who "I" is. Immutable: passes share it, none writes to it.
 */
import type { ActorKind, Mention, QuoteSpeaker } from '../../types/analysis.js';
import type { AnalysisContext, Token } from '../context.js';
import { cuesFor, fold, type Cues } from './cues.js';
import { SpanSet } from './text-tools.js';
import { personGenders, type Gender } from '../gender.js';

/** Who "I" is at an offset: the author of a first-person text, or the speaker of a transcript turn. */
export type FirstPersonResolver = (offset: number) => { name: string; actorId: string | null; method: 'author' | 'turn' } | null;

export interface AttributionEnv {
  readonly ctx: AnalysisContext;
  /** The context's mentions that may name a speaker: not of an actor named by a calendar or headline word ("July", "Thursday"). */
  readonly mentions: Mention[];
  readonly cues: Cues;
  readonly kinds: ReadonlyMap<string, ActorKind>;
  readonly names: ReadonlyMap<string, string>;
  /** Person actor id → the gender the text marks it with (absent: unknown). */
  readonly genders: ReadonlyMap<string, Gender>;
  /** Outlet, wire and state-media names, longest first: `told The Wall Street Journal`. */
  readonly viaNames: readonly string[];
  readonly firstPerson: FirstPersonResolver;
  /** Is the offset inside quotation marks? Mentions and cues there are not the narrator's. */
  readonly insideQuote: (offset: number) => boolean;
}

/** The last person resolved as a speaker before the quote at hand: a candidate for "she said". */
export interface RecentSpeaker {
  actorId: string | null;
  name: string;
  /** Start of its speaker phrase. */
  start: number;
}

/** One quote's reading of the env: the shared data plus the speaker quoted most recently before it. */
export interface Reader {
  readonly env: AttributionEnv;
  readonly recent: RecentSpeaker | null;
}

/** How a speaker was found, before it becomes a `QuoteSpeaker`. */
export interface Found {
  /** How the speaker was named when not by an actor mention or pronoun. */
  method?: 'author' | 'turn';
  name: string;
  actorId: string | null;
  start: number;
  end: number;
  /** A document ("the readout") rather than a person or organization. */
  document: boolean;
  pronoun: boolean;
  /** A pronoun with no fitting antecedent: reported as a reason, never guessed. */
  unresolved?: boolean;
}

/** An attribution verb found near a quote, and the speaker its subject names (null: none found). */
export interface VerbHit {
  found: Found | null;
  verb: string;
  verbEnd: number;
  side: 'before' | 'after';
}

export const KIND_RANK: Record<ActorKind, number> = { person: 0, organization: 1, group: 2, place: 3 };
const NOT_VERB_POS = new Set(['NOUN', 'PROPN', 'NUM', 'DET', 'ADP']);

/** Build the env for one article; `quoted` are the [outerStart, outerEnd) spans of its quotes. */
export function attributionEnv(ctx: AnalysisContext, quoted: [number, number][], firstPerson: FirstPersonResolver = () => null): AttributionEnv {
  const spans = new SpanSet(quoted);
  const insideQuote = (o: number) => spans.has(o);
  const kinds = new Map<string, ActorKind>();
  const names = new Map<string, string>();
  for (const a of ctx.actors) {
    kinds.set(a.id, a.kind);
    names.set(a.id, a.name);
  }
  const cues = cuesFor(ctx.lexicons.attribution);
  const mute = new Set(ctx.actors.filter((a) => isNotSpeaker(cues, a.name)).map((a) => a.id));
  const mentions = ctx.mentions.filter((m) => !mute.has(m.actorId) && !isNotSpeaker(cues, m.text));
  const n = ctx.lexicons.sources.names;
  const viaNames = [...(n.outlet ?? []), ...(n.wire ?? []), ...(n['state-media'] ?? [])].sort((a, b) => b.length - a.length);
  return { ctx, mentions, cues, kinds, names, genders: personGenders(ctx, insideQuote), viaNames, firstPerson, insideQuote };
}

/** "July", "Thursday", "the Amendment": a calendar or headline word alone never speaks. */
export function isNotSpeaker(cues: Cues, name: string): boolean {
  const bare = fold(name.trim()).replace(/^(?:the|a|an|last|this|next|late|early)\s+/, '').replace(/['’]s$/, '');
  return cues.notSpeakers.has(bare);
}

/** Canonical verb when the token(s) at `i` form an attribution verb used as a verb. */
export function verbAt(env: AttributionEnv, toks: Token[], i: number): { canon: string; last: number } | null {
  for (let n = env.cues.maxVerbWords; n >= 1; n--) {
    if (i + n > toks.length) continue;
    const phrase = toks.slice(i, i + n).map((t) => fold(t.text)).join(' ');
    const canon = env.cues.verbForms.get(phrase);
    if (canon && !NOT_VERB_POS.has(toks[i].pos)) return { canon, last: i + n - 1 };
  }
  return null;
}

/** A person actor, or a capitalized name as written: what a following "he said" may take up. */
export function personLike(env: AttributionEnv, s: Pick<QuoteSpeaker, 'actorId' | 'name'>): boolean {
  return s.actorId ? env.kinds.get(s.actorId) === 'person' : /^\p{Lu}\p{Ll}/u.test(s.name);
}
