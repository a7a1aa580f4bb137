/**
 * Strategy "reported speech" (rule `quote.attribution.reported`): a document or outlet quoting a person
 * (`the readout said: "President Putin said that ..."`) makes the person the speaker and the
 * document the channel (`via`). Also the channel of `told The Wall Street Journal`.
 */
import { mentionsIn, sentenceIndexAt, tokensIn } from './text-tools.js';
import { verbAt, type AttributionEnv, type Found, type Reader } from './env.js';
import type { QuoteSite } from './site.js';
import { bestMention, nameAsWritten, speakerIn } from './speaker-phrase.js';
import { fold } from './cues.js';
import { PRONOUN_SEARCH } from '../actors/pronouns.js';

/** `"President Putin said that ..."` inside a document's quote: the person the document reports. */
export function reportedSpeaker(r: Reader, site: QuoteSite): Found | null {
  const { env } = r;
  const toks = tokensIn(env.ctx.tokens, site.start, site.end).slice(0, 8);
  for (let j = 1; j < toks.length; j++) {
    const v = verbAt(env, toks, j);
    if (!v) continue;
    if (!env.cues.reporting.has(v.canon)) return null;
    const region = toks.slice(0, j);
    const mentions = mentionsIn(env.ctx.mentions, region[0].start, region[region.length - 1].end);
    const pick = bestMention(env, mentions, 'last');
    if (pick && env.kinds.get(pick.actorId) === 'person') {
      return { name: pick.text, actorId: pick.actorId, start: pick.start, end: pick.end, document: false, pronoun: false };
    }
    if (mentions.length === 0 && region.every((t) => /^\p{Lu}/u.test(t.text))) return nameAsWritten(env, region, 'last');
    return null;
  }
  return null;
}

/** `told The Wall Street Journal`: the outlet the words were given to. */
export function toldOutlet(env: AttributionEnv, verbEnd: number, verb: string): string | null {
  if (verb !== 'told') return null;
  const rest = env.ctx.text.slice(verbEnd, verbEnd + 80).replace(/^\s+/, '');
  return env.viaNames.find((n) => rest.startsWith(n) && !/[\p{L}]/u.test(rest[n.length] ?? '')) ?? null;
}

/** Determiners of the document's first naming (`in a statement`, `in his letter`; adjectives between: `in a joint statement`). */
const DOC_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);

/**
 * `"...," the statement continued` after `X said in a statement`: a definite document named just
 * before as X's statement (or `In a letter ..., X wrote`) carries X's words; X speaks, the
 * document is the channel. A document no one in the text issued stays the speaker.
 */
export function documentIssuer(r: Reader, doc: { name: string; start: number }): Found | null {
  const { env } = r;
  const words = doc.name.trim().split(/\s+/);
  if (words.length < 2 || fold(words[0]) !== 'the') return null;
  const head = fold(words[words.length - 1]);
  const toks = tokensIn(env.ctx.tokens, Math.max(0, doc.start - PRONOUN_SEARCH), doc.start).filter((t) => !env.insideQuote(t.start));
  for (let i = toks.length - 1; i >= 2; i--) {
    if (fold(toks[i].text) !== head || toks[i].pos !== 'NOUN') continue;
    let d = i - 1;
    while (d > 0 && toks[d].pos === 'ADJ') d--;
    if (!DOC_DETERMINERS.has(fold(toks[d].text)) || fold(toks[d - 1]?.text ?? '') !== 'in') return null;
    const inAt = d - 1;
    const si = sentenceIndexAt(env.ctx.sentences, toks[inAt].start);
    const from = si >= 0 ? env.ctx.sentences[si].start : 0;
    // `Pike said in a statement`: the verb before "in" and its subject.
    if (inAt > 0 && verbAt(env, toks, inAt - 1)) return person(r, speakerIn(r, toks.filter((t) => t.start >= from && t.end <= toks[inAt - 1].start), 'last'));
    // `In a letter to the board, Senator Grady wrote`: the subject after the adverbial's comma.
    if (toks[inAt].start - from <= 1) {
      const comma = toks.findIndex((t, k) => k > i && t.text === ',');
      const verb = toks.findIndex((t, k) => k > comma && verbAt(env, toks, k) !== null);
      if (comma !== -1 && verb > comma + 1) return person(r, speakerIn(r, toks.slice(comma + 1, verb), 'first'));
    }
    return null;
  }
  return null;
}

/** Only a named issuer (person or body) takes the document's words: not another document, not a guess. */
function person(r: Reader, f: Found | null): Found | null {
  if (!f || f.document || f.pronoun || f.unresolved || f.actorId === null) return null;
  return r.env.kinds.get(f.actorId) === 'place' ? null : f;
}
