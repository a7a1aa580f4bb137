/**
 * Strategy "according to" (rule `quote.attribution.according-to`): `according to X` in the quote's sentence,
 * outside quotes. A document, an outlet or a body after the cue speaks as written (a channel);
 * a person named there is the speaker.
 */
import type { Token } from '../context.js';
import { fold } from './cues.js';
import { mentionsIn } from './text-tools.js';
import type { Found, Reader } from './env.js';
import type { SiteWords } from './site.js';
import { bestMention, documentIn } from './speaker-phrase.js';

export interface AccordingHit {
  found: Found;
  /** The words after the cue, as written ("the official Chinese account"). */
  phrase: string;
}

export function accordingTo(r: Reader, w: SiteWords): AccordingHit | null {
  return accordingIn(r, [...w.before, ...w.after]);
}

const wordCounts = new Map<string, number>();
function wordCount(cue: string): number {
  let n = wordCounts.get(cue);
  if (n === undefined) wordCounts.set(cue, (n = cue.split(/\s+/).length));
  return n;
}

function accordingIn(r: Reader, toks: Token[]): AccordingHit | null {
  const { env } = r;
  const words = toks.filter((t) => !env.insideQuote(t.start));
  // Each word folded once; a cue can only match where it starts with the word there.
  const folded = words.map((t) => fold(t.text));
  for (let i = 0; i < words.length; i++) {
    for (const cue of env.cues.according) {
      if (!cue.startsWith(folded[i])) continue;
      const n = wordCount(cue);
      if (folded.slice(i, i + n).join(' ') !== cue) continue;
      const rest = words.slice(i + n);
      const cut = rest.findIndex((t) => t.type === 'punctuation' && t.text !== '’' && t.text !== "'" && t.text !== '-');
      const region = cut === -1 ? rest : rest.slice(0, cut);
      if (region.length === 0) continue;
      const start = region[0].start;
      const end = region[region.length - 1].end;
      const phrase = env.ctx.text.slice(start, end);
      const doc = documentIn(env, region, 'first');
      const pick = bestMention(env, mentionsIn(env.ctx.mentions, start, end), 'first');
      const viaName = env.viaNames.some((v) => phrase.includes(v)) || /\bmedia\b/i.test(phrase);
      if (doc || viaName || !pick || env.kinds.get(pick.actorId) !== 'person') {
        return { found: { name: phrase, actorId: doc ? null : (pick?.actorId ?? null), start, end, document: true, pronoun: false }, phrase };
      }
      return { found: { name: pick.text, actorId: pick.actorId, start: pick.start, end: pick.end, document: false, pronoun: false }, phrase };
    }
  }
  return null;
}
