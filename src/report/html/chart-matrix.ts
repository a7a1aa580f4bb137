/**
 * Layout of a row × column matrix chart (speakers × outlets, claims × outlets), computed from the
 * data: the row-label column is as wide as the longest label needs (up to a cap, then labels wrap),
 * column headers stay horizontal while they fit and turn vertical when there are many or long
 * names, and rows are added only while the chart stays a sane height.
 */
import { blockHeight, centredBaseline, fx, textBlock } from './chart-parts.js';
import { ASCENT, DESCENT, FONT_SIZE, fitLines, LINE_HEIGHT, linesWidth, textWidth } from './chart-text.js';

export interface MatrixSpec {
  /** Full row labels, in display order (already ranked: the first ones are kept). */
  rows: readonly string[];
  /** Full column labels. */
  cols: readonly string[];
  /** Widest the row-label column may get, in px, and how many lines a row label may wrap to. */
  labelMaxWidth: number;
  /** Narrowest it may get so that the whole matrix fits a phone screen. */
  labelMinWidth: number;
  labelMaxLines: number;
  /** Largest mark in a cell (px): rows and columns are at least this plus a gap. */
  mark: number;
  maxRows: number;
  /** Height budget for the rows, in px: rows beyond it are left out. */
  maxRowsHeight: number;
  /** Legend labels (each drawn after a swatch): in the empty corner above the row labels when they fit, else below. */
  legend?: readonly string[];
}

export interface MatrixLayout {
  width: number;
  height: number;
  /** Left edge of the first column. */
  gridX: number;
  colW: number;
  /** Centre x of each column. */
  colX: number[];
  /** Top y and height of each shown row. */
  rowY: number[];
  rowH: number[];
  rowLines: string[][];
  headMode: 'horizontal' | 'vertical';
  headLines: string[][];
  /** y of the top of the first row. */
  top: number;
  /** Number of rows shown (a prefix of `spec.rows`). */
  shown: number;
  /** Per legend entry: left edge of its swatch and the baseline of its label. */
  legend: { x: number; y: number }[];
}

/** Legend swatches are this wide; their label starts after a gap. */
export const SWATCH = 12;
const SWATCH_GAP = 6;

const GAP = 10;
const HEAD_MAX = 170;
const HORIZONTAL_MAX_COL = 150;
/** Width of a chart's box on a 375px phone (page and figure padding taken off). */
const PHONE_WIDTH = 336;
/** Widest a matrix with horizontal headers may be: beyond it vertical headers keep it phone-sized. */
const HORIZONTAL_MAX_WIDTH = PHONE_WIDTH;

export function matrixLayout(spec: MatrixSpec): MatrixLayout {
  const minCol = Math.max(spec.mark + 8, 26);
  const candidates = spec.rows.slice(0, spec.maxRows);
  // When a narrower label column lets the whole matrix fit a phone screen, take it; when the
  // matrix scrolls sideways on a phone anyway, the labels get their full width.
  const phoneLabel = PHONE_WIDTH - GAP - 4 - spec.cols.length * minCol;
  const cap = phoneLabel >= spec.labelMinWidth ? Math.min(spec.labelMaxWidth, phoneLabel) : spec.labelMaxWidth;
  const labelW = Math.ceil(Math.min(cap, Math.max(40, ...candidates.map((r) => textWidth(r)))));
  const gridX = labelW + GAP;

  const rowLines: string[][] = [];
  const rowY: number[] = [];
  const rowH: number[] = [];
  let y = 0;
  for (const label of candidates) {
    const lines = fitLines(label, labelW, spec.labelMaxLines).lines;
    const h = Math.max(spec.mark + 8, Math.ceil(blockHeight(lines.length)) + 6);
    // Always show at least one row; then stop at the budget.
    if (rowLines.length && y + h > spec.maxRowsHeight) break;
    rowLines.push(lines.length ? lines : ['—']);
    rowY.push(y);
    rowH.push(h);
    y += h;
  }

  // Few columns may share the phone-sized width between them; many get narrow columns.
  const roomPerCol = Math.min(HORIZONTAL_MAX_COL, Math.floor((HORIZONTAL_MAX_WIDTH - gridX) / Math.max(1, spec.cols.length)));
  const horizontal = horizontalHeads(spec.cols, minCol, roomPerCol);
  const fitsHorizontal = horizontal && gridX + spec.cols.length * horizontal.colW <= HORIZONTAL_MAX_WIDTH;
  const colW = fitsHorizontal ? horizontal.colW : minCol;
  const headLines = fitsHorizontal ? horizontal.lines : spec.cols.map((c) => fitLines(c, HEAD_MAX, 1).lines);
  const headHeight = fitsHorizontal
    ? Math.max(...headLines.map((l) => l.length)) * LINE_HEIGHT + 6
    : Math.ceil(Math.max(20, ...headLines.map((l) => linesWidth(l)))) + 10;
  const top = headHeight + 4;
  const width = gridX + spec.cols.length * colW + 4;
  const legendLabels = spec.legend ?? [];
  const entryW = legendLabels.map((l) => SWATCH + SWATCH_GAP + textWidth(l));
  let legend: { x: number; y: number }[];
  let height = top + y + 4;
  if (legendLabels.length && headHeight >= legendLabels.length * LINE_HEIGHT + 8 && Math.max(...entryW) <= gridX - 8) {
    const last = top - 6 - DESCENT * FONT_SIZE;
    legend = legendLabels.map((_, i) => ({ x: 2, y: last - (legendLabels.length - 1 - i) * LINE_HEIGHT }));
  } else {
    // Below the rows, left to right, wrapping when the chart is too narrow.
    let x = 2;
    let line = 0;
    const first = top + y + 8 + ASCENT * FONT_SIZE;
    legend = entryW.map((w) => {
      if (x > 2 && x + w > width) {
        x = 2;
        line++;
      }
      const at = { x, y: first + line * LINE_HEIGHT };
      x += w + 14;
      return at;
    });
    if (legend.length) height = first + line * LINE_HEIGHT + DESCENT * FONT_SIZE + 4;
  }
  return {
    width,
    height,
    legend,
    gridX,
    colW,
    colX: spec.cols.map((_, j) => gridX + j * colW + colW / 2),
    rowY: rowY.map((r) => r + top),
    rowH,
    rowLines,
    headMode: fitsHorizontal ? 'horizontal' : 'vertical',
    headLines,
    top,
    shown: rowLines.length,
  };
}

/** Headers that fit unrotated in at most two lines of a modest column width, or null. */
function horizontalHeads(cols: readonly string[], minCol: number, maxCol: number): { colW: number; lines: string[][] } | null {
  let inner = minCol - 8;
  const lines: string[][] = [];
  for (const c of cols) {
    let w = Math.max(inner, Math.ceil(textWidth(c) / 2));
    let fit = fitLines(c, w, 2);
    while (fit.cut && w < maxCol - 8) fit = fitLines(c, ++w, 2);
    if (fit.cut) return null;
    inner = Math.max(inner, w);
  }
  for (const c of cols) lines.push(fitLines(c, inner, 2).lines);
  return { colW: inner + 8, lines };
}

/**
 * The legend: `swatch(x, cy)` draws entry i's mark, SWATCH px wide, with its left edge at x and
 * its centre at height cy, next to its label.
 */
export function matrixLegend(m: MatrixLayout, labels: readonly string[], swatches: readonly ((x: number, cy: number) => string)[]): string {
  return m.legend
    .map((at, i) => swatches[i](at.x, at.y - 0.35 * FONT_SIZE) + textBlock(at.x + SWATCH + SWATCH_GAP, at.y, [labels[i]], { cls: 'value' }))
    .join('');
}

/** Column headers (full names in tooltips) and row labels (full text in tooltips), plus zebra bands. */
export function matrixFrame(m: MatrixLayout, rows: readonly string[], cols: readonly string[]): string {
  const bands = m.rowY
    .map((y, i) => (i % 2 ? '' : `<rect x="0" y="${fx(y)}" width="${fx(m.width)}" height="${fx(m.rowH[i])}" fill="#f5f6f8"/>`))
    .join('');
  const heads = cols
    .map((name, j) => {
      const lines = m.headLines[j];
      if (m.headMode === 'horizontal') {
        const first = m.top - 6 - DESCENT * FONT_SIZE - (lines.length - 1) * LINE_HEIGHT;
        return textBlock(m.colX[j], first, lines, { anchor: 'middle', title: name, cls: 'head' });
      }
      // Rotated −90°: baselines run upwards, the block of lines centred on the column.
      const tx = m.colX[j] - ((lines.length - 1) * LINE_HEIGHT + (DESCENT - ASCENT) * FONT_SIZE) / 2;
      return textBlock(0, 0, lines, { title: name, cls: 'head', transform: `translate(${fx(tx)},${fx(m.top - 6)}) rotate(-90)` });
    })
    .join('');
  const labels = m.rowLines
    .map((lines, i) => textBlock(2, centredBaseline(m.rowY[i], m.rowH[i], lines.length), lines, { title: rows[i] }))
    .join('');
  return bands + heads + labels;
}

/** Vertical centre of row `i`. */
export function rowCentre(m: MatrixLayout, i: number): number {
  return m.rowY[i] + m.rowH[i] / 2;
}
