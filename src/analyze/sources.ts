/**
 * Sourcing: who the outlet says its information comes from. Three shapes:
 * a cue before the source ("according to X", "citing X", "reported by X"), a source as the
 * subject of a reporting verb ("analysts say", "the Kremlin said", "UNN reports"), and an outlet
 * a speaker talked to ("told The Wall Street Journal"). Types come from lexicons/sources.json.
 */
import type { Label, Mention, SourceAttribution, SourceType, ActorKind } from '../types/analysis.js';
import type { SourceLexicon } from '../lexicons/sources.js';
import type { AnalysisContext, Token } from './context.js';
import { PhraseMatcher, phraseKey } from './phrase-matcher.js';
import { sentenceIndexAt, tokenIndexAt, isWordish, SpanSet, mentionsIn } from './quotes/text-tools.js';

interface Compiled {
  before: PhraseMatcher;
  after: Map<string, number>;
  maxAfterWords: number;
  names: { type: SourceType; matcher: PhraseMatcher }[];
  nouns: Map<string, SourceType>;
  expert: Set<string>;
  affiliations: PhraseMatcher;
  /** "Meridian Wire", "Korvan News Agency": capitalized words ending in a wire suffix. */
  wireName: RegExp | null;
  roles: Set<string>;
  bodies: Set<string>;
  determiners: Set<string>;
  unnamedHeads: Set<string>;
  official: string[];
  partisan: string[];
}

const NAME_ORDER: SourceType[] = ['state-media', 'wire', 'outlet', 'official', 'partisan', 'expert', 'anonymous', 'document', 'other'];
const NOUN_ORDER: SourceType[] = ['partisan', 'official', 'document', 'outlet', 'anonymous', 'expert', 'state-media', 'wire', 'other'];
/** Role heads that name an office only with a government body in the label ("FBI director", not "Apple CEO"). */
const BODY_BOUND = new Set(['ceo', 'chief', 'chairman', 'chairwoman', 'chair', 'chairperson', 'head', 'director', 'leader', 'president', 'deputy', 'founder']);
const MAX_PHRASE_WORDS = 12;
/** Cues that make an institution or capital a source by themselves ("Beijing said"), unlike "announced". */
const SPEECH_CUES = new Set(['said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'noted', 'notes', 'reported', 'reports', 'added', 'claimed', 'claims']);
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
const cache = new WeakMap<SourceLexicon, Compiled>();

function compile(lex: SourceLexicon): Compiled {
  const c = cache.get(lex);
  if (c) return c;
  const after = new Map<string, number>();
  let maxAfterWords = 1;
  for (const a of lex.cues.after) {
    const k = phraseKey(a);
    after.set(k, k.split(' ').length);
    maxAfterWords = Math.max(maxAfterWords, k.split(' ').length);
  }
  const nouns = new Map<string, SourceType>();
  for (const type of NOUN_ORDER) for (const n of lex.nouns[type] ?? []) if (!nouns.has(phraseKey(n))) nouns.set(phraseKey(n), type);
  const compiled: Compiled = {
    before: new PhraseMatcher(lex.cues.before),
    after,
    maxAfterWords,
    // "The Times" is also written "the Times" mid-sentence.
    names: NAME_ORDER.filter((t) => lex.names[t]?.length).map((type) => ({ type, matcher: new PhraseMatcher(withLowerThe(lex.names[type] ?? []), true) })),
    nouns,
    expert: new Set((lex.nouns.expert ?? []).map((n) => phraseKey(n))),
    affiliations: new PhraseMatcher(lex.affiliations, true),
    wireName: wireNamePattern(lex.wireSuffixes),
    roles: new Set(lex.qualifiedRoles.roles.map((r) => phraseKey(r))),
    bodies: new Set(lex.qualifiedRoles.bodies.map((b) => phraseKey(b))),
    determiners: new Set((lex.qualifiedRoles.determiners ?? []).map((b) => phraseKey(b))),
    unnamedHeads: new Set((lex.qualifiedRoles.heads ?? []).map((b) => phraseKey(b))),
    official: (lex.nouns.official ?? []).map((n) => phraseKey(n)),
    partisan: (lex.nouns.partisan ?? []).map((n) => phraseKey(n)),
  };
  cache.set(lex, compiled);
  return compiled;
}

/**
 * Source attributions of one article. `outlet` is the article's own outlet name: an outlet
 * is never its own source ("Fox News has learned", "told Fox News" in a Fox News article).
 */
export function findSources(ctx: AnalysisContext, outlet?: string): SourceAttribution[] {
  const lex = compile(ctx.lexicons.sources);
  const quoted = new SpanSet(ctx.quoteMarks().quotes.flatMap((q) => q.parts.map((p) => [p.outerStart, p.outerEnd] as const)));
  const inQuote = (o: number) => quoted.has(o);
  const kinds = new Map<string, ActorKind>(ctx.actors.map((a) => [a.id, a.kind]));
  const words = ctx.tokens.filter(isWordish);
  const out: SourceAttribution[] = [];
  const seen = new Set<string>();
  const push = (start: number, end: number, cue: string, always: boolean) => {
    if (end <= start) return;
    const typed = classify(ctx, lex, kinds, start, end, always || SPEECH_CUES.has(cue));
    if (!typed || (!always && !typed.decisive)) return;
    // One finding per phrase: "have highlighted" and "highlighted" name the same source.
    const key = `${start}:${end}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ start, end, text: ctx.text.slice(start, end), cue, type: typed.type, actorId: typed.actorId, sentence: Math.max(0, sentenceIndexAt(ctx.sentences, start)), rule: typed.rule });
  };

  // 1. "according to X", "citing X": the phrase after the cue.
  for (const h of lex.before.find(ctx.text)) {
    if (inQuote(h.start)) continue;
    const np = phraseAfter(ctx, words, h.end);
    if (np) push(np[0], np[1], h.key, true);
  }

  // 2. "analysts say", "the Kremlin said", "UNN reports": the subject of a reporting verb.
  for (let i = 0; i < words.length; i++) {
    const t = words[i];
    if (inQuote(t.start)) continue;
    const n = cueAfterAt(lex, words, i);
    if (!n) continue;
    const cue = words.slice(i, i + n).map((w) => w.text.toLowerCase()).join(' ');
    if (!isVerbUse(words, i)) continue;
    const subject = subjectBefore(words, i);
    if (subject) push(subject[0], subject[1], cue, false);
    // 3. "told The Wall Street Journal": the outlet after "told".
    if (cue === 'told' || cue === 'tells') {
      const np = phraseAfter(ctx, words, words[i + n - 1].end);
      const name = np ? nameIn(ctx.text, lex, np[0], np[1]) : null;
      if (name) push(name[0], name[1], cue, true);
    }
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end || (a.cue < b.cue ? -1 : a.cue > b.cue ? 1 : 0));
  // "according to an official report published by Chinese state media": one source, not two.
  const own = ownNames(outlet);
  return out.filter((s) => !out.some((o) => o !== s && o.type === s.type && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start) && !isOwn(own, s));
}

/** The outlet's name with and without "The", and its short form ("the Times" of "The New York Times"). */
function ownNames(outlet: string | undefined): string[] {
  if (!outlet) return [];
  const bare = phraseKey(outlet.replace(/^the\s+/i, ''));
  const words = bare.split(' ');
  const out = [bare];
  if (/^the\s/i.test(outlet) && words.length > 1) out.push(`the ${words[words.length - 1]}`);
  return out;
}

function isOwn(own: string[], s: SourceAttribution): boolean {
  if (own.length === 0 || (s.type !== 'outlet' && s.type !== 'wire' && s.type !== 'official' && s.type !== 'other')) return false;
  const key = ` ${phraseKey(s.text)} `;
  return own.some((n) => key.includes(` ${n} `));
}

function withLowerThe(names: string[]): string[] {
  return [...names, ...names.filter((n) => /^The\s/.test(n)).map((n) => `the${n.slice(3)}`)];
}

/** The first outlet/wire/state-media name starting a phrase ("The Wall Street Journal earlier this month"). */
function nameIn(text: string, lex: Compiled, start: number, end: number): [number, number] | null {
  for (const { type, matcher } of lex.names) {
    if (type !== 'outlet' && type !== 'wire' && type !== 'state-media') continue;
    const hit = matcher.find(text, start, end).find((h) => h.start === start);
    if (hit) return [hit.start, hit.end];
  }
  return null;
}

function cueAfterAt(lex: Compiled, words: Token[], i: number): number {
  for (let n = lex.maxAfterWords; n >= 1; n--) {
    if (i + n > words.length) continue;
    const k = phraseKey(words.slice(i, i + n).map((w) => w.text).join(' '));
    if (lex.after.get(k) === n) return n;
  }
  return 0;
}

/** A reporting cue used as a verb: wink tags it VERB/AUX, or "UNN reports" (a plural-looking noun after a name). */
function isVerbUse(words: Token[], i: number): boolean {
  const t = words[i];
  if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  if (t.pos === 'NOUN' && /s$/i.test(t.text) && words[i - 1]?.pos === 'PROPN' && words[i + 1]?.pos !== 'NOUN') return true;
  // "records show that", "emails show the": a plural noun subject, then the cue taken for a noun.
  return t.pos === 'NOUN' && words[i - 1]?.pos === 'NOUN' && /s$/i.test(words[i - 1].text) && ['DET', 'PRON', 'SCONJ', 'ADP'].includes(words[i + 1]?.pos ?? '');
}

/** The noun phrase right before a verb at `i` (skipping "have", "also", "previously"), or null. */
function subjectBefore(words: Token[], i: number): [number, number] | null {
  let j = i - 1;
  while (j >= 0 && (words[j].pos === 'AUX' || words[j].pos === 'ADV')) j--;
  const end = j;
  const np = () => {
    while (j >= 0 && (NP_POS.has(words[j].pos) || words[j].text === '’s' || words[j].text === "'s") && end - j < MAX_PHRASE_WORDS) j--;
  };
  np();
  // "Alexander Gabuev of the Carnegie Eurasia Center said", "analysts like X said": take the whole phrase.
  while (j > 0 && ['of', 'like', 'at', 'from', 'with'].includes(words[j].text.toLowerCase()) && NP_POS.has(words[j - 1].pos) && end - j < MAX_PHRASE_WORDS) {
    j--;
    np();
  }
  // "two people briefed on the matter", "a person familiar with the talks": a participle or
  // adjective with its prepositional phrase still describes the noun before it.
  const pp = /^(?:on|with|to|about|in)$/i;
  for (let k = j; k > 1 && end - k < MAX_PHRASE_WORDS; k--) {
    if (!pp.test(words[k].text) || k >= end) break;
    const mod = words[k - 1];
    if (!((mod.pos === 'VERB' && /ed$/i.test(mod.text)) || mod.pos === 'ADJ') || !NP_POS.has(words[k - 2].pos)) break;
    j = k - 2;
    np();
    break;
  }
  // Relative pronouns are not part of the source: "which many analysts see".
  while (j + 1 <= end && ['which', 'that', 'who', 'whom', 'whose'].includes(words[j + 1].text.toLowerCase())) j++;
  if (j === end) return null;
  return [words[j + 1].start, words[end].end];
}

/** The phrase after a cue: up to punctuation, a quote mark, a verb or the line end. */
function phraseAfter(ctx: AnalysisContext, words: Token[], from: number): [number, number] | null {
  const k = tokenIndexAt(words, from);
  let last = -1;
  for (let i = k; i < words.length && i - k < MAX_PHRASE_WORDS; i++) {
    const w = words[i];
    if (ctx.text.slice(from, w.start).includes('\n')) break;
    const apostrophe = w.text === '’s' || w.text === "'s" || w.text === '-';
    if (w.type === 'punctuation' && !apostrophe) break;
    // "an official report published by Chinese state media": keep a participle and its "by" phrase.
    const participleBy = w.text.endsWith('ed') && words[i + 1]?.text === 'by';
    // A noun the tagger took for a verb ("court documents") still modifies the next noun.
    const nounModifier = w.pos === 'VERB' && words[i + 1]?.pos === 'NOUN' && !/(?:ed|ing)$/i.test(w.text);
    if ((w.pos === 'VERB' || w.pos === 'AUX') && !participleBy && !nounModifier) break;
    last = i;
  }
  return last === -1 ? null : [words[k].start, words[last].end];
}

interface Typed {
  type: SourceType;
  actorId: string | null;
  /** Decided by a name, a source noun, or an organization/place standing for its government. */
  decisive: boolean;
  /** Which typing rule decided (docs/rules.md). */
  rule: string;
}

function classify(ctx: AnalysisContext, lex: Compiled, kinds: Map<string, ActorKind>, start: number, end: number, speech = true): Typed | null {
  const text = ctx.text;
  const mentions = mentionsIn(ctx.mentions, start, end);
  const actorId = pickActor(mentions, kinds);
  for (const { type, matcher } of lex.names) {
    if (matcher.find(text, start, end).length) return { type, actorId, decisive: true, rule: 'source.name' };
  }
  // An agency no list names, known by the last word of its name: "citing Meridian Wire".
  if (lex.wireName?.test(text.slice(start, end))) return { type: 'wire', actorId, decisive: true, rule: 'source.wire-suffix' };
  // A person-looking mention that is only a source noun ("Analysts", "Critics") is not a named person.
  const person = mentions.find((m) => kinds.get(m.actorId) === 'person' && !lex.nouns.has(phraseKey(m.text)));
  if (person) {
    const byLabel = personType(ctx, lex, person.actorId);
    if (byLabel) return { type: byLabel, actorId: person.actorId, decisive: true, rule: byLabel === 'expert' ? 'source.expert-label' : `source.${byLabel}-label` };
  }
  const phrase = text.slice(start, end);
  // The head noun decides: "the official Chinese account of the call" → account.
  const head = phraseKey(phrase.split(/\s+of\s+/i)[0]);
  const headWords = head.split(' ');
  for (let n = Math.min(6, headWords.length); n >= 1; n--) {
    const type = lex.nouns.get(headWords.slice(-n).join(' '));
    if (!type || (type === 'partisan' && !partisanWords(lex, phrase))) continue;
    if (type === 'anonymous' && person) return { type: 'expert', actorId: person.actorId, decisive: true, rule: 'source.named-person' };
    if (type === 'anonymous' && n === 1 && lex.roles.has(headWords[headWords.length - 1]) && namesBody(lex, headWords.slice(0, -1), mentions, kinds)) {
      // "city officials said": a specific body makes unnamed officials an official source.
      return { type: 'official', actorId, decisive: true, rule: 'source.qualified-role' };
    }
    return { type, actorId: type === 'anonymous' ? null : actorId, decisive: true, rule: 'source.head-noun' };
  }
  // "a law enforcement official", "two people briefed on the matter": an unnamed role is anonymous.
  if (!person && lex.determiners.has(headWords[0]) && headWords.slice(1, 5).some((w) => lex.unnamedHeads.has(w))) return { type: 'anonymous', actorId: null, decisive: true, rule: 'source.unnamed-role' };
  for (const w of headWords) {
    const type = lex.nouns.get(w);
    if (type === 'official' || type === 'outlet') return { type, actorId, decisive: true, rule: 'source.phrase-noun' };
  }
  if (actorId) {
    const kind = kinds.get(actorId);
    // "The Kremlin said", "Beijing said": an institution or a capital standing for its government.
    if (kind === 'organization' || kind === 'place') return { type: 'official', actorId, decisive: speech, rule: 'source.institution' };
    return { type: 'other', actorId, decisive: false, rule: 'source.actor' };
  }
  return { type: 'other', actorId: null, decisive: false, rule: 'source.other' };
}

/** Do the words before a role noun name a specific body: a body qualifier ("city", "union") or an organization actor ("Kremlin")? */
function namesBody(lex: Compiled, before: string[], mentions: Mention[], kinds: Map<string, ActorKind>): boolean {
  for (let i = 0; i < before.length; i++) {
    if (lex.bodies.has(before[i]) || (i + 1 < before.length && lex.bodies.has(`${before[i]} ${before[i + 1]}`))) return true;
  }
  return mentions.some((m) => kinds.get(m.actorId) === 'organization');
}

/** A capitalized name ending in one of the suffixes, as a whole phrase or inside it. */
function wireNamePattern(suffixes: string[]): RegExp | null {
  if (suffixes.length === 0) return null;
  const alt = [...suffixes].sort((a, b) => b.length - a.length).map((s) => s.trim().split(/\s+/).map(escapeRe).join('\\s+')).join('|');
  return new RegExp(`(?:^|\\s)(?:\\p{Lu}[\\p{L}\\p{M}'’.&-]*\\s+)+(?:${alt})(?![\\p{L}\\p{N}])`, 'u');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function pickActor(mentions: Mention[], kinds: Map<string, ActorKind>): string | null {
  const rank: Record<ActorKind, number> = { person: 0, organization: 1, group: 2, place: 3 };
  let best: Mention | null = null;
  for (const m of mentions) {
    if (!best || rank[kinds.get(m.actorId) ?? 'place'] < rank[kinds.get(best.actorId) ?? 'place']) best = m;
  }
  return best?.actorId ?? null;
}

const typeCache = new WeakMap<AnalysisContext, Map<string, SourceType | null>>();

/**
 * What a named person's labels make them as a source: partisan when a label names a campaign
 * or party body ("Romney campaign spokesman"), official when a label is an office ("Sen.",
 * "FBI Director": a corporate-sounding head needs a government body in the label), expert
 * when a label is an expert's and names no government body. Cached per actor.
 */
function personType(ctx: AnalysisContext, lex: Compiled, actorId: string): SourceType | null {
  let known = typeCache.get(ctx);
  if (!known) typeCache.set(ctx, (known = new Map()));
  if (known.has(actorId)) return known.get(actorId)!;
  const labels = ctx.actors.find((a) => a.id === actorId)?.mentions.flatMap((m) => (m.label ? [m.label] : [])) ?? [];
  const has = (l: Label, list: string[]) => list.some((n) => ` ${phraseKey(l.text)} `.includes(` ${n} `));
  let type: SourceType | null = null;
  if (labels.some((l) => partisanWords(lex, l.text))) type = 'partisan';
  else if (labels.some((l) => l.category === 'role' && (has(l, lex.official) || !BODY_BOUND.has(l.head)))) type = 'official';
  else if (labels.some((l) => !has(l, lex.official)) && isExpert(ctx, lex, actorId)) type = 'expert';
  known.set(actorId, type);
  return type;
}

/**
 * Campaign or party words written as common nouns ("the Romney campaign spokesman"), or a party
 * committee's name: "Campaign" inside an organization's name ("Human Rights Campaign") is none.
 */
function partisanWords(lex: Compiled, text: string): boolean {
  const lowerOnly = phraseKey(text.split(/\s+/).filter((w) => !/^\p{Lu}/u.test(w)).join(' '));
  const full = ` ${phraseKey(text)} `;
  return lex.partisan.some((n) => ` ${lowerOnly} `.includes(` ${n} `) || ((/committee/.test(n) || /^[dr]nc$/.test(n)) && full.includes(` ${n} `)));
}

const expertCache = new WeakMap<AnalysisContext, Map<string, boolean>>();

/** A person the article labels with an expert noun anywhere ("Chung Chih-tung, an expert in ..."). Cached per actor. */
function isExpert(ctx: AnalysisContext, lex: Compiled, actorId: string): boolean {
  let known = expertCache.get(ctx);
  if (!known) expertCache.set(ctx, (known = new Map()));
  const hit = known.get(actorId);
  if (hit !== undefined) return hit;
  const answer = labelledExpert(ctx, lex, actorId);
  known.set(actorId, answer);
  return answer;
}

function labelledExpert(ctx: AnalysisContext, lex: Compiled, actorId: string): boolean {
  const actor = ctx.actors.find((a) => a.id === actorId);
  return !!actor?.mentions.some(
    (x) => x.label && (lex.expert.has(phraseKey(x.label.head)) || [...lex.expert].some((e) => phraseKey(x.label!.text).includes(e)) || lex.affiliations.find(x.label.text).length > 0),
  );
}
