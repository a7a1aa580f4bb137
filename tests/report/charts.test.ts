/**
 * The SVG charts on a real-sized comparison (16 outlets with long names, 40 claims, 20 speakers):
 * no two text labels overlap (boxes computed from the SVG's own coordinates and the renderer's
 * character-width estimate), every outlet's full name is in a <title> and in the description, the
 * "and K more" notes count what was left out, and every mark keeps its evidence and its size.
 */
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { ASCENT, DESCENT, FONT_SIZE, textWidth } from '../../src/report/html/chart-text.js';
import { EvidenceRegistry } from '../../src/report/html/evidence-registry.js';
import { toHtml } from '../../src/report/html/html.js';
import { coverageChart, labelsChart, quotesChart } from '../../src/report/html/svg.js';
import { ReportModel } from '../../src/report/model.js';
import type { Comparison } from '../../src/types/comparison.js';
import { fixtureComparison } from './fixture.js';
import { claimText, manyOutletsComparison } from './fixture-many.js';

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
  parent: El | null;
}

/** A small element tree of the chart markup (XML mode, entities decoded). */
function parse(markup: string): El {
  const root: El = { name: '#root', attrs: {}, children: [], text: '', parent: null };
  let cur = root;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const el: El = { name, attrs, children: [], text: '', parent: cur };
        cur.children.push(el);
        cur = el;
      },
      ontext(t) {
        cur.text += t;
      },
      onclosetag() {
        cur = cur.parent ?? root;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(markup);
  parser.end();
  return root;
}

function all(el: El, name: string): El[] {
  return el.children.flatMap((c) => [...(c.name === name ? [c] : []), ...all(c, name)]);
}

function titleOf(el: El): string | null {
  const t = el.children.find((c) => c.name === 'title');
  return t ? t.text : null;
}

type Pt = [number, number];

/** Apply an SVG transform list of translate()/rotate() to a point. */
function transformPoint(transform: string | undefined, p: Pt): Pt {
  if (!transform) return p;
  const ops = [...transform.matchAll(/(translate|rotate)\(([^)]*)\)/g)].map((m) => [m[1], m[2].split(/[ ,]+/).map(Number)] as const);
  let [x, y] = p;
  // The rightmost transform applies first.
  for (const [op, args] of ops.reverse()) {
    if (op === 'translate') {
      x += args[0];
      y += args[1] ?? 0;
    } else {
      const a = (args[0] * Math.PI) / 180;
      [x, y] = [x * Math.cos(a) - y * Math.sin(a), x * Math.sin(a) + y * Math.cos(a)];
    }
  }
  return [x, y];
}

interface Box {
  text: string;
  corners: Pt[];
}

/** One box per line of text: width by the renderer's character widths, height by the font's ascent and descent. */
function textBoxes(svg: El): Box[] {
  return all(svg, 'text').flatMap((t) => {
    const size = t.attrs.class === 'num' ? 10 : FONT_SIZE;
    const anchor = t.attrs['text-anchor'] ?? 'start';
    const lines = t.children.some((c) => c.name === 'tspan')
      ? t.children.filter((c) => c.name === 'tspan').map((s) => ({ x: Number(s.attrs.x), y: Number(s.attrs.y), text: s.text }))
      : [{ x: Number(t.attrs.x), y: Number(t.attrs.y), text: t.text }];
    return lines.map((l) => {
      const w = textWidth(l.text, size);
      const x0 = anchor === 'middle' ? l.x - w / 2 : anchor === 'end' ? l.x - w : l.x;
      const y0 = l.y - ASCENT * size;
      const y1 = l.y + DESCENT * size;
      const corners: Pt[] = [[x0, y0], [x0 + w, y0], [x0 + w, y1], [x0, y1]];
      return { text: l.text, corners: corners.map((p) => transformPoint(t.attrs.transform, p)) };
    });
  });
}

/** Separating-axis test for two convex quadrilaterals, with a tolerance for touching edges. */
function overlap(a: Pt[], b: Pt[], tolerance = 0.5): boolean {
  for (const poly of [a, b]) {
    for (let i = 0; i < poly.length; i++) {
      const [x1, y1] = poly[i];
      const [x2, y2] = poly[(i + 1) % poly.length];
      const axis: Pt = [y1 - y2, x2 - x1];
      const len = Math.hypot(axis[0], axis[1]) || 1;
      const project = (ps: Pt[]) => ps.map(([x, y]) => (x * axis[0] + y * axis[1]) / len);
      const pa = project(a);
      const pb = project(b);
      if (Math.max(...pa) - tolerance <= Math.min(...pb) || Math.max(...pb) - tolerance <= Math.min(...pa)) return false;
    }
  }
  return true;
}

function overlapping(boxes: Box[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i].corners, boxes[j].corners)) out.push(`"${boxes[i].text}" × "${boxes[j].text}"`);
  }
  return out;
}

interface Rendered {
  html: string;
  svg: El;
  width: number;
  height: number;
  note: string | null;
  reg: EvidenceRegistry;
}

type ChartFn = typeof labelsChart;

function render(chart: ChartFn, c: Comparison, limits = {}): Rendered {
  const reg = new EvidenceRegistry(c.articles.map((a) => a.id));
  const html = chart(new ReportModel(c), reg, limits);
  const svg = all(parse(html), 'svg')[0];
  const [, , width, height] = svg.attrs.viewBox.split(' ').map(Number);
  const note = html.match(/<p class="note chart-more">(.*?)<\/p>/)?.[1].replace(/<[^>]*>/g, '') ?? null;
  return { html, svg, width, height, note, reg };
}

/** The evidence texts a mark's data-ev points at, and the outlets of their articles. */
function evidenceOf(r: Rendered, c: Comparison, el: El): { text: string; outlet: string }[] {
  return el.attrs['data-ev'].split(' ').map(Number).map((id) => {
    const [a, s, e] = r.reg.spans[id];
    return { text: c.articles[a].text.slice(s, e), outlet: c.articles[a].outlet.name };
  });
}

const many = manyOutletsComparison();
const charts: [string, ChartFn][] = [['labels', labelsChart], ['quotes', quotesChart], ['coverage', coverageChart]];

describe('charts on 16 outlets with long names and 40 claims', () => {
  it.each(charts)('%s: no two text labels overlap, and all text stays inside the chart', (_, chart) => {
    const r = render(chart, many);
    const boxes = textBoxes(r.svg);
    expect(boxes.length).toBeGreaterThan(16);
    expect(overlapping(boxes)).toEqual([]);
    for (const b of boxes) {
      for (const [x, y] of b.corners) {
        expect(x, b.text).toBeGreaterThanOrEqual(-0.5);
        expect(x, b.text).toBeLessThanOrEqual(r.width + 0.5);
        expect(y, b.text).toBeGreaterThanOrEqual(-0.5);
        expect(y, b.text).toBeLessThanOrEqual(r.height + 0.5);
      }
    }
  });

  it.each(charts)('%s: every outlet appears in full in a <title> and in the description', (_, chart) => {
    const r = render(chart, many);
    const titles = new Set(all(r.svg, 'title').map((t) => t.text));
    const desc = all(r.svg, 'desc')[0].text;
    for (const o of many.outlets) {
      expect(titles.has(o.name), o.name).toBe(true);
      expect(desc).toContain(o.name);
    }
  });

  it('long names are shortened on screen only: the visible lines are a prefix of the full name', () => {
    const r = render(coverageChart, many);
    const heads = all(r.svg, 'text').filter((t) => t.attrs.class === 'head');
    expect(heads.map(titleOf)).toEqual(many.outlets.map((o) => o.name));
    // 16 outlets do not fit side by side: the headers are turned upright.
    for (const h of heads) expect(h.attrs.transform).toMatch(/rotate\(-90\)$/);
    const first = heads[0].children.filter((c) => c.name === 'tspan').map((s) => s.text).join(' ');
    expect(first).toMatch(/…$/);
    expect(many.outlets[0].name.startsWith(first.slice(0, -1).trimEnd())).toBe(true);
    expect(heads.find((h) => titleOf(h) === 'AP')!.children[1].text).toBe('AP');
  });

  it('coverage: the note counts exactly the claims left out, and every drawn row is a whole claim', () => {
    const r = render(coverageChart, many);
    const rowTitles = all(r.svg, 'text').filter((t) => !t.attrs.class).map(titleOf);
    const claims = new Set(many.coverage.map((k) => k.claim));
    expect(rowTitles.every((t) => t !== null && claims.has(t))).toBe(true);
    expect(new Set(rowTitles).size).toBe(rowTitles.length);
    expect(rowTitles.length).toBeGreaterThan(10);
    expect(rowTitles.length).toBeLessThan(40);
    expect(r.note).toBe(`and ${40 - rowTitles.length} more claims (see the Omissions list)`);
    // The note links to the section with every claim.
    expect(r.html).toContain('(see <a href="#coverage">the Omissions list</a>)');
    // Claims every outlet carries come first; one-outlet claims still get rows.
    expect(rowTitles.slice(0, 3)).toEqual([claimText(0), claimText(1), claimText(2)]);
    const singles = many.coverage.filter((k) => k.outletIds.length === 1).map((k) => k.claim);
    expect(rowTitles.filter((t) => singles.includes(t!)).length).toBeGreaterThanOrEqual(3);
  });

  it('coverage: with fewer rows allowed and fewer columns, the note names both', () => {
    const r = render(coverageChart, many, { maxRows: 12, maxCols: 10 });
    const rows = all(r.svg, 'text').filter((t) => !t.attrs.class);
    expect(rows).toHaveLength(12);
    expect(all(r.svg, 'text').filter((t) => t.attrs.class === 'head')).toHaveLength(10);
    expect(r.note).toBe('and 28 more claims, 6 more outlets (see the Omissions list)');
  });

  it('quotes: the note counts the speakers left out; the top speakers by quotes are drawn', () => {
    const r = render(quotesChart, many);
    const rows = all(r.svg, 'text').filter((t) => !t.attrs.class).map(titleOf);
    expect(rows).toEqual(many.speakers.slice(0, rows.length).map((s) => s.speakerName));
    expect(r.note).toBe(`and ${many.speakers.length - rows.length} more speakers (see the “Whom each outlet quotes” table)`);
  });

  it('labels: every outlet gets a row; with a row limit the outlets with most labels stay, in order', () => {
    expect(render(labelsChart, many).note).toBeNull();
    const r = render(labelsChart, many, { maxRows: 4 });
    const rows = all(r.svg, 'text').filter((t) => t.attrs['text-anchor'] === 'end').map(titleOf);
    // Label counts are 1 + (outlet index mod 4): the 4-label outlets are the 4th, 8th, 12th and 16th.
    expect(rows).toEqual([3, 7, 11, 15].map((j) => many.outlets[j].name));
    expect(r.note).toBe('and 12 more outlets (see the Labels table)');
  });

  it('coverage: each filled cell points at its claim in its outlet’s article, and is at least 14px', () => {
    const r = render(coverageChart, many);
    const cells = all(r.svg, 'rect').filter((e) => e.attrs['data-ev']);
    expect(cells.length).toBeGreaterThan(100);
    for (const cell of cells) {
      expect(Number(cell.attrs.width)).toBeGreaterThanOrEqual(14);
      expect(Number(cell.attrs.height)).toBeGreaterThanOrEqual(14);
      const [outlet, claim] = titleOf(cell)!.split(/: (.*)/s);
      expect(evidenceOf(r, many, cell)).toEqual([{ text: claim, outlet }]);
    }
  });

  it('quotes: each dot points at that speaker’s quotes in that outlet, and is at least 14px across', () => {
    const r = render(quotesChart, many);
    const dots = all(r.svg, 'g').filter((e) => e.attrs['data-ev']);
    expect(dots.length).toBeGreaterThan(50);
    for (const g of dots) {
      const circle = g.children.find((c) => c.name === 'circle')!;
      expect(2 * Number(circle.attrs.r)).toBeGreaterThanOrEqual(14);
      const [, speaker, outlet, n] = titleOf(g)!.match(/^(.*) in (.*): (\d+) quotes?, /)!;
      const ev = evidenceOf(r, many, g);
      expect(ev).toHaveLength(Number(n));
      const first = speaker.split(' ')[0];
      for (const e of ev) {
        expect(e.outlet).toBe(outlet);
        expect(e.text).toMatch(new RegExp(`^We will look at part \\d of the harbour plan very carefully, ${first.replace('.', '\\.')} added$`));
      }
    }
  });

  it('labels: small counts still get a clickable bar segment of at least 14px', () => {
    const r = render(labelsChart, many);
    const bars = all(r.svg, 'rect').filter((e) => e.attrs['data-ev']);
    expect(bars).toHaveLength(16);
    for (const b of bars) expect(Number(b.attrs.width)).toBeGreaterThanOrEqual(14);
    const evalBar = bars.find((b) => titleOf(b)!.startsWith(`${many.outlets[0].name}:`))!;
    expect(titleOf(evalBar)).toBe(`${many.outlets[0].name}: 1 evaluative label`);
    expect(evidenceOf(r, many, evalBar)).toEqual([{ text: 'embattled mayor', outlet: many.outlets[0].name }]);
  });

  it('is byte-identical for the same input', () => {
    for (const [, chart] of charts) expect(render(chart, manyOutletsComparison()).html).toBe(render(chart, manyOutletsComparison()).html);
    expect(toHtml(manyOutletsComparison())).toBe(toHtml(manyOutletsComparison()));
  });
});

describe('chart layout follows the data', () => {
  it('few short outlet names stay horizontal, and the matrix fits a phone', () => {
    const c = manyOutletsComparison({ outlets: 3, claims: 12, speakers: 4 });
    const names = ['AP', 'BBC', 'Le Monde'];
    c.outlets.forEach((o, j) => (o.name = names[j]));
    const r = render(quotesChart, c);
    const heads = all(r.svg, 'text').filter((t) => t.attrs.class === 'head');
    expect(heads.map((h) => h.attrs.transform)).toEqual([undefined, undefined, undefined]);
    expect(heads.map((h) => h.children.filter((s) => s.name === 'tspan').map((s) => s.text).join(' '))).toEqual(names);
    expect(r.width).toBeLessThanOrEqual(336);
    expect(overlapping(textBoxes(r.svg))).toEqual([]);
    expect(r.note).toBeNull();
  });

  it('with five outlets the claim column narrows so the coverage matrix fits a phone', () => {
    const c = manyOutletsComparison({ outlets: 5, claims: 20 });
    const r = render(coverageChart, c);
    expect(r.width).toBeLessThanOrEqual(336);
    expect(overlapping(textBoxes(r.svg))).toEqual([]);
  });

  it('the matrix legend goes in the empty corner above the row labels when it fits there, else below the rows', () => {
    const legendY = (r: Rendered, label: string) => Number(all(r.svg, 'text').find((t) => t.children[0]?.text === label)!.children[0].attrs.y);
    const rowYs = (r: Rendered) => all(r.svg, 'text').filter((t) => !t.attrs.class).map((t) => Number(t.children[1].attrs.y));
    const coverage = render(coverageChart, many);
    expect(legendY(coverage, 'reports the claim')).toBeLessThan(legendY(coverage, 'does not'));
    expect(legendY(coverage, 'does not')).toBeLessThan(Math.min(...rowYs(coverage)));
    // Three short outlet names: horizontal headers leave no room above the speakers.
    const c = manyOutletsComparison({ outlets: 3, claims: 12, speakers: 4 });
    c.outlets.forEach((o, j) => (o.name = ['AP', 'BBC', 'Le Monde'][j]));
    const quotes = render(quotesChart, c);
    expect(legendY(quotes, 'quoted (n times)')).toBeGreaterThan(Math.max(...rowYs(quotes)));
  });

  it('a long claim wraps onto two lines inside the label column, with the whole claim in the tooltip', () => {
    const r = render(coverageChart, many);
    const row = all(r.svg, 'text').find((t) => !t.attrs.class)!;
    const lines = row.children.filter((c) => c.name === 'tspan');
    expect(lines).toHaveLength(2);
    expect(titleOf(row)).toBe(claimText(0));
    expect(claimText(0).startsWith(`${lines[0].text} `)).toBe(true);
  });

  it('a comparison with nothing to chart says so in place of each chart', () => {
    const c = manyOutletsComparison({ outlets: 3, claims: 4, speakers: 2 });
    c.speakers = [];
    c.coverage = [];
    c.labels = [];
    const texts = charts.map(([, chart]) => {
      const r = render(chart, c);
      return [r.svg.attrs['aria-label'], all(r.svg, 'tspan').map((t) => t.text).join(' '), r.note];
    });
    expect(texts).toEqual([
      ['Labels per outlet', 'No outlet attached a label to a named actor.', null],
      ['Quotes per speaker per outlet', 'No attributed quotes.', null],
      ['Coverage matrix', 'No claims to compare across outlets.', null],
    ]);
  });

  it('the small fixture: escaped names, no note, and the same three charts', () => {
    const html = toHtml(fixtureComparison());
    expect(html).not.toContain('class="note chart-more"');
    expect(html).toContain('<title>The Daily &lt;b&gt;News&lt;/b&gt; &amp; Co</title>');
    expect(html.match(/<svg viewBox="0 0 \d+ \d+" width="\d+" height="\d+" class="fd-chart"/g)).toHaveLength(3);
  });
});
