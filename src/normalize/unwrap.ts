import { LocatedText } from '../text/located-text.js';
import type { Line } from './doc.js';

/**
 * Hard-wrapped text (press releases, e-mails, plain-text archives) breaks every paragraph into
 * lines of about the same width, with blank lines between paragraphs. Copy-pasted web pages
 * instead put one paragraph on each line. When the lines look wrapped, the lines of each
 * blank-separated group are joined with a space (a line ending in "-" is joined without one).
 *
 * "Looks wrapped": at least 4 lines run on into a next line without a blank between, none is
 * longer than MAX_WRAP, and at least 80% of them are between MIN_WRAP and MAX_WRAP characters.
 */
const MIN_WRAP = 40;
const MAX_WRAP = 100;

function isWrapped(lines: Line[]): boolean {
  const runOn = lines.filter((l, i) => i + 1 < lines.length && !lines[i + 1].gapBefore).map((l) => l.lt.length);
  if (runOn.length < 4 || runOn.some((n) => n > MAX_WRAP)) return false;
  return runOn.filter((n) => n >= MIN_WRAP).length >= 0.8 * runOn.length;
}

/** The body paragraphs: one per line, or one per wrapped group. */
export function unwrapLines(lines: Line[]): LocatedText[] {
  if (!isWrapped(lines)) return lines.map((l) => l.lt);
  const out: LocatedText[] = [];
  let group: LocatedText[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const pieces: LocatedText[] = [group[0]];
    for (let k = 1; k < group.length; k++) {
      // The inserted space maps to the next line's first character, like every separator.
      if (!group[k - 1].text.endsWith('-')) pieces.push(LocatedText.inserted(' ', group[k].map[0]));
      pieces.push(group[k]);
    }
    out.push(LocatedText.join(pieces));
    group = [];
  };
  lines.forEach((l, i) => {
    // A short line (a heading, a sign-off) ends its group: wrapped lines are filled to the width.
    if (l.gapBefore || (i > 0 && lines[i - 1].lt.length < MIN_WRAP)) flush();
    group.push(l.lt);
  });
  flush();
  return out;
}
