import type { BoilerplateRules } from './boilerplate-rules.js';
import { type Doc, liveIndices, removeLine } from './doc.js';

/**
 * Reference lists ("Citations:", "Sources:", "References:" followed by numbered or bulleted
 * URLs, or a run of bare URL lines closing the text) become `url` citations numbered 1..N
 * (or by the number written before each entry) and the block goes to `removed`.
 */

const URL_RE = /https?:\/\/[^\s<>"“”‘’()[\]{}]+/g;
/** An entry: optional bullet or number, optional title text, a URL. Group 1 is a written number. */
const ENTRY_RE = /^(?:[-*•–]\s*|\[?(\d{1,3})[\].):]?\s+)?(?:.*?)https?:\/\//;
const BARE_URL_LINE = /^(?:[-*•–]\s*|\[?\d{1,3}[\].):]?\s+)?https?:\/\/\S+$/;

/** Trim sentence punctuation that follows a URL in running text. */
function trimUrl(u: string): string {
  return u.replace(/[.,;:!?'"]+$/, '');
}

/** Find URLs in a line of the doc: [textStart, textEnd, url]. */
export function findUrls(text: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  URL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL_RE.exec(text))) {
    const url = trimUrl(m[0]);
    out.push([m.index, m.index + url.length, url]);
  }
  return out;
}

/** Returns the URLs of the list by number (index 0 = reference 1), empty when the text has no list. */
export function extractCitationBlocks(doc: Doc, rules: BoilerplateRules): string[] {
  const numbered: string[] = [];
  const live = liveIndices(doc);
  for (let k = 0; k < live.length; k++) {
    const i = live[k];
    const labelled = rules.citationsLabel.re.test(doc.lines[i].lt.text);
    // Without a label, only a run of at least two bare URL lines that ends the text counts.
    const trailing = !labelled && BARE_URL_LINE.test(doc.lines[i].lt.text) && isTrailingUrlRun(doc, live.slice(k));
    if (!labelled && !trailing) continue;
    const entries: number[] = [];
    for (let j = labelled ? k + 1 : k; j < live.length && ENTRY_RE.test(doc.lines[live[j]].lt.text); j++) entries.push(live[j]);
    if (entries.length === 0) continue;
    const rule = labelled ? rules.citationsLabel.id : 'citations-trailing-urls';
    if (labelled) removeLine(doc, i, rules.citationsLabel.kind, rule);
    for (const idx of entries) {
      const lt = doc.lines[idx].lt;
      const written = ENTRY_RE.exec(lt.text)?.[1];
      const number = written ? Number(written) : numbered.length + 1;
      for (const [s, e, url] of findUrls(lt.text)) {
        doc.citations.push({ kind: 'url', text: url, url, rawStart: lt.map[s], rawEnd: lt.map[e - 1] + 1, numbers: [number] });
        if (numbered[number - 1] === undefined) numbered[number - 1] = url;
      }
      removeLine(doc, idx, rules.citationsLabel.kind, rule);
    }
    k += entries.length;
  }
  return numbered;
}

function isTrailingUrlRun(doc: Doc, rest: number[]): boolean {
  if (rest.length < 2) return false;
  return rest.every((i) => BARE_URL_LINE.test(doc.lines[i].lt.text));
}

/** URLs left in body lines are citations too (not removed). */
export function collectInlineUrls(doc: Doc): void {
  for (const i of liveIndices(doc)) {
    const lt = doc.lines[i].lt;
    for (const [s, e, url] of findUrls(lt.text)) {
      doc.citations.push({ kind: 'url', text: url, url, rawStart: lt.map[s], rawEnd: lt.map[e - 1] + 1 });
    }
  }
}
