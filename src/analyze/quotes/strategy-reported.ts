/**
 * Strategy "reported speech" (rule `quote.attribution.reported`): a document or outlet quoting a person
 * (`the readout said: "President Putin said that ..."`) makes the person the speaker and the
 * document the channel (`via`). Also the channel of `told The Wall Street Journal`.
 */
import { mentionsIn, tokensIn } from './text-tools.js';
import { verbAt, type AttributionEnv, type Found, type Reader } from './env.js';
import type { QuoteSite } from './site.js';
import { bestMention, nameAsWritten } from './speaker-phrase.js';

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
