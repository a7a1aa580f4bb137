/** Run `framediff compare` in-process, capturing stdout/stderr and the exit code. */
import { vi } from 'vitest';
import { UsageError } from '../../src/cli/args.js';
import { compareCommand } from '../../src/cli/commands/compare.js';
import { EXIT, OutputError } from '../../src/cli/output.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCompare(argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const capture = (sink: 'out' | 'err') => (chunk: unknown, ...rest: unknown[]) => {
    if (sink === 'out') stdout += String(chunk);
    else stderr += String(chunk);
    const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    cb?.();
    return true;
  };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(capture('out') as typeof process.stdout.write);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(capture('err') as typeof process.stderr.write);
  try {
    return { code: await compareCommand.run(argv), stdout, stderr };
  } catch (error) {
    // main.ts turns a UsageError into exit code 2.
    if (error instanceof UsageError) return { code: EXIT.USAGE, stdout, stderr: `${stderr}${error.message}\n` };
    if (error instanceof OutputError) return { code: EXIT.WRITE_FAILED, stdout, stderr: `${stderr}${error.message}\n` };
    throw error;
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
