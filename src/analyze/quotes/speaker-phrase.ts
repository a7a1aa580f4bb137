/**
 * Speaker phrases: who a stretch of words names as the speaker. A person named in it, a document
 * ("the readout"), a body, the noun phrase a name only modifies ("Ormond's office", "a WHO
 * spokesperson"), a pronoun (resolved through actors/pronouns.ts), "I", a descriptor resolved by
 * label ("the judge"), or the words as written. Every attribution strategy ends here.
 */
import type { Mention } from '../../types/analysis.js';
import type { Token } from '../context.js';
import { fold } from './cues.js';
import { mentionsIn, sentenceIndexAt, tokensIn } from './text-tools.js';
import { pronounGender, roleGender, type Gender } from '../gender.js';
import { pronounAntecedent, PRONOUN_SEARCH } from '../actors/pronouns.js';
import { isNotSpeaker, KIND_RANK, verbAt, type AttributionEnv, type Found, type Reader } from './env.js';

const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PRON']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'one']);
const COMPLEMENT_WORDS = new Set(['of', 'at', 'in', 'for', 'from', 'near', 'with', 'close', 'to', 'outside', 'on', 'inside', 'within']);

export function fromMention(m: Mention): Found {
  return { name: m.text, actorId: m.actorId, start: m.start, end: m.end, document: false, pronoun: false };
}

const unresolvedPronoun = (t: Token): Found => ({ name: t.text, actorId: null, start: t.start, end: t.end, document: false, pronoun: true, unresolved: true });

/** The speaker named within `region`: a document, a pronoun, an actor mention, or the name as written. */
export function speakerIn(r: Reader, region: Token[], prefer: 'first' | 'last'): Found | null {
  const { env } = r;
  const words = region.filter((t) => !env.insideQuote(t.start));
  if (words.length === 0) return null;
  const mentions = mentionsIn(env.mentions, words[0].start, words[words.length - 1].end).filter((m) => !env.insideQuote(m.start) && m.form !== 'pronoun');
  const doc = documentIn(env, words, prefer);
  const pick = bestMention(env, mentions, prefer);
  // A document head after the last person mention ("Beijing's summary of the call") speaks itself.
  if (doc && (!pick || env.kinds.get(pick.actorId) !== 'person' || (prefer === 'last' ? doc.start > pick.end : doc.start < pick.start))) return doc;
  const edge = prefer === 'first' ? words[0] : words[words.length - 1];
  const pronounKind = env.cues.pronouns.get(fold(edge.text));
  if (pronounKind && (!pick || (prefer === 'first' ? edge.start < pick.start : edge.start > pick.end))) {
    return resolvePronoun(r, edge, pronounKind) ?? unresolvedPronoun(edge);
  }
  if (!pick) return nameAsWritten(env, words, prefer);
  // "a WHO spokesperson", "a Kremlin spokesman": the name modifies the speaking noun; the speaker speaks for it.
  const k = words.findIndex((t) => t.start >= pick.end);
  if (env.kinds.get(pick.actorId) !== 'person' && k !== -1 && words[k].pos === 'NOUN' && words[k].start - pick.end <= 1) {
    let e = k;
    while (words[e + 1]?.pos === 'NOUN') e++;
    let s = words.findIndex((t) => t.start >= pick.start);
    while (s > 0 && (words[s - 1].pos === 'DET' || words[s - 1].pos === 'ADJ')) s--;
    return { name: env.ctx.text.slice(words[s].start, words[e].end), actorId: pick.actorId, start: words[s].start, end: words[e].end, document: false, pronoun: false };
  }
  return fromMention(pick);
}

/** Persons first, then organizations, groups, places; among equals the first or last in text. */
export function bestMention(env: AttributionEnv, mentions: Mention[], prefer: 'first' | 'last'): Mention | null {
  let best: Mention | null = null;
  for (const m of mentions) {
    if (!best) {
      best = m;
      continue;
    }
    const rm = KIND_RANK[env.kinds.get(m.actorId) ?? 'place'];
    const rb = KIND_RANK[env.kinds.get(best.actorId) ?? 'place'];
    if (rm < rb || (rm === rb && (prefer === 'last' ? m.start > best.start : m.start < best.start))) best = m;
  }
  return best;
}

/** A document noun phrase ("the readout", "Beijing's summary of the call") inside `words`. */
export function documentIn(env: AttributionEnv, words: Token[], prefer: 'first' | 'last'): Found | null {
  const idx = words.map((t, i) => (env.cues.documents.has(fold(t.text)) && t.pos === 'NOUN' ? i : -1)).filter((i) => i >= 0);
  if (idx.length === 0) return null;
  const h = prefer === 'first' ? idx[0] : idx[idx.length - 1];
  let s = h;
  while (s > 0 && ['ADJ', 'PROPN', 'NOUN', 'DET', 'PART', 'ADV', 'NUM'].includes(words[s - 1].pos) && !env.cues.verbForms.has(fold(words[s - 1].text))) {
    s--;
    if (words[s].pos === 'DET') break;
  }
  let e = h;
  // "of the call", "of the meeting": keep the short of-phrase that says which document.
  if (words[h + 1] && fold(words[h + 1].text) === 'of' && words[h + 2]?.pos === 'DET' && words[h + 3]?.pos === 'NOUN') e = h + 3;
  const start = words[s].start;
  const end = words[e].end;
  return { name: env.ctx.text.slice(start, end), actorId: null, start, end, document: true, pronoun: false };
}

/**
 * he/she/they through coreference (actors/pronouns.ts); "it said": the nearest document phrase or
 * organization before the pronoun ("The ministry said in a statement ... 'it said'": the ministry).
 */
export function resolvePronoun(r: Reader, p: Token, kind: string, gender: Gender | null = pronounGender(r.env.ctx.lexicons.gender, p.text), exclude: string | null = null): Found | null {
  const { env } = r;
  const a = pronounAntecedent(env, p, kind, gender, r.recent, exclude);
  const best: Found | null = a ? { name: (a.actorId && env.names.get(a.actorId)) || a.text, actorId: a.actorId, start: p.start, end: p.end, document: false, pronoun: true } : null;
  if (kind !== 'thing') return best;
  const toks = tokensIn(env.ctx.tokens, Math.max(0, p.start - PRONOUN_SEARCH), p.start).filter((t) => !env.insideQuote(t.start));
  const doc = documentIn(env, toks, 'last');
  if (doc && (!a || doc.start > a.start)) {
    const di = toks.findIndex((t) => t.start >= doc.start);
    if (di >= 2 && fold(toks[di - 1].text) === 'in' && verbAt(env, toks, di - 2)) {
      const si = sentenceIndexAt(env.ctx.sentences, toks[di - 2].start);
      const from = si >= 0 ? env.ctx.sentences[si].start : 0;
      const issuer = speakerIn(r, toks.filter((t) => t.start >= from && t.end <= toks[di - 2].start), 'last');
      if (issuer && !issuer.pronoun && !issuer.unresolved) return { ...issuer, start: p.start, end: p.end, document: issuer.actorId === null };
    }
    return { ...doc, start: p.start, end: p.end };
  }
  return best;
}

/**
 * The speaker named by a subject (chunks in text order, head first): a person named in it, a
 * document, a body that is the subject itself, the NP a name only modifies ("Ormond's office",
 * "a Kremlin spokesman"), a pronoun, "I", a descriptor resolved by label, or the words as written.
 */
export function pickSubject(r: Reader, chunks: Token[][]): Found | null {
  const { env } = r;
  const parts = chunks.map((c) => c.filter((t) => !env.insideQuote(t.start))).filter((c) => c.length > 0);
  if (parts.length === 0) return null;
  const heads = parts.map((c) => headMentions(env, c));
  for (const c of heads) {
    const persons = c.heads.filter((m) => env.kinds.get(m.actorId) === 'person');
    if (persons.length) return fromMention(persons[persons.length - 1]);
  }
  const headChunk = parts[0];
  const doc = documentIn(env, headChunk, 'last');
  if (doc) return doc;
  for (const c of heads) {
    if (c.heads.length) return fromMention([...c.heads].sort((a, b) => KIND_RANK[env.kinds.get(a.actorId) ?? 'place'] - KIND_RANK[env.kinds.get(b.actorId) ?? 'place'] || b.start - a.start)[0]);
  }
  const mod = heads[0].modifier;
  if (mod) return modifiedPhrase(env, headChunk, mod);
  if (headChunk.length === 1) {
    const one = singleWordSubject(r, headChunk[0]);
    if (one) return one;
  }
  return byDescriptor(r, headChunk) ?? nameAsWritten(env, headChunk, 'last');
}

/** "Ormond's office", "a WHO spokesperson": the noun phrase speaks, for the body that modifies it. */
function modifiedPhrase(env: AttributionEnv, chunk: Token[], mod: Mention): Found {
  let s = 0;
  let e = chunk.length - 1;
  while (e > 0 && chunk[e].pos !== 'NOUN') e--;
  while (s < e && !['DET', 'PROPN', 'ADJ', 'NOUN', 'NUM', 'PRON'].includes(chunk[s].pos)) s++;
  const start = chunk[s].start;
  const end = chunk[e].end;
  const body = env.kinds.get(mod.actorId) !== 'person';
  return { name: env.ctx.text.slice(start, end), actorId: body ? mod.actorId : null, start, end, document: false, pronoun: false };
}

/** A one-word subject: "I" (the author or the turn's speaker), "we" in a turn, or a pronoun. */
function singleWordSubject(r: Reader, t: Token): Found | null {
  const w = fold(t.text);
  if (w === 'i' || (w === 'we' && r.env.firstPerson(t.start)?.method === 'turn')) {
    const me = r.env.firstPerson(t.start);
    if (me) return { ...me, start: t.start, end: t.end, document: false, pronoun: false };
    return unresolvedPronoun(t);
  }
  const kind = r.env.cues.pronouns.get(w);
  if (kind) return resolvePronoun(r, t, kind) ?? unresolvedPronoun(t);
  return null;
}

/** Mentions that head their chunk, and the name that only modifies a noun ("Ormond's office"). */
function headMentions(env: AttributionEnv, chunk: Token[]): { heads: Mention[]; modifier: Mention | null } {
  const a = chunk[0].start;
  const b = chunk[chunk.length - 1].end;
  // "an expert at Skarvik University", "a source close to the minister": names in the complement
  // after a preposition describe the subject; they are not who spoke.
  const prep = chunk.findIndex((t, n) => n > 0 && (t.pos === 'ADP' || COMPLEMENT_WORDS.has(fold(t.text))));
  const limit = prep === -1 ? b : chunk[prep].start;
  // Only mentions that start at one of the chunk's words: a party-state aside dropped from it ("(R-Texas)") names no speaker.
  const starts = new Set(chunk.map((t) => t.start));
  const ms = mentionsIn(env.mentions, a, b).filter((m) => m.form !== 'pronoun' && !env.insideQuote(m.start) && m.start < limit && starts.has(m.start));
  const heads: Mention[] = [];
  let modifier: Mention | null = null;
  for (const m of ms) {
    const next = chunk.find((t) => t.start >= m.end && !(t.pos === 'PART' || t.text === '’s' || t.text === "'s" || t.text === '’' || t.text === "'"));
    const later = ms.some((o) => o.start >= m.end);
    if (next && next.pos === 'NOUN' && !later && !/^\p{Lu}/u.test(next.text)) modifier = m;
    else heads.push(m);
  }
  return { heads, modifier };
}

/**
 * `the judge said`, `the company's chief executive described ...`: a definite descriptor whose head
 * noun is the label head of one person in the article (nearest before, else after) is that person.
 */
function byDescriptor(r: Reader, chunk: Token[]): Found | null {
  const { env } = r;
  const first = fold(chunk[0].text);
  if (!['the', 'his', 'her', 'its', 'their', 'our', 'my'].includes(first) && !chunk.some((t) => t.pos === 'PART' || /^['’]s$/.test(t.text))) return null;
  const nouns = chunk.filter((t) => t.pos === 'NOUN');
  if (nouns.length === 0 || chunk.some((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && chunk.indexOf(t) > 0 && t === chunk[chunk.length - 1])) return null;
  const head = fold(nouns[nouns.length - 1].text);
  const at = chunk[0].start;
  let best: { m: Mention; d: number } | null = null;
  for (const m of env.mentions) {
    if (!m.label || env.kinds.get(m.actorId) !== 'person' || fold(m.label.head) !== head) continue;
    if (env.insideQuote(m.start)) continue;
    // Prefer the nearest mention before; one after counts as farther than any before.
    const d = m.start <= at ? at - m.start : 1e9 + m.start - at;
    if (!best || d < best.d) best = { m, d };
  }
  if (!best) {
    // "the judge added": a definite singular role noun takes up the person in focus, as "she" would.
    if (first !== 'the' || !env.ctx.lexicons.labels.heads[head] || chunk.length > 3) return null;
    const p = resolvePronoun(r, chunk[0], 'person', roleGender(env.ctx.lexicons.gender, head));
    return p ? { ...p, start: chunk[0].start, end: chunk[chunk.length - 1].end } : null;
  }
  const start = chunk[0].start;
  const end = chunk[chunk.length - 1].end;
  return { name: env.names.get(best.m.actorId) ?? best.m.text, actorId: best.m.actorId, start, end, document: false, pronoun: false };
}

/** Can a subject start with this word (after a quote: `"...," union leader X told`)? */
export function plausibleSubjectStart(env: AttributionEnv, t: Token): boolean {
  const lower = fold(t.text);
  return /^\p{Lu}/u.test(t.text) || env.cues.pronouns.has(lower) || DETERMINERS.has(lower) || mentionStartingAt(env, t.start) !== null;
}

export function mentionStartingAt(env: AttributionEnv, offset: number): Mention | null {
  return mentionsIn(env.mentions, offset, offset + 400).find((m) => m.start === offset) ?? null;
}

/** The speaker as written when no actor matched: the capitalized name nearest the verb. */
export function nameAsWritten(env: AttributionEnv, words: Token[], prefer: 'first' | 'last'): Found | null {
  const runs = capitalizedRuns(words).filter(([i, j]) => !isNotSpeaker(env.cues, env.ctx.text.slice(words[i].start, words[j].end)));
  const run = prefer === 'first' ? runs[0] : runs[runs.length - 1];
  if (run) {
    // "A Labour spokesman": a name used as a modifier belongs to its noun phrase.
    let [a, b] = run;
    if (words[b + 1]?.pos === 'NOUN') {
      while (words[b + 1]?.pos === 'NOUN') b++;
      while (a > 0 && (words[a - 1].pos === 'DET' || words[a - 1].pos === 'ADJ')) a--;
    }
    const start = words[a].start;
    const end = words[b].end;
    return { name: env.ctx.text.slice(start, end), actorId: null, start, end, document: false, pronoun: false };
  }
  // A common-noun speaker ("a spokesman", "Both leaders"): the noun phrase the region opens with.
  let np: Token[];
  if (prefer === 'first') {
    let n = 0;
    while (n < words.length && n < 6 && NP_POS.has(words[n].pos)) n++;
    np = words.slice(0, n);
  } else {
    let n = words.length;
    while (n > 0 && words.length - n < 6 && NP_POS.has(words[n - 1].pos)) n--;
    np = words.slice(n);
  }
  if (np.length === 0 || np[np.length - 1].pos !== 'NOUN') return null;
  const start = np[0].start;
  const end = np[np.length - 1].end;
  if (isNotSpeaker(env.cues, env.ctx.text.slice(start, end))) return null;
  return { name: env.ctx.text.slice(start, end), actorId: null, start, end, document: false, pronoun: false };
}

/** Runs of capitalized proper-noun words, hyphenated tails joined ("Chung Chih-tung"). */
function capitalizedRuns(words: Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < words.length) {
    if (/^\p{Lu}/u.test(words[i].text) && words[i].type === 'word' && (words[i].pos === 'PROPN' || words[i].pos === 'X')) {
      let j = i;
      while (j + 1 < words.length && words[j + 1].start - words[j].end <= 1 && (/^\p{Lu}/u.test(words[j + 1].text) || words[j + 1].text === '-' || words[j].text === '-')) j++;
      if (words[j].text === '-') j--;
      runs.push([i, j]);
      i = j + 1;
    } else i++;
  }
  return runs;
}
