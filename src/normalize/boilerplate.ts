import type { BoilerplateRules, CompiledRule } from './boilerplate-rules.js';
import { type Doc, liveIndices, removeLine } from './doc.js';

/**
 * Whole-line boilerplate (view counters, share buttons, player residue, captions, section
 * labels, teaser lines) and "Related Posts" blocks, by the data rules in lexicons/boilerplate.json.
 */
export function removeBoilerplateLines(doc: Doc, rules: BoilerplateRules): void {
  const live = liveIndices(doc);
  const hits: { i: number; rule: CompiledRule }[] = [];
  for (const i of live) {
    const line = doc.lines[i];
    const text = line.lt.text;
    if (line.checkedText === text) continue;
    line.checkedText = text;
    const rule = rules.lineRules.find((r) => r.re.test(r.tail && text.length > r.tail ? text.slice(-r.tail) : text));
    if (rule) hits.push({ i, rule });
  }
  const keep = hits.length === live.length ? onlyBody(doc, hits.map((h) => h.i)) : -1;
  for (const { i, rule } of hits) if (i !== keep) removeLine(doc, i, rule.kind, rule.id);
  removeRelatedPosts(doc, rules);
}

/** Fewest words a line needs to be kept as the body when every line looks like boilerplate. */
const MIN_BODY_WORDS = 8;

/**
 * A rule never takes the whole body: when every line left matches one, the longest line that
 * reads like prose (MIN_BODY_WORDS or more) stays. Which one is by word count then position,
 * so the choice depends on the text, not on rule order. -1 when none qualifies.
 */
function onlyBody(doc: Doc, indices: number[]): number {
  let best = -1;
  let bestWords = MIN_BODY_WORDS - 1;
  for (const i of indices) {
    const n = wordCount(doc.lines[i].lt.text);
    if (n > bestWords) [best, bestWords] = [i, n];
  }
  return best;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/**
 * A "Related Posts" label and the teasers after it. A teaser is a headline (≤ maxTeaserWords words,
 * no sentence-final punctuation) or trails off with an ellipsis; the block ends at the first
 * line that reads like body text (a finished sentence).
 */
function removeRelatedPosts(doc: Doc, rules: BoilerplateRules): void {
  const live = liveIndices(doc);
  const hits: number[] = [];
  for (let k = 0; k < live.length; k++) {
    if (!rules.relatedPostsLabel.re.test(doc.lines[live[k]].lt.text)) continue;
    hits.push(live[k]);
    for (k++; k < live.length; k++) {
      const t = doc.lines[live[k]].lt.text;
      const trailsOff = /(?:\.\.\.|…)$/.test(t);
      const teaser = trailsOff || (wordCount(t) <= rules.maxTeaserWords && !/[.!?:;"”’']$/.test(t));
      if (!teaser) break;
      hits.push(live[k]);
    }
    k--; // the line that ended the block may open the next one
  }
  const keep = hits.length === live.length ? onlyBody(doc, hits) : -1;
  const { kind, id } = rules.relatedPostsLabel;
  for (const i of hits) if (i !== keep) removeLine(doc, i, kind, id);
}
