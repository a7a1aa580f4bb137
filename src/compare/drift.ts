/**
 * Attribution drift: one claim attributed ("critics say", "according to the Kremlin", "the West
 * accuses China of ...") or hedged ("in what appeared to be") in one outlet and stated as plain fact
 * in another. Read on the sentence pairs of each coverage claim (sentences of different outlets that
 * report one fact):
 *
 * 1. the claim's core in a sentence is its content words the other sentence shares (cue words aside);
 * 2. a cue (lexicons/drift.json) governs the words after it up to the next clause break; the sentence
 *    attributes (or hedges) the claim when a governed stretch holds at least half the core;
 * 3. a sentence states the claim as fact when no cue governs the core, it has no speech verb at all
 *    and the core is not inside a quotation;
 * 4. attributed/hedged in one, fact in the other: a finding with both sentences and the cue words.
 */
import type { DriftLexicon } from '../lexicons/drift.js';
import type { AttributionDrift, CoverageItem, Evidence } from '../types/comparison.js';
import { sliceTokens, type CompareContext } from './context.js';
import { evidenceOf } from './evidence.js';
import { matchKey, type WordToken } from './tokens/words.js';

export const DROPPED_ATTRIBUTION = 'drift.attribution-dropped';
export const DROPPED_HEDGE = 'drift.hedge-dropped';

/** The cue lexicon split into word sequences, once per lexicon object. */
interface Cues {
  contested: string[][];
  hedges: string[][];
  speech: Set<string>;
  /** Cue words left out of a claim's core (content words of multi-word cues such as "alleged" in "is alleged to"). */
  words: Set<string>;
  all: string[][];
}

const compiled = new WeakMap<DriftLexicon, Cues>();

function cuesOf(lexicon: DriftLexicon): Cues {
  let c = compiled.get(lexicon);
  if (!c) {
    const split = (list: string[]) => list.map((x) => x.toLowerCase().split(/\s+/));
    const contested = split(lexicon.contested);
    const hedges = split(lexicon.hedges);
    c = { contested, hedges, speech: new Set(lexicon.speech.map((x) => x.toLowerCase())), words: new Set([...contested, ...hedges].flat()), all: [...contested, ...hedges] };
    compiled.set(lexicon, c);
  }
  return c;
}

/** Outlets per claim whose sentences are paired. */
const MAX_OUTLETS = 12;
/** Share of the core a governed stretch must hold. */
const GOVERNED_SHARE = 0.5;
/** A core of fewer content words is too thin to tell what is claimed. */
const MIN_CORE = 2;

type Stance = { kind: 'attributed' | 'hedged'; cue: [number, number] } | { kind: 'fact' } | { kind: 'other' };

export function findDrift(ctx: CompareContext, coverage: CoverageItem[], lexicon: DriftLexicon = ctx.lexicons.drift): AttributionDrift[] {
  const cues = cuesOf(lexicon);
  const out: AttributionDrift[] = [];
  const seen = new Set<string>();
  for (const item of coverage) {
    if (item.kind === 'detail') continue;
    // One sentence per outlet, at most MAX_OUTLETS of them: pairs stay bounded when a claim has thousands of members.
    const ev = item.evidence.filter((e, k, all) => all.findIndex((x) => x.outletId === e.outletId) === k).slice(0, MAX_OUTLETS);
    for (let i = 0; i < ev.length; i++)
      for (let j = 0; j < ev.length; j++) {
        if (i === j || ev[i].outletId === ev[j].outletId) continue;
        const found = drift(ctx, cues, ev[i], ev[j]);
        if (!found) continue;
        const key = `${found.attributed.articleId}:${found.attributed.start}|${found.asFact.articleId}:${found.asFact.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ ...found, claimId: item.id });
      }
  }
  return out;
}

/** The finding when `a` attributes or hedges the claim that `b` states as fact. */
function drift(ctx: CompareContext, cues: Cues, a: Evidence, b: Evidence): Omit<AttributionDrift, 'claimId'> | null {
  const ta = tokensOf(ctx, a);
  const tb = tokensOf(ctx, b);
  const core = (x: WordToken[], y: WordToken[]) => {
    const other = new Set(y.filter((t) => !ctx.stopWords.has(t.norm)).map((t) => matchKey(t.norm)));
    return x.map((t, k) => (!ctx.stopWords.has(t.norm) && !cues.words.has(t.norm) && other.has(matchKey(t.norm)) ? k : -1)).filter((k) => k >= 0);
  };
  const ca = core(ta, tb);
  const cb = core(tb, ta);
  if (ca.length < MIN_CORE || cb.length < MIN_CORE) return null;
  const sa = stance(ctx, cues, a, ta, ca);
  if (sa.kind !== 'attributed' && sa.kind !== 'hedged') return null;
  if (stance(ctx, cues, b, tb, cb).kind !== 'fact') return null;
  const cue = evidenceOf(ctx.articles[ctx.articleIndex.get(a.articleId)!], ta[sa.cue[0]].start, ta[sa.cue[1]].end);
  return {
    rule: sa.kind === 'attributed' ? DROPPED_ATTRIBUTION : DROPPED_HEDGE,
    attributed: a,
    cue,
    asFact: b,
    evidence: [a, cue, b],
  };
}

function stance(ctx: CompareContext, cues: Cues, e: Evidence, tokens: WordToken[], core: number[]): Stance {
  const coreSet = new Set(core);
  for (const [kind, list] of [
    ['attributed', cues.contested],
    ['hedged', cues.hedges],
  ] as const) {
    for (const [from, to] of cueSpans(tokens, list)) {
      const end = clauseEnd(ctx.articles[ctx.articleIndex.get(e.articleId)!].text, tokens, to + 1, ctx.lexicons.stopwords.clauseOpeners);
      let held = 0;
      for (let k = to + 1; k < end; k++) if (coreSet.has(k)) held++;
      if (held >= GOVERNED_SHARE * core.length) return { kind, cue: [from, to] };
    }
  }
  if (!factClause(ctx, cues, e, tokens, coreSet)) return { kind: 'other' };
  if (insideQuote(ctx, e, tokens, core)) return { kind: 'other' };
  return { kind: 'fact' };
}

/**
 * The clause holding most of the core carries no cue or speech verb, and no short clause right after
 * it does (", critics say", ", he said" govern backwards); cue clauses before it ("critics argue that
 * its efforts lack substance, as it continues to support ...") do not govern it.
 */
function factClause(ctx: CompareContext, cues: Cues, e: Evidence, tokens: WordToken[], core: Set<number>): boolean {
  const text = ctx.articles[ctx.articleIndex.get(e.articleId)!].text;
  const bounds: [number, number][] = [];
  for (let k = 0; k < tokens.length; ) {
    const end = Math.max(k + 1, clauseEnd(text, tokens, k + 1, ctx.lexicons.stopwords.clauseOpeners));
    bounds.push([k, end]);
    k = end;
  }
  const held = bounds.map(([from, to]) => {
    let n = 0;
    for (let k = from; k < to; k++) if (core.has(k)) n++;
    return n;
  });
  const main = held.indexOf(Math.max(...held));
  const cueAt = new Set(cueSpans(tokens, cues.all).map(([from]) => from));
  const voiced = ([from, to]: [number, number]) => {
    for (let k = from; k < to; k++) if (cues.speech.has(tokens[k].norm) || cueAt.has(k)) return true;
    return false;
  };
  if (voiced(bounds[main])) return false;
  const next = bounds[main + 1];
  return !(next && next[1] - next[0] <= TRAILING_CLAUSE && voiced(next));
}

/** A clause this short after the core ("he said on Monday") is an attribution tag. */
const TRAILING_CLAUSE = 6;

/** The article's word tokens inside an evidence span (offsets into the article text). */
function tokensOf(ctx: CompareContext, e: Evidence): WordToken[] {
  return sliceTokens(ctx.articleWords[ctx.articleIndex.get(e.articleId)!], e.start, e.end);
}

/** `[first, last]` token indices of each cue occurrence. */
function cueSpans(tokens: WordToken[], list: string[][]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < tokens.length; k++)
    for (const cue of list) if (cue.every((w, n) => tokens[k + n]?.norm === w)) out.push([k, k + cue.length - 1]);
  // Overlapping cues are one ("what appeared" + "appeared to" → "what appeared to").
  out.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const merged: [number, number][] = [];
  for (const c of out) {
    const last = merged[merged.length - 1];
    if (last && c[0] <= last[1]) last[1] = Math.max(last[1], c[1]);
    else merged.push([c[0], c[1]]);
  }
  return merged;
}

/** Index of the first token after a clause break at or after `from` (tokens.length if none). */
function clauseEnd(text: string, tokens: WordToken[], from: number, openers: ReadonlySet<string>): number {
  for (let k = Math.max(1, from); k < tokens.length; k++) {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    if (/[;:\u2014\u2013]|\s-{1,2}\s/.test(gap)) return k;
    if (/,/.test(gap) && openers.has(tokens[k].norm)) return k;
    if (tokens[k].norm === 'but' || tokens[k].norm === 'however') return k;
  }
  return tokens.length;
}

function insideQuote(ctx: CompareContext, e: Evidence, tokens: WordToken[], core: number[]): boolean {
  const quotes = ctx.articles[ctx.articleIndex.get(e.articleId)!].analysis.quotes;
  let inside = 0;
  for (const k of core) {
    const at = tokens[k].start;
    if (quotes.some((q) => at >= q.outerStart && at < q.outerEnd)) inside++;
  }
  return inside >= GOVERNED_SHARE * core.length;
}
