/**
 * The subject noun phrase of an attribution verb, from tokens alone: which words can name who
 * spoke. `Sir Alan Petrie, the former planning minister, described` → [Sir Alan Petrie] [the former
 * planning minister]; `Speaking at the Centre, Vice Minister Zhou Ming said` → [Vice Minister Zhou Ming];
 * `said the minister at the Karstad Institute` → [the minister]. Places and bodies named in an
 * adverbial ("at", "near", "outside ...") never enter the subject, so they cannot become the speaker.
 */
import type { Token } from '../context.js';
import { fold } from './cues.js';

/** Words opening a relative clause: an appositive clause is skipped, not read as the subject. */
const RELATIVE = new Set(['who', 'which', 'whose', 'whom', 'where']);
/** Clause openers the tagger may call ADV/ADP/ADJ ("When", "As", "Outside"): a subject never reaches past them. */
const CLAUSE_OPENERS = new Set(['what', 'whatever', 'how', 'when', 'as', 'after', 'before', 'while', 'if', 'although', 'though', 'because', 'since', 'once', 'until', 'where', 'whereas', 'asked', 'speaking', 'writing']);
/** Prepositions that start an adverbial ("at the Institute", "near the river"); "of"/"for" stay inside a noun phrase. */
const ADVERBIAL_PREPS = new Set(['at', 'in', 'on', 'near', 'outside', 'inside', 'during', 'after', 'before', 'from', 'to', 'with', 'by', 'under', 'over', 'across', 'behind', 'beside', 'following', 'amid', 'later', 'earlier', 'on']);
/** Time adverbials that may end a relative clause's subject ("critics last year called"). */
const TIME_WORDS = new Set(['yesterday', 'today', 'tonight', 'earlier', 'later', 'recently', 'once', 'last', 'this', 'next', 'year', 'week', 'month', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const STOP_POS = new Set(['VERB', 'AUX', 'SCONJ', 'CCONJ']);
/** Words between a subject and its verb: "also said", "has told", "had earlier told". */
const VERB_MODIFIER_POS = new Set(['ADV', 'AUX', 'PART']);
/** `--` is a dash in typewriter-style texts (`X, the chief executive -- the company that ... -- told me`). */
const CHUNK_BREAKS = new Set([',', '—', '–', '--', '(', ')', ';', ':']);
const APPOSITIVE_BREAKS = new Set([',', '—', '–', '--', '(', ')']);
const DASHES = new Set(['—', '–', '--']);

export const isChunkBreak = (t: Token): boolean => CHUNK_BREAKS.has(t.text);

export interface SubjectBefore {
  /** Comma-separated pieces of the subject, in text order; the head is the first. */
  chunks: Token[][];
  /** `... and said`: the verb shares the subject of an earlier verb; index of the conjunction. */
  coordinated: number;
}

/** The subject standing before `words[j]` (the verb), read right to left. */
export function subjectBefore(words: Token[], j: number): SubjectBefore {
  let i = j - 1;
  while (i >= 0 && VERB_MODIFIER_POS.has(words[i].pos) && words[i].pos !== 'PRON' && !isChunkBreak(words[i])) i--;
  if (i < 0) return { chunks: [], coordinated: -1 };
  if (words[i].pos === 'CCONJ' || ['and', 'but', 'or'].includes(fold(words[i].text))) return { chunks: [], coordinated: i };
  const chunks: Token[][] = [];
  // `Sir Alan Petrie, the former planning minister, described`: the appositive's closing comma.
  let end = APPOSITIVE_BREAKS.has(words[i].text) ? i : i + 1;
  if (DASHES.has(words[i].text)) {
    // `X, the chief executive of Y -- the company that owns Z, which ... -- told me`: the dash aside is skipped whole.
    let open = i - 1;
    while (open >= 0 && words[open].text !== words[i].text) open--;
    if (open > 0) end = open;
  }
  let first = true;
  while (end > 0 && chunks.length < 4) {
    let s = end - 1;
    while (s >= 0 && !isChunkBreak(words[s])) s--;
    const chunk = words.slice(s + 1, end);
    if (chunk.length > 0 && isRelative(chunk[0])) {
      // `the plan, which critics call "a scam"`: an object relative clause has its own subject.
      const own = chunk.slice(1);
      if (first && fold(chunk[0].text) !== 'whose' && own.some((t) => ['NOUN', 'PROPN', 'PRON'].includes(t.pos)) && !own.some(stopsSubject)) {
        while (own.length > 1 && TIME_WORDS.has(fold(own[own.length - 1].text))) own.pop();
        chunks.unshift(own);
        break;
      }
      // ", who chairs its housing board," describes the subject; the subject lies further left.
    } else if (first && end === i && ADVERBIAL_PREPS.has(fold(chunk[0]?.text ?? '')) && s >= 0 && words[s].text === ',') {
      // `Dana Pike, at a later press gaggle, said`: an adverbial set off by commas right before the verb; the subject stands before it.
      end = s;
      continue;
    } else if (first) {
      // "an epidemiologist at the Institute who was not involved": the relative clause describes the subject.
      const r = chunk.findIndex((t, n) => n > 0 && isRelative(t));
      if (r > 0 && !chunk.slice(0, r).some(stopsSubject)) {
        chunks.unshift(chunk.slice(0, r));
        first = false;
        if (s < 0 || !APPOSITIVE_BREAKS.has(words[s].text)) break;
        end = s;
        continue;
      }
      let k = chunk.length;
      while (k > 0 && !stopsSubject(chunk[k - 1])) k--;
      const sub = chunk.slice(k);
      while (sub.length > 0 && ADVERBIAL_PREPS.has(fold(sub[0].text))) sub.shift();
      if (sub.length > 0) chunks.unshift(sub);
      first = false;
      if (k > 0 || sub.length === 0) break;
    } else {
      // "Reading her judgment at the Royal Courts, the judge added": a participle clause, not an appositive.
      const participle = /ing$/i.test(chunk[0]?.text ?? '') && ['DET', 'PRON'].includes(chunk[1]?.pos ?? '');
      if (chunk.length === 0 || participle || chunk.some(stopsSubject) || ADVERBIAL_PREPS.has(fold(chunk[0].text))) break;
      chunks.unshift(chunk);
    }
    if (s < 0 || !APPOSITIVE_BREAKS.has(words[s].text)) break;
    end = s;
  }
  return { chunks, coordinated: -1 };
}

/** The subject standing after an inverted verb (`said Ingrid Vossberg, head of ...`): up to a break or an adverbial. */
export function subjectAfter(words: Token[], from: number): Token[] {
  const out: Token[] = [];
  for (let i = from; i < words.length; i++) {
    const t = words[i];
    if (isChunkBreak(t) || t.text === '.' || ADVERBIAL_PREPS.has(fold(t.text)) || stopsSubject(t)) break;
    out.push(t);
  }
  return out;
}

/**
 * The pieces of a subject standing between a quote and its verb (`"...," Chung Chih-tung, an expert
 * at the Institute for Defense and Security Research, previously told`): nothing else can stand
 * there, so only relative clauses are dropped; conjunctions inside names stay.
 */
export function subjectBetween(words: Token[]): Token[][] {
  const chunks: Token[][] = [];
  let cur: Token[] = [];
  for (const t of words) {
    if (APPOSITIVE_BREAKS.has(t.text)) {
      if (cur.length) chunks.push(cur);
      cur = [];
    } else cur.push(t);
  }
  if (cur.length) chunks.push(cur);
  return chunks
    .map((c) => {
      const r = c.findIndex((t, n) => n > 0 && isRelative(t));
      return r > 0 ? c.slice(0, r) : c;
    })
    .filter((c) => c.length > 0 && !isRelative(c[0]));
}

/** Acronyms ("WHO", "AS") are names, not the words they spell. */
const isAcronym = (t: Token) => t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text);
const isRelative = (t: Token) => !isAcronym(t) && RELATIVE.has(fold(t.text));

function stopsSubject(t: Token): boolean {
  if (isAcronym(t)) return false;
  const w = fold(t.text);
  // A capitalized VERB may be a name the tagger misread ("Rob"), but not a participle opening a clause ("Reading her judgment").
  const verbish = STOP_POS.has(t.pos) && (!/^\p{Lu}/u.test(t.text) || /(?:ing|ed)$/.test(w));
  return verbish || CLAUSE_OPENERS.has(w) || RELATIVE.has(w) || w === 'that';
}
