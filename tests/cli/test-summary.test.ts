/** The one-line test summary counts `it.fails` tests as expected failures, not as passes. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('scripts/test-summary.mjs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'framediff-summary-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('runs a real vitest suite and reports 2 passed, 1 expected failure, 0 failed, 1 skipped', async () => {
    await run('npx', [
      'vitest', 'run', '--config', 'tests/fixtures/summary/vitest.config.mjs',
      '--reporter=json', `--outputFile.json=${join(dir, 'vitest.json')}`,
      `--reporter=${resolve('scripts/expected-failures-reporter.mjs')}`,
    ], { env: { ...process.env, FORCE_COLOR: '0', EXPECTED_FAILURES_FILE: join(dir, 'expected-failures.json') } });
    expect(JSON.parse(await readFile(join(dir, 'expected-failures.json'), 'utf8'))).toEqual(['a known gap']);
    const { stdout } = await run('node', ['scripts/test-summary.mjs', dir]);
    expect(stdout).toBe('2 passed, 1 expected failures, 0 failed, 1 skipped\n');
  });
});
