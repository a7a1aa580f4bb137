/**
 * Building blocks of the SVG charts: the <svg> element with its accessible name and description,
 * multi-line text with the full wording in a <title> tooltip, the "and K more" note, and
 * fixed-precision numbers so the output is byte-stable.
 */
import { plural } from '../text-utils.js';
import { ASCENT, DESCENT, FONT_SIZE, LINE_HEIGHT, textWidth } from './chart-text.js';
import { escapeHtml as esc } from './escape.js';

/** Smallest size of a clickable mark, in px: marks render at their natural size, never scaled down. */
export const MIN_MARK = 16;

/** Fixed-precision coordinates keep the output byte-stable and small. */
export function fx(n: number): string {
  return String(Math.round(n * 10) / 10);
}

export interface ChartFrame {
  /** Stable id prefix for ids inside the chart (one chart of each kind per page). */
  id: string;
  label: string;
  width: number;
  height: number;
  /** Plain-text description for assistive technology: the full names and numbers. */
  description: string;
  body: string;
  /** Rows/columns left out for size, and a link to where the full data is ('' when none). */
  more?: string;
}

/**
 * The chart in a sideways-scrolling box (it keeps its natural size, so text stays legible and marks
 * clickable on a phone), followed by the "and K more" note when something was left out.
 */
export function chartHtml(f: ChartFrame): string {
  const w = Math.ceil(f.width);
  const h = Math.ceil(f.height);
  const svg =
    `<svg viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" class="fd-chart" role="img" aria-label="${esc(f.label)}" ` +
    `aria-describedby="${f.id}-desc" xmlns="http://www.w3.org/2000/svg"><desc id="${f.id}-desc">${esc(f.description)}</desc>${f.body}</svg>`;
  const note = f.more ? `<p class="note chart-more">${f.more}</p>` : '';
  return `<div class="scroll chart">${svg}</div>${note}`;
}

/** A chart with nothing to draw: one line saying so, still an <svg> in its place. */
export function emptyChart(id: string, label: string, message: string): string {
  return chartHtml({ id, label, width: Math.ceil(textWidth(message)) + 8, height: 24, description: message, body: textBlock(2, 16, [message], { cls: 'value' }) });
}

/**
 * HTML of "and 3 more outlets, 12 more claims (see <a href="#coverage">the Omissions list</a>)",
 * or '' when nothing was left out. `section` is the id of the report section with the full table.
 */
export function moreNote(hidden: [number, string][], where: string, section: string): string {
  const parts = hidden.filter(([n]) => n > 0).map(([n, what]) => plural(n, `more ${what}`, `more ${what}s`));
  return parts.length ? `${esc(`and ${parts.join(', ')}`)} (see <a href="#${esc(section)}">${esc(where)}</a>)` : '';
}

export interface TextOpts {
  anchor?: 'start' | 'middle' | 'end';
  /** Full text for the tooltip, when the lines shorten it or always for names. */
  title?: string;
  cls?: string;
  transform?: string;
}

/**
 * A text block: `lines` stacked from the first baseline `y`. Every line is a <tspan> with absolute
 * x/y, so the layout numbers are all in the markup.
 */
export function textBlock(x: number, y: number, lines: readonly string[], opts: TextOpts = {}): string {
  const anchor = opts.anchor && opts.anchor !== 'start' ? ` text-anchor="${opts.anchor}"` : '';
  const cls = opts.cls ? ` class="${opts.cls}"` : '';
  const transform = opts.transform ? ` transform="${opts.transform}"` : '';
  const title = opts.title ? `<title>${esc(opts.title)}</title>` : '';
  const spans = lines.map((l, i) => `<tspan x="${fx(x)}" y="${fx(y + i * LINE_HEIGHT)}">${esc(l)}</tspan>`).join('');
  return `<text${anchor}${cls}${transform}>${title}${spans}</text>`;
}

/** Height of `n` lines of text, from the first line's top to the last line's bottom. */
export function blockHeight(n: number): number {
  return Math.max(0, n - 1) * LINE_HEIGHT + (ASCENT + DESCENT) * FONT_SIZE;
}

/** First baseline that centres `n` lines of text vertically in a band [top, top + height]. */
export function centredBaseline(top: number, height: number, n: number): number {
  return top + (height - blockHeight(n)) / 2 + ASCENT * FONT_SIZE;
}
