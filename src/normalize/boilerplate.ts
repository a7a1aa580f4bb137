import type { BoilerplateRules } from './boilerplate-rules.js';
import { type Doc, liveIndices, removeLine } from './doc.js';

/**
 * Whole-line boilerplate (view counters, share buttons, player residue, captions, section
 * labels, teaser lines) and "Related Posts" blocks, by the data rules in lexicons/boilerplate.json.
 */
export function removeBoilerplateLines(doc: Doc, rules: BoilerplateRules): void {
  for (const i of liveIndices(doc)) {
    const line = doc.lines[i];
    const text = line.lt.text;
    if (line.checkedText === text) continue;
    line.checkedText = text;
    for (const rule of rules.lineRules) {
      if (rule.re.test(rule.tail && text.length > rule.tail ? text.slice(-rule.tail) : text)) {
        removeLine(doc, i, rule.kind, rule.id);
        break;
      }
    }
  }
  removeRelatedPosts(doc, rules);
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
  for (let k = 0; k < live.length; k++) {
    const i = live[k];
    if (doc.lines[i].removed || !rules.relatedPostsLabel.re.test(doc.lines[i].lt.text)) continue;
    const { kind, id } = rules.relatedPostsLabel;
    removeLine(doc, i, kind, id);
    for (let j = k + 1; j < live.length; j++) {
      const line = doc.lines[live[j]];
      if (line.removed) continue;
      const t = line.lt.text;
      const trailsOff = /(?:\.\.\.|…)$/.test(t);
      const teaser = trailsOff || (wordCount(t) <= rules.maxTeaserWords && !/[.!?:;"”’']$/.test(t));
      if (!teaser) break;
      removeLine(doc, live[j], kind, id);
    }
  }
}
