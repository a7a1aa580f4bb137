/**
 * Interview transcripts: paragraphs opening with a speaker label (`Q:`, `A:`, `HOST:`, `ELENA RUIZ:`).
 * A turn is not a quote; quotation marks inside it are, and "I said ..." there is the turn's speaker.
 * Labels come from lexicons/attribution.json (`transcript`); a name label is matched to an actor.
 */
import type { AnalysisContext } from '../context.js';
import { fold } from './cues.js';

export interface TurnSpeaker {
  name: string;
  actorId: string | null;
}

export interface Turn {
  /** The paragraph of the turn (label included). */
  start: number;
  end: number;
  /** The label as written, without the colon. */
  label: string;
  /** Where the label starts (after an opening quotation mark, if any). */
  labelStart: number;
  speaker: TurnSpeaker;
}

/** A label opening a paragraph; a transcript quoted paragraph by paragraph repeats the opening mark first (`"WALLACE: ...`). */
const LABEL = /^["“]?([\p{L}][\p{L}.’'-]*(?: [\p{L}][\p{L}.’'-]*){0,3}):[ \t]+\S/u;

/**
 * Turns of a transcript, in text order. A text is read as a transcript only when at least two
 * paragraphs open with interviewer/interviewee labels or upper-case names, so "Update: ..." or
 * "Interview: ..." title lines are not turns.
 */
export function findTurns(ctx: AnalysisContext): Turn[] {
  const { text } = ctx;
  const t = ctx.lexicons.attribution.transcript;
  const asks = new Set(t.interviewer.map(fold));
  const answers = new Set(t.interviewee.map(fold));
  const raw: { start: number; end: number; label: string; role: 'interviewer' | 'interviewee' | 'named' }[] = [];
  const candidates: { start: number; end: number; label: string }[] = [];
  let at = 0;
  while (at <= text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    const m = LABEL.exec(text.slice(at, end));
    if (m && /^\p{Lu}/u.test(m[1]) && m[1].split(' ').every((w) => /^\p{Lu}/u.test(w))) candidates.push({ start: at, end, label: m[1] });
    if (m) {
      const label = m[1];
      const key = fold(label);
      if (asks.has(key)) raw.push({ start: at, end, label, role: 'interviewer' });
      else if (answers.has(key)) raw.push({ start: at, end, label, role: 'interviewee' });
      else if (label === label.toUpperCase() && /\p{Lu}{2}/u.test(label)) raw.push({ start: at, end, label, role: 'named' });
    }
    if (nl === -1) break;
    at = nl + 1;
  }
  // Title-case names that open two or more paragraphs ("Dara: ...") are speaker labels too.
  const seen = new Map<string, { start: number; end: number; label: string }[]>();
  for (const c of candidates) if (!raw.some((r) => r.start === c.start)) seen.set(c.label, [...(seen.get(c.label) ?? []), c]);
  for (const [, list] of seen) if (list.length >= 2) for (const c of list) raw.push({ ...c, role: 'named' });
  raw.sort((a, b) => a.start - b.start);
  if (raw.length < 2) return [];
  const guest = interviewee(ctx, raw);
  return raw.map((r) => ({
    start: r.start,
    end: r.end,
    label: r.label,
    labelStart: r.start + (/^["“]/.test(ctx.text[r.start] ?? '') ? 1 : 0),
    speaker: r.role === 'interviewer' ? { name: 'the interviewer', actorId: null } : r.role === 'interviewee' ? guest : named(ctx, r.label),
  }));
}

/** The turn covering `offset`, or null. */
export function turnAt(turns: Turn[], offset: number): Turn | null {
  for (const t of turns) if (t.start <= offset && offset < t.end) return t;
  return null;
}

/** An upper-case label ("ELENA RUIZ", "RUIZ") → the person actor of that name, else the name in title case. */
function named(ctx: AnalysisContext, label: string): TurnSpeaker {
  const key = fold(label);
  const words = key.split(/\s+/);
  const actor =
    ctx.actors.find((a) => a.kind === 'person' && fold(a.name) === key) ??
    ctx.actors.find((a) => a.kind === 'person' && fold(a.name).split(/\s+/).pop() === words[words.length - 1]) ??
    // `DARA:` — a first name alone labels the guest introduced by full name.
    (words.length === 1 ? ctx.actors.find((a) => a.kind === 'person' && fold(a.name).split(/\s+/)[0] === key && a.name.includes(' ')) : undefined);
  if (actor) return { name: actor.name, actorId: actor.id };
  const title = label.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
  return { name: title, actorId: null };
}

/**
 * Who answers in `A:` turns: the person the text outside the questions is about, i.e. the person
 * mentioned most outside interviewer turns before the first answer (title and introduction),
 * ties to the earliest. None: "the interviewee".
 */
function interviewee(ctx: AnalysisContext, raw: { start: number; end: number; label: string; role: string }[]): TurnSpeaker {
  // Named turns too (`HOST:`/`ELENA RUIZ:`): the guest is the named label that asks least.
  const asking = new Map<string, { turns: number; questions: number }>();
  for (const r of raw) {
    if (r.role !== 'named') continue;
    const a = asking.get(r.label) ?? { turns: 0, questions: 0 };
    a.turns++;
    if (/\?\s*$/.test(ctx.text.slice(r.start, r.end))) a.questions++;
    asking.set(r.label, a);
  }
  if (asking.size >= 2) {
    const ranked = [...asking].sort((x, y) => x[1].questions / x[1].turns - y[1].questions / y[1].turns || y[1].turns - x[1].turns);
    if (ranked[0][1].questions / ranked[0][1].turns < ranked[1][1].questions / ranked[1][1].turns) return named(ctx, ranked[0][0]);
  }
  const firstAnswer = raw.find((r) => r.role !== 'interviewer')?.start ?? ctx.text.length;
  const counts = new Map<string, { n: number; first: number }>();
  for (const m of ctx.mentions) {
    if (m.start >= firstAnswer) break;
    if (raw.some((r) => r.role === 'interviewer' && r.start <= m.start && m.start < (ctx.text.indexOf('\n', r.start) + 1 || ctx.text.length))) continue;
    if (ctx.actors.find((a) => a.id === m.actorId)?.kind !== 'person' || m.form === 'pronoun') continue;
    const c = counts.get(m.actorId) ?? { n: 0, first: m.start };
    c.n++;
    counts.set(m.actorId, c);
  }
  let best: [string, { n: number; first: number }] | null = null;
  for (const e of counts) if (!best || e[1].n > best[1].n || (e[1].n === best[1].n && e[1].first < best[1].first)) best = e;
  if (!best) return introducedName(ctx, firstAnswer) ?? { name: 'the interviewee', actorId: null };
  const actor = ctx.actors.find((a) => a.id === best![0])!;
  return { name: actor.name, actorId: actor.id };
}

/** No person actor in the introduction: the first run of two or more capitalized proper names in it, as written. */
function introducedName(ctx: AnalysisContext, before: number): TurnSpeaker | null {
  const toks = ctx.tokens.filter((t) => t.end <= before && t.type === 'word');
  for (let i = 0; i < toks.length; i++) {
    let j = i;
    while (j < toks.length && toks[j].pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(toks[j].text) && (j === i || toks[j].start - toks[j - 1].end === 1)) j++;
    if (j - i >= 2) return { name: ctx.text.slice(toks[i].start, toks[j - 1].end), actorId: null };
    i = Math.max(i, j - 1);
  }
  return null;
}
