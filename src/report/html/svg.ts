/**
 * Inline SVG charts (no library, no network): labels per outlet, quotes per speaker per outlet,
 * and the coverage matrix. Marks that stand for findings carry `data-ev`, so clicking a bar or
 * cell shows the evidence like any other button.
 */
import type { ReportModel } from '../model.js';
import { truncate } from '../text-utils.js';
import { escapeHtml as esc } from './escape.js';
import type { EvidenceRegistry } from './evidence-registry.js';

const LABEL_W = 150;
const ROW_H = 22;

function svgOpen(width: number, height: number, title: string): string {
  return `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}" xmlns="http://www.w3.org/2000/svg">`;
}

/** Stacked horizontal bars: label uses per outlet, evaluative vs other. */
export function labelsChart(model: ReportModel, reg: EvidenceRegistry): string {
  const c = model.comparison;
  const rows = c.outlets.map((o) => {
    let evaluative = 0;
    let neutral = 0;
    const evEval = [];
    const evNeutral = [];
    for (const row of c.labels) {
      for (const use of row.byOutlet[o.id] ?? []) {
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
  const max = Math.max(1, ...rows.map((r) => r.evaluative + r.neutral));
  const width = 480;
  const barW = width - LABEL_W - 40;
  const height = rows.length * ROW_H + 30;
  const parts = rows.map((r, i) => {
    const y = i * ROW_H + 4;
    const wN = (r.neutral / max) * barW;
    const wE = (r.evaluative / max) * barW;
    const bar = (x: number, w: number, fill: string, evIds: string, what: string, n: number) =>
      w > 0
        ? `<rect x="${fx(x)}" y="${y}" width="${fx(w)}" height="${ROW_H - 6}" fill="${fill}"${evIds ? ` class="ev" data-ev="${evIds}"` : ''}><title>${esc(`${r.o.name}: ${n} ${what}`)}</title></rect>`
        : '';
    return (
      `<text x="${LABEL_W - 6}" y="${y + 12}" text-anchor="end">${esc(truncate(r.o.name, 21))}</text>` +
      bar(LABEL_W, wN, '#7aa6da', reg.ids(r.evNeutral), 'descriptive labels', r.neutral) +
      bar(LABEL_W + wN, wE, '#d9534f', reg.ids(r.evEval), 'evaluative labels', r.evaluative) +
      `<text x="${fx(LABEL_W + wN + wE + 4)}" y="${y + 12}">${r.neutral + r.evaluative}</text>`
    );
  });
  const ly = rows.length * ROW_H + 16;
  const legend =
    `<rect x="${LABEL_W}" y="${ly - 9}" width="10" height="10" fill="#7aa6da"/><text x="${LABEL_W + 14}" y="${ly}">descriptive</text>` +
    `<rect x="${LABEL_W + 90}" y="${ly - 9}" width="10" height="10" fill="#d9534f"/><text x="${LABEL_W + 104}" y="${ly}">evaluative</text>`;
  return `${svgOpen(width, height, 'Labels per outlet')}${parts.join('')}${legend}</svg>`;
}

/** Speaker × outlet dot matrix: circle area ∝ quotes. */
export function quotesChart(model: ReportModel, reg: EvidenceRegistry, maxSpeakers = 12): string {
  const c = model.comparison;
  const speakers = c.speakers.slice(0, maxSpeakers);
  const colW = 44;
  const top = 70;
  // Room on the right for the last rotated outlet name.
  const width = LABEL_W + c.outlets.length * colW + 70;
  const height = top + Math.max(1, speakers.length) * ROW_H + 6;
  const max = Math.max(1, ...speakers.flatMap((s) => Object.values(s.byOutlet).map((v) => v.quotes)));
  const heads = c.outlets
    .map((o, j) => {
      const x = LABEL_W + j * colW + colW / 2;
      return `<text transform="translate(${fx(x)},${top - 8}) rotate(-40)">${esc(truncate(o.name, 14))}</text>`;
    })
    .join('');
  const evidenceFor = (speakerId: string | null, speakerName: string, outletId: string) =>
    c.quoteClusters
      .filter((q) => q.speakerId === speakerId && (speakerId !== null || q.speakerName === speakerName))
      .flatMap((q) => q.renderings.filter((r) => r.outletId === outletId).map((r) => r.evidence));
  const rows = speakers
    .map((s, i) => {
      const y = top + i * ROW_H;
      const cells = c.outlets
        .map((o, j) => {
          const cell = s.byOutlet[o.id];
          const cx = LABEL_W + j * colW + colW / 2;
          if (!cell || !cell.quotes) return `<text x="${fx(cx)}" y="${y + 14}" text-anchor="middle" fill="#999">·</text>`;
          const r = 3 + 7 * Math.sqrt(cell.quotes / max);
          const ids = reg.ids(evidenceFor(s.speakerId, s.speakerName, o.id));
          return `<g${ids ? ` class="ev" data-ev="${ids}"` : ''}><circle cx="${fx(cx)}" cy="${y + 10}" r="${fx(r)}" fill="#1a5fb4" fill-opacity="0.75"/><title>${esc(`${s.speakerName} in ${o.name}: ${cell.quotes} quotes, ${cell.words} words`)}</title></g>`;
        })
        .join('');
      return `<text x="${LABEL_W - 6}" y="${y + 14}" text-anchor="end">${esc(truncate(s.speakerName, 21))}</text>${cells}`;
    })
    .join('');
  return `${svgOpen(width, height, 'Quotes per speaker per outlet')}${heads}${rows}</svg>`;
}

/** Claims × outlets: filled square where the outlet carries the claim. */
export function coverageChart(model: ReportModel, reg: EvidenceRegistry, maxClaims = 30): string {
  const c = model.comparison;
  const items = coverageSample(model, maxClaims);
  const colW = 44;
  const top = 70;
  const labelW = 230;
  const width = labelW + c.outlets.length * colW + 70;
  const height = top + Math.max(1, items.length) * 18 + 6;
  const heads = c.outlets
    .map((o, j) => `<text transform="translate(${fx(labelW + j * colW + colW / 2)},${top - 8}) rotate(-40)">${esc(truncate(o.name, 14))}</text>`)
    .join('');
  const rows = items
    .map((item, i) => {
      const y = top + i * 18;
      const cells = c.outlets
        .map((o, j) => {
          const x = labelW + j * colW + colW / 2 - 6;
          if (!item.outletIds.includes(o.id)) return `<rect x="${fx(x)}" y="${y + 2}" width="12" height="12" fill="none" stroke="#ccc"/>`;
          const ids = reg.ids(item.evidence.filter((e) => e.outletId === o.id));
          return `<rect x="${fx(x)}" y="${y + 2}" width="12" height="12" fill="#2e7d32"${ids ? ` class="ev" data-ev="${ids}"` : ''}><title>${esc(`${o.name}: ${truncate(item.claim, 120)}`)}</title></rect>`;
        })
        .join('');
      return `<text x="${labelW - 6}" y="${y + 12}" text-anchor="end"><title>${esc(item.claim)}</title>${esc(truncate(item.claim, 38))}</text>${cells}`;
    })
    .join('');
  return `${svgOpen(width, height, 'Coverage matrix')}${heads}${rows}</svg>`;
}

/**
 * Which claims the matrix shows: shared claims first (most outlets first), then claims only one
 * outlet carries, taken in turn from each outlet so no outlet fills the chart alone.
 */
function coverageSample(model: ReportModel, max: number) {
  const c = model.comparison;
  const indexed = c.coverage.map((k, i) => ({ k, i }));
  const shared = indexed
    .filter(({ k }) => k.outletIds.length > 1)
    .sort((a, b) => b.k.outletIds.length - a.k.outletIds.length || a.i - b.i)
    .slice(0, Math.ceil((max * 2) / 3))
    .map(({ k }) => k);
  const singles = new Map(c.outlets.map((o) => [o.id, [] as typeof c.coverage]));
  for (const k of model.omissions()) if (k.outletIds.length === 1) singles.get(k.outletIds[0])?.push(k);
  const picked = [...shared];
  for (let round = 0; picked.length < max; round++) {
    let added = false;
    for (const o of c.outlets) {
      const k = singles.get(o.id)?.[round];
      if (k && picked.length < max) {
        picked.push(k);
        added = true;
      }
    }
    if (!added) break;
  }
  return picked;
}

/** Fixed-precision coordinates keep the output byte-stable and small. */
function fx(n: number): string {
  return String(Math.round(n * 10) / 10);
}
