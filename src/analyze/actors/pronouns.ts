/**
 * Pronoun resolution (coreference for he/she/they/it): the actor a pronoun takes up, from the
 * mentions before it, outside quotes. "he"/"she" skip persons the text marks as the other gender
 * and prefer the subject of a recent sentence over a nearer name in object position; "they" may be
 * a group, an organization or one person of unknown gender; "it" is an organization.
 * No hidden state: the speaker quoted most recently is passed in by the caller.
 */
import type { ActorKind, Mention } from '../../types/analysis.js';
import type { AnalysisContext, Token } from '../context.js';
import type { Gender } from '../gender.js';
import { fold } from '../quotes/cues.js';
import { sentenceIndexAt, tokensIn } from '../quotes/text-tools.js';

/** How far back (in characters) an antecedent may stand. */
export const PRONOUN_SEARCH = 2000;

/** What resolution reads: the article's mentions and sentences, actor kinds, marked genders, quoted stretches. */
export interface PronounScope {
  readonly ctx: AnalysisContext;
  /** The mentions that may be antecedents (sorted by start); callers may leave out some actors. */
  readonly mentions: Mention[];
  readonly kinds: ReadonlyMap<string, ActorKind>;
  readonly genders: ReadonlyMap<string, Gender>;
  readonly insideQuote: (offset: number) => boolean;
}

/** A person named as a speaker shortly before (its speaker phrase start). */
export interface PriorSpeaker {
  actorId: string | null;
  name: string;
  start: number;
}

/** The antecedent: an actor (or a name as written, actorId null) and where it was mentioned. */
export interface Antecedent {
  actorId: string | null;
  /** The mention's text (callers map an actor id to its canonical name). */
  text: string;
  start: number;
}

/**
 * The antecedent of pronoun `p` of `kind` ("person", "group", "thing" as in lexicons/attribution.json
 * `pronouns`). `prior`, when given and more recent than the subject found, wins for "he"/"she":
 * the person just quoted is the likeliest "she said". `exclude`: an actor the pronoun cannot be
 * (in "Reid, who he said was right", "he" is not Reid).
 */
export function pronounAntecedent(s: PronounScope, p: Token, kind: string, gender: Gender | null, prior: PriorSpeaker | null, exclude: string | null = null): Antecedent | null {
  const from = p.start - PRONOUN_SEARCH;
  const clash = (actorId: string | null) => gender !== null && actorId !== null && s.genders.has(actorId) && s.genders.get(actorId) !== gender;
  const fitting = (m: Mention) => {
    if (m.form === 'pronoun' || s.insideQuote(m.start) || m.actorId === exclude) return false;
    const k = s.kinds.get(m.actorId);
    if (kind === 'person') return k === 'person' && !clash(m.actorId);
    if (kind === 'group') return k === 'group' || k === 'organization' || (k === 'person' && !s.genders.has(m.actorId) && singularThey(s, m, p));
    return k === 'organization';
  };
  const m = subjectLikeMention(s, p, kind, fitting);
  if (kind === 'person' && prior && !clash(prior.actorId) && (prior.actorId === null || prior.actorId !== exclude) && prior.start >= from && prior.start <= p.start && (!m || prior.start > m.start)) {
    return { actorId: prior.actorId, text: prior.name, start: prior.start };
  }
  return m ? { actorId: m.actorId, text: m.text, start: m.start } : null;
}

/**
 * "he/she" mostly takes up the subject of a recent sentence: the nearest fitting mention that
 * opens its sentence's fitting mentions wins over a nearer one in object position ("told MPs").
 * Other kinds take the nearest fitting mention.
 */
function subjectLikeMention(s: PronounScope, p: Token, kind: string, fitting: (m: Mention) => boolean): Mention | null {
  const mentions = s.mentions;
  const from = p.start - PRONOUN_SEARCH;
  let nearest: Mention | null = null;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.start >= p.start) continue;
    if (m.start < from) break;
    if (!fitting(m)) continue;
    nearest ??= m;
    if (kind !== 'person') return m;
    // "outside the Palace of Westminster", "told MPs": a name after a preposition is no subject;
    // nor is a possessive ("Bellini's wife said": the wife speaks).
    if (oblique(s, m) || m.possessive) continue;
    let opens = true;
    const first = firstSentenceOf(s, m.sentence);
    for (let k = i - 1; k >= 0 && mentions[k].sentence >= first && mentions[k].sentence <= m.sentence; k--) {
      const o = mentions[k];
      if (fitting(o) && !oblique(s, o) && !o.possessive && o.actorId !== m.actorId) {
        opens = false;
        break;
      }
    }
    if (opens) return m;
  }
  return nearest;
}

/**
 * The splitter may cut a sentence after an abbreviation (`Sen. David Perdue (R-Ga.) | said he ...`):
 * a "sentence" opening in lower case or with a comma continues the one before.
 */
function firstSentenceOf(s: PronounScope, si: number): number {
  const sents = s.ctx.sentences;
  while (si > 0 && sents[si] && /^[\s"“”]*(?:[,;)\]]|\p{Ll})/u.test(s.ctx.text.slice(sents[si].start, Math.min(sents[si].end, sents[si].start + 8)))) si--;
  return si;
}

/**
 * "they" for one person of unknown gender: only when the person was named in the pronoun's
 * sentence or the one before, and no sentence in between opens with a plural noun
 * ("Residents gathered outside. "...," they said." is the residents).
 */
function singularThey(s: PronounScope, m: Mention, p: Token): boolean {
  const si = sentenceIndexAt(s.ctx.sentences, p.start);
  if (si - m.sentence > 1 || si < m.sentence) return false;
  for (let k = m.sentence + 1; k <= si; k++) {
    const sent = s.ctx.sentences[k];
    const words = tokensIn(s.ctx.tokens, sent.start, sent.end).filter((t) => !s.insideQuote(t.start) && t.type !== 'punctuation');
    let i = 0;
    while (i < words.length && ['DET', 'ADJ', 'NUM'].includes(words[i].pos)) i++;
    if (words[i] && words[i].pos === 'NOUN' && /[^s]s$/i.test(words[i].text)) return false;
  }
  return true;
}

/** A mention that follows a preposition ("of the X", "near X"), so it cannot be a clause subject. */
function oblique(s: PronounScope, m: Mention): boolean {
  const toks = tokensIn(s.ctx.tokens, Math.max(0, m.start - 60), m.start);
  let k = toks.length - 1;
  while (k >= 0 && (toks[k].pos === 'DET' || toks[k].pos === 'ADJ' || toks[k].pos === 'NUM')) k--;
  if (k < 0) return false;
  if (k > 0 && ['and', 'or'].includes(fold(toks[k].text)) && toks[k - 1].pos === 'PROPN') {
    // "loyalists to Joe Biden and Bernie Sanders": a name conjoined to an oblique name is oblique too.
    k--;
    while (k > 0 && toks[k - 1].pos === 'PROPN') k--;
    k--;
    while (k >= 0 && (toks[k].pos === 'DET' || toks[k].pos === 'ADJ' || toks[k].pos === 'NUM')) k--;
    if (k < 0) return false;
  }
  const w = fold(toks[k].text);
  return toks[k].pos === 'ADP' || w === 'of' || w === 'near' || w === 'outside' || w === 'inside';
}
