/**
 * Who a spokesperson speaks for (`Quote.speakerFor`): the campaign, party, office or person named
 * with the spokesperson noun around the speaker phrase, so "the Clinton campaign" and its
 * spokesman are one side, not two. Patterns, in the speaker's clause outside quotes:
 *   `Trump campaign spokesman Jason Miller`        → "Trump campaign"   (body before the noun)
 *   `a spokesman for the Clinton campaign, Brian Fallon` / `Adam Jentz, a spokesman for Senator X`
 *                                                  → "the Clinton campaign" / X's actor name
 *   `Josh Earnest, the White House press secretary` → "White House"
 *   `a Kremlin spokesman said` (no name)           → "Kremlin"
 * Role nouns: lexicons/attribution.json `spokespersons`.
 */
import type { QuoteSpeaker } from '../../types/analysis.js';
import { mentionsIn, sentenceIndexAt } from './text-tools.js';
import type { AttributionEnv } from './env.js';

/** A capitalized body name: "Trump campaign", "White House", "RNC", "Democratic National Committee". */
const BODY = String.raw`((?:\p{Lu}[\p{L}.&'’-]*\s+){0,5}\p{Lu}[\p{L}.&'’-]*(?:\s+(?:campaign|committee|office|administration|party|team|camp))?)`;
const STOP = /(?<!\s)\s*(?:[,;:()]|\.(?:\s|$)|\s(?:said|says|told|added|who|which|and|in|on|at)\b)/u;

function nounAlternation(env: AttributionEnv): string {
  return env.cues.spokespersons.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|');
}

/** The stretch of the speaker's sentence around [start, end) that lies outside quotation marks. */
function clauseAround(env: AttributionEnv, start: number, end: number): [number, number] {
  const { ctx } = env;
  const si = sentenceIndexAt(ctx.sentences, start);
  const s0 = si >= 0 ? ctx.sentences[si].start : 0;
  const e0 = si >= 0 ? Math.max(end, ctx.sentences[si].end) : ctx.text.length;
  let a = start;
  while (a > s0 && !env.insideQuote(a - 1)) a--;
  let b = end;
  while (b < e0 && !env.insideQuote(b)) b++;
  return [a, b];
}

/** The body a speaker speaks for, or null when the clause names no spokesperson role. */
export function speakerFor(env: AttributionEnv, sp: QuoteSpeaker): string | null {
  if (env.cues.spokespersons.length === 0 || sp.method === 'pronoun' || sp.method === 'turn' || sp.method === 'author') return null;
  const { text } = env.ctx;
  const [a, b] = clauseAround(env, sp.start, sp.end);
  const before = text.slice(a, sp.start);
  const after = text.slice(sp.end, b);
  const own = text.slice(sp.start, sp.end);
  const N = `(?:${nounAlternation(env)})`;
  const found =
    new RegExp(`${BODY}\\s+${N}\\s*$`, 'u').exec(before)?.[1] ??
    new RegExp(`\\b${N}\\s+for\\s+(.+?),?\\s*$`, 'iu').exec(before)?.[1] ??
    new RegExp(`^,\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,3}${N}\\s+for\\s+(.+)$`, 'iu').exec(after)?.[1] ??
    new RegExp(`^,\\s+(?:the|a|an)\\s+${BODY}\\s+${N}\\b`, 'u').exec(after)?.[1] ??
    new RegExp(`^(?:(?:a|an|the)\\s+)?${BODY}\\s+${N}$`, 'u').exec(own)?.[1] ??
    new RegExp(`\\b${N}\\s+for\\s+(.+)$`, 'iu').exec(own)?.[1] ??
    null;
  if (!found) return null;
  const cut = found.search(STOP);
  const body = (cut === -1 ? found : found.slice(0, cut)).trim();
  if (body === '' || body.length > 80) return null;
  return personNamed(env, text.indexOf(body, a), body) ?? body;
}

/** "Senator Ruth Calder": a body phrase ending in a person's mention is that person (canonical name). */
function personNamed(env: AttributionEnv, at: number, body: string): string | null {
  if (at < 0) return null;
  const ms = mentionsIn(env.mentions, at, at + body.length);
  const last = ms[ms.length - 1];
  if (!last || last.end !== at + body.length || env.kinds.get(last.actorId) !== 'person') return null;
  return env.names.get(last.actorId) ?? last.text;
}
