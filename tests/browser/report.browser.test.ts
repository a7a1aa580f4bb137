/**
 * The HTML report in a real browser (Debian's chromium driven by playwright-core):
 * no console errors, no network requests at all, click-to-evidence highlighting, synopsis toggle,
 * nothing from hostile article text executes, and a screenshot for people to look at.
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
import { fixtureComparison } from '../report/fixture.js';
import { runCompare } from '../report/run-cli.js';

const OUT = join(process.cwd(), 'test-output');
let browser: Browser;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'framediff-browser-'));
  mkdirSync(OUT, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  consoleErrors: string[];
  requests: string[];
  dialogs: string[];
}

/** Open a report from a file:// URL, recording every request (and aborting any but the page itself). */
async function open(html: string, name: string): Promise<Opened> {
  const file = join(dir, name);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const opened: Opened = { page, consoleErrors: [], requests: [], dialogs: [] };
  page.on('console', (m) => { if (m.type() === 'error') opened.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => opened.consoleErrors.push(String(e)));
  page.on('dialog', (d) => { opened.dialogs.push(d.message()); void d.dismiss(); });
  await page.route('**', (route) => {
    const u = route.request().url();
    if (u === url) return route.continue();
    opened.requests.push(u);
    return route.abort();
  });
  page.on('request', (r) => { if (r.url() !== url && !opened.requests.includes(r.url())) opened.requests.push(r.url()); });
  await page.goto(url);
  await page.waitForLoadState('load');
  return opened;
}

describe('HTML report in Chromium', () => {
  it('loads with no console errors and no network requests; clicking a label highlights its evidence', async () => {
    const o = await open(toHtml(fixtureComparison(), { event: { title: 'Housing plan' } }), 'report.html');
    const { page } = o;
    const button = page.locator('#labels button.ev', { hasText: 'Embattled mayor' });
    await button.click();
    const mark = page.locator('#article-1 mark.fd-ev.fd-focus');
    await expect.poll(() => mark.count()).toBe(1);
    expect(await mark.textContent()).toBe('Embattled mayor');
    expect(await mark.isVisible()).toBe(true);
    expect(await mark.evaluate((m) => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);
    await expect.poll(() => page.locator('#fd-status .msg').textContent()).toContain('Herald: “Embattled mayor”');

    // Another finding replaces the highlight; a quote cluster's ✓ spans both articles.
    await page.locator('#variants button.ev', { hasText: 'bold step' }).click();
    expect(await page.locator('mark.fd-ev').allTextContents()).toEqual(['bold step']);
    await page.locator('#quotes button.ev', { hasText: 'We will build 100 homes' }).click();
    expect(await page.locator('#article-0 mark.fd-ev').allTextContents()).toEqual(['We will build 100 homes.']);

    // Synopsis: a click on a sentence marks it in its article; the toggle hides rows without differences.
    await page.locator('#fd-synopsis .synopsis-cell .ev').nth(1).click();
    expect(await page.locator('#article-1 mark.fd-ev').allTextContents()).toEqual([
      'Embattled mayor Ann Lee called the plan a "reckless gamble" on Monday.',
    ]);
    await page.locator('#fd-status [data-fd-action="close"]').click();
    expect(await page.locator('mark.fd-ev').count()).toBe(0);
    // Unwrapping the marks restores the text exactly.
    expect(await page.locator('#article-1 [data-s="0"]').textContent()).toBe('Embattled mayor Ann Lee called the plan a "reckless gamble" on Monday.');

    await page.screenshot({ path: join(OUT, 'report-fixture.png'), fullPage: true });
    expect(o.consoleErrors).toEqual([]);
    expect(o.requests).toEqual([]);
    await page.close();
  });

  it('evidence spanning two paragraphs is marked in both, and cycling moves the focus', async () => {
    const c = fixtureComparison();
    const text = c.articles[0].text;
    const start = text.indexOf('on Monday.');
    const end = text.indexOf('Critics said') + 'Critics said'.length;
    const second = text.indexOf('was rushed.');
    c.coverage = [{ id: 'x', claim: 'spanning', outletIds: ['daily'], distinctiveness: 0.5, rule: 'coverage.claim', evidence: [
      { articleId: c.articles[0].id, outletId: 'daily', start, end, text: text.slice(start, end) },
      { articleId: c.articles[0].id, outletId: 'daily', start: second, end: second + 11, text: 'was rushed.' },
    ] }];
    const o = await open(toHtml(c), 'span.html');
    const { page } = o;
    await page.locator('#coverage button.ev').click();
    expect(await page.locator('#article-0 mark.fd-ev').allTextContents()).toEqual(['on Monday.', 'Critics said', 'was rushed.']);
    expect(await page.locator('mark.fd-focus').allTextContents()).toEqual(['on Monday.', 'Critics said']);
    await page.locator('#fd-status [data-fd-action="next"]').click();
    expect(await page.locator('mark.fd-focus').allTextContents()).toEqual(['was rushed.']);
    expect(await page.locator('#fd-status .msg').textContent()).toContain('Evidence 2 of 2');
    // Clicking the same finding again also steps on (and wraps around).
    await page.locator('#coverage button.ev').click();
    expect(await page.locator('mark.fd-focus').allTextContents()).toEqual(['on Monday.', 'Critics said']);
    expect(o.consoleErrors).toEqual([]);
    await page.close();
  });

  it('hostile article text never executes: no script, no onerror handler, no javascript: link', async () => {
    const o = await open(toHtml(fixtureComparison()), 'xss.html');
    const { page } = o;
    // Give any injected handler a chance to run.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    // The hostile strings are on the page as visible text.
    const text = await page.locator('#article-0').textContent();
    expect(text).toContain('<script>window.__pwned = 1</script>');
    expect(await page.locator('#article-1').textContent()).toContain('"><img src=x onerror="window.__pwned=2">');
    expect(await page.locator('#article-1').textContent()).toContain('<svg onload="alert(1)">');
    expect(await page.locator('#article-1 svg, #article-1 a').count()).toBe(0);
    // Clicking a finding whose evidence contains markup highlights it as text, still without executing it.
    await page.locator('#coverage button.ev').first().click();
    expect(await page.locator('mark.fd-ev').first().textContent()).toContain('<script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(o.dialogs).toEqual([]);
    expect(o.consoleErrors).toEqual([]);
    expect(o.requests).toEqual([]);
    await page.close();
  });

  it('the seed corpus report (real pipeline): clicking "Russian dictator" highlights it in the UNN article', async () => {
    const file = join(dir, 'seed.html');
    const r = await runCompare([join(process.cwd(), 'corpus'), '--out', file]);
    expect(r.code).toBe(0);
    const { readFileSync } = await import('node:fs');
    const o = await open(readFileSync(file, 'utf8'), 'seed-open.html');
    const { page } = o;
    const unnIndex = await page.locator('article.source h3').evaluateAll((hs) => hs.findIndex((h) => h.textContent!.startsWith('UNN')));
    expect(unnIndex).toBeGreaterThanOrEqual(0);
    await page.locator('#labels td button.ev', { hasText: /^Russian dictator$/ }).click();
    const mark = page.locator(`#article-${unnIndex} mark.fd-ev.fd-focus`);
    expect(await mark.textContent()).toBe('Russian dictator');
    expect(await mark.isVisible()).toBe(true);
    await page.screenshot({ path: join(OUT, 'report-seed-evidence.png') });
    // Headline evidence: UNN's "unbounded" is only in its title, and is highlighted there. Its row
    // may sit behind the section's "Show all".
    if (await page.locator('#variants button.show-all').count()) await page.locator('#variants button.show-all').click();
    await page.locator('#variants button.ev', { hasText: /unbounded/ }).first().click();
    const titleMark = page.locator(`#article-${unnIndex} h3 mark.fd-ev.fd-focus`);
    expect(await titleMark.textContent()).toBe('unbounded');
    // A chart mark is a finding too: the first coverage cell highlights its claim.
    await page.locator('#charts svg [data-ev]').last().click();
    expect(await page.locator('mark.fd-ev').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(OUT, 'report-seed.png'), fullPage: true });

    // Phone: nothing wider than the screen (tables scroll inside their own box).
    await page.setViewportSize({ width: 375, height: 740 });
    // Polled: right after a resize the layout may still be settling; a real overflow stays and is named.
    await expect.poll(() => pageOverflow(page), { timeout: 5000 }).toEqual({ overflow: 0, offenders: [] });
    await page.screenshot({ path: join(OUT, 'report-seed-phone.png') });
    // Print: controls hidden, every synopsis row shown even with the "only differences" filter on.
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.locator('#fd-only-diff').check();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.toc').isVisible()).toBe(false);
    expect(await page.locator('#fd-status').isVisible()).toBe(false);
    const rows = page.locator('.synopsis-row');
    const hidden = await rows.evaluateAll((rs) => rs.filter((r) => getComputedStyle(r).display === 'none').length);
    expect(hidden).toBe(0);
    await page.emulateMedia({ media: 'screen' });

    expect(o.consoleErrors).toEqual([]);
    expect(o.requests).toEqual([]);
    await page.close();
  });

  it('seed report at 1280 px: long sections collapse (page at most 2/3 as long), no finding lost, first column sticky', async () => {
    const file = join(dir, 'seed-length.html');
    const r = await runCompare([join(process.cwd(), 'corpus'), '--out', file]);
    expect(r.code).toBe(0);
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(file, 'utf8');
    const o = await open(html, 'seed-length-open.html');
    const { page } = o;
    await page.setViewportSize({ width: 1280, height: 900 });
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const findings = () => page.locator('main section [data-ev]').count();
    const collapsed = await height();
    const inDom = await findings();
    const buttons = page.locator('button.show-all');
    expect(await buttons.count()).toBeGreaterThan(3);
    // Every "Show all" opens its section; then the page is as long as it was before collapsing.
    while (await page.locator('button.show-all:visible').count()) await page.locator('button.show-all:visible').first().click();
    const expanded = await height();
    expect(collapsed).toBeLessThanOrEqual(Math.round((expanded * 2) / 3));
    // Nothing was dropped: the same finding chips, and now every one of them is visible.
    expect(await findings()).toBe(inDom);
    expect(inDom).toBe((html.match(/ data-ev="/g) ?? []).length);
    const hiddenFindings = await page.locator('main section [data-ev]').evaluateAll((els) => els.filter((e) => !(e as HTMLElement).checkVisibility()).length);
    expect(hiddenFindings).toBe(0);
    // A wide table scrolled sideways keeps its first column (the actor) in view.
    await page.setViewportSize({ width: 375, height: 740 });
    const stuck = await page.evaluate(() => {
      const box = document.querySelector('#labels .scroll') as HTMLElement;
      const first = box.querySelector('tbody th') as HTMLElement;
      const before = first.getBoundingClientRect().left;
      box.scrollLeft = 400;
      return { scrolled: box.scrollLeft, moved: Math.abs(first.getBoundingClientRect().left - before) };
    });
    expect(stuck.scrolled).toBeGreaterThan(0);
    expect(stuck.moved).toBeLessThan(1);
    expect(o.consoleErrors).toEqual([]);
    await page.close();
  });

  it('is readable on a phone: no horizontal page overflow', async () => {
    const o = await open(toHtml(fixtureComparison()), 'phone.html');
    await o.page.setViewportSize({ width: 375, height: 740 });
    await expect.poll(() => pageOverflow(o.page), { timeout: 5000 }).toEqual({ overflow: 0, offenders: [] });
    await o.page.screenshot({ path: join(OUT, 'report-fixture-phone.png') });
    await o.page.close();
  });
});
