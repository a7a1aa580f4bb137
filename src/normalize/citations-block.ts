import type { BoilerplateRules } from './boilerplate-rules.js';
import { type Doc, liveIndices, removeLine } from './doc.js';
import { endsLikeSentence } from './text-shape.js';

/**
 * Reference lists ("Citations:", "Sources:", "References:" followed by numbered or bulleted
 * URLs, or a run of bare URL lines closing the text) become `url` citations numbered 1..N
 * (or by the number written before each entry) and the block goes to `removed`.
 */

const URL_RE = /https?:\/\/[^\s<>"“”‘’()[\]{}]+/g;
/** An entry: optional bullet or number, optional short title text, a URL ending the line. Group 1 is a written number. */
const ENTRY_RE = /^(?:[-*•–]\s*|\[?(\d{1,3})[\].):]?\s+)?(?:.{0,160}?)https?:\/\/\S+$/;
const NUMBER_LINE = /^\[?(\d{1,3})[\].):]?$/;
const BARE_URL_LINE = /^(?:[-*•–]\s*|\[?\d{1,3}[\].):]?\s+)?https?:\/\/\S+$/;

/** Trim sentence punctuation that follows a URL in running text. */
function trimUrl(u: string): string {
  // A loop, not /[.,;:!?'"]+$/: that pattern retries from every mark of a long run (quadratic).
  let end = u.length;
  while (end > 0 && `.,;:!?'"`.includes(u[end - 1])) end--;
  return u.slice(0, end);
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
    // Entries: lines with a URL, and bare numbers ("[1]" on a line of its own, the URL below it).
    // A trailing run takes its bare URL lines and leaves the chrome between them to later rules.
    const entries: number[] = [];
    if (trailing) entries.push(...live.slice(k).filter((i) => BARE_URL_LINE.test(doc.lines[i].lt.text)));
    for (let j = labelled ? k + 1 : live.length; j < live.length; j++) {
      const t = doc.lines[live[j]].lt.text;
      if (!ENTRY_RE.test(t) && !NUMBER_LINE.test(t)) break;
      entries.push(live[j]);
    }
    while (entries.length > 0 && NUMBER_LINE.test(doc.lines[entries[entries.length - 1]].lt.text)) entries.pop();
    if (entries.length === 0) continue;
    const rule = labelled ? rules.citationsLabel.id : 'citations-trailing-urls';
    if (labelled) removeLine(doc, i, rules.citationsLabel.kind, rule);
    let pending: number | null = null;
    for (const idx of entries) {
      const lt = doc.lines[idx].lt;
      const bare = NUMBER_LINE.exec(lt.text);
      if (bare) {
        pending = Number(bare[1]);
        removeLine(doc, idx, rules.citationsLabel.kind, rule);
        continue;
      }
      const written = ENTRY_RE.exec(lt.text)?.[1];
      const number = written ? Number(written) : (pending ?? numbered.length + 1);
      pending = null;
      for (const [s, e, url] of findUrls(lt.text)) {
        doc.citations.push({ kind: 'url', text: url, url, rawStart: lt.map[s], rawEnd: lt.rawEndAt(e - 1), numbers: [number] });
        if (numbered[number - 1] === undefined) numbered[number - 1] = url;
      }
      removeLine(doc, idx, rules.citationsLabel.kind, rule);
    }
    k = live.indexOf(entries[entries.length - 1]);
  }
  return numbered;
}

/**
 * From here to the end: at least two bare URL lines and no sentence (what stands between or after
 * them is page chrome that later rules remove, like an author line; a sentence would mean the
 * URLs are part of the body).
 */
function isTrailingUrlRun(doc: Doc, rest: number[]): boolean {
  const texts = rest.map((i) => doc.lines[i].lt.text);
  if (texts.filter((t) => BARE_URL_LINE.test(t)).length < 2) return false;
  return texts.every((t) => BARE_URL_LINE.test(t) || (!endsLikeSentence(t) && !/[!?]["”’']?$/.test(t)));
}

/** URLs left in body lines are citations too (not removed). */
export function collectInlineUrls(doc: Doc): void {
  for (const i of liveIndices(doc)) {
    const lt = doc.lines[i].lt;
    for (const [s, e, url] of findUrls(lt.text)) {
      doc.citations.push({ kind: 'url', text: url, url, rawStart: lt.map[s], rawEnd: lt.rawEndAt(e - 1) });
    }
  }
}
