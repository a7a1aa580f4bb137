/**
 * Strategy "speaker before" (rule `quote.attribution.before`): `Xi said that ... "..."`, `Xi said:
 * "..."`, `described as "warm" by the Kremlin`, `state television, which described it as "..."`,
 * `said Xi: "..."`. The last attribution verb before the quote in its sentence, and its subject.
 */
import type { Token } from '../context.js';
import { fold } from './cues.js';
import { verbAt, type Found, type Reader, type VerbHit } from './env.js';
import type { SiteWords } from './site.js';
import { subjectAfter, subjectBefore, subjectBetween } from './subject.js';
import { pickSubject, resolvePronoun, speakerIn } from './speaker-phrase.js';
import { mentionsIn } from './text-tools.js';

const RELATIVE_OBJECT = new Set(['who', 'whom', 'which', 'that']);
const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Prepositions that open a gerund clause sharing the main clause's subject ("by asserting", "before adding"). */
const GERUND_PREPS = new Set(['by', 'before', 'after', 'while', 'when', 'in', 'without']);
/** How far (in tokens) an attribution verb may stand before a quote in the same sentence. */
const BEFORE_WINDOW = 25;

/** The quote's own stretch: the words since the previous quote in the sentence. */
export function speakerBefore(r: Reader, w: SiteWords): VerbHit | null {
  return fromBefore(r, w.sentenceBefore, w.own, w.after);
}

/** The whole sentence: `said the plan was "bold" and "overdue"` gives the second quote the verb too. */
export function speakerBeforeInSentence(r: Reader, w: SiteWords): VerbHit | null {
  return fromBefore(r, w.sentenceBefore, 0, w.after);
}

/** `Brandt went further, tweeting:` ending the paragraph before a quote paragraph: that verb and its subject. */
export function speakerLeadIn(r: Reader, w: SiteWords): VerbHit | null {
  if (w.leadIn.length === 0) return null;
  const words = w.leadIn[w.leadIn.length - 1].text === ':' ? w.leadIn.slice(0, -1) : w.leadIn;
  const hit = fromBefore(r, words, 0, []);
  return hit && hit.found ? hit : null;
}

/** The last attribution verb at or after `from` in `words` (the sentence's words outside quotes) and its subject. */
function fromBefore(r: Reader, words: Token[], from: number, after: Token[]): VerbHit | null {
  const lowest = Math.max(from, words.length - BEFORE_WINDOW);
  for (let j = words.length - 1; j >= lowest; j--) {
    // A new clause (", and China supported") has its own subject: stop there.
    if (words[j].pos === 'CCONJ' && words[j - 1]?.text === ',') break;
    if (words[j].text === ';' || words[j].text === '—') break;
    const v = verbAt(r.env, words, j);
    if (!v) continue;
    const hit = (found: Found | null, side: 'before' | 'after' = 'before'): VerbHit => ({ found, verb: v.canon, verbEnd: words[v.last].end, side });
    const prevWord = words[j - 1];
    if ((prevWord?.text === ',' || GERUND_PREPS.has(fold(prevWord?.text ?? ''))) && /ing$/i.test(words[j].text)) {
      // `Xi said, adding that ...`, `continued by asserting that ...`: the participle's subject is the clause's subject.
      return hit(clauseSubject(r, words, j - 1));
    }
    const nextWord = fold(words[v.last + 1]?.text ?? after[0]?.text ?? '');
    if (!prevWord || PASSIVE_AUX.has(fold(prevWord.text)) || ([',', '—', '–', '('].includes(prevWord.text) && (nextWord === 'as' || nextWord === 'by'))) {
      const passive = passiveAgent(r, words, v.last, after, nextWord, !prevWord);
      if (passive === 'next') continue;
      return hit(passive.found, passive.side);
    }
    if (prevWord && ['which', 'who', 'that'].includes(fold(prevWord.text))) {
      // `state television, which described ... as "..."`: the relative pronoun's antecedent.
      const head = words.slice(0, j - 1);
      while (head.length && head[head.length - 1].type === 'punctuation') head.pop();
      return hit(speakerIn(r, head, 'last'));
    }
    return hit(activeSubject(r, words, j, v.last));
  }
  return null;
}

/**
 * Passive or verb-first: `described as "warm and friendly" by the Kremlin` (the agent follows "by"),
 * `— described by one trustee as "..." —` (the agent between verb and quote), or a sentence opening
 * with the verb (`Said Xi: ...`). 'next': no agent here, look further left.
 */
function passiveAgent(r: Reader, words: Token[], last: number, after: Token[], nextWord: string, opens: boolean): { found: Found | null; side: 'before' | 'after' } | 'next' {
  if (nextWord === 'by' && words[last + 1]) {
    const rest = words.slice(last + 2);
    const cut = rest.findIndex((t) => t.type === 'punctuation' || fold(t.text) === 'as');
    const agent = cut === -1 ? rest : rest.slice(0, cut);
    if (agent.length > 0) return { found: speakerIn(r, agent, 'first'), side: 'before' };
  }
  const by = after.findIndex((t) => fold(t.text) === 'by');
  if (by === -1 || opens) {
    if (opens) {
      // `Describing the deal as "...", Senator Grady said`: a fronted participle shares the main clause's subject.
      const main = /ing$/i.test(words[last].text) ? mainSubjectAfter(r, after) : null;
      if (main) return { found: main, side: 'after' };
      const found = pickSubject(r, [subjectAfter(words, last + 1)]);
      if (found) return { found, side: 'before' };
    }
    return 'next';
  }
  const rest = after.slice(by + 1);
  const cut = rest.findIndex((t) => t.type === 'punctuation');
  return { found: speakerIn(r, cut === -1 ? rest : rest.slice(0, cut), 'first'), side: 'after' };
}

/** The subject of the main clause that follows a quote (`"...," Senator Grady said`): the words up to its first verb. */
function mainSubjectAfter(r: Reader, after: Token[]): Found | null {
  let i = 0;
  while (i < after.length && after[i].type === 'punctuation') i++;
  const j = after.findIndex((t, k) => k >= i && (t.pos === 'VERB' || t.pos === 'AUX' || verbAt(r.env, after, k) !== null));
  if (j <= i) return null;
  return pickSubject(r, subjectBetween(after.slice(i, j)));
}

/** The subject of an active attribution verb at `j` (ending at `last`). */
function activeSubject(r: Reader, words: Token[], j: number, last: number): Found | null {
  const subject = subjectBefore(words, j);
  let found: Found | null;
  if (subject.coordinated >= 0) found = clauseSubject(r, words, subject.coordinated);
  else found = relativePronounSubject(r, words, j) ?? pickSubject(r, subject.chunks);
  const bare = subject.chunks.length === 0 && subject.coordinated < 0;
  if (!found && bare && words[j - 1]?.pos === 'VERB') {
    // `I keep saying it: "..."`, `she went on saying`: the subject of the verb the speech verb hangs on.
    found = clauseSubject(r, words, j);
  }
  if (!found && bare && words.length - last <= 6) {
    // Inverted before the quote: `said Xi: "..."` (an object "it" is no inverted subject).
    const inverted = subjectAfter(words, last + 1);
    if (!(inverted.length === 1 && fold(inverted[0].text) === 'it')) found = pickSubject(r, [inverted]);
  }
  return found;
}

/**
 * `Harry Reid, who he said "was right"`: the relative pronoun is the object of the embedded speech;
 * the pronoun after it speaks, and it cannot be the relative clause's antecedent.
 */
function relativePronounSubject(r: Reader, words: Token[], j: number): Found | null {
  const p = words[j - 1];
  const kind = p ? r.env.cues.pronouns.get(fold(p.text)) : undefined;
  if (kind !== 'person' || !RELATIVE_OBJECT.has(fold(words[j - 2]?.text ?? '')) || words[j - 3]?.text !== ',') return null;
  const head = mentionsIn(r.env.mentions, Math.max(0, words[j - 3].start - 200), words[j - 3].start).filter((m) => m.end <= words[j - 3].start);
  const antecedent = head[head.length - 1];
  if (!antecedent) return null;
  return resolvePronoun(r, p, kind, undefined, antecedent.actorId);
}

/** Words opening a complement clause; a subject after "after"/"when" still heads the clause a participle joins. */
const COMPLEMENTIZERS = new Set(['that', 'whether', 'if']);

/** Does this subject open a complement clause (`said [that] the Commission would`, `told MPs that the reform was`)? */
function inComplement(r: Reader, words: Token[], first: Token): boolean {
  const at = words.indexOf(first);
  const p = words[at - 1];
  return p !== undefined && (COMPLEMENTIZERS.has(fold(p.text)) || p.pos === 'VERB' || verbAt(r.env, words, at - 1) !== null);
}

/** The subject of the clause a coordinated verb or participle belongs to: the nearest earlier verb's subject before `upto`. */
function clauseSubject(r: Reader, words: Token[], upto: number): Found | null {
  for (let k = upto - 1; k >= 0; k--) {
    const speech = verbAt(r.env, words, k);
    // `did not back down, saying`: an auxiliary is the clause's verb too.
    if (words[k].pos !== 'VERB' && words[k].pos !== 'AUX' && !speech) continue;
    // `endorsed Beck to succeed her ..., saying`, `progress to date, accusing`: an infinitive has no subject of its own.
    if (fold(words[k - 1]?.text ?? '') === 'to') continue;
    const s = subjectBefore(words, k);
    if (s.coordinated >= 0) return clauseSubject(r, words, s.coordinated);
    // `told the Commons that the reform was "...", adding`: a verb inside a complement clause is not the main verb.
    if (!speech && s.chunks.length > 0 && inComplement(r, words, s.chunks[0][0])) continue;
    const f = s.chunks.length > 0 ? pickSubject(r, s.chunks) : speech ? pickSubject(r, [subjectAfter(words, speech.last + 1)]) : null;
    if (f) return f;
  }
  return null;
}
