/**
 * Strategy "speaker after" (rule `quote.attribution.after`): the attribution follows the quote.
 * `"...," Xi said` / `"...," said Xi` / `"...," the readout said` / `"...," union leader X told`.
 */
import type { Token } from '../context.js';
import { verbAt, type Reader, type VerbHit } from './env.js';
import type { SiteWords } from './site.js';
import { subjectAfter, subjectBetween } from './subject.js';
import { mentionStartingAt, pickSubject, plausibleSubjectStart } from './speaker-phrase.js';

export function speakerAfter(r: Reader, w: SiteWords): VerbHit | null {
  const { env } = r;
  const after = w.after;
  let i = 0;
  while (i < after.length && after[i].type === 'punctuation') i++;
  if (i >= after.length) return null;
  const inverted = verbAt(env, after, i);
  // `said: "...," adding that ...`: a participle right after the quote shares the subject before it; no subject follows it.
  if (inverted && /ing$/i.test(after[i].text)) return null;
  if (inverted) {
    const found = pickSubject(r, [subjectAfter(after, inverted.last + 1)]);
    return { found, verb: inverted.canon, verbEnd: after[inverted.last].end, side: 'after' };
  }
  for (let j = i + 1; j < after.length; j++) {
    const v = verbAt(env, after, j);
    if (!v) continue;
    if (['ADP', 'CCONJ', 'SCONJ'].includes(after[i].pos)) return null;
    // "union leader Claus Weselsky told", "committee Chairman Rep. X said": a lower-case start is fine
    // when a name follows at once; so is a bare noun phrase ("drug policy reform advocates said").
    const lead = after.slice(i, Math.min(j, i + 3));
    if (!plausibleSubjectStart(env, after[i]) && !lead.some((t) => mentionStartingAt(env, t.start) || /^\p{Lu}/u.test(t.text)) && !bareNounPhrase(after.slice(i, j))) return null;
    // A verb in the subject's head ends it; one inside an appositive after a comma does not
    // (`"...," Scott Pruitt, the attorney general of one of the states suing the agency, said`).
    const firstComma = after.findIndex((t, k) => k > i && k < j && t.text === ',');
    const head = after.slice(i, firstComma === -1 ? j : firstComma);
    // Mid-sentence after a quote, a capitalized word is a name even when tagged a verb (`"...," Lynch said`).
    if (head.some((t) => t.pos === 'VERB' && !/^\p{Lu}/u.test(t.text) && !/-/.test(env.ctx.text[t.start - 1] ?? ''))) return null;
    let region = after.slice(i, j).map((t) => (t.pos === 'VERB' && /^\p{Lu}/u.test(t.text) ? { ...t, pos: 'PROPN' } : t));
    while (region.length && ['ADV', 'AUX', 'PART'].includes(region[region.length - 1].pos)) region = region.slice(0, -1);
    const found = pickSubject(r, subjectBetween(region));
    return { found, verb: v.canon, verbEnd: after[v.last].end, side: 'after' };
  }
  return null;
}

/** Up to six determiners, adjectives and nouns ending in a noun: a subject standing before its verb. */
function bareNounPhrase(words: Token[]): boolean {
  return words.length > 0 && words.length <= 6 && words.every((t) => ['DET', 'ADJ', 'NOUN', 'NUM'].includes(t.pos)) && words[words.length - 1].pos === 'NOUN';
}
