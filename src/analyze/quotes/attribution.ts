/**
 * Speaker attribution: who said a quote, by which verb, through which document or outlet.
 * Named strategies, each in its own module with one signature `(reader, siteWords)`, run in a
 * stated order (first hit wins):
 *
 *   verb passes  quote opens its clause:  speaker-after, speaker-before, lead-in (paragraph before ends "...:")
 *                otherwise:               speaker-before (own stretch), speaker-after,
 *                                         speaker-before (whole sentence)
 *   fallbacks    according-to, then colon (only when no verb was found at all)
 *   refinement   reported: a document's quote that reports a person gives the person;
 *                document-issuer: "the statement" named before as X's statement gives X
 *
 * Dash-attributed pull quotes (strategy-dash.ts), transcript turns and continuations are applied by
 * the quote finder (index.ts) after this. Falls back to the name as written (actorId null) when no
 * actor matches. No hidden state: the previous person speaker is passed in (`recent`).
 */
import type { QuoteSpeaker } from '../../types/analysis.js';
import { personLike, type AttributionEnv, type Found, type Reader, type RecentSpeaker, type VerbHit } from './env.js';
import { siteWords, type QuoteSite, type SiteWords } from './site.js';
import { speakerAfter } from './strategy-after.js';
import { speakerBefore, speakerBeforeInSentence, speakerLeadIn } from './strategy-before.js';
import { accordingTo, type AccordingHit } from './strategy-according.js';
import { colonSpeaker } from './strategy-colon.js';
import { documentIssuer, reportedSpeaker, toldOutlet } from './strategy-reported.js';
import { dashSpeaker } from './strategy-dash.js';
import { namedBefore, titleAfterPreposition } from './naming.js';
import { speakerFor } from './speaker-for.js';

export type { QuoteSite } from './site.js';
export { attributionEnv, type AttributionEnv, type FirstPersonResolver, type RecentSpeaker } from './env.js';

/** Rule ids of the attribution strategies (documented in docs/rules.md). */
export const QUOTE_RULES = {
  after: 'quote.attribution.after',
  before: 'quote.attribution.before',
  leadIn: 'quote.attribution.lead-in',
  according: 'quote.attribution.according-to',
  colon: 'quote.attribution.colon',
  reported: 'quote.attribution.reported',
  documentIssuer: 'quote.attribution.document-issuer',
  dash: 'quote.attribution.dash',
  turn: 'quote.attribution.turn',
  conjoined: 'quote.attribution.conjoined',
  sameParagraph: 'quote.attribution.paragraph-continuation',
  nextParagraph: 'quote.attribution.paragraph-continuation',
  unattributed: 'quote.unattributed',
  scare: 'quote.scare',
} as const;
export type QuoteRule = (typeof QUOTE_RULES)[keyof typeof QUOTE_RULES];

export interface Attribution {
  speaker: QuoteSpeaker | null;
  verb: string | null;
  via: string | null;
  /** The body a spokesperson speaks for ("Trump campaign"), null when none is named (speaker-for.ts). */
  speakerFor: string | null;
  reason: string | null;
  /** Which strategy named the speaker (null: none did). */
  rule: QuoteRule | null;
  /** Nothing but the attribution (or the sentence start) stands before the quote. */
  startsClause: boolean;
  /** Nothing but punctuation or the attribution follows the quote in its sentence. */
  endsClause: boolean;
  /** A naming cue ("so-called", "dubbed") stands right before the quote. */
  named: boolean;
  /** The quoted words are a title after a preposition (`on "Fox News Sunday"`). */
  title: boolean;
  /** Where the attribution stands: before the quote, after it, or nowhere. */
  side: 'before' | 'after' | null;
}

/** One verb strategy: the signature every verb pass shares. */
type VerbPass = { rule: QuoteRule; run: (r: Reader, w: SiteWords) => VerbHit | null };

const AFTER: VerbPass = { rule: QUOTE_RULES.after, run: speakerAfter };
const BEFORE: VerbPass = { rule: QUOTE_RULES.before, run: speakerBefore };
const BEFORE_IN_SENTENCE: VerbPass = { rule: QUOTE_RULES.before, run: speakerBeforeInSentence };
const LEAD_IN: VerbPass = { rule: QUOTE_RULES.leadIn, run: speakerLeadIn };
/** The stated orders: own stretch first, then after the quote, then the whole sentence; a lead-in paragraph last. */
const OPENING_ORDER: VerbPass[] = [AFTER, BEFORE, LEAD_IN];
const INNER_ORDER: VerbPass[] = [BEFORE, AFTER, BEFORE_IN_SENTENCE];

const toSpeaker = (f: Found, method: QuoteSpeaker['method']): QuoteSpeaker => ({ actorId: f.actorId, name: f.name, start: f.start, end: f.end, method });

export function attribute(env: AttributionEnv, site: QuoteSite, recent: RecentSpeaker | null): Attribution {
  const r: Reader = { env, recent };
  const w = siteWords(env, site);
  let hit: (VerbHit & { rule: QuoteRule }) | null = null;
  for (const pass of w.startsClause ? OPENING_ORDER : INNER_ORDER) {
    const h = pass.run(r, w);
    if (h) {
      hit = { ...h, rule: pass.rule };
      break;
    }
  }
  const endsClause = w.afterText === '' || /^[.!?,;:)\]]*$/.test(w.afterText) || hit?.side === 'after';
  const according = accordingTo(r, w);
  const title = titleAfterPreposition(w.before, env.ctx.text.slice(site.start, site.end));
  const base = { startsClause: w.startsClause, endsClause, named: namedBefore(env.cues, w.before), title };
  if (hit?.found?.unresolved) return { ...base, speaker: null, verb: null, via: null, speakerFor: null, rule: null, side: null, reason: `pronoun "${hit.found.name}" has no fitting antecedent` };
  let a = chooseSpeaker(r, w, hit, according);
  if (a.speaker && according && a.rule !== QUOTE_RULES.according && according.found.document) a.via = according.phrase;
  a = reported(r, site, a);
  if (!a.speaker) {
    const reason = hit ? `attribution verb "${hit.verb}" without a resolvable speaker` : 'no attribution verb in sentence';
    return { ...base, speaker: null, verb: null, via: null, speakerFor: null, rule: null, side: null, reason };
  }
  return { ...base, ...a, speakerFor: speakerFor(env, a.speaker), reason: null };
}

type Chosen = Pick<Attribution, 'speaker' | 'verb' | 'via' | 'rule' | 'side'>;

/** The verb hit's speaker, else according-to, else the colon reading (only with no verb at all). */
function chooseSpeaker(r: Reader, w: SiteWords, hit: (VerbHit & { rule: QuoteRule }) | null, according: AccordingHit | null): Chosen {
  if (hit?.found) {
    const f = hit.found;
    const method: QuoteSpeaker['method'] = f.method ?? (f.document ? 'source' : f.pronoun ? 'pronoun' : w.colon && hit.side === 'before' ? 'colon' : 'adjacent');
    // `Xi said: "..."`: the colon form of a speaker before the quote.
    const rule = method === 'colon' ? QUOTE_RULES.colon : hit.rule;
    return { speaker: toSpeaker(f, method), verb: hit.verb, via: toldOutlet(r.env, hit.verbEnd, hit.verb), rule, side: hit.side };
  }
  if (according) return { speaker: toSpeaker(according.found, 'according-to'), verb: 'according to', via: null, rule: QUOTE_RULES.according, side: null };
  const f = hit ? null : colonSpeaker(r, w);
  if (f) return { speaker: toSpeaker(f, f.pronoun ? 'pronoun' : 'colon'), verb: null, via: null, rule: QUOTE_RULES.colon, side: null };
  return { speaker: null, verb: null, via: null, rule: null, side: null };
}

/** A document quoting a person ("President Putin said that ..."): the person is the speaker, the document the channel. */
function reported(r: Reader, site: QuoteSite, a: Chosen): Chosen {
  const sp = a.speaker;
  if (!sp || sp.actorId !== null || (sp.method !== 'source' && sp.method !== 'according-to')) return a;
  const inner = reportedSpeaker(r, site);
  if (inner) return { ...a, via: sp.name, speaker: toSpeaker(inner, 'source'), rule: QUOTE_RULES.reported };
  const issuer = sp.method === 'source' ? documentIssuer(r, sp) : null;
  if (issuer) return { ...a, via: sp.name, speaker: toSpeaker(issuer, 'source'), rule: QUOTE_RULES.documentIssuer };
  return a;
}

/** A pull quote attributed by a dash and a name (`"..." — Maria Lopes, union spokeswoman`). */
export function attributeDash(env: AttributionEnv, site: QuoteSite, recent: RecentSpeaker | null): Attribution | null {
  const f = dashSpeaker({ env, recent }, site);
  if (!f) return null;
  const speaker = toSpeaker(f, 'dash');
  return { speaker, verb: null, via: null, speakerFor: speakerFor(env, speaker), reason: null, rule: QUOTE_RULES.dash, startsClause: true, endsClause: true, named: false, title: false, side: 'after' };
}

/** The person a following "he said" may take up after this attribution (else the one before). */
export function rememberSpeaker(env: AttributionEnv, a: Attribution, recent: RecentSpeaker | null): RecentSpeaker | null {
  const s = a.speaker;
  if (!s || ['source', 'author', 'turn'].includes(s.method) || !personLike(env, s)) return recent;
  return { actorId: s.actorId, name: s.name, start: s.start };
}
