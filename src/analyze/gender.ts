/**
 * Gender signals for person actors, read from the text itself: an honorific before a name
 * ("Ms Duval"), a gendered role noun attached to it ("spokeswoman Dana Reyes", "Holt, the chairman,"),
 * and the subject pronoun the text uses right after an unambiguous mention ("Holt claims he ...",
 * "... Mr Winter. He told ..."). Used only to stop "he"/"she" resolving to a person of the other
 * marked gender; a person without signals stays unknown and is treated as before. Deliberately
 * no first-name guessing. Word lists: lexicons/gender.json.
 */
import type { Mention } from '../types/analysis.js';
import type { Gender, GenderLexicon } from '../lexicons/gender.js';
import type { AnalysisContext, Token } from './context.js';
import { fold } from './quotes/cues.js';
import { isWordish, mentionsIn, tokenIndexAt } from './quotes/text-tools.js';

export type { Gender } from '../lexicons/gender.js';

/** How much each kind of signal weighs: a title outweighs a role noun, which outweighs one pronoun. */
const WEIGHT = { honorific: 3, role: 2, pronoun: 1 } as const;
/** Role words read before a name: "actress Sophie Lane", "former chairwoman Olga Petrenko". */
const PRE_WINDOW = 3;
/** Appositive words read after "Name, ": "Sam Ferris, a spokeswoman for ...". */
const POST_WINDOW = 5;

interface Words {
  honorifics: Map<string, Gender>;
  roles: Map<string, Gender>;
  pronouns: Map<string, Gender>;
}

const cache = new WeakMap<GenderLexicon, Words>();

function wordsFor(lex: GenderLexicon): Words {
  let w = cache.get(lex);
  if (w) return w;
  const byGender = (r: Record<Gender, string[]>) => {
    const m = new Map<string, Gender>();
    for (const g of ['female', 'male'] as Gender[]) for (const s of r[g]) m.set(bare(s), g);
    return m;
  };
  w = { honorifics: byGender(lex.honorifics), roles: byGender(lex.roles), pronouns: new Map(Object.entries(lex.pronouns).map(([p, g]) => [fold(p), g])) };
  cache.set(lex, w);
  return w;
}

/** Lower-cased, curly apostrophes folded, a trailing full stop dropped ("Mr." → "mr"). */
function bare(s: string): string {
  return fold(s).replace(/\.$/, '');
}

/** The gender a pronoun carries ("she" → female), or null ("they", "it", anything else). */
export function pronounGender(lex: GenderLexicon, word: string): Gender | null {
  return wordsFor(lex).pronouns.get(fold(word)) ?? null;
}

/** The gender a role noun carries ("spokeswoman" → female), or null. */
export function roleGender(lex: GenderLexicon, word: string): Gender | null {
  return wordsFor(lex).roles.get(bare(word)) ?? null;
}

/**
 * Person actor id → the gender the text marks it with. Persons with no signal, or with signals
 * that disagree (neither side more than twice the other), are absent.
 * `insideQuote` keeps a speaker's own words ("he" inside a quote) out of the evidence.
 */
export function personGenders(ctx: AnalysisContext, insideQuote: (offset: number) => boolean = () => false): Map<string, Gender> {
  const words = wordsFor(ctx.lexicons.gender);
  const persons = new Set(ctx.actors.filter((a) => a.kind === 'person').map((a) => a.id));
  const score = new Map<string, Record<Gender, number>>();
  const vote = (id: string, g: Gender | null | undefined, w: number) => {
    if (!g) return;
    const s = score.get(id) ?? { female: 0, male: 0 };
    s[g] += w;
    score.set(id, s);
  };
  const named = ctx.mentions.filter((m) => persons.has(m.actorId) && m.form !== 'pronoun' && !insideQuote(m.start));
  for (const m of named) {
    vote(m.actorId, honorificOf(ctx, m, words), WEIGHT.honorific);
    for (const g of rolesOf(ctx, m, words)) vote(m.actorId, g, WEIGHT.role);
  }
  for (const [id, g] of pronounUse(ctx, named, persons, words, insideQuote)) vote(id, g, WEIGHT.pronoun);
  const out = new Map<string, Gender>();
  for (const [id, s] of [...score].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (s.female > 2 * s.male) out.set(id, 'female');
    else if (s.male > 2 * s.female) out.set(id, 'male');
  }
  return out;
}

/** Wordish tokens before `offset` (nearest first) and from `offset` on. */
function tokensBefore(ctx: AnalysisContext, offset: number, n: number): Token[] {
  const out: Token[] = [];
  for (let i = tokenIndexAt(ctx.tokens, offset) - 1; i >= 0 && out.length < n; i--) if (isWordish(ctx.tokens[i])) out.push(ctx.tokens[i]);
  return out;
}

function tokensFrom(ctx: AnalysisContext, offset: number, n: number): Token[] {
  const out: Token[] = [];
  for (let i = tokenIndexAt(ctx.tokens, offset); i < ctx.tokens.length && out.length < n; i++) if (isWordish(ctx.tokens[i])) out.push(ctx.tokens[i]);
  return out;
}

/** "Ms Duval", "Mrs Agnes Porter": a title inside the mention or right before it. */
function honorificOf(ctx: AnalysisContext, m: Mention, words: Words): Gender | null {
  const inside = words.honorifics.get(bare(m.text.split(/\s+/)[0]));
  if (inside && m.text.includes(' ')) return inside;
  const prev = tokensBefore(ctx, m.start, 2).filter((t) => t.text !== '.');
  const t = prev[0];
  if (!t || !/^\p{Lu}/u.test(t.text) || ctx.text.slice(t.end, m.start).replace(/\./, '').trim() !== '') return null;
  return words.honorifics.get(bare(t.text)) ?? null;
}

/**
 * Gendered role nouns attached to the mention: its label, the words right before the name (no
 * punctuation, preposition or possessive between: "the wife of X" and "X's wife" are someone
 * else's), and an appositive right after "Name, ".
 */
function rolesOf(ctx: AnalysisContext, m: Mention, words: Words): Gender[] {
  const out: Gender[] = [];
  const seen = new Set<number>();
  const add = (t: Token) => {
    const g = words.roles.get(bare(t.text));
    if (g && !seen.has(t.start)) {
      seen.add(t.start);
      out.push(g);
    }
  };
  if (m.label) for (const t of tokensFrom(ctx, m.label.start, 12)) if (t.end <= m.label.end) add(t);
  for (const t of tokensBefore(ctx, m.start, PRE_WINDOW)) {
    if (t.type === 'punctuation' || !['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(t.pos) || /^['’]s$/.test(t.text)) break;
    add(t);
  }
  const after = tokensFrom(ctx, m.end, POST_WINDOW + 1);
  if (after[0]?.text === ',') {
    for (const t of after.slice(1)) {
      if (t.type === 'punctuation' || t.pos === 'ADP' || t.pos === 'VERB' || t.pos === 'AUX') break;
      add(t);
    }
  }
  return out;
}

/**
 * Subject pronouns used of a person: in a sentence whose only named person is that one, a
 * he/she after the mention, or opening the next sentence. Object pronouns ("asked him") are
 * not read: they usually refer to someone else.
 */
function pronounUse(ctx: AnalysisContext, named: Mention[], persons: Set<string>, words: Words, insideQuote: (offset: number) => boolean): [string, Gender][] {
  const out: [string, Gender][] = [];
  const bySentence = new Map<number, Mention[]>();
  for (const m of named) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  for (const [si, ms] of bySentence) {
    const ids = new Set(ms.map((m) => m.actorId));
    if (ids.size !== 1) continue;
    const id = ms[0].actorId;
    const s = ctx.sentences[si];
    if (!s) continue;
    const first = ms[0];
    const own = tokensFrom(ctx, first.end, 200).filter((t) => t.end <= s.end && !insideQuote(t.start));
    const inSentence = own.map((t) => words.pronouns.get(fold(t.text))).find((g) => g);
    if (inSentence) out.push([id, inSentence]);
    const next = ctx.sentences[si + 1];
    if (!next || mentionsIn(ctx.mentions, next.start, next.end).some((m) => m.form !== 'pronoun' && m.actorId !== id && persons.has(m.actorId))) continue;
    const opener = tokensFrom(ctx, next.start, 1)[0];
    if (opener && opener.start < next.end && !insideQuote(opener.start)) {
      const g = words.pronouns.get(fold(opener.text));
      if (g) out.push([id, g]);
    }
  }
  return out;
}

