import type { Page } from 'playwright-core';

/**
 * Elements sticking out past the right edge of the page, outside any sideways-scrolling box:
 * named in the failure so an overflow on another machine (other fonts) says what to fix.
 */
export async function pageOverflow(page: Page): Promise<{ overflow: number; offenders: string[] }> {
  await page.waitForFunction((w) => window.innerWidth === w, page.viewportSize()!.width);
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const offenders: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const box = el.getBoundingClientRect();
      if (box.right <= width + 0.5 || el.closest('.scroll') || getComputedStyle(el).position === 'fixed') continue;
      const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (typeof el.className === 'string' && el.className ? '.' + el.className.split(' ').join('.') : '');
      offenders.push(`${name} right=${Math.round(box.right)} "${(el.textContent ?? '').trim().slice(0, 50)}"`);
    }
    return { overflow: Math.max(0, root.scrollWidth - width), offenders: offenders.slice(0, 12) };
  });
}
