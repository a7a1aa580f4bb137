/**
 * findQuotes: quotation marks → quotes with kind, speaker, verb and channel.
 * Steps, in order: scan marks (marks.ts) → per quote: join split quotes ("...," Xi said, "...") →
 * attribution strategies (attribution.ts: speaker after/before, according-to, colon, reported) →
 * transcript turn (turns.ts) → dash line (strategy-dash.ts) → join a continuation after the
 * attribution → carry speakers into conjoined, same- and next-paragraph quotes → classify (kinds.ts).
 * Every quote carries the `rule` id of the step that named its speaker (docs/rules.md).
 */
import type { ArticleWarning } from '../../types/article.js';
import type { Quote } from '../../types/analysis.js';
import type { AnalysisContext } from '../context.js';
import type { MarkedPart, UnbalancedMark } from './marks.js';
import { attribute, attributeDash, attributionEnv, rememberSpeaker, QUOTE_RULES, type Attribution, type FirstPersonResolver, type RecentSpeaker } from './attribution.js';
import { findTurns, turnAt, type Turn } from './turns.js';
import { countInnerSentences, countWords, quoteKind } from './kinds.js';
import { lineAt, sentenceIndexAt } from './text-tools.js';

export { scanQuoteMarks } from './marks.js';
export type { MarkScan, MarkedQuote, MarkedPart, UnbalancedMark } from './marks.js';
export { quoteKind } from './kinds.js';

/** A warning about the text, with offsets into `Article.text` (the orchestrator may map them to raw). */
export interface TextWarning extends ArticleWarning {
  start: number;
  end: number;
}

export interface QuoteFindings {
  quotes: Quote[];
  warnings: TextWarning[];
}

/** `unattributedReason` of a show, book or song title in quotation marks: no speech, and no distancing either. */
export const TITLE_REASON = 'title';

/** The text joined between the parts of a split or multi-paragraph quote. */
export const PART_JOINER = ' … ';

interface Draft {
  parts: MarkedPart[];
  attribution: Attribution;
}

/** What the text alone cannot tell the quote finder. */
export interface QuoteOptions {
  /** The article's byline: who "I" is in a first-person text (blog, column). Empty or absent: "the author". */
  author?: readonly string[] | string | null;
}

export function findQuotes(ctx: AnalysisContext, options: QuoteOptions = {}): Quote[] {
  return findQuotesWithWarnings(ctx, options).quotes;
}

export function findQuotesWithWarnings(ctx: AnalysisContext, options: QuoteOptions = {}): QuoteFindings {
  const { text } = ctx;
  const scan = ctx.quoteMarks();
  const spans: [number, number][] = scan.quotes.flatMap((q) => q.parts.map((p): [number, number] => [p.outerStart, p.outerEnd]));
  const turns = findTurns(ctx);
  const env = attributionEnv(ctx, spans, firstPersonResolver(turns, options.author));
  const marked = splitAtTurns(scan.quotes.map((q) => q.parts), turns);
  // The last person named as a speaker: passed to each attribution, for a following "he said".
  let recent: RecentSpeaker | null = null;

  const drafts: Draft[] = [];
  for (let i = 0; i < marked.length; i++) {
    const parts = marked[i];
    const prev = drafts[drafts.length - 1];
    const first = parts[0];
    const last = parts[parts.length - 1];
    const sameLineAsPrev = prev && lineAt(text, prev.parts[prev.parts.length - 1].outerEnd - 1)[0] === lineAt(text, first.outerStart)[0];
    const next = marked[i + 1];
    const nextSameLine = next && lineAt(text, last.outerEnd - 1)[0] === lineAt(text, next[0].outerStart)[0];
    const site = {
      outerStart: first.outerStart,
      outerEnd: last.outerEnd,
      start: first.start,
      end: last.end,
      prevOuterEnd: sameLineAsPrev ? prev.parts[prev.parts.length - 1].outerEnd : -1,
      nextOuterStart: nextSameLine ? next[0].outerStart : Number.POSITIVE_INFINITY,
    };
    if (prev && sameLineAsPrev && isSplitContinuation(text, prev, first.outerStart)) {
      prev.parts = [...prev.parts, ...parts];
      continue;
    }
    const resolved = attribute(env, site, recent);
    recent = rememberSpeaker(env, resolved, recent);
    let attribution = inTurn(turns, first.outerStart, resolved);
    if (!attribution.speaker || attribution.side === 'after') {
      // `"..." — Maria Lopes, union spokeswoman`: the dash line is the whole attribution.
      const dash = attributeDash(env, site, recent);
      if (dash) {
        recent = rememberSpeaker(env, dash, recent);
        attribution = dash;
      }
    }
    if (prev && sameLineAsPrev && continuesAfterAttribution(text, prev, first.outerStart, attribution)) {
      // `"A," she said. "B."`: the same speaker goes on right after the attribution: one quote, two parts.
      prev.parts = [...prev.parts, ...parts];
      continue;
    }
    drafts.push({ parts, attribution });
  }

  carryParagraphSpeakers(text, drafts);

  const quotes: Quote[] = drafts.map((d, i) => toQuote(ctx, d, i));
  return { quotes, warnings: unbalancedWarnings(text, scan.unbalanced) };
}

/** Unbalanced marks listed one by one; past this many, one more warning counts the rest. */
export const MAX_LISTED_MARKS = 5;

/**
 * One warning per unbalanced mark up to MAX_LISTED_MARKS, then one that counts the others and
 * points at the first of them: a file of 100K stray marks gives six warnings, not 100K.
 */
function unbalancedWarnings(text: string, marks: readonly UnbalancedMark[]): TextWarning[] {
  const out = marks.slice(0, MAX_LISTED_MARKS).map((u) => unbalancedWarning(text, u));
  const rest = marks.slice(MAX_LISTED_MARKS);
  if (rest.length === 0) return out;
  const unclosed = rest.filter((u) => u.kind === 'unclosed').length;
  const first = rest[0];
  const message = `${rest.length} more unbalanced quotation marks (${unclosed} never closed, ${rest.length - unclosed} never opened), the first at offset ${first.start}; not listed one by one`;
  out.push({ code: 'UNBALANCED_QUOTES', severity: 'warning', message, start: first.start, end: first.end });
  return out;
}

/**
 * `"A," Xi said, "B"`: B continues A when A was attributed right after its closing mark and
 * only that attribution, ending in a comma or colon, stands between them.
 */
function isSplitContinuation(text: string, prev: Draft, nextOuterStart: number): boolean {
  const a = prev.attribution;
  if (!a.speaker || !a.endsClause) return false;
  const lastPart = prev.parts[prev.parts.length - 1];
  const between = text.slice(lastPart.outerEnd, nextOuterStart).trim();
  if (!/[,:]$/.test(between) || countWords(between) > 15) return false;
  if (a.speaker.start < lastPart.outerEnd || a.speaker.start > nextOuterStart) return false;
  return /[,:—–-]\s*$/.test(text.slice(lastPart.start, lastPart.end)) || /^,/.test(between);
}

/**
 * `"A," said X, head of the union. "B."`: A was interrupted by an attribution standing after it
 * (and only that, up to its full stop), and B opens the next sentence without an attribution of
 * its own, so the same speaker goes on.
 */
function continuesAfterAttribution(text: string, prev: Draft, nextOuterStart: number, next: Attribution): boolean {
  const a = prev.attribution;
  if (!a.speaker || a.side !== 'after' || !next.startsClause || next.speaker || next.verb) return false;
  if (next.reason !== null && next.reason !== 'no attribution verb in sentence') return false;
  const lastPart = prev.parts[prev.parts.length - 1];
  if (!/[,?!—–-]\s*$/.test(text.slice(lastPart.start, lastPart.end))) return false;
  const between = text.slice(lastPart.outerEnd, nextOuterStart).trim();
  if (!/[.:]$/.test(between) || countWords(between) > 30 || /["“”]/.test(between)) return false;
  return a.speaker.start >= lastPart.outerEnd && a.speaker.start < nextOuterStart;
}

/**
 * A transcript quoted paragraph by paragraph (`"WALLACE: ...` / `"PENCE: ...`, each paragraph
 * reopening the mark) reads as one multi-paragraph quote; each turn is its own quote.
 */
function splitAtTurns(quotes: MarkedPart[][], turns: Turn[]): MarkedPart[][] {
  if (turns.length === 0) return quotes;
  return quotes.flatMap((parts) => {
    const out: MarkedPart[][] = [[parts[0]]];
    for (let k = 1; k < parts.length; k++) {
      const turn = turnAt(turns, parts[k].outerStart);
      if (turn && turn !== turnAt(turns, parts[k - 1].outerStart)) out.push([parts[k]]);
      else out[out.length - 1].push(parts[k]);
    }
    return out;
  });
}

/**
 * Inside an interview turn, a quote opening its sentence with no attribution ("A: "Never." I mean it.")
 * and "I said: ..." belong to the turn's speaker.
 */
function inTurn(turns: Turn[], offset: number, a: Attribution): Attribution {
  if (turns.length === 0 || !a.startsClause || a.verb) return a;
  const turn = turnAt(turns, offset);
  if (!turn) return a;
  // `ELENA RUIZ: "..."`: the colon read as "name: quote" is the turn label itself.
  const labelColon = a.speaker?.method === 'colon' && a.speaker.start >= turn.start && a.speaker.end <= turn.labelStart + turn.label.length;
  if (a.speaker ? !labelColon : a.reason !== 'no attribution verb in sentence') return a;
  return { ...a, speaker: { actorId: turn.speaker.actorId, name: turn.speaker.name, start: turn.labelStart, end: turn.labelStart + turn.label.length, method: 'turn' }, reason: null, side: null, speakerFor: null, rule: QUOTE_RULES.turn };
}

/** "I" in a transcript turn is the turn's speaker; elsewhere the author (byline, else "the author"). */
function firstPersonResolver(turns: Turn[], author: QuoteOptions['author']): FirstPersonResolver {
  const names = (typeof author === 'string' ? [author] : author ?? []).map((n) => n.trim()).filter((n) => n !== '');
  const byline = names.length > 0 ? names.join(' and ') : 'the author';
  return (offset) => {
    const turn = turnAt(turns, offset);
    if (turn) return { name: turn.speaker.name, actorId: turn.speaker.actorId, method: 'turn' };
    if (turns.length > 0) return null;
    return { name: byline, actorId: null, method: 'author' };
  };
}

/**
 * A paragraph that is nothing but a quote, right after a paragraph whose last quote has a
 * speaker, continues that speaker (a second paragraph of remarks).
 */
function carryParagraphSpeakers(text: string, drafts: Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.attribution.speaker) continue;
    const prev = drafts[i - 1];
    const sp = prev.attribution.speaker;
    if (!sp) continue;
    if (joinedByConjunction(text, prev, d)) {
      // `said the findings were "robust" and "long overdue"`: one attribution covers both.
      d.attribution = { ...d.attribution, speaker: { ...sp }, verb: prev.attribution.verb, via: prev.attribution.via, speakerFor: prev.attribution.speakerFor, reason: null, rule: QUOTE_RULES.conjoined };
      continue;
    }
    if (sameParagraphFollowUp(text, prev, d)) {
      // `"A," Weselsky told reporters. "B."`: a new sentence of quote in the same paragraph, same speaker.
      d.attribution = { ...d.attribution, speaker: { ...sp, method: 'paragraph-continuation' }, verb: prev.attribution.verb, via: prev.attribution.via, speakerFor: prev.attribution.speakerFor, reason: null, rule: QUOTE_RULES.sameParagraph };
      continue;
    }
    if (!wholeParagraph(text, d.parts)) continue;
    const prevLine = lineAt(text, prev.parts[prev.parts.length - 1].outerEnd - 1);
    const myLine = lineAt(text, d.parts[0].outerStart);
    if (!isPreviousLine(text, prevLine, myLine)) continue;
    d.attribution = {
      ...d.attribution,
      speaker: { ...sp, method: 'paragraph-continuation' },
      verb: prev.attribution.verb,
      via: prev.attribution.via,
      speakerFor: prev.attribution.speakerFor,
      reason: null,
      rule: QUOTE_RULES.nextParagraph,
      startsClause: true,
      endsClause: true,
    };
  }
}

function joinedByConjunction(text: string, prev: Draft, d: Draft): boolean {
  const between = text.slice(prev.parts[prev.parts.length - 1].outerEnd, d.parts[0].outerStart);
  // `was "open for business" and would "never close again"`: a conjunction and at most a few words, no new clause.
  return /^\s*,?\s*(?:and|or|but|as well as)(?:\s+[\p{Ll}’'-]+){0,3}\s*$/iu.test(between);
}

function sameParagraphFollowUp(text: string, prev: Draft, d: Draft): boolean {
  const prevEnd = prev.parts[prev.parts.length - 1].outerEnd;
  const first = d.parts[0];
  if (lineAt(text, prevEnd - 1)[0] !== lineAt(text, first.outerStart)[0]) return false;
  // Only the end of the previous sentence stands between them, and the new quote is a full sentence.
  return d.attribution.startsClause && d.attribution.endsClause && /[.!?]$/.test(text.slice(prevEnd, first.outerStart).trim()) && countWords(text.slice(first.start, d.parts[d.parts.length - 1].end)) >= 2;
}

function wholeParagraph(text: string, parts: MarkedPart[]): boolean {
  const [ls] = lineAt(text, parts[0].outerStart);
  const last = parts[parts.length - 1];
  const [, le] = lineAt(text, last.outerEnd - 1);
  return text.slice(ls, parts[0].outerStart).trim() === '' && /^[\s.,;:!?]*$/.test(text.slice(last.outerEnd, le));
}

function isPreviousLine(text: string, prev: [number, number], mine: [number, number]): boolean {
  return prev[1] <= mine[0] && text.slice(prev[1], mine[0]).trim() === '';
}

function toQuote(ctx: AnalysisContext, d: Draft, i: number): Quote {
  const first = d.parts[0];
  const last = d.parts[d.parts.length - 1];
  const quoted = d.parts.map((p) => ctx.text.slice(p.start, p.end)).join(PART_JOINER);
  const a = d.attribution;
  const kind = quoteKind({
    words: countWords(quoted),
    innerSentences: countInnerSentences(quoted),
    parts: d.parts.length,
    attributed: a.speaker !== null,
    startsClause: a.startsClause,
    endsClause: a.endsClause,
    named: a.named,
    title: a.title,
  });
  // A scare quote has nobody saying it, whatever verb the sentence holds.
  const speaker = kind === 'scare' ? null : a.speaker;
  const reason = speaker ? null : kind === 'scare' ? (a.title && !a.named ? TITLE_REASON : 'scare quote') : (a.reason ?? 'no attribution verb in sentence');
  return {
    id: `q${i + 1}`,
    start: first.start,
    end: last.end,
    text: quoted,
    kind,
    parts: d.parts.map((p) => ({ start: p.start, end: p.end })),
    outerStart: first.outerStart,
    outerEnd: last.outerEnd,
    speaker,
    verb: speaker ? a.verb : null,
    unattributedReason: reason,
    via: speaker ? a.via : null,
    speakerFor: speaker ? a.speakerFor : null,
    rule: speaker ? (a.rule ?? QUOTE_RULES.unattributed) : kind === 'scare' ? QUOTE_RULES.scare : QUOTE_RULES.unattributed,
    sentence: Math.max(0, sentenceIndexAt(ctx.sentences, first.start)),
  };
}

function unbalancedWarning(text: string, u: UnbalancedMark): TextWarning {
  const mark = text.slice(u.start, u.end);
  const message =
    u.kind === 'unclosed'
      ? `opening quotation mark ${mark} at offset ${u.start} is never closed; the quote was ended at the end of its sentence`
      : `closing quotation mark ${mark} at offset ${u.start} has no opening mark; ignored`;
  return { code: 'UNBALANCED_QUOTES', severity: 'warning', message, start: u.start, end: u.end };
}
