/**
 * The words around one quote that attribution strategies read: the sentence's words before the
 * quote (other quotes left out), the words since the previous quote, the words after it up to the
 * sentence end or the next quote, and whether the quote opens / closes its clause. Computed once
 * per quote, read by every pass.
 */
import type { Token } from '../context.js';
import { lineAt, sentenceIndexAt, tokensIn } from './text-tools.js';
import type { AttributionEnv } from './env.js';
import { lastStartingAtOrBefore } from '../../util/search.js';

/** Characters before and after a quote read for its attribution (verbs and speakers sit close to the quote). */
export const ATTRIBUTION_WINDOW = 600;

/** What the resolver needs to know about one quote and its neighbours. */
export interface QuoteSite {
  outerStart: number;
  outerEnd: number;
  /** The quoted words (first part start .. last part end), for reported speech inside a document quote. */
  start: number;
  end: number;
  /** Where the previous quote in the same paragraph ended (or -1) and the next one begins (or Infinity). */
  prevOuterEnd: number;
  nextOuterStart: number;
}

export interface SiteWords {
  site: QuoteSite;
  /** The sentence's words before the quote, outside quotes. */
  sentenceBefore: Token[];
  /** Index in `sentenceBefore` of the first word after the previous quote (the quote's own stretch). */
  own: number;
  /** `sentenceBefore` from `own` on. */
  before: Token[];
  /** The words after the quote, up to the sentence end, the line end or the next quote. */
  after: Token[];
  /** The text before the quote since the previous quote ends in a colon. */
  colon: boolean;
  /** Nothing but the attribution (or the sentence start) stands before the quote. */
  startsClause: boolean;
  /** The text after the quote in its sentence. */
  afterText: string;
  /**
   * The quote opens its paragraph and the paragraph before ends in a colon (`..., tweeting:`):
   * that paragraph's last sentence, outside quotes. Else empty.
   */
  leadIn: Token[];
}

/** Title and initial abbreviations whose full stop ends no sentence ("Rep. Ann Cole", "Elijah E. Cummings"). */
const ABBREVIATION = /\b(?:Mr|Ms|Mrs|Dr|Prof|St|U\.S|U\.K|No|Rep|Reps|Sen|Sens|Gov|Lt|Gen|Col|Sgt|Capt|Adm|Maj|Rev|Hon|Atty|Sec|Supt|Del|Jr|Sr|\p{Lu})\.$/u;

/**
 * A sentence the splitter cut after an abbreviation: the next one opens with a lower-case word or a
 * comma (`Rep. Ann Cole (D-Md.) | said ...`, `Carl Boone (R-Tenn.) | , wrote ...`). Real sentences don't.
 */
function continues(env: AttributionEnv, si: number): boolean {
  const s = env.ctx.sentences[si];
  return s !== undefined && si > 0 && /^[\s"“”]*(?:[,;)\]]|\p{Ll})/u.test(env.ctx.text.slice(s.start, s.end)) && /[.)]\s*$/.test(env.ctx.text.slice(env.ctx.sentences[si - 1].start, s.start));
}

/** `"Is it?" he asked.`: the splitter ends the sentence at the question mark; the attribution follows. */
function sentenceEnd(env: AttributionEnv, site: QuoteSite, lineEnd: number): number {
  const { ctx } = env;
  let endSi = sentenceIndexAt(ctx.sentences, Math.max(site.outerStart, site.outerEnd - 1));
  if (endSi < 0) return lineEnd;
  if (ctx.sentences[endSi].end <= site.outerEnd && /[?!]$/.test(ctx.text.slice(site.start, site.end).trimEnd()) && ctx.sentences[endSi + 1]) endSi++;
  while (continues(env, endSi + 1)) endSi++;
  return ctx.sentences[endSi].end;
}

/** The splitter may keep `"A," the statement read. "B."` as one sentence: the clause starts after the last full stop. */
function clauseStartOf(env: AttributionEnv, site: QuoteSite, lineStart: number): number {
  const { ctx } = env;
  let si = sentenceIndexAt(ctx.sentences, site.outerStart);
  while (si > 0 && continues(env, si)) si--;
  const sentStart = si >= 0 ? ctx.sentences[si].start : lineStart;
  // At most ATTRIBUTION_WINDOW characters each side: a sentence of many quotes is then read once per
  // quote in bounded work, not rescanned whole for each (quadratic on hostile text).
  const headStart = Math.max(lineStart, Math.min(sentStart, site.outerStart), site.outerStart - ATTRIBUTION_WINDOW);
  let clauseStart = headStart;
  const stop = /[.!?]["”’]?\s+/g;
  const head = ctx.text.slice(headStart, site.outerStart);
  let m: RegExpExecArray | null;
  while ((m = stop.exec(head))) {
    const at = headStart + m.index + m[0].length;
    if (!env.insideQuote(headStart + m.index) && !ABBREVIATION.test(head.slice(Math.max(0, m.index - 5), m.index + 1))) clauseStart = at;
  }
  return clauseStart;
}

/** Short parentheticals in narration ("(R-Tenn.)", "(D)", "(pictured)") stand outside the clause: attribution reads past them. */
function dropAsides(words: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i].text === '(') {
      const close = words.findIndex((t, k) => k > i && k <= i + 5 && t.text === ')');
      if (close !== -1) {
        i = close;
        continue;
      }
    }
    out.push(words[i]);
  }
  return out;
}

/** Is the token inside a (non-pronoun) actor mention? */
function inMention(env: AttributionEnv, t: Token): boolean {
  const ms = env.ctx.mentions;
  const last = lastStartingAtOrBefore(ms, t.start);
  // Mentions may nest ("Secretary of State X" / "X"): a few before the last one starting here.
  for (let k = last; k >= 0 && k >= last - 3; k--) {
    if (ms[k].form !== 'pronoun' && ms[k].start <= t.start && t.end <= ms[k].end) return true;
  }
  return false;
}

/**
 * The tagger reads some name words as verbs ("Ted Cruz", "Josh Earnest", "Lynch said"): a
 * capitalized word inside an actor mention is a proper noun for every attribution pass, so a
 * name never ends a subject or hides the speech verb after it.
 */
function asNames(env: AttributionEnv, words: Token[]): Token[] {
  return words.map((t) => (t.pos !== 'PROPN' && /^\p{Lu}/u.test(t.text) && inMention(env, t) ? { ...t, pos: 'PROPN' } : t));
}

/** The last sentence of the paragraph before `lineStart` when that paragraph ends in a colon. */
function leadInWords(env: AttributionEnv, lineStart: number): Token[] {
  const { ctx } = env;
  const head = ctx.text.slice(0, lineStart).trimEnd();
  if (!head.endsWith(':')) return [];
  const si = sentenceIndexAt(ctx.sentences, head.length - 1);
  const [ps] = lineAt(ctx.text, head.length - 1);
  const from = Math.max(ps, si >= 0 ? ctx.sentences[si].start : ps);
  return asNames(env, dropAsides(tokensIn(ctx.tokens, from, head.length).filter((t) => !env.insideQuote(t.start))));
}

export function siteWords(env: AttributionEnv, site: QuoteSite): SiteWords {
  const { ctx } = env;
  const [ls] = lineAt(ctx.text, site.outerStart);
  const [, le] = lineAt(ctx.text, Math.max(site.outerStart, site.outerEnd - 1));
  const sentEnd = sentenceEnd(env, site, le);
  const clauseStart = clauseStartOf(env, site, ls);
  const sentenceBefore = asNames(env, dropAsides(tokensIn(ctx.tokens, clauseStart, site.outerStart).filter((t) => !env.insideQuote(t.start))));
  const beforeStart = Math.max(clauseStart, site.prevOuterEnd);
  const ownFrom = sentenceBefore.findIndex((t) => t.start >= beforeStart);
  const own = ownFrom === -1 ? sentenceBefore.length : ownFrom;
  const afterEnd = Math.max(site.outerEnd, Math.min(le, Math.max(sentEnd, site.outerEnd), site.nextOuterStart, site.outerEnd + ATTRIBUTION_WINDOW));
  const beforeText = ctx.text.slice(beforeStart, site.outerStart).trim();
  const colon = beforeText.endsWith(':');
  return {
    site,
    sentenceBefore,
    own,
    before: sentenceBefore.slice(own),
    after: asNames(env, dropAsides(tokensIn(ctx.tokens, site.outerEnd, afterEnd))),
    colon,
    startsClause: beforeText === '' || colon || /^[—–-]$/.test(beforeText),
    afterText: ctx.text.slice(site.outerEnd, afterEnd).trim(),
    leadIn: ctx.text.slice(ls, site.outerStart).trim() === '' ? leadInWords(env, ls) : [],
  };
}
