import { type Doc, liveIndices, removeLine } from './doc.js';
import { isHeadingShaped, isHeadlineShaped, sameLineKey, words } from './text-shape.js';

/**
 * Title and subtitle. An explicit title wins; otherwise the first line is the title when it
 * is headline-shaped (short, no final period). Copies of the title among the leading lines are
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

/** How many leading lines may hold title copies and the dek. */
const LEAD_WINDOW = 4;

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

  // Copies of the title in the leading lines; remember what sat between title and copy.
  const key = sameLineKey(out.title);
  const between: number[] = [];
  let sawRepeat = false;
  for (const i of live.slice(0, LEAD_WINDOW)) {
    if (sameLineKey(doc.lines[i].lt.text) === key) {
      removeLine(doc, i, 'title-repeat', 'title-repeat');
      sawRepeat = true;
      break;
    }
    between.push(i);
  }

  if (out.subtitle !== null) {
    const sub = sameLineKey(out.subtitle);
    const copy = liveIndices(doc)
      .slice(0, LEAD_WINDOW)
      .find((i) => sameLineKey(doc.lines[i].lt.text) === sub);
    if (copy !== undefined) removeLine(doc, copy, 'subtitle', 'subtitle-repeat');
    return out;
  }

  // A dek is clearest when the page prints it between the title and the title's repeat.
  if (sawRepeat && between.length === 1 && words(doc.lines[between[0]].lt.text).length <= 60) {
    out.subtitle = doc.lines[between[0]].lt.text;
    out.subtitleInferred = true;
    removeLine(doc, between[0], 'subtitle', 'subtitle-line');
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
