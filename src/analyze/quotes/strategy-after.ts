/**
 * Strategy "speaker after" (rule `quote.attribution.after`): the attribution follows the quote.
 * `"...," Xi said` / `"...," said Xi` / `"...," the readout said` / `"...," union leader X told`.
 */
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
  if (inverted) {
    const found = pickSubject(r, [subjectAfter(after, inverted.last + 1)]);
    return { found, verb: inverted.canon, verbEnd: after[inverted.last].end, side: 'after' };
  }
  for (let j = i + 1; j < after.length; j++) {
    const v = verbAt(env, after, j);
    if (!v) continue;
    if (['ADP', 'CCONJ', 'SCONJ'].includes(after[i].pos)) return null;
    // "union leader Claus Weselsky told": a lower-case start is fine when a name follows at once.
    if (!plausibleSubjectStart(env, after[i]) && !after.slice(i, Math.min(j, i + 3)).some((t) => mentionStartingAt(env, t.start))) return null;
    if (after.slice(i, j).some((t) => t.pos === 'VERB' && !/-/.test(env.ctx.text[t.start - 1] ?? ''))) return null;
    let region = after.slice(i, j);
    while (region.length && ['ADV', 'AUX', 'PART'].includes(region[region.length - 1].pos)) region = region.slice(0, -1);
    const found = pickSubject(r, subjectBetween(region));
    return { found, verb: v.canon, verbEnd: after[v.last].end, side: 'after' };
  }
  return null;
}
