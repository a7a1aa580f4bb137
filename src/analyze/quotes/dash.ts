/**
 * Dash attribution of pull quotes, captions and tabloid/blog quote lines:
 *   "We will not back down." — Maria Lopes, union spokeswoman
 *   "..." - Dr Ahmed Khan
 *   “...” —Senator Jane Doe (D-Calif.)
 *   a paragraph that is only a quote, then a line `— Name, Title`.
 * Pure text work: finds the name phrase; the resolver maps it to an actor. Never fires on an
 * em-dash parenthetical inside prose (`the plan — which critics call "a scam" — ...`): the quote
 * must open its paragraph or sentence, and the dash line must run to the end of the paragraph
 * and start with a name (verbless, no quotation marks).
 */
import { lineAt } from './text-tools.js';

/** Where the dash attribution stands: the whole attribution, and the name phrase opening it. */
export interface DashSpan {
  /** The attribution after the dash, up to the end of its line. */
  start: number;
  end: number;
  /** The name phrase: up to the first comma or bracket ("Maria Lopes", "waitress Kelly Dunn"). */
  nameStart: number;
  nameEnd: number;
}

const DASH = '(?:—|–|―|--?)';
/** A name word: capitalized ("Lopes", "D'Arcy", "Al-Amin", "J."), or a lower-case name particle. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}’'.-]*|de|da|del|della|der|den|di|du|la|le|van|von|bin|ibn|al|el|ter|dos|das)$/u;
/** Lower-case role words may lead the name ("waitress Kelly Dunn", "pensioner Galina Morozova"). */
const ROLE_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const MAX_WORDS = 25;
const MAX_NAME_WORDS = 8;
const MAX_ROLE_WORDS = 3;

/**
 * The dash attribution of the quote spanning [outerStart, outerEnd), or null.
 * `verbAt(offset)` says whether a word at an offset is a verb (so "— Ms Duval said" is prose).
 */
export function dashAttribution(text: string, outerStart: number, outerEnd: number, isVerb: (start: number, end: number) => boolean): DashSpan | null {
  const [ls] = lineAt(text, outerStart);
  const beforeQuote = text.slice(ls, outerStart).trim();
  // The quote opens its paragraph or a new sentence: never a quote worked into prose.
  if (beforeQuote !== '' && !/[.!?]["”’)]?$/.test(beforeQuote)) return null;
  const [, qe] = lineAt(text, Math.max(outerStart, outerEnd - 1));
  const rest = text.slice(outerEnd, qe);
  const same = new RegExp(`^[ \\t]*[.,]?[ \\t]*${DASH}[ \\t]*(?=\\S)`).exec(rest);
  if (same) return attributionAt(text, outerEnd + same[0].length, qe, isVerb);
  // `"..."` alone in its paragraph, the next line `— Name, Title`.
  if (beforeQuote !== '' || !/^[\s.,]*$/.test(rest)) return null;
  const next = text.slice(qe).match(/^\s*\n/);
  if (!next) return null;
  const lineStart = qe + next[0].length;
  const [, nle] = lineAt(text, lineStart);
  const lead = new RegExp(`^[ \\t]*${DASH}[ \\t]*(?=\\S)`).exec(text.slice(lineStart, nle));
  if (!lead) return null;
  return attributionAt(text, lineStart + lead[0].length, nle, isVerb);
}

/** The attribution from `start` to the end of its line, when it opens with a verbless name. */
function attributionAt(text: string, start: number, lineEnd: number, isVerb: (start: number, end: number) => boolean): DashSpan | null {
  let end = lineEnd;
  while (end > start && /\s/.test(text[end - 1])) end--;
  const all = text.slice(start, end);
  if (/["“”«»]/.test(all) || (all.match(/\S+/g)?.length ?? 0) > MAX_WORDS) return null;
  const cut = all.search(/[,(;]|\s[—–]\s/);
  let nameEnd = start + (cut === -1 ? all.length : cut);
  while (nameEnd > start && /[\s.]/.test(text[nameEnd - 1]) && !/\b\p{Lu}\.$/u.test(text.slice(start, nameEnd))) nameEnd--;
  const words = [...text.slice(start, nameEnd).matchAll(/\S+/gu)].map((m) => ({ w: m[0], s: start + m.index, e: start + m.index + m[0].length }));
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return null;
  let k = 0;
  while (k < words.length && k < MAX_ROLE_WORDS && ROLE_WORD.test(words[k].w) && !NAME_WORD.test(words[k].w)) k++;
  const name = words.slice(k);
  // A name: capitalized words (particles inside), ending on a capitalized word, no verb among them.
  if (name.length === 0 || !name.every((x) => NAME_WORD.test(x.w)) || !/^\p{Lu}/u.test(name[name.length - 1].w) || !/^\p{Lu}/u.test(name[0].w)) return null;
  if (words.some((x) => isVerb(x.s, x.e) && /^\p{Ll}/u.test(x.w))) return null;
  return { start, end, nameStart: words[0].s, nameEnd };
}
