import { describe, expect, it } from 'vitest';
import { FramediffError } from '../../src/errors.js';
import { normalize } from '../../src/normalize/normalize.js';
import { expectExactOffsets, expectNothingLost, renormalize } from './helpers.js';

// Documents assembled (with a fixed pseudo-random sequence) from body sentences and every kind of
// noise the rules know, in random order and spacing: the invariants must hold for all of them,
// and no input may crash with anything but a typed error.
const BODY = [
  'The council voted 7 to 2 on Tuesday to close the bridge, the mayor said.',
  '“We had no choice,” said engineer Ana Lopes, who led the survey in 2022.',
  "Officials said repairs would cost €40 million and take until May 9, according to AFP.",
  'Residents were angry\u00a0about the detour, which adds 20 minutes to the commute.',
  'The G20 summit and flight MH17 were not mentioned, and COVID-19 rules have ended.',
  'Traffic had risen 40 times since the bridge opened in 1961, figures show14.',
];
const NOISE = [
  '• 3,201 views', 'Share This Post', '0:00', 'Updated:', 'Details', 'Photo: John Roe/AFP',
  'A crane lifts a beam on Monday. (AP Photo/Jane Doe)', 'Related Posts', 'Other story headline here',
  'Lisbon • Daily Courier', 'bridge-closureBridge Closure', 'lisbonLisbon', 'Maria Santos', 'Maria Santos',
  'Citations:', '- https://example.org/one', '- https://example.org/two', '', '', '\t', '\u3000',
  ' date 2024-05-01 enpt', 'Bridge Council Votes To Close Span', '(Reporting by Jane Doe)', '12:45',
  '!!!', '—', '[1]', '¹', 'https://example.org/x', '....', 'By', 'By Jane', 'views', 'Tags:',
];

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('mixed noise, fixed pseudo-random documents', () => {
  // H1_SEED=n runs another sequence (the suite was checked with seeds 1..80 as well).
  const seed = Number(process.env.H1_SEED ?? 20250224);
  const rnd = lcg(seed);
  const docs: string[] = [];
  for (let d = 0; d < 150; d++) {
    const lines: string[] = [];
    const n = 2 + Math.floor(rnd() * 14);
    for (let k = 0; k < n; k++) {
      const pool = rnd() < 0.45 ? BODY : NOISE;
      lines.push(pool[Math.floor(rnd() * pool.length)]);
    }
    docs.push(lines.join(rnd() < 0.5 ? '\n' : rnd() < 0.5 ? '\n\n' : '\r\n'));
  }

  it('every document normalizes (or fails with a typed error) and keeps all invariants', () => {
    let ok = 0;
    docs.forEach((content, d) => {
      let a;
      try {
        a = normalize({ content, label: `doc${d}.txt`, format: 'text' });
      } catch (e) {
        expect(e).toBeInstanceOf(FramediffError);
        expect(['NO_BODY', 'EMPTY_FILE']).toContain((e as FramediffError).code);
        return;
      }
      ok++;
      expectNothingLost(a);
      expectExactOffsets(a);
      const again = renormalize(a);
      expect(again.text, `doc${d} of seed ${seed}: ${JSON.stringify(content)}`).toBe(a.text);
      expect(a.text).not.toMatch(/\n{3,}|^\s|\s$/);
    });
    expect(ok).toBeGreaterThan(100);
  });
});
