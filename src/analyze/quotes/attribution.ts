/**
 * Speaker resolution: who said a quote, by which verb, through which document or outlet.
 * Works from the text around the quote (same sentence, outside the marks) and the context's
 * actor mentions; falls back to the name as written (actorId null) when no actor matches.
 */
import type { Mention, QuoteSpeaker, ActorKind } from '../../types/analysis.js';
import type { AnalysisContext, Token } from '../context.js';
import { cuesFor, fold, type Cues } from './cues.js';
import { lineAt, mentionsIn, sentenceIndexAt, SpanSet, tokensIn } from './text-tools.js';
import { subjectAfter, subjectBefore, subjectBetween } from './subject.js';
import { dashAttribution } from './dash.js';
import { personGenders, pronounGender, roleGender, type Gender } from '../gender.js';

/** What the resolver needs to know about one quote and its neighbours. */
export interface QuoteSite {
  outerStart: number;
  outerEnd: number;
  /** The quoted words (first part start .. last part end), for reported speech inside a document quote. */
  start: number;
  end: number;
  /** Where the previous quote in the same paragraph ended (or -1) and the next one begins (or Infinity). */
  prevOuterEnd: number;
  nextOuterStart: number;
}

export interface Attribution {
  speaker: QuoteSpeaker | null;
  verb: string | null;
  via: string | null;
  reason: string | null;
  /** Nothing but the attribution (or the sentence start) stands before the quote. */
  startsClause: boolean;
  /** Nothing but punctuation or the attribution follows the quote in its sentence. */
  endsClause: boolean;
  /** A naming cue ("so-called", "dubbed") stands right before the quote. */
  named: boolean;
  /** Where the attribution stands: before the quote, after it, or nowhere. */
  side: 'before' | 'after' | null;
}

/** Who "I" is at an offset: the author of a first-person text, or the speaker of a transcript turn. */
export type FirstPersonResolver = (offset: number) => { name: string; actorId: string | null; method: 'author' | 'turn' } | null;

interface Found {
  /** How the speaker was named when not by an actor mention or pronoun. */
  method?: 'author' | 'turn';
  name: string;
  actorId: string | null;
  start: number;
  end: number;
  /** A document ("the readout") rather than a person or organization. */
  document: boolean;
  pronoun: boolean;
  /** A pronoun with no fitting antecedent: reported as a reason, never guessed. */
  unresolved?: boolean;
}

const KIND_RANK: Record<ActorKind, number> = { person: 0, organization: 1, group: 2, place: 3 };
const NOT_VERB_POS = new Set(['NOUN', 'PROPN', 'NUM', 'DET', 'ADP']);
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PRON']);
const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** How far (in tokens) an attribution verb may stand before a quote in the same sentence. */
const BEFORE_WINDOW = 25;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'one']);
const PRONOUN_SEARCH = 2000;
const COMPLEMENT_WORDS = new Set(['of', 'at', 'in', 'for', 'from', 'near', 'with', 'close', 'to', 'outside', 'on', 'inside', 'within']);

/** Characters before and after a quote read for its attribution (verbs and speakers sit close to the quote). */
export const ATTRIBUTION_WINDOW = 600;

export class SpeakerResolver {
  readonly cues: Cues;
  private readonly kinds = new Map<string, ActorKind>();
  private readonly names = new Map<string, string>();
  private readonly viaNames: string[];
  private readonly quotedSet: SpanSet;
  /** Person actor id → the gender the text marks it with (absent: unknown). */
  private readonly genders: Map<string, Gender>;
  /** The last person resolved as a speaker (its speaker phrase start): a candidate for "she said" that follows. */
  private lastSpeaker: { actorId: string | null; name: string; start: number } | null = null;

  constructor(
    private readonly ctx: AnalysisContext,
    /** Quoted spans [outerStart, outerEnd): mentions and cues inside them are not the narrator's. */
    quoted: [number, number][],
    private readonly firstPerson: FirstPersonResolver = () => null,
  ) {
    this.cues = cuesFor(ctx.lexicons.attribution);
    this.quotedSet = new SpanSet(quoted);
    this.genders = personGenders(ctx, (o) => this.quotedSet.has(o));
    for (const a of ctx.actors) {
      this.kinds.set(a.id, a.kind);
      this.names.set(a.id, a.name);
    }
    const n = ctx.lexicons.sources.names;
    this.viaNames = [...(n.outlet ?? []), ...(n.wire ?? []), ...(n['state-media'] ?? [])].sort((a, b) => b.length - a.length);
  }

  private insideQuote(offset: number): boolean {
    return this.quotedSet.has(offset);
  }

  /** Canonical verb when the token(s) at `i` form an attribution verb used as a verb. */
  verbAt(toks: Token[], i: number): { canon: string; last: number } | null {
    for (let n = this.cues.maxVerbWords; n >= 1; n--) {
      if (i + n > toks.length) continue;
      const phrase = toks.slice(i, i + n).map((t) => fold(t.text)).join(' ');
      const canon = this.cues.verbForms.get(phrase);
      if (canon && !NOT_VERB_POS.has(toks[i].pos)) return { canon, last: i + n - 1 };
    }
    return null;
  }

  resolve(site: QuoteSite, splitSecond = false): Attribution {
    const { ctx } = this;
    const [ls] = lineAt(ctx.text, site.outerStart);
    const [, le] = lineAt(ctx.text, Math.max(site.outerStart, site.outerEnd - 1));
    const si = sentenceIndexAt(ctx.sentences, site.outerStart);
    const sentStart = si >= 0 ? ctx.sentences[si].start : ls;
    const endSi = sentenceIndexAt(ctx.sentences, Math.max(site.outerStart, site.outerEnd - 1));
    let sentEnd = endSi >= 0 ? ctx.sentences[endSi].end : le;
    // `"Is it?" he asked.`: the sentence splitter ends the sentence at the question mark.
    if (sentEnd <= site.outerEnd && /[?!]$/.test(ctx.text.slice(site.start, site.end).trimEnd()) && ctx.sentences[endSi + 1]) {
      sentEnd = ctx.sentences[endSi + 1].end;
    }
    // At most ATTRIBUTION_WINDOW characters each side: a sentence of many quotes is then read once per
    // quote in bounded work, not rescanned whole for each (quadratic on hostile text).
    let clauseStart = Math.max(ls, Math.min(sentStart, site.outerStart), site.outerStart - ATTRIBUTION_WINDOW);
    // The splitter may keep `"A," the statement read. "B."` as one sentence: cut at the last full stop.
    const stop = /[.!?]["”’]?\s+/g;
    let m: RegExpExecArray | null;
    const head = ctx.text.slice(clauseStart, site.outerStart);
    const headStart = clauseStart;
    while ((m = stop.exec(head))) {
      const at = headStart + m.index + m[0].length;
      if (!this.insideQuote(headStart + m.index) && !/\b(?:Mr|Ms|Mrs|Dr|Prof|St|U\.S|U\.K|No)\.$/.test(head.slice(Math.max(0, m.index - 5), m.index + 1))) clauseStart = at;
    }
    // The words of this sentence before the quote, other quotes left out: where a verb and its subject may stand.
    const sentenceBefore = tokensIn(ctx.tokens, clauseStart, site.outerStart).filter((t) => !this.insideQuote(t.start));
    const beforeStart = Math.max(clauseStart, site.prevOuterEnd);
    const ownFrom = sentenceBefore.findIndex((t) => t.start >= beforeStart);
    const own = ownFrom === -1 ? sentenceBefore.length : ownFrom;
    const afterEnd = Math.max(site.outerEnd, Math.min(le, Math.max(sentEnd, site.outerEnd), site.nextOuterStart, site.outerEnd + ATTRIBUTION_WINDOW));
    const before = sentenceBefore.slice(own);
    const after = tokensIn(ctx.tokens, site.outerEnd, afterEnd);
    const beforeText = ctx.text.slice(beforeStart, site.outerStart).trim();
    const colon = beforeText.endsWith(':');
    const startsClause = splitSecond || beforeText === '' || colon || /^[—–-]$/.test(beforeText);
    const named = this.namedBefore(before);

    // Own stretch first (the words since the previous quote), then after the quote, then the
    // whole sentence: `said the plan was "bold" and "overdue"` gives both quotes the verb.
    const strategies = startsClause
      ? [() => this.fromAfter(after), () => this.fromBefore(sentenceBefore, own, after)]
      : [() => this.fromBefore(sentenceBefore, own, after), () => this.fromAfter(after), () => this.fromBefore(sentenceBefore, 0, after)];
    let hit: { found: Found | null; verb: string; verbEnd: number; side: 'before' | 'after' } | null = null;
    for (const s of strategies) {
      hit = s();
      if (hit) break;
    }
    const afterText = ctx.text.slice(site.outerEnd, afterEnd).trim();
    const endsClause = afterText === '' || /^[.!?,;:)\]]*$/.test(afterText) || hit?.side === 'after';
    const according = this.accordingTo([...before, ...after]);
    let speaker: QuoteSpeaker | null = null;
    let verb: string | null = null;
    let via: string | null = null;
    let reason: string | null = null;

    if (hit?.found?.unresolved) {
      reason = `pronoun "${hit.found.name}" has no fitting antecedent`;
    } else if (hit && hit.found) {
      verb = hit.verb;
      const f = hit.found;
      const method: QuoteSpeaker['method'] = f.method ?? (f.document ? 'source' : f.pronoun ? 'pronoun' : colon && hit.side === 'before' ? 'colon' : 'adjacent');
      speaker = { actorId: f.actorId, name: f.name, start: f.start, end: f.end, method };
      via = this.toldOutlet(hit.verbEnd, hit.verb);
    } else if (according) {
      const f = according.found;
      speaker = { actorId: f.actorId, name: f.name, start: f.start, end: f.end, method: 'according-to' };
      verb = 'according to';
    } else if (colon && !hit) {
      // `Xi: "..."` (a name and a colon, no verb): the name right before the colon.
      const nameOnly = before.slice(-4, -1).filter((t) => t.pos === 'VERB' || t.pos === 'AUX').length === 0;
      const f = nameOnly ? this.speakerIn(before.slice(-4, -1), 'last') : null;
      if (f && !f.pronoun) speaker = { actorId: f.actorId, name: f.name, start: f.start, end: f.end, method: 'colon' };
      else {
        // `Holm was blunt: "..."`: the person the clause before the colon is about, when it names one.
        const k = before.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
        const g = k > 0 ? this.pickSubject(subjectBefore(before, k).chunks) : null;
        const person = g && !g.unresolved && !g.document && (g.actorId ? this.kinds.get(g.actorId) === 'person' : /^\p{Lu}\p{Ll}/u.test(g.name) && !g.pronoun);
        if (g && person) {
          speaker = { actorId: g.actorId, name: g.name, start: g.start, end: g.end, method: g.pronoun ? 'pronoun' : 'colon' };
        }
      }
    }
    if (speaker && according && speaker.method !== 'according-to' && according.found.document) via = according.phrase;
    if (speaker && speaker.actorId === null && (speaker.method === 'source' || speaker.method === 'according-to')) {
      // A document quoting a person ("President Putin said that ..."): the person is the speaker, the document the channel.
      const inner = this.reportedSpeaker(site);
      if (inner) {
        via = speaker.name;
        speaker = { actorId: inner.actorId, name: inner.name, start: inner.start, end: inner.end, method: 'source' };
      }
    }
    if (!speaker && reason === null) {
      if (hit) reason = hit.found === null ? `attribution verb "${hit.verb}" without a resolvable speaker` : null;
      else reason = 'no attribution verb in sentence';
    }
    if (hit && !hit.found && hit.verb && !speaker && reason === null) reason = 'no speaker found';
    const side = speaker ? (speaker.method === 'according-to' ? null : hit?.side ?? null) : null;
    // Remember the last person speaker (an actor, or a capitalized name as written) for a following "he said".
    const personLike = speaker !== null && !['source', 'author', 'turn'].includes(speaker.method) && (speaker.actorId ? this.kinds.get(speaker.actorId) === 'person' : /^\p{Lu}\p{Ll}/u.test(speaker.name));
    if (speaker && personLike) this.lastSpeaker = { actorId: speaker.actorId, name: speaker.name, start: speaker.start };
    return { speaker, verb: speaker ? verb : null, via, reason, startsClause, endsClause, named, side };
  }

  /**
   * A pull quote attributed by a dash (`"..." — Maria Lopes, union spokeswoman`, or the name on
   * the line after a quote-only paragraph): the actor named after the dash, else the name as
   * written. No verb: `verb` stays null, the method is `dash`.
   */
  resolveDash(site: QuoteSite): Attribution | null {
    const { ctx } = this;
    const isVerb = (s: number, e: number) => tokensIn(ctx.tokens, s, e).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    const span = dashAttribution(ctx.text, site.outerStart, site.outerEnd, isVerb);
    if (!span) return null;
    const region = tokensIn(ctx.tokens, span.nameStart, span.nameEnd);
    if (region.length === 0) return null;
    const pick = this.bestMention(mentionsIn(ctx.mentions, span.nameStart, span.nameEnd).filter((m) => m.form !== 'pronoun'), 'last');
    const f: Found | null = pick ? this.fromMention(pick) : this.nameAsWritten(region, 'last');
    if (!f) return null;
    if (!pick) {
      // `— Dr Ruth Adeyemi` where the actor finder kept only "Adeyemi": the one person of that surname.
      const last = fold(f.name.split(/\s+/).pop() ?? '');
      const same = this.ctx.actors.filter((a) => a.kind === 'person' && fold(a.name.split(/\s+/).pop() ?? '') === last);
      if (same.length === 1) f.actorId = same[0].id;
    }
    const speaker: QuoteSpeaker = { actorId: f.actorId, name: f.name, start: f.start, end: f.end, method: 'dash' };
    if (f.actorId ? this.kinds.get(f.actorId) === 'person' : /^\p{Lu}\p{Ll}/u.test(f.name)) this.lastSpeaker = { actorId: f.actorId, name: f.name, start: f.start };
    return { speaker, verb: null, via: null, reason: null, startsClause: true, endsClause: true, named: false, side: 'after' };
  }

  /** `"...," Xi said` / `"...," said Xi` / `"...," the readout said`. */
  private fromAfter(after: Token[]) {
    let i = 0;
    while (i < after.length && after[i].type === 'punctuation') i++;
    if (i >= after.length) return null;
    const inverted = this.verbAt(after, i);
    if (inverted) {
      const found = this.pickSubject([subjectAfter(after, inverted.last + 1)]);
      return { found, verb: inverted.canon, verbEnd: after[inverted.last].end, side: 'after' as const };
    }
    for (let j = i + 1; j < after.length; j++) {
      const v = this.verbAt(after, j);
      if (!v) continue;
      if (['ADP', 'CCONJ', 'SCONJ'].includes(after[i].pos)) return null;
      // "union leader Claus Weselsky told": a lower-case start is fine when a name follows at once.
      if (!this.plausibleSubjectStart(after[i]) && !after.slice(i, Math.min(j, i + 3)).some((t) => this.mentionStartingAt(t.start))) return null;
      if (after.slice(i, j).some((t) => t.pos === 'VERB' && !/-/.test(this.ctx.text[t.start - 1] ?? ''))) return null;
      let region = after.slice(i, j);
      while (region.length && ['ADV', 'AUX', 'PART'].includes(region[region.length - 1].pos)) region = region.slice(0, -1);
      const found = this.pickSubject(subjectBetween(region));
      return { found, verb: v.canon, verbEnd: after[v.last].end, side: 'after' as const };
    }
    return null;
  }

  /**
   * `Xi said that ... "..."` / `Xi said: "..."`: the last attribution verb before the quote (at or
   * after `from` in `words`, the sentence's words outside quotes) and its subject.
   */
  private fromBefore(words: Token[], from: number, after: Token[]) {
    const lowest = Math.max(from, words.length - BEFORE_WINDOW);
    for (let j = words.length - 1; j >= lowest; j--) {
      // A new clause (", and China supported") has its own subject: stop there.
      if (words[j].pos === 'CCONJ' && words[j - 1]?.text === ',') break;
      if (words[j].text === ';' || words[j].text === '—') break;
      const v = this.verbAt(words, j);
      if (!v) continue;
      const verbEnd = words[v.last].end;
      const prevWord = words[j - 1];
      if (prevWord?.text === ',' && /ing$/i.test(words[j].text)) {
        // `Xi said, adding that ...`: the participle's subject is the clause's subject.
        return { found: this.clauseSubject(words, j - 1), verb: v.canon, verbEnd, side: 'before' as const };
      }
      const nextWord = fold(words[v.last + 1]?.text ?? after[0]?.text ?? '');
      if (!prevWord || PASSIVE_AUX.has(fold(prevWord.text)) || ([',', '—', '–', '('].includes(prevWord.text) && (nextWord === 'as' || nextWord === 'by'))) {
        // Passive: `described as "warm and friendly" by the Kremlin`: the agent follows "by".
        if (nextWord === 'by' && words[v.last + 1]) {
          // `— described by one trustee as "..." —`: the agent stands between the verb and the quote.
          const rest = words.slice(v.last + 2);
          const cut = rest.findIndex((t) => t.type === 'punctuation' || fold(t.text) === 'as');
          const agent = cut === -1 ? rest : rest.slice(0, cut);
          if (agent.length > 0) return { found: this.speakerIn(agent, 'first'), verb: v.canon, verbEnd, side: 'before' as const };
        }
        const by = after.findIndex((t) => fold(t.text) === 'by');
        if (by === -1 || !prevWord) {
          if (!prevWord) {
            const found = this.pickSubject([subjectAfter(words, v.last + 1)]);
            if (found) return { found, verb: v.canon, verbEnd, side: 'before' as const };
          }
          continue;
        }
        const rest = after.slice(by + 1);
        const cut = rest.findIndex((t) => t.type === 'punctuation');
        const found = this.speakerIn(cut === -1 ? rest : rest.slice(0, cut), 'first');
        return { found, verb: v.canon, verbEnd, side: 'after' as const };
      }
      if (prevWord && ['which', 'who', 'that'].includes(fold(prevWord.text))) {
        // `state television, which described ... as "..."`: the relative pronoun's antecedent.
        const head = words.slice(0, j - 1);
        while (head.length && head[head.length - 1].type === 'punctuation') head.pop();
        return { found: this.speakerIn(head, 'last'), verb: v.canon, verbEnd, side: 'before' as const };
      }
      const subject = subjectBefore(words, j);
      let found: Found | null;
      if (subject.coordinated >= 0) found = this.clauseSubject(words, subject.coordinated);
      else found = this.pickSubject(subject.chunks);
      if (!found && subject.chunks.length === 0 && subject.coordinated < 0 && words[j - 1]?.pos === 'VERB') {
        // `I keep saying it: "..."`, `she went on saying`: the subject of the verb the speech verb hangs on.
        found = this.clauseSubject(words, j);
      }
      if (!found && subject.chunks.length === 0 && subject.coordinated < 0 && words.length - v.last <= 6) {
        // Inverted before the quote: `said Xi: "..."` (an object "it" is no inverted subject).
        const inverted = subjectAfter(words, v.last + 1);
        if (!(inverted.length === 1 && fold(inverted[0].text) === 'it')) found = this.pickSubject([inverted]);
      }
      return { found, verb: v.canon, verbEnd, side: 'before' as const };
    }
    return null;
  }

  /** The subject of the clause a coordinated verb or participle belongs to: the nearest earlier verb's subject before `upto`. */
  private clauseSubject(words: Token[], upto: number): Found | null {
    for (let k = upto - 1; k >= 0; k--) {
      const speech = this.verbAt(words, k);
      if (words[k].pos !== 'VERB' && !speech) continue;
      const s = subjectBefore(words, k);
      if (s.coordinated >= 0) return this.clauseSubject(words, s.coordinated);
      const f = s.chunks.length > 0 ? this.pickSubject(s.chunks) : speech ? this.pickSubject([subjectAfter(words, speech.last + 1)]) : null;
      if (f) return f;
    }
    return null;
  }

  /**
   * The speaker named by a subject (chunks in text order, head first): a person named in it, a
   * document, a body that is the subject itself, the NP a name only modifies ("Ormond's office",
   * "a Kremlin spokesman"), a pronoun, "I", a descriptor resolved by label, or the words as written.
   */
  private pickSubject(chunks: Token[][]): Found | null {
    const parts = chunks.map((c) => c.filter((t) => !this.insideQuote(t.start))).filter((c) => c.length > 0);
    if (parts.length === 0) return null;
    const heads = parts.map((c) => this.headMentions(c));
    for (const c of heads) {
      const persons = c.heads.filter((m) => this.kinds.get(m.actorId) === 'person');
      if (persons.length) return this.fromMention(persons[persons.length - 1]);
    }
    const headChunk = parts[0];
    const doc = this.documentIn(headChunk, 'last');
    if (doc) return doc;
    for (const c of heads) {
      if (c.heads.length) return this.fromMention([...c.heads].sort((a, b) => KIND_RANK[this.kinds.get(a.actorId) ?? 'place'] - KIND_RANK[this.kinds.get(b.actorId) ?? 'place'] || b.start - a.start)[0]);
    }
    const mod = heads[0].modifier;
    if (mod) {
      // "Ormond's office", "a WHO spokesperson": the noun phrase speaks, for the body that modifies it.
      let s = 0;
      let e = headChunk.length - 1;
      while (e > 0 && headChunk[e].pos !== 'NOUN') e--;
      while (s < e && !['DET', 'PROPN', 'ADJ', 'NOUN', 'NUM', 'PRON'].includes(headChunk[s].pos)) s++;
      const start = headChunk[s].start;
      const end = headChunk[e].end;
      const body = this.kinds.get(mod.actorId) !== 'person';
      return { name: this.ctx.text.slice(start, end), actorId: body ? mod.actorId : null, start, end, document: false, pronoun: false };
    }
    if (headChunk.length === 1) {
      const t = headChunk[0];
      const w = fold(t.text);
      if (w === 'i' || (w === 'we' && this.firstPerson(t.start)?.method === 'turn')) {
        const me = this.firstPerson(t.start);
        if (me) return { ...me, start: t.start, end: t.end, document: false, pronoun: false };
        return { name: t.text, actorId: null, start: t.start, end: t.end, document: false, pronoun: true, unresolved: true };
      }
      const kind = this.cues.pronouns.get(w);
      if (kind) return this.resolvePronoun(t, kind) ?? { name: t.text, actorId: null, start: t.start, end: t.end, document: false, pronoun: true, unresolved: true };
    }
    return this.byDescriptor(headChunk) ?? this.nameAsWritten(headChunk, 'last');
  }

  /** Mentions that head their chunk, and the name that only modifies a noun ("Ormond's office"). */
  private headMentions(chunk: Token[]): { heads: Mention[]; modifier: Mention | null } {
    const a = chunk[0].start;
    const b = chunk[chunk.length - 1].end;
    // "an expert at Skarvik University", "a source close to the minister": names in the complement
    // after a preposition describe the subject; they are not who spoke.
    const prep = chunk.findIndex((t, n) => n > 0 && (t.pos === 'ADP' || COMPLEMENT_WORDS.has(fold(t.text))));
    const limit = prep === -1 ? b : chunk[prep].start;
    const ms = mentionsIn(this.ctx.mentions, a, b).filter((m) => m.form !== 'pronoun' && !this.insideQuote(m.start) && m.start < limit);
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

  private fromMention(m: Mention): Found {
    return { name: m.text, actorId: m.actorId, start: m.start, end: m.end, document: false, pronoun: false };
  }

  /**
   * `the judge said`, `the company's chief executive described ...`: a definite descriptor whose head
   * noun is the label head of one person in the article (nearest before, else after) is that person.
   */
  private byDescriptor(chunk: Token[]): Found | null {
    const first = fold(chunk[0].text);
    if (!['the', 'his', 'her', 'its', 'their', 'our', 'my'].includes(first) && !chunk.some((t) => t.pos === 'PART' || /^['’]s$/.test(t.text))) return null;
    const nouns = chunk.filter((t) => t.pos === 'NOUN');
    if (nouns.length === 0 || chunk.some((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && chunk.indexOf(t) > 0 && t === chunk[chunk.length - 1])) return null;
    const head = fold(nouns[nouns.length - 1].text);
    const at = chunk[0].start;
    let best: { m: Mention; d: number } | null = null;
    for (const m of this.ctx.mentions) {
      if (!m.label || this.kinds.get(m.actorId) !== 'person' || fold(m.label.head) !== head) continue;
      if (this.insideQuote(m.start)) continue;
      // Prefer the nearest mention before; one after counts as farther than any before.
      const d = m.start <= at ? at - m.start : 1e9 + m.start - at;
      if (!best || d < best.d) best = { m, d };
    }
    if (!best) {
      // "the judge added": a definite singular role noun takes up the person in focus, as "she" would.
      if (first !== 'the' || !this.ctx.lexicons.labels.heads[head] || chunk.length > 3) return null;
      const r = this.resolvePronoun(chunk[0], 'person', roleGender(this.ctx.lexicons.gender, head));
      return r ? { ...r, start: chunk[0].start, end: chunk[chunk.length - 1].end } : null;
    }
    const start = chunk[0].start;
    const end = chunk[chunk.length - 1].end;
    return { name: this.names.get(best.m.actorId) ?? best.m.text, actorId: best.m.actorId, start, end, document: false, pronoun: false };
  }

  private plausibleSubjectStart(t: Token): boolean {
    const lower = fold(t.text);
    return /^\p{Lu}/u.test(t.text) || this.cues.pronouns.has(lower) || DETERMINERS.has(lower) || this.mentionStartingAt(t.start) !== null;
  }

  private mentionStartingAt(offset: number): Mention | null {
    return mentionsIn(this.ctx.mentions, offset, offset + 400).find((m) => m.start === offset) ?? null;
  }

  /** The speaker named within `region`: a document, a pronoun, an actor mention, or the name as written. */
  speakerIn(region: Token[], prefer: 'first' | 'last'): Found | null {
    const words = region.filter((t) => !this.insideQuote(t.start));
    if (words.length === 0) return null;
    const a = words[0].start;
    const b = words[words.length - 1].end;
    const mentions = mentionsIn(this.ctx.mentions, a, b).filter((m) => !this.insideQuote(m.start) && m.form !== 'pronoun');
    const doc = this.documentIn(words, prefer);
    const pick = this.bestMention(mentions, prefer);
    // A document head after the last person mention ("Beijing's summary of the call") speaks itself.
    if (doc && (!pick || this.kinds.get(pick.actorId) !== 'person' || (prefer === 'last' ? doc.start > pick.end : doc.start < pick.start))) return doc;
    const edge = prefer === 'first' ? words[0] : words[words.length - 1];
    const pronounKind = this.cues.pronouns.get(fold(edge.text));
    if (pronounKind && (!pick || (prefer === 'first' ? edge.start < pick.start : edge.start > pick.end))) {
      return this.resolvePronoun(edge, pronounKind) ?? { name: edge.text, actorId: null, start: edge.start, end: edge.end, document: false, pronoun: true, unresolved: true };
    }
    if (pick) {
      // "a WHO spokesperson", "a Kremlin spokesman": the name modifies the speaking noun; the speaker speaks for it.
      const k = words.findIndex((t) => t.start >= pick.end);
      if (this.kinds.get(pick.actorId) !== 'person' && k !== -1 && words[k].pos === 'NOUN' && words[k].start - pick.end <= 1) {
        let e = k;
        while (words[e + 1]?.pos === 'NOUN') e++;
        let s = words.findIndex((t) => t.start >= pick.start);
        while (s > 0 && (words[s - 1].pos === 'DET' || words[s - 1].pos === 'ADJ')) s--;
        return { name: this.ctx.text.slice(words[s].start, words[e].end), actorId: pick.actorId, start: words[s].start, end: words[e].end, document: false, pronoun: false };
      }
      return { name: pick.text, actorId: pick.actorId, start: pick.start, end: pick.end, document: false, pronoun: false };
    }
    return this.nameAsWritten(words, prefer);
  }

  private bestMention(mentions: Mention[], prefer: 'first' | 'last'): Mention | null {
    let best: Mention | null = null;
    for (const m of mentions) {
      if (!best) {
        best = m;
        continue;
      }
      const rm = KIND_RANK[this.kinds.get(m.actorId) ?? 'place'];
      const rb = KIND_RANK[this.kinds.get(best.actorId) ?? 'place'];
      if (rm < rb || (rm === rb && (prefer === 'last' ? m.start > best.start : m.start < best.start))) best = m;
    }
    return best;
  }

  /** A document noun phrase ("the readout", "Beijing's summary of the call") inside `words`. */
  documentIn(words: Token[], prefer: 'first' | 'last'): Found | null {
    const idx = words.map((t, i) => (this.cues.documents.has(fold(t.text)) && t.pos === 'NOUN' ? i : -1)).filter((i) => i >= 0);
    if (idx.length === 0) return null;
    const h = prefer === 'first' ? idx[0] : idx[idx.length - 1];
    let s = h;
    while (s > 0 && ['ADJ', 'PROPN', 'NOUN', 'DET', 'PART', 'ADV', 'NUM'].includes(words[s - 1].pos) && !this.cues.verbForms.has(fold(words[s - 1].text))) {
      s--;
      if (words[s].pos === 'DET') break;
    }
    let e = h;
    // "of the call", "of the meeting": keep the short of-phrase that says which document.
    if (words[h + 1] && fold(words[h + 1].text) === 'of' && words[h + 2]?.pos === 'DET' && words[h + 3]?.pos === 'NOUN') e = h + 3;
    const start = words[s].start;
    const end = words[e].end;
    return { name: this.ctx.text.slice(start, end), actorId: null, start, end, document: true, pronoun: false };
  }

  /**
   * Resolve he/she/they/it to the nearest fitting antecedent before it, outside quotes.
   * "he"/"she" (or "the spokeswoman") skips persons the text marks as the other gender;
   * "they" may be a group, an organization or a person of unknown gender.
   */
  private resolvePronoun(p: Token, kind: string, gender: Gender | null = pronounGender(this.ctx.lexicons.gender, p.text)): Found | null {
    const { ctx } = this;
    const from = p.start - PRONOUN_SEARCH;
    let best: Found | null = null;
    const clash = (actorId: string | null) => gender !== null && actorId !== null && this.genders.has(actorId) && this.genders.get(actorId) !== gender;
    const fitting = (m: Mention) => {
      if (m.form === 'pronoun' || this.insideQuote(m.start)) return false;
      const k = this.kinds.get(m.actorId);
      if (kind === 'person') return k === 'person' && !clash(m.actorId);
      if (kind === 'group') return k === 'group' || k === 'organization' || (k === 'person' && !this.genders.has(m.actorId) && this.singularThey(m, p));
      return k === 'organization';
    };
    // "he/she" mostly takes up the subject of a recent sentence: the nearest fitting mention that
    // opens its sentence's fitting mentions wins over a nearer one in object position ("told MPs").
    let nearest: Mention | null = null;
    let subjectLike: Mention | null = null;
    for (let i = ctx.mentions.length - 1; i >= 0; i--) {
      const m = ctx.mentions[i];
      if (m.start >= p.start) continue;
      if (m.start < from) break;
      if (!fitting(m)) continue;
      nearest ??= m;
      // "outside the Palace of Westminster", "told MPs": a name after a preposition is no subject;
      // nor is a possessive ("Bellini's wife said": the wife speaks).
      if (kind === 'person' && (this.oblique(m) || m.possessive)) continue;
      let opens = true;
      for (let k = i - 1; k >= 0 && ctx.mentions[k].sentence === m.sentence; k--) {
        if (fitting(ctx.mentions[k]) && !this.oblique(ctx.mentions[k]) && !ctx.mentions[k].possessive && ctx.mentions[k].actorId !== m.actorId) {
          opens = false;
          break;
        }
      }
      if (opens || kind !== 'person') {
        subjectLike = m;
        break;
      }
    }
    const m = subjectLike ?? nearest;
    let pick: { actorId: string | null; start: number; text: string } | null = m;
    // The person just quoted is the likeliest "she" when quoted after that subject was named.
    const last = this.lastSpeaker;
    if (kind === 'person' && last && !clash(last.actorId) && last.start >= from && last.start <= p.start && (!m || last.start > m.start)) {
      pick = { actorId: last.actorId, start: last.start, text: last.name };
    }
    if (pick) {
      best = { name: (pick.actorId && this.names.get(pick.actorId)) || pick.text, actorId: pick.actorId, start: p.start, end: p.end, document: false, pronoun: true };
      if (kind === 'thing') best.start = pick.start; // compared with documents below
    }
    if (kind === 'thing') {
      // "it said": the nearest document phrase or organization before the pronoun.
      const toks = tokensIn(ctx.tokens, Math.max(0, from), p.start).filter((t) => !this.insideQuote(t.start));
      const doc = this.documentIn(toks, 'last');
      if (doc && (!best || doc.start > best.start)) {
        // "The ministry said in a statement ... 'it said'": the body that issued the statement.
        const di = toks.findIndex((t) => t.start >= doc.start);
        if (di >= 2 && fold(toks[di - 1].text) === 'in' && this.verbAt(toks, di - 2)) {
          const si = sentenceIndexAt(ctx.sentences, toks[di - 2].start);
          const from = si >= 0 ? ctx.sentences[si].start : 0;
          const issuer = this.speakerIn(toks.filter((t) => t.start >= from && t.end <= toks[di - 2].start), 'last');
          if (issuer && !issuer.pronoun && !issuer.unresolved) return { ...issuer, start: p.start, end: p.end, document: issuer.actorId === null };
        }
        return { ...doc, start: p.start, end: p.end };
      }
      if (best) return { ...best, start: p.start, end: p.end };
      return null;
    }
    return best;
  }

  /**
   * "they" for one person of unknown gender: only when the person was named in the pronoun's
   * sentence or the one before, and no sentence in between opens with a plural noun
   * ("Residents gathered outside. "...," they said." is the residents).
   */
  private singularThey(m: Mention, p: Token): boolean {
    const si = sentenceIndexAt(this.ctx.sentences, p.start);
    if (si - m.sentence > 1 || si < m.sentence) return false;
    for (let k = m.sentence + 1; k <= si; k++) {
      const s = this.ctx.sentences[k];
      const words = tokensIn(this.ctx.tokens, s.start, s.end).filter((t) => !this.insideQuote(t.start) && t.type !== 'punctuation');
      let i = 0;
      while (i < words.length && ['DET', 'ADJ', 'NUM'].includes(words[i].pos)) i++;
      if (words[i] && words[i].pos === 'NOUN' && /[^s]s$/i.test(words[i].text)) return false;
    }
    return true;
  }

  /** A mention that follows a preposition ("of the X", "near X"), so it cannot be a clause subject. */
  private oblique(m: Mention): boolean {
    const toks = tokensIn(this.ctx.tokens, Math.max(0, m.start - 60), m.start);
    let k = toks.length - 1;
    while (k >= 0 && (toks[k].pos === 'DET' || toks[k].pos === 'ADJ' || toks[k].pos === 'NUM')) k--;
    if (k < 0) return false;
    const w = fold(toks[k].text);
    return toks[k].pos === 'ADP' || w === 'of' || w === 'near' || w === 'outside' || w === 'inside';
  }

  /** The speaker as written when no actor matched: the capitalized name nearest the verb. */
  private nameAsWritten(words: Token[], prefer: 'first' | 'last'): Found | null {
    const runs: [number, number][] = [];
    let i = 0;
    while (i < words.length) {
      if (/^\p{Lu}/u.test(words[i].text) && words[i].type === 'word' && (words[i].pos === 'PROPN' || words[i].pos === 'X')) {
        let j = i;
        // Join "Chung Chih-tung": capitalized words, hyphens and the hyphen's tail.
        while (j + 1 < words.length && words[j + 1].start - words[j].end <= 1 && (/^\p{Lu}/u.test(words[j + 1].text) || words[j + 1].text === '-' || words[j].text === '-')) j++;
        if (words[j].text === '-') j--;
        runs.push([i, j]);
        i = j + 1;
      } else i++;
    }
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
      return { name: this.ctx.text.slice(start, end), actorId: null, start, end, document: false, pronoun: false };
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
    return { name: this.ctx.text.slice(start, end), actorId: null, start, end, document: false, pronoun: false };
  }

  /** "according to X" in the sentence, outside quotes. */
  private accordingTo(toks: Token[]): { found: Found; phrase: string } | null {
    const words = toks.filter((t) => !this.insideQuote(t.start));
    for (let i = 0; i < words.length; i++) {
      for (const cue of this.cues.according) {
        const n = cue.split(/\s+/).length;
        if (words.slice(i, i + n).map((t) => fold(t.text)).join(' ') !== cue) continue;
        const rest = words.slice(i + n);
        const cut = rest.findIndex((t) => t.type === 'punctuation' && t.text !== '’' && t.text !== "'" && t.text !== '-');
        const region = cut === -1 ? rest : rest.slice(0, cut);
        if (region.length === 0) continue;
        const phrase = this.ctx.text.slice(region[0].start, region[region.length - 1].end);
        const doc = this.documentIn(region, 'first');
        const mentions = mentionsIn(this.ctx.mentions, region[0].start, region[region.length - 1].end);
        const pick = this.bestMention(mentions, 'first');
        const viaName = this.viaNames.some((v) => phrase.includes(v)) || /\bmedia\b/i.test(phrase);
        if (doc || viaName || !pick || this.kinds.get(pick.actorId) !== 'person') {
          return { found: { name: phrase, actorId: doc ? null : pick?.actorId ?? null, start: region[0].start, end: region[region.length - 1].end, document: true, pronoun: false }, phrase };
        }
        return { found: { name: pick.text, actorId: pick.actorId, start: pick.start, end: pick.end, document: false, pronoun: false }, phrase };
      }
    }
    return null;
  }

  /** `told The Wall Street Journal`: the outlet the words were given to. */
  private toldOutlet(verbEnd: number, verb: string): string | null {
    if (verb !== 'told') return null;
    const rest = this.ctx.text.slice(verbEnd, verbEnd + 80).replace(/^\s+/, '');
    return this.viaNames.find((n) => rest.startsWith(n) && !/[\p{L}]/u.test(rest[n.length] ?? '')) ?? null;
  }

  /** `"President Putin said that ..."` inside a document's quote: the person the document reports. */
  private reportedSpeaker(site: QuoteSite): Found | null {
    const toks = tokensIn(this.ctx.tokens, site.start, site.end).slice(0, 8);
    for (let j = 1; j < toks.length; j++) {
      const v = this.verbAt(toks, j);
      if (!v) continue;
      if (!this.cues.reporting.has(v.canon)) return null;
      const region = toks.slice(0, j);
      const mentions = mentionsIn(this.ctx.mentions, region[0].start, region[region.length - 1].end);
      const pick = this.bestMention(mentions, 'last');
      if (pick && this.kinds.get(pick.actorId) === 'person') {
        return { name: pick.text, actorId: pick.actorId, start: pick.start, end: pick.end, document: false, pronoun: false };
      }
      if (mentions.length === 0 && region.every((t) => /^\p{Lu}/u.test(t.text))) return this.nameAsWritten(region, 'last');
      return null;
    }
    return null;
  }

  /** "so-called", "dubbed", "a group called": the quoted words are a name, not an utterance. */
  private namedBefore(before: Token[]): boolean {
    const tail = before.slice(-3).map((t) => fold(t.text)).join(' ').replace(/\s*-\s*/g, '-');
    if (this.cues.naming.some((n) => tail === n || tail.endsWith(' ' + n) || tail.endsWith(n))) return true;
    const longTail = before.slice(-8).map((t) => fold(t.text)).join(' ');
    return this.cues.namingPatterns.some((p) => p.test(longTail));
  }
}
