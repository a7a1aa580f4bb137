/**
 * The report's charts in a real browser with a real font, on a 16-outlet comparison with long
 * names: at phone and desktop widths the page never scrolls sideways, no two chart labels overlap
 * as actually rendered, every mark is at least 14px on screen, and clicking a bar, dot or cell
 * highlights its evidence. Screenshots of the charts go to test-output/ for people to look at.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.js';
import { pageOverflow } from './page-overflow.js';
import { toHtml } from '../../src/report/html/html.js';
import { manyOutletsComparison } from '../report/fixture-many.js';

const OUT = join(process.cwd(), 'test-output');
let browser: Browser;
let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'framediff-charts-'));
  mkdirSync(OUT, { recursive: true });
  file = join(dir, 'many.html');
  writeFileSync(file, toHtml(manyOutletsComparison(), { event: { title: 'Harbour bridge vote' } }));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(width: number): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(file).href);
  await page.waitForLoadState('load');
  await page.waitForFunction((w) => window.innerWidth === w, width);
  return { page, errors };
}

/** Pairs of chart text lines whose rendered boxes overlap (by more than half a pixel), per chart. */
function renderedOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const svg of Array.from(document.querySelectorAll('svg.fd-chart'))) {
      // Lines are tspans; a text without tspans is one line. Rotated headers are upright boxes.
      const lines = Array.from(svg.querySelectorAll('text')).flatMap((t) => {
        const spans = Array.from(t.querySelectorAll('tspan'));
        return (spans.length ? spans : [t]).map((el) => ({ text: el.textContent ?? '', r: el.getBoundingClientRect() }));
      });
      for (let i = 0; i < lines.length; i++) {
        for (let j = i + 1; j < lines.length; j++) {
          const a = lines[i].r;
          const b = lines[j].r;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 0.5 && h > 0.5) out.push(`${svg.getAttribute('aria-label')}: "${lines[i].text}" × "${lines[j].text}"`);
        }
      }
    }
    return out;
  });
}

/** The smallest on-screen width or height of any clickable chart mark. */
function smallestMark(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.min(...Array.from(document.querySelectorAll('svg.fd-chart [data-ev]')).map((el) => {
      const shape = el.querySelector('circle') ?? el;
      const r = shape.getBoundingClientRect();
      return Math.min(r.width, r.height);
    })),
  );
}

describe('charts with 16 outlets in Chromium', () => {
  for (const width of [1100, 375]) {
    it(`at ${width}px: no page overflow, no overlapping labels, marks at least 14px, text at its natural size`, async () => {
      const { page, errors } = await open(width);
      await expect.poll(() => pageOverflow(page), { timeout: 5000 }).toEqual({ overflow: 0, offenders: [] });
      expect(await renderedOverlaps(page)).toEqual([]);
      expect(await smallestMark(page)).toBeGreaterThanOrEqual(14);
      // Charts are never scaled down: a chart's rendered width is its viewBox width.
      const scales = await page.locator('svg.fd-chart').evaluateAll((svgs) =>
        svgs.map((s) => s.getBoundingClientRect().width / (s as SVGSVGElement).viewBox.baseVal.width));
      for (const s of scales) expect(s).toBeCloseTo(1, 2);
      expect(await page.locator('p.chart-more').allTextContents()).toEqual([
        'and 5 more speakers (see the “Whom each outlet quotes” table)',
        expect.stringMatching(/^and \d+ more claims \(see the Omissions list\)$/),
      ]);
      await page.locator('#charts').screenshot({ path: join(OUT, `charts-many-${width}.png`) });
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('clicking a coverage cell, a quote dot and a label bar highlights the evidence they stand for', async () => {
    const { page, errors } = await open(375);
    const coverage = page.locator('svg[aria-label="Coverage matrix"]');
    // The cell of the last outlet in the first row: off-screen to the right on a phone, scrolled to.
    const cell = coverage.locator('rect.ev').nth(15);
    const [outlet, claim] = (await cell.locator('title').textContent())!.split(/: (.*)/s);
    await cell.click();
    await expect.poll(() => page.locator('mark.fd-ev.fd-focus').allTextContents()).toEqual([claim]);
    expect(await page.locator('#fd-status .msg').textContent()).toContain(`${outlet}: “${claim}”`);
    expect(await page.locator('mark.fd-ev.fd-focus').isVisible()).toBe(true);

    const dot = page.locator('svg[aria-label="Quotes per speaker per outlet"] g.ev').first();
    const [, speaker, n] = (await dot.locator('title').textContent())!.match(/^(.*?) in .*: (\d+) quotes?/)!;
    await dot.scrollIntoViewIfNeeded();
    await dot.click();
    const marks = await page.locator('mark.fd-ev').allTextContents();
    expect(marks).toHaveLength(Number(n));
    for (const m of marks) expect(m).toMatch(new RegExp(`very carefully, ${speaker.split(' ')[0]} added$`));

    const bar = page.locator('svg[aria-label="Labels per outlet"] rect.ev').first();
    await bar.scrollIntoViewIfNeeded();
    await bar.click();
    expect(await page.locator('mark.fd-ev').allTextContents()).toEqual(['embattled mayor']);
    // The clicked mark stays marked as the active one.
    expect(await bar.getAttribute('class')).toContain('active');
    expect(errors).toEqual([]);
    await page.close();
  });
});
