import { type Doc, liveIndices, removeLine } from './doc.js';
import { words } from './text-shape.js';
import { slug } from '../text/slug.js';

/**
 * Tag/topic lists copied from a page footer: each tag as its URL slug glued to its name
 * ("donald-trumpDonald Trump", "chinaChina", "si-tszinpinXi Jinping"), and next to them a run
 * of category names glued together ("WarPoliticsNews of the World").
 * A run of two or more slug+name lines counts; a single line only when the slug spells the name.
 */

const SLUG_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)(\p{Lu}[^.!?]{0,60})$/u;
const GLUED_CATEGORIES = /^\p{Lu}[\p{L}\p{N}&' -]*$/u;

function isSlugLine(text: string): boolean {
  return SLUG_NAME.test(text);
}

function isCategoryRun(text: string): boolean {
  // Category names glued without spaces show a lower→upper change inside a word.
  return GLUED_CATEGORIES.test(text) && /\p{Ll}\p{Lu}/u.test(text) && words(text).length <= 12 && text.length <= 120;
}

export function removeTagLists(doc: Doc): void {
  const live = liveIndices(doc);
  let k = 0;
  while (k < live.length) {
    if (!isSlugLine(doc.lines[live[k]].lt.text)) {
      k++;
      continue;
    }
    let end = k;
    while (end + 1 < live.length && isSlugLine(doc.lines[live[end + 1]].lt.text)) end++;
    const single = end === k;
    const m = SLUG_NAME.exec(doc.lines[live[k]].lt.text);
    if (!single || (m && slug(m[2]) === m[1])) {
      for (let j = k; j <= end; j++) removeLine(doc, live[j], 'tag-list', 'tag-slugs');
      if (k > 0 && isCategoryRun(doc.lines[live[k - 1]].lt.text)) removeLine(doc, live[k - 1], 'tag-list', 'tag-categories');
      if (end + 1 < live.length && isCategoryRun(doc.lines[live[end + 1]].lt.text)) removeLine(doc, live[end + 1], 'tag-list', 'tag-categories');
    }
    k = end + 1;
  }
}
