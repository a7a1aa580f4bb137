/** Run the built `framediff` binary as a user would; never throws. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CLI = 'dist/cli.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm test` builds first; a bare `vitest run` builds here so a test never runs a stale or missing CLI. */
export async function ensureBuiltCli(): Promise<void> {
  if (!existsSync(CLI) || process.env.FRAMEDIFF_REBUILD) await run('npx', ['tsup'], { maxBuffer: 16 * 1024 * 1024 });
}

/** Run the built CLI with `args`: the exit code and both streams. */
export async function cli(...args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run('node', [CLI, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
