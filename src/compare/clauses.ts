/**
 * Clause pairs: outlets often tell the facts of one sentence in another order ("A wildfire spread ...,
 * and 3,200 residents were ordered to evacuate" / "3,200 people were forced to flee their homes as a
 * blaze swept ..."). A whole-sentence diff then lines up one clause and leaves the other as noise, so
 * variant discovery also diffs clause against clause: each sentence is cut at punctuation and at
 * clause openers (lexicons/stopwords.json `clauseOpeners`), and each clause of one sentence is paired
 * with the clause of the other sharing the most content words (at least `MIN_SHARED`).
 */
import { defaultLexicons } from '../lexicons/index.js';
import { isContent, type WordToken } from './tokens/words.js';

/** A clause pair must share this many content words: one shared word is chance. */
const MIN_SHARED = 2;
/** ...and this share of the shorter clause's content words ("the port handled 250 million tonnes" / "the port estimated losses at 40 million euros" share two of eight). */
const MIN_SHARE = 0.4;
/** Clauses shorter than this (in words) are fragments ("regional officials said"). */
const MIN_CLAUSE_WORDS = 3;

/** The default clause openers; `Lexicons.stopwords.clauseOpeners` is the set in force. */
export const defaultClauseOpeners: ReadonlySet<string> = defaultLexicons.stopwords.clauseOpeners;

/** The clauses of a sentence's tokens (offsets into `text`). */
export function clauses(tokens: WordToken[], text: string, openers: ReadonlySet<string> = defaultClauseOpeners): WordToken[][] {
  const out: WordToken[][] = [];
  let cur: WordToken[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const punct = k > 0 && /[,;:()\u2014\u2013]/.test(text.slice(tokens[k - 1].end, t.start));
    if (cur.length && (punct || openers.has(t.norm))) {
      out.push(cur);
      cur = [];
    }
    cur.push(t);
  }
  if (cur.length) out.push(cur);
  return out.filter((c) => c.length >= MIN_CLAUSE_WORDS);
}

/** Clause pairs of two sentences: each clause of `a` with its best match in `b`, when they share enough content words. */
export function clausePairs(a: WordToken[][], b: WordToken[][], stopWords: ReadonlySet<string>): [WordToken[], WordToken[]][] {
  const content = (c: WordToken[]) => new Set(c.filter((t) => isContent(t.norm, stopWords)).map((t) => t.norm));
  const bSets = b.map(content);
  const out: [WordToken[], WordToken[]][] = [];
  for (const ca of a) {
    const sa = content(ca);
    let best = -1;
    let bestShared = MIN_SHARED - 1;
    bSets.forEach((sb, k) => {
      let n = 0;
      for (const w of sa) if (sb.has(w)) n++;
      if (n > bestShared) {
        bestShared = n;
        best = k;
      }
    });
    // The shared words must be a good part of the shorter clause, not two words met by chance.
    if (best >= 0 && bestShared >= MIN_SHARE * Math.min(sa.size, bSets[best].size)) out.push([ca, b[best]]);
  }
  return out;
}
