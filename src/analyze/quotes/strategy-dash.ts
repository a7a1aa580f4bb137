/**
 * Strategy "dash" (rule `quote.attribution.dash`): a pull quote attributed by a dash (`"..." — Maria Lopes,
 * union spokeswoman`, or the name on the line after a quote-only paragraph). The actor named after
 * the dash, else the name as written. No verb. The text work is in dash.ts.
 */
import { fold } from './cues.js';
import { mentionsIn, tokensIn } from './text-tools.js';
import type { Found, Reader } from './env.js';
import type { QuoteSite } from './site.js';
import { dashAttribution } from './dash.js';
import { bestMention, fromMention, nameAsWritten } from './speaker-phrase.js';

export function dashSpeaker(r: Reader, site: QuoteSite): Found | null {
  const { ctx } = r.env;
  const isVerb = (s: number, e: number) => tokensIn(ctx.tokens, s, e).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const span = dashAttribution(ctx.text, site.outerStart, site.outerEnd, isVerb);
  if (!span) return null;
  const region = tokensIn(ctx.tokens, span.nameStart, span.nameEnd);
  if (region.length === 0) return null;
  const pick = bestMention(r.env, mentionsIn(ctx.mentions, span.nameStart, span.nameEnd).filter((m) => m.form !== 'pronoun'), 'last');
  if (pick) return fromMention(pick);
  const f = nameAsWritten(r.env, region, 'last');
  if (!f) return null;
  // `— Dr Ruth Adeyemi` where the actor finder kept only "Adeyemi": the one person of that surname.
  const last = fold(f.name.split(/\s+/).pop() ?? '');
  const same = ctx.actors.filter((a) => a.kind === 'person' && fold(a.name.split(/\s+/).pop() ?? '') === last);
  if (same.length === 1) f.actorId = same[0].id;
  return f;
}
