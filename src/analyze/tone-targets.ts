/**
 * Tone targets: actor mentions the actor finder leaves out but tone needs, found after it
 * (so quotes and sources see exactly what they saw before). Rules, in order:
 *   1. `actor.lone-name`: a capitalized proper-noun run no mention covers ("Priebus",
 *      "Trump's") is the person whose name ends in it, else a new person actor: single sentences
 *      and headlines name people by surname alone. Not taken: months, weekdays, words of a longer
 *      capitalized name, a sentence's first word unless a verb or "'s" follows.
 *      A name before a comma or an adverb at a sentence's start ("Okafor, in fact, ...",
 *      "Halvorsen also praised") and a name used before a word such as administration or
 *      spokesman ("the Marlowe administration") is taken too.
 *   2. pronouns: he/him/his/she/her/hers takes the person when the sentence (before
 *      the pronoun) or, failing that, the sentence before offers exactly one person of a
 *      compatible gender.
 *   3. `actor.unnamed-descriptor`: "the governor", "the billionaire businessman" (the, then
 *      lexicon modifiers, then a role or occupation head of lexicons/labels.json) no mention
 *      covers is the one person labelled with that head; failing that, in a text of at most
 *      two sentences, an unnamed person named by the descriptor.
 *   4. `actor.unnamed-pronoun`: in a text of at most two sentences, such a pronoun with no
 *      person before it refers to someone outside the text; it becomes one unnamed person per
 *      gender ("he" and "his" the same one), so the tone toward that person is still read.
 */
import type { Actor, Mention } from '../types/analysis.js';
import type { AnalysisContext, Token } from './context.js';
import { actorId } from './actors/slug.js';
import { personGenders, pronounGender } from './gender.js';
import { isWordish } from './quotes/text-tools.js';
import { knownWords } from './nlp.js';

const NOT_NAMES = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday god i mr mrs ms dr sir'.split(' '),
);
const PRONOUNS = /^(?:he|him|his|himself|she|her|hers|herself)$/i;

interface Run {
  first: number;
  last: number;
  possessive: boolean;
}

/** Proper-noun runs no mention overlaps. */
function loneRuns(ctx: AnalysisContext, covered: (s: number, e: number) => boolean): Run[] {
  const t = ctx.tokens;
  const out: Run[] = [];
  for (let i = 0; i < t.length; i++) {
    if (!isName(t[i])) continue;
    let j = i;
    while (j + 1 < t.length && isName(t[j + 1]) && t[j + 1].sentence === t[i].sentence) j++;
    const run = { first: i, last: j, possessive: /^['’]s$/i.test(t[j + 1]?.text ?? '') };
    i = j;
    if (covered(t[run.first].start, t[run.last].end) || !plausiblePerson(ctx, run)) continue;
    out.push(run);
  }
  return out;
}

function isName(tok: Token): boolean {
  // "Priebus", "McConnell", "DeVos", "O'Rourke", "Hyde-Smith".
  return tok.pos === 'PROPN' && tok.type === 'word' && /^(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(tok.text) && !NOT_NAMES.has(tok.text.toLowerCase());
}

/** Words a person's surname goes before as an attribute: "the Marlowe administration", "a Grayling spokesman". */
const PERSON_ATTRIBUTIVE = new Set('administration presidency campaign spokesman spokeswoman spokesperson aide aides adviser advisers camp era allies loyalists'.split(' '));

function plausiblePerson(ctx: AnalysisContext, r: Run): boolean {
  const tokens = ctx.tokens;
  if (r.last - r.first > 2) return false;
  const before = prevWord(tokens, r.first);
  const after = tokens[r.last + (r.possessive ? 2 : 1)];
  // "the Senate", "a Republican": a name takes no article, unless it is an attribute of a person's office.
  if (before && /^(?:the|a|an)$/i.test(before.text)) return !r.possessive && r.last === r.first && !!after && PERSON_ATTRIBUTIVE.has(after.text);
  const starts = !before || before.sentence !== tokens[r.first].sentence;
  if (!starts) return true;
  if (!r.possessive && !(after && (after.pos === 'VERB' || after.pos === 'AUX' || after.text === ',' || after.text === ':' || verbAfterAdverb(tokens, r.last + 1)))) return false;
  // "Traffic slowed": a capitalized first word that is an ordinary English word is that word,
  // unless it speaks ("Baker said", "Short: ...") or a he/she later in the sentence needs it
  // ("Walker was ... he has hired").
  if (r.possessive || r.last > r.first || !knownWords([tokens[r.first].text.toLowerCase()]).has(tokens[r.first].text.toLowerCase())) return true;
  return after.text === ':' || ctx.lexicons.gazetteer.speechVerbs.includes(after.lemma.toLowerCase()) || personPronounAfter(tokens, r.last);
}

function personPronounAfter(tokens: Token[], i: number): boolean {
  const s = tokens[i].sentence;
  for (let j = i + 1; j < tokens.length && tokens[j].sentence === s; j++) if (PRONOUNS.test(tokens[j].text)) return true;
  return false;
}

/** "Halvorsen also praised": an adverb, then the verb. */
function verbAfterAdverb(tokens: Token[], i: number): boolean {
  let j = i;
  while (j < tokens.length && tokens[j].pos === 'ADV' && j - i < 2) j++;
  // The tagger reads some past tenses after an adverb as adjectives ("also referenced").
  return j > i && j < tokens.length && (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX' || (tokens[j].pos === 'ADJ' && /ed$/.test(tokens[j].text)));
}

function prevWord(tokens: Token[], i: number): Token | undefined {
  for (let j = i - 1; j >= 0; j--) if (isWordish(tokens[j])) return tokens[j];
  return undefined;
}

function mention(ctx: AnalysisContext, a: Actor, start: number, end: number, form: Mention['form'], possessive: boolean): Mention {
  return { actorId: a.id, start, end, text: ctx.text.slice(start, end), form, possessive, label: null, sentence: ctx.tokens.find((t) => t.start === start)?.sentence ?? 0 };
}

/** Up to this many sentences (a headline and its sentence), a lone name with no other context is a new person. */
const SHORT_TEXT = 2;

function addLoneNames(ctx: AnalysisContext, actors: Actor[], covered: (s: number, e: number) => boolean): void {
  const persons = actors.filter((a) => a.kind === 'person');
  for (const r of loneRuns(ctx, covered)) {
    const start = ctx.tokens[r.first].start;
    const end = ctx.tokens[r.last].end;
    const name = ctx.text.slice(start, end);
    const last = name.split(/\s+/).pop()!;
    // The one person whose name ends so; two namesakes leave the mention to the actor finder.
    const same = persons.filter((a) => a.name === name || a.name.split(/\s+/).pop() === last);
    let actor = same.length === 1 ? same[0] : undefined;
    if (same.length > 1) continue;
    if (!actor) {
      // In a longer text the actor finder had context to judge the word and left it out.
      if (ctx.sentences.length > SHORT_TEXT) continue;
      actor = { id: actorId('person', name), name, kind: 'person', aliases: [name], mentions: [], known: false, rule: 'actor.lone-name' };
      if (actors.some((a) => a.id === actor!.id)) continue;
      actors.push(actor);
      persons.push(actor);
    }
    actor.mentions.push(mention(ctx, actor, start, end, name.includes(' ') ? 'full' : 'surname', r.possessive));
  }
}

function addPronouns(ctx: AnalysisContext, actors: Actor[], covered: (s: number, e: number) => boolean): void {
  const persons = actors.filter((a) => a.kind === 'person');
  if (persons.length === 0 && ctx.sentences.length > SHORT_TEXT) return;
  // Gender signals cost a pass over the text: read them only when a pronoun has candidates.
  let gendersMemo: Map<string, string> | null = null;
  const genderOf = (id: string) => (gendersMemo ??= personGenders({ ...ctx, actors, mentions: actors.flatMap((a) => a.mentions) })).get(id);
  for (const tok of ctx.tokens) {
    if (!PRONOUNS.test(tok.text) || covered(tok.start, tok.end)) continue;
    const g = pronounGender(ctx.lexicons.gender, tok.text.toLowerCase()) ?? (/^(?:his|him|himself)$/i.test(tok.text) ? 'male' : /^(?:her|hers|herself)$/i.test(tok.text) ? 'female' : null);
    const fits = (a: Actor) => !g || !genderOf(a.id) || genderOf(a.id) === g;
    const inSentence = (s: number, before: number) => persons.filter((a) => fits(a) && a.mentions.some((m) => m.sentence === s && m.form !== 'pronoun' && m.end <= before));
    let offered = inSentence(tok.sentence, tok.start);
    if (offered.length === 0 && tok.sentence > 0) offered = inSentence(tok.sentence - 1, Infinity);
    const possessive = /^(?:his|hers)$/i.test(tok.text);
    if (offered.length === 1) offered[0].mentions.push(mention(ctx, offered[0], tok.start, tok.end, 'pronoun', possessive));
    else if (offered.length === 0 && ctx.sentences.length <= SHORT_TEXT) {
      const a = unnamed(actors, g ?? 'male');
      a.mentions.push(mention(ctx, a, tok.start, tok.end, 'pronoun', possessive));
    }
  }
}

/** The one unnamed person of a gender a short text refers to by pronoun only. */
function unnamed(actors: Actor[], gender: string): Actor {
  const name = gender === 'female' ? 'she' : 'he';
  const id = actorId('person', `unnamed ${name}`);
  let a = actors.find((x) => x.id === id);
  if (!a) actors.push((a = { id, name, kind: 'person', aliases: [], mentions: [], known: false, rule: 'actor.unnamed-pronoun' }));
  return a;
}

const DESCRIPTOR_CATEGORIES = new Set(['role', 'occupation']);

/** "the (first) (billionaire) governor": token index of the head, or -1. */
function descriptorHead(ctx: AnalysisContext, i: number): number {
  const t = ctx.tokens;
  if (t[i].text.toLowerCase() !== 'the') return -1;
  const { heads, modifiers } = ctx.lexicons.labels;
  let j = i + 1;
  // Up to two modifiers or occupation words before the head ("the former first lady" is no head: lady is not listed).
  for (let k = 0; k < 3 && j < t.length && t[j].sentence === t[i].sentence && /^\p{Ll}/u.test(t[j].text); k++, j++) {
    const w = t[j].text.toLowerCase();
    const h = heads[w];
    const next = t[j + 1]?.text.toLowerCase() ?? '';
    if (h && DESCRIPTOR_CATEGORIES.has(h.category) && !(heads[next] && DESCRIPTOR_CATEGORIES.has(heads[next].category))) return j;
    if (!modifiers.includes(w) && !(h && DESCRIPTOR_CATEGORIES.has(h.category)) && w !== 'former') return -1;
  }
  return -1;
}

function addDescriptors(ctx: AnalysisContext, actors: Actor[], covered: (s: number, e: number) => boolean): void {
  const persons = actors.filter((a) => a.kind === 'person');
  for (let i = 0; i < ctx.tokens.length; i++) {
    const h = descriptorHead(ctx, i);
    if (h < 0) continue;
    const start = ctx.tokens[i].start, end = ctx.tokens[h].end;
    if (covered(start, end)) continue;
    const head = ctx.tokens[h].text.toLowerCase();
    const labelled = persons.filter((a) => a.mentions.some((m) => m.label?.head.toLowerCase() === head));
    let actor = labelled.length === 1 ? labelled[0] : undefined;
    if (!actor && labelled.length === 0 && ctx.sentences.length <= SHORT_TEXT) {
      const name = ctx.text.slice(start, end).replace(/^The\b/, 'the');
      const id = actorId('person', `unnamed ${name}`);
      actor = actors.find((a) => a.id === id);
      if (!actor) actors.push((actor = { id, name, kind: 'person', aliases: [], mentions: [], known: false, rule: 'actor.unnamed-descriptor' }));
    }
    if (actor) actor.mentions.push(mention(ctx, actor, start, end, 'descriptor', false));
    i = h;
  }
}

/** The context's actors plus the tone targets; the context itself is not changed. */
export function withToneTargets(ctx: AnalysisContext): Actor[] {
  const actors = ctx.actors.map((a) => ({ ...a, mentions: [...a.mentions] }));
  const spans = actors.flatMap((a) => a.mentions.map((m) => [m.start, m.end] as const));
  const covered = (s: number, e: number) => spans.some(([a, b]) => a < e && s < b);
  addLoneNames(ctx, actors, covered);
  addDescriptors(ctx, actors, (s, e) => actors.some((a) => a.mentions.some((m) => m.start < e && s < m.end)));
  const spans2 = actors.flatMap((a) => a.mentions.map((m) => [m.start, m.end] as const));
  addPronouns(ctx, actors, (s, e) => spans2.some(([a, b]) => a < e && s < b));
  for (const a of actors) {
    a.mentions.sort((x, y) => x.start - y.start || x.end - y.end);
    a.aliases = [...new Set([...a.aliases, ...a.mentions.filter((m) => m.form !== 'pronoun' && m.form !== 'descriptor').map((m) => m.text)])].sort();
  }
  // The actor finder's order: first mention, then id.
  return actors.sort((x, y) => x.mentions[0].start - y.mentions[0].start || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
