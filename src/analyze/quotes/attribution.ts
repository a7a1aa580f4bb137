/**
 * Speaker resolution: who said a quote, by which verb, through which document or outlet.
 * Works from the text around the quote (same sentence, outside the marks) and the context's
 * actor mentions; falls back to the name as written (actorId null) when no actor matches.
 */
import type { Mention, QuoteSpeaker, ActorKind } from '../../types/analysis.js';
import type { AnalysisContext, Token } from '../context.js';
import { cuesFor, fold, type Cues } from './cues.js';
import { lineAt, mentionsIn, sentenceIndexAt, SpanSet, tokensIn } from './text-tools.js';

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
}

interface Found {
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
const BEFORE_WINDOW = 20;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'one']);
const PRONOUN_SEARCH = 2000;

export class SpeakerResolver {
  readonly cues: Cues;
  private readonly kinds = new Map<string, ActorKind>();
  private readonly names = new Map<string, string>();
  private readonly viaNames: string[];
  private readonly quotedSet: SpanSet;

  constructor(
    private readonly ctx: AnalysisContext,
    /** Quoted spans [outerStart, outerEnd): mentions and cues inside them are not the narrator's. */
    quoted: [number, number][],
  ) {
    this.cues = cuesFor(ctx.lexicons.attribution);
    this.quotedSet = new SpanSet(quoted);
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
    let beforeStart = Math.max(ls, Math.min(sentStart, site.outerStart), site.prevOuterEnd);
    // The splitter may keep `"A," the statement read. "B."` as one sentence: cut at the last full stop.
    const stop = /[.!?]["”’]?\s+/g;
    let m: RegExpExecArray | null;
    const head = ctx.text.slice(beforeStart, site.outerStart);
    while ((m = stop.exec(head))) {
      const at = beforeStart + m.index + m[0].length;
      if (!this.insideQuote(beforeStart + m.index) && !/\b(?:Mr|Ms|Mrs|Dr|Prof|St|U\.S|U\.K|No)\.$/.test(head.slice(0, m.index + 1))) beforeStart = at;
    }
    const afterEnd = Math.max(site.outerEnd, Math.min(le, Math.max(sentEnd, site.outerEnd), site.nextOuterStart));
    const before = tokensIn(ctx.tokens, beforeStart, site.outerStart);
    const after = tokensIn(ctx.tokens, site.outerEnd, afterEnd);
    const beforeText = ctx.text.slice(beforeStart, site.outerStart).trim();
    const colon = beforeText.endsWith(':');
    const startsClause = splitSecond || beforeText === '' || colon || /^[—–-]$/.test(beforeText);
    const named = this.namedBefore(before);

    const strategies = startsClause ? [() => this.fromAfter(after), () => this.fromBefore(before, after)] : [() => this.fromBefore(before, after), () => this.fromAfter(after)];
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
      const method: QuoteSpeaker['method'] = f.document ? 'source' : f.pronoun ? 'pronoun' : colon && hit.side === 'before' ? 'colon' : 'adjacent';
      speaker = { actorId: f.actorId, name: f.name, start: f.start, end: f.end, method };
      via = this.toldOutlet(hit.verbEnd, hit.verb);
    } else if (according) {
      const f = according.found;
      speaker = { actorId: f.actorId, name: f.name, start: f.start, end: f.end, method: 'according-to' };
      verb = 'according to';
    } else if (colon) {
      const f = this.speakerIn(before.slice(0, -1), 'last');
      if (f) speaker = { actorId: f.actorId, name: f.name, start: f.start, end: f.end, method: 'colon' };
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
    return { speaker, verb: speaker ? verb : null, via, reason, startsClause, endsClause, named };
  }

  /** `"...," Xi said` / `"...," said Xi` / `"...," the readout said`. */
  private fromAfter(after: Token[]) {
    let i = 0;
    while (i < after.length && after[i].type === 'punctuation') i++;
    if (i >= after.length) return null;
    const inverted = this.verbAt(after, i);
    if (inverted) {
      const rest = after.slice(inverted.last + 1);
      const cut = rest.findIndex((t) => t.type === 'punctuation');
      const region = cut === -1 ? rest : rest.slice(0, cut);
      const found = this.speakerIn(region, 'first');
      return { found, verb: inverted.canon, verbEnd: after[inverted.last].end, side: 'after' as const };
    }
    for (let j = i + 1; j < after.length; j++) {
      const v = this.verbAt(after, j);
      if (!v) continue;
      if (['ADP', 'CCONJ', 'SCONJ'].includes(after[i].pos)) return null;
      // "union leader Claus Weselsky told": a lower-case start is fine when a name follows at once.
      if (!this.plausibleSubjectStart(after[i]) && !after.slice(i, Math.min(j, i + 3)).some((t) => this.mentionStartingAt(t.start))) return null;
      if (after.slice(i, j).some((t) => t.pos === 'VERB' && !/-/.test(this.ctx.text[t.start - 1] ?? ''))) return null;
      const found = this.speakerIn(after.slice(i, j), 'first');
      return { found, verb: v.canon, verbEnd: after[v.last].end, side: 'after' as const };
    }
    return null;
  }

  /** `Xi said that ... "..."` / `Xi said: "..."`: the last attribution verb before the quote and its subject. */
  private fromBefore(before: Token[], after: Token[]) {
    const lowest = Math.max(0, before.length - BEFORE_WINDOW);
    for (let j = before.length - 1; j >= lowest; j--) {
      if (this.insideQuote(before[j].start)) continue;
      // A new clause (", and China supported") has its own subject: stop there.
      if (before[j].pos === 'CCONJ' && before[j - 1]?.text === ',') break;
      if (before[j].text === ';' || before[j].text === '—') break;
      const v = this.verbAt(before, j);
      if (!v) continue;
      const verbEnd = before[v.last].end;
      const prevWord = before[j - 1];
      if (prevWord?.text === ',' && /ing$/i.test(before[j].text)) {
        // `Xi said, adding that ...`: the participle's subject is the clause's first name.
        const found = this.speakerIn(before.slice(0, j - 1), 'first');
        return { found, verb: v.canon, verbEnd, side: 'before' as const };
      }
      const nextWord = fold(before[v.last + 1]?.text ?? after[0]?.text ?? '');
      if (!prevWord || PASSIVE_AUX.has(fold(prevWord.text)) || (prevWord.text === ',' && (nextWord === 'as' || nextWord === 'by'))) {
        // Passive: `described as "warm and friendly" by the Kremlin`: the agent follows "by".
        const by = after.findIndex((t) => fold(t.text) === 'by');
        if (by === -1 || !prevWord) {
          if (!prevWord) {
            const rest = before.slice(v.last + 1);
            const found = this.speakerIn(rest.filter((t) => t.type !== 'punctuation'), 'first');
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
        const head = before.slice(0, j - 1);
        while (head.length && head[head.length - 1].type === 'punctuation') head.pop();
        return { found: this.speakerIn(head, 'last'), verb: v.canon, verbEnd, side: 'before' as const };
      }
      let found = this.speakerIn(before.slice(0, j), 'last');
      const rest = before.slice(v.last + 1);
      if (!found && rest.length <= 5) {
        // Inverted before the quote: `said Xi: "..."`.
        found = this.speakerIn(rest.filter((t) => t.type !== 'punctuation'), 'first');
      }
      return { found, verb: v.canon, verbEnd, side: 'before' as const };
    }
    return null;
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

  /** Resolve he/she/they/it to the nearest fitting antecedent before it, outside quotes. */
  private resolvePronoun(p: Token, kind: string): Found | null {
    const { ctx } = this;
    const from = p.start - PRONOUN_SEARCH;
    let best: Found | null = null;
    for (let i = ctx.mentions.length - 1; i >= 0; i--) {
      const m = ctx.mentions[i];
      if (m.start >= p.start || m.form === 'pronoun') continue;
      if (m.start < from) break;
      if (this.insideQuote(m.start)) continue;
      const k = this.kinds.get(m.actorId);
      const fits = kind === 'person' ? k === 'person' : kind === 'group' ? k === 'group' || k === 'organization' : k === 'organization';
      if (!fits) continue;
      best = { name: this.names.get(m.actorId) ?? m.text, actorId: m.actorId, start: p.start, end: p.end, document: false, pronoun: true };
      if (kind === 'thing') best.start = m.start; // compared with documents below
      break;
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
    return this.cues.naming.some((n) => tail === n || tail.endsWith(' ' + n) || tail.endsWith(n));
  }
}
