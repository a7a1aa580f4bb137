import type { ArticleMetaInput, Citation } from '../types/article.js';
import type { BoilerplateRules } from './boilerplate-rules.js';
import { removeBoilerplateLines } from './boilerplate.js';
import { extractBylineNames, extractBylinePrefix } from './byline.js';
import { extractCitationBlocks } from './citations-block.js';
import { extractPlaceOutletLine, extractWirePrefix } from './dateline.js';
import type { Doc } from './doc.js';
import { extractFootnotes } from './footnotes.js';
import { extractDateLines, extractHeader } from './header.js';
import { removeTagLists } from './tags.js';
import { extractTitle } from './title.js';

/** What the rules found in the text (metadata to merge with the explicit one). */
export interface Findings {
  publishedAt: string | null;
  languages: string[];
  place: string | null;
  outletHint: string | null;
  byline: string[];
  title: string | null;
  subtitle: string | null;
  titleInferred: boolean;
  subtitleInferred: boolean;
  footnotes: Citation[];
  wires: Citation[];
}

/** Most texts settle in one round; the bound only guards against a rule pair that never settles. */
const MAX_ROUNDS = 4;

/**
 * Run the line rules in order, and again while a round still removed something. Order matters
 * (boilerplate before title, citations list before footnotes), and a later rule can expose
 * work for an earlier one: once an author line between "Citations:" and its URLs is gone, the
 * list is a list. Repeating until nothing changes is what makes normalization idempotent:
 * a second run over the output finds nothing left to do.
 */
export function runRules(doc: Doc, meta: ArticleMetaInput, rules: BoilerplateRules, inferTitle: boolean): Findings {
  const f: Findings = {
    publishedAt: null,
    languages: [],
    place: null,
    outletHint: null,
    byline: [],
    title: null,
    subtitle: null,
    titleInferred: false,
    subtitleInferred: false,
    footnotes: [],
    wires: [],
  };
  const addNames = (names: string[]) => {
    for (const n of names) if (!f.byline.includes(n)) f.byline.push(n);
  };
  let numberedUrls: string[] = [];

  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = doc.removed.length;
    removeBoilerplateLines(doc, rules);
    const dateline = extractPlaceOutletLine(doc);
    if (f.place === null) ({ place: f.place, outletHint: f.outletHint } = dateline);
    removeTagLists(doc);
    const header = extractHeader(doc);
    if (header) {
      f.publishedAt ??= header.publishedAt;
      if (f.languages.length === 0) f.languages = header.languages;
    }
    f.publishedAt ??= extractDateLines(doc);
    const urls = extractCitationBlocks(doc, rules);
    if (numberedUrls.length === 0) numberedUrls = urls;
    addNames(extractBylinePrefix(doc, rules));

    // Later rounds know the title (found or given) and never infer a new one.
    const titles =
      round === 0
        ? extractTitle(doc, { title: meta.title, subtitle: meta.subtitle }, inferTitle)
        : extractTitle(doc, { title: f.title ?? undefined, subtitle: f.subtitle ?? undefined }, false);
    if (round === 0) Object.assign(f, titles);

    const wire = extractWirePrefix(doc, rules.wireAgencies);
    f.place ??= wire.place;
    if (wire.wire) f.wires.push(wire.wire);
    f.footnotes.push(...extractFootnotes(doc, numberedUrls));
    // After footnotes: a line holding only markers is gone by now, so "the last line" is stable.
    addNames(extractBylineNames(doc, rules, f.title));
    if (doc.removed.length === before) break;
  }
  f.footnotes.sort((a, b) => a.rawStart - b.rawStart);
  return f;
}
