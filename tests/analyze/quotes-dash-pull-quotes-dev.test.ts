/**
 * Quote round three (H8) on our own dev texts (tests/fixtures/dev-quotes-dash-gender: wire, broadsheet, tabloid,
 * blog, state media, interview; annotated before the dash and gender rules). Pins the figures and
 * that exactly the annotated pull quotes are dash-attributed (no dash parenthetical in prose is).
 */
import { expect, it } from 'vitest';
import { scoreDevTexts } from './quotes-scoring.js';

it('dev-quotes-dash-gender: recall 1, named-speaker accuracy ≥ 0.9, dash method exactly where annotated', () => {
  const f = scoreDevTexts('dev-quotes-dash-gender');
  console.log(
    `[quotes-dash-gender] ${f.total} quotes, recall ${f.recall.toFixed(3)} (${f.found}/${f.total}), named-speaker accuracy ${f.accuracy.toFixed(3)} (${f.right}/${f.named}), kind ${f.kinds}/${f.found}` +
      (f.misses.length ? `\n  ${f.misses.join('\n  ')}` : ''),
  );
  expect(f.recall).toBe(1);
  expect(f.accuracy).toBeGreaterThanOrEqual(0.9);
  const dash = f.matched.filter((m) => m.quote.speaker?.method === 'dash').map((m) => `${m.file}: ${m.gold.text}`);
  const annotated = f.matched.filter((m) => m.gold.method === 'dash').map((m) => `${m.file}: ${m.gold.text}`);
  expect(dash).toEqual(annotated);
  expect(annotated).toHaveLength(7);
  for (const m of f.matched.filter((x) => x.gold.method === 'dash')) expect(m.quote.verb).toBeNull();
});
