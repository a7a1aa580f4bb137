import { type Doc, liveIndices, removeLine } from './doc.js';
import { isHeadingShaped, isHeadlineShaped, sameLineKey, words } from './text-shape.js';

/**
 * Title and subtitle. An explicit title wins; otherwise the first line is the title when it
 * is headline-shaped (short, no final period). Copies of the title before the body starts are
 * removed as `title-repeat`; the title line itself as `title`. A subtitle (dek) is a line
 * sandwiched between the title and its repeat, or a Title Case headline right after the title
 * that is followed by body text.
 */

export interface TitleResult {
  title: string | null;
  subtitle: string | null;
  titleInferred: boolean;
  subtitleInferred: boolean;
}

export function extractTitle(doc: Doc, explicit: { title?: string; subtitle?: string }, inferTitle: boolean): TitleResult {
  const out: TitleResult = { title: explicit.title ?? null, subtitle: explicit.subtitle ?? null, titleInferred: false, subtitleInferred: false };
  let live = liveIndices(doc);
  if (live.length === 0) return out;

  if (out.title === null && inferTitle && live.length > 1 && isHeadlineShaped(doc.lines[live[0]].lt.text)) {
    out.title = doc.lines[live[0]].lt.text;
    out.titleInferred = true;
    removeLine(doc, live[0], 'title', 'title-line');
    live = live.slice(1);
  }
  if (out.title === null) return out;

  // Copies of the title among the leading lines, up to the body: the scan passes at most one
  // sentence-like line (a dek) and stops at the second, so that a second run over the
  // normalized text finds nothing more to remove. Remember what sat before the first copy.
  const key = sameLineKey(out.title);
  const between: number[] = [];
  let sawRepeat = false;
  let sentences = 0;
  for (const i of live) {
    const text = doc.lines[i].lt.text;
    // Length first: the key (NFKC, quote folding) is only worth computing for a near-equal line.
    if (Math.abs(text.length - out.title.length) <= 8 && sameLineKey(text) === key) {
      removeLine(doc, i, 'title-repeat', 'title-repeat');
      sawRepeat = true;
      continue;
    }
    // Count paragraphs, not lines: a hard-wrapped paragraph is one (its later lines have no gap before).
    if (!isHeadlineShaped(text) && doc.lines[i].gapBefore && ++sentences > 1) break;
    if (!sawRepeat) between.push(i);
  }

  if (out.subtitle !== null) {
    removeSubtitleCopy(doc, out.subtitle);
    return out;
  }

  // A dek is clearest when the page prints it between the title and the title's repeat.
  if (sawRepeat && between.length === 1 && words(doc.lines[between[0]].lt.text).length <= 60) {
    out.subtitle = doc.lines[between[0]].lt.text;
    out.subtitleInferred = true;
    removeLine(doc, between[0], 'subtitle', 'subtitle-line');
    removeSubtitleCopy(doc, out.subtitle);
    return out;
  }
  // Otherwise a second Title Case headline opening the body, followed by body text.
  if (!out.titleInferred) return out;
  live = liveIndices(doc);
  const [first, next] = live;
  if (first === undefined || next === undefined) return out;
  const t = doc.lines[first].lt.text;
  if (words(t).length >= 4 && isHeadingShaped(t) && !isHeadingShaped(doc.lines[next].lt.text)) {
    out.subtitle = t;
    out.subtitleInferred = true;
    removeLine(doc, first, 'subtitle', 'subtitle-line');
  }
  return out;
}

/** A dek that the page also prints as the first paragraph: that copy goes too (only there, where a dek stands). */
function removeSubtitleCopy(doc: Doc, subtitle: string): void {
  const first = liveIndices(doc)[0];
  if (first !== undefined && sameLineKey(doc.lines[first].lt.text) === sameLineKey(subtitle)) {
    removeLine(doc, first, 'subtitle', 'subtitle-repeat');
  }
}
