/**
 * Bounded work without absolute timing: the same generated input at size n and 8n, each run
 * a few times interleaved (the fastest run counts, so a busy machine does not decide), and
 * the ratio of the two times compared with what linear work allows. Linear is 8; the limit
 * leaves room for n log n and a busy machine, while quadratic (64) and worse fail.
 */
import process from 'node:process';
import { expect } from 'vitest';

export const SIZE_FACTOR = 8;
export const MAX_RATIO = 24;

/** CPU time of this process (ms), not wall time: other processes on a busy machine do not count. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function best(run: () => void, times: number[]): void {
  const t = cpuMs();
  run();
  times.push(cpuMs() - t);
}

/** Time `work(make(n))` against `work(make(8n))`; fails when the work grows clearly faster than linear. */
export function expectLinear<T>(name: string, make: (n: number) => T, work: (input: T) => void, n: number, rounds = 4): void {
  const small = make(n);
  const large = make(n * SIZE_FACTOR);
  // Warm up both (JIT tiers, lazy lexicons, regex compilation) before timing.
  work(small);
  work(large);
  const ts: number[] = [];
  const tl: number[] = [];
  for (let r = 0; r < rounds; r++) {
    best(() => work(small), ts);
    best(() => work(large), tl);
  }
  const ratio = Math.min(...tl) / Math.max(1, Math.min(...ts));
  expect(ratio, `${name}: ${SIZE_FACTOR}x the input took ${ratio.toFixed(1)}x the time`).toBeLessThan(MAX_RATIO);
}
