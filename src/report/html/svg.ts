/**
 * Inline SVG charts (no library, no network): labels per outlet, quotes per speaker per outlet,
 * and the coverage matrix. Layout comes from the data (label widths by character count, headers
 * vertical when there are many outlets, rows only while the chart stays a sane size, with an
 * "and K more" note pointing at the table that has everything). Marks that stand for findings carry
 * `data-ev`, so clicking a bar, dot or cell shows the evidence like any other button; every mark is
 * at least MIN_MARK px and the chart is never scaled down.
 */
import { own } from '../../util/own.js';
import type { OutletSummary } from '../../types/comparison.js';
import type { ReportModel } from '../model.js';
import { plural, truncate } from '../text-utils.js';
import { blockHeight, centredBaseline, chartHtml, emptyChart, fx, MIN_MARK, moreNote, textBlock } from './chart-parts.js';
import { matrixFrame, matrixLayout, matrixLegend, rowCentre, SWATCH } from './chart-matrix.js';
import { fitLines, textWidth } from './chart-text.js';
import { escapeHtml as esc } from './escape.js';
import type { EvidenceRegistry } from './evidence-registry.js';

export interface ChartLimits {
  /** Most rows drawn (outlets, speakers, claims). */
  maxRows?: number;
  /** Most outlet columns drawn in a matrix. */
  maxCols?: number;
  /** Height budget of a matrix's rows in px. */
  maxRowsHeight?: number;
}

const MAX_COLS = 24;
const QUOTES_LEGEND = ['quoted (n times)', 'not quoted'];
const COVERAGE_LEGEND = ['reports the claim', 'does not'];
const DESCRIPTIVE = '#7aa6da';
const EVALUATIVE = '#d9534f';

/** Stacked horizontal bars: label uses per outlet, evaluative vs other. */
export function labelsChart(model: ReportModel, reg: EvidenceRegistry, limits: ChartLimits = {}): string {
  const c = model.comparison;
  const all = c.outlets.map((o) => {
    let evaluative = 0;
    let neutral = 0;
    const evEval = [];
    const evNeutral = [];
    for (const row of c.labels) {
      for (const use of own(row.byOutlet, o.id) ?? []) {
        if (use.evaluative) {
          evaluative += use.count;
          evEval.push(...use.evidence);
        } else {
          neutral += use.count;
          evNeutral.push(...use.evidence);
        }
      }
    }
    return { o, evaluative, neutral, evEval, evNeutral };
  });
  if (all.every((r) => r.evaluative + r.neutral === 0)) return emptyChart('fd-chart-labels', 'Labels per outlet', 'No outlet attached a label to a named actor.');
  const rows = topInOrder(all, limits.maxRows ?? 24, (r) => r.evaluative + r.neutral);
  const max = Math.max(1, ...rows.map((r) => r.evaluative + r.neutral));
  const labelW = Math.ceil(Math.min(140, Math.max(40, ...rows.map((r) => textWidth(r.o.name)))));
  const barX = labelW + 10;
  const barArea = 150;
  const barH = 18;
  const valueW = textWidth(String(max));
  let y = 0;
  const parts = rows.map((r) => {
    const lines = fitLines(r.o.name, labelW, 2).lines;
    const h = Math.max(barH + 8, Math.ceil(blockHeight(lines.length)) + 6);
    const top = y;
    y += h;
    const barY = top + (h - barH) / 2;
    // Small counts still get a clickable segment: at least MIN_MARK wide.
    const seg = (n: number) => (n > 0 ? Math.max(MIN_MARK, (n / max) * barArea) : 0);
    const wN = seg(r.neutral);
    const wE = seg(r.evaluative);
    const bar = (x: number, w: number, fill: string, evIds: string, what: string, n: number) =>
      w > 0
        ? `<rect x="${fx(x)}" y="${fx(barY)}" width="${fx(w)}" height="${barH}" fill="${fill}"${evIds ? ` class="ev" data-ev="${evIds}"` : ''}><title>${esc(`${r.o.name}: ${plural(n, what)}`)}</title></rect>`
        : '';
    const baseline = centredBaseline(top, h, 1);
    return (
      textBlock(labelW, centredBaseline(top, h, lines.length), lines, { anchor: 'end', title: r.o.name }) +
      bar(barX, wN, DESCRIPTIVE, reg.ids(r.evNeutral), 'descriptive label', r.neutral) +
      bar(barX + wN, wE, EVALUATIVE, reg.ids(r.evEval), 'evaluative label', r.evaluative) +
      textBlock(barX + wN + wE + 4, baseline, [String(r.neutral + r.evaluative)], { cls: 'value' })
    );
  });
  const legendY = y + 8;
  const key = (x: number, fill: string, label: string) =>
    `<rect x="${fx(x)}" y="${fx(legendY + 2)}" width="10" height="10" fill="${fill}"/>${textBlock(x + 14, legendY + 11, [label])}`;
  const secondX = barX + 14 + textWidth('descriptive') + 14;
  const legend = key(barX, DESCRIPTIVE, 'descriptive') + key(secondX, EVALUATIVE, 'evaluative');
  const width = Math.max(barX + barArea + MIN_MARK + 4 + valueW + 4, secondX + 14 + textWidth('evaluative') + 4);
  const hidden = all.length - rows.length;
  return chartHtml({
    id: 'fd-chart-labels',
    label: 'Labels per outlet',
    width,
    height: legendY + 18,
    description:
      'Labels each outlet attaches to named actors, descriptive and evaluative. ' +
      rows.map((r) => `${r.o.name}: ${r.neutral} descriptive, ${r.evaluative} evaluative.`).join(' ') +
      (hidden ? ` And ${plural(hidden, 'more outlet')}.` : ''),
    body: parts.join('') + legend,
    more: moreNote([[hidden, 'outlet']], 'the Labels table', 'labels'),
  });
}

/** Speaker × outlet dot matrix: circle area ∝ quotes, the count written in the dot. */
export function quotesChart(model: ReportModel, reg: EvidenceRegistry, limits: ChartLimits = {}): string {
  const c = model.comparison;
  if (!c.speakers.length) return emptyChart('fd-chart-quotes', 'Quotes per speaker per outlet', 'No attributed quotes.');
  const total = (o: OutletSummary) => c.speakers.reduce((n, s) => n + (own(s.byOutlet, o.id)?.quotes ?? 0), 0);
  const outlets = topInOrder(c.outlets, limits.maxCols ?? MAX_COLS, total);
  const m = matrixLayout({
    rows: c.speakers.map((s) => s.speakerName),
    cols: outlets.map((o) => o.name),
    labelMaxWidth: 170,
    labelMinWidth: 110,
    labelMaxLines: 2,
    mark: 20,
    maxRows: limits.maxRows ?? 15,
    maxRowsHeight: limits.maxRowsHeight ?? 520,
    legend: QUOTES_LEGEND,
  });
  const speakers = c.speakers.slice(0, m.shown);
  const max = Math.max(1, ...speakers.flatMap((s) => outlets.map((o) => own(s.byOutlet, o.id)?.quotes ?? 0)));
  const evidenceFor = (speakerId: string | null, speakerName: string, outletId: string) =>
    c.quoteClusters
      .filter((q) => q.speakerId === speakerId && (speakerId !== null || q.speakerName === speakerName))
      .flatMap((q) => q.renderings.filter((r) => r.outletId === outletId).map((r) => r.evidence));
  const cells = speakers
    .map((s, i) => {
      const cy = rowCentre(m, i);
      return outlets
        .map((o, j) => {
          const cell = own(s.byOutlet, o.id);
          const cx = m.colX[j];
          if (!cell || !cell.quotes) return `<circle cx="${fx(cx)}" cy="${fx(cy)}" r="2" fill="#b0b4ba"/>`;
          const r = MIN_MARK / 2 + 2 * Math.sqrt(cell.quotes / max);
          const ids = reg.ids(evidenceFor(s.speakerId, s.speakerName, o.id));
          const num = cell.quotes > 1 ? `<text class="num" x="${fx(cx)}" y="${fx(cy + 3.5)}" text-anchor="middle">${cell.quotes}</text>` : '';
          return (
            `<g${ids ? ` class="ev" data-ev="${ids}"` : ''}><title>${esc(`${s.speakerName} in ${o.name}: ${plural(cell.quotes, 'quote')}, ${plural(cell.words, 'word')}`)}</title>` +
            `<circle cx="${fx(cx)}" cy="${fx(cy)}" r="${fx(r)}" fill="#1a5fb4" fill-opacity="0.8"/>${num}</g>`
          );
        })
        .join('');
    })
    .join('');
  const hiddenSpeakers = c.speakers.length - speakers.length;
  const hiddenOutlets = c.outlets.length - outlets.length;
  return chartHtml({
    id: 'fd-chart-quotes',
    label: 'Quotes per speaker per outlet',
    width: m.width,
    height: m.height,
    description:
      `Quotes per speaker (rows) in each outlet (columns: ${outlets.map((o) => o.name).join('; ')}). ` +
      speakers
        .map((s) => `${s.speakerName}: ${outlets.filter((o) => own(s.byOutlet, o.id)?.quotes).map((o) => `${o.name} ${own(s.byOutlet, o.id)!.quotes}`).join(', ') || 'none'}.`)
        .join(' '),
    body:
      matrixFrame(m, speakers.map((s) => s.speakerName), outlets.map((o) => o.name)) +
      cells +
      matrixLegend(m, QUOTES_LEGEND, [
        (x, cy) => `<circle cx="${fx(x + SWATCH / 2)}" cy="${fx(cy)}" r="${SWATCH / 2}" fill="#1a5fb4" fill-opacity="0.8"/>`,
        (x, cy) => `<circle cx="${fx(x + SWATCH / 2)}" cy="${fx(cy)}" r="2" fill="#b0b4ba"/>`,
      ]),
    more: moreNote([[hiddenSpeakers, 'speaker'], [hiddenOutlets, 'outlet']], 'the “Whom each outlet quotes” table', 'quotes'),
  });
}

/** Claims × outlets: filled square where the outlet carries the claim. */
export function coverageChart(model: ReportModel, reg: EvidenceRegistry, limits: ChartLimits = {}): string {
  const c = model.comparison;
  const maxRows = limits.maxRows ?? 30;
  const carried = (o: OutletSummary) => c.coverage.filter((k) => k.outletIds.includes(o.id)).length;
  const outlets = topInOrder(c.outlets, limits.maxCols ?? MAX_COLS, carried);
  const layout = (items: ReturnType<typeof coverageOrder>) =>
    matrixLayout({
      rows: items.map((k) => k.claim),
      cols: outlets.map((o) => o.name),
      labelMaxWidth: 260,
      labelMinWidth: 150,
      labelMaxLines: 2,
      mark: MIN_MARK,
      maxRows,
      maxRowsHeight: limits.maxRowsHeight ?? 720,
      legend: COVERAGE_LEGEND,
    });
  // The share of shared claims depends on how many rows fit; when the height budget cuts the
  // rows, the order is recomputed for that many so one-outlet claims still get their third.
  let items = coverageOrder(model, maxRows);
  if (!items.length) return emptyChart('fd-chart-coverage', 'Coverage matrix', 'No claims to compare across outlets.');
  let m = layout(items);
  if (m.shown < Math.min(maxRows, items.length)) {
    items = coverageOrder(model, m.shown);
    m = layout(items);
  }
  const shown = items.slice(0, m.shown);
  const cells = shown
    .map((item, i) => {
      const y = rowCentre(m, i) - MIN_MARK / 2;
      return outlets
        .map((o, j) => {
          const x = fx(m.colX[j] - MIN_MARK / 2);
          if (!item.outletIds.includes(o.id)) {
            return `<rect x="${x}" y="${fx(y)}" width="${MIN_MARK}" height="${MIN_MARK}" fill="#fff" stroke="#c4c7cc"><title>${esc(`${o.name}: not reported`)}</title></rect>`;
          }
          const ids = reg.ids(item.evidence.filter((e) => e.outletId === o.id));
          return `<rect x="${x}" y="${fx(y)}" width="${MIN_MARK}" height="${MIN_MARK}" fill="#2e7d32"${ids ? ` class="ev" data-ev="${ids}"` : ''}><title>${esc(`${o.name}: ${truncate(item.claim, 160)}`)}</title></rect>`;
        })
        .join('');
    })
    .join('');
  const hiddenClaims = items.length - shown.length;
  const hiddenOutlets = c.outlets.length - outlets.length;
  return chartHtml({
    id: 'fd-chart-coverage',
    label: 'Coverage matrix',
    width: m.width,
    height: m.height,
    description:
      `Claims (rows) and the outlets that report them (columns: ${outlets.map((o) => o.name).join('; ')}). ` +
      shown.map((k) => `“${truncate(k.claim, 120)}”: ${k.outletIds.length} of ${c.outlets.length} outlets.`).join(' '),
    body:
      matrixFrame(m, shown.map((k) => k.claim), outlets.map((o) => o.name)) +
      cells +
      matrixLegend(m, COVERAGE_LEGEND, [
        (x, cy) => `<rect x="${fx(x)}" y="${fx(cy - SWATCH / 2)}" width="${SWATCH}" height="${SWATCH}" fill="#2e7d32"/>`,
        (x, cy) => `<rect x="${fx(x)}" y="${fx(cy - SWATCH / 2)}" width="${SWATCH}" height="${SWATCH}" fill="#fff" stroke="#c4c7cc"/>`,
      ]),
    more: moreNote([[hiddenClaims, 'claim'], [hiddenOutlets, 'outlet']], 'the Omissions list', 'coverage'),
  });
}

/**
 * Every claim the matrix can show, in the order it shows them: shared claims first (most outlets
 * first) up to two thirds of `rows`, then claims only one outlet carries, taken in turn from each
 * outlet so no outlet fills the chart alone, then the remaining shared claims.
 */
function coverageOrder(model: ReportModel, rows: number) {
  const c = model.comparison;
  const indexed = c.coverage.map((k, i) => ({ k, i }));
  const shared = indexed
    .filter(({ k }) => k.outletIds.length > 1)
    .sort((a, b) => b.k.outletIds.length - a.k.outletIds.length || a.i - b.i)
    .map(({ k }) => k);
  const cap = Math.ceil((rows * 2) / 3);
  const singles = new Map(c.outlets.map((o) => [o.id, [] as typeof c.coverage]));
  for (const k of model.omissions()) if (k.outletIds.length === 1) singles.get(k.outletIds[0])?.push(k);
  const picked = shared.slice(0, cap);
  for (let round = 0; ; round++) {
    let added = false;
    for (const o of c.outlets) {
      const k = singles.get(o.id)?.[round];
      if (k) {
        picked.push(k);
        added = true;
      }
    }
    if (!added) break;
  }
  return [...picked, ...shared.slice(cap)];
}

/** The `n` items with the largest `size` (ties: earlier first), kept in their original order. */
function topInOrder<T>(items: readonly T[], n: number, size: (t: T) => number): T[] {
  if (items.length <= n) return [...items];
  const keep = new Set(
    items
      .map((t, i) => ({ i, s: size(t) }))
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .slice(0, n)
      .map((x) => x.i),
  );
  return items.filter((_, i) => keep.has(i));
}
