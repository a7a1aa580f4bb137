/**
 * Where the CLI's data goes (stdout or files) and what a failed write becomes: an OutputError that
 * main.ts prints as one line and turns into exit code 3 (EXIT.WRITE_FAILED), never a stack trace.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Exit codes of every command, documented in each --help and the README. */
export const EXIT = {
  OK: 0,
  /** Some inputs failed (the others are still written), or nothing could be loaded. */
  INPUT_FAILED: 1,
  USAGE: 2,
  /** The data could not be written: full disk, a path that cannot be created, a closed pipe. */
  WRITE_FAILED: 3,
} as const;

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  ENOENT: 'no such file or folder',
  EPIPE: 'the reader closed the pipe before all data was written',
  EIO: 'input/output error',
};

/** A write that failed; `target` is the file or "stdout". */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  constructor(
    readonly target: string,
    readonly code: string,
  ) {
    super(`cannot write ${target}: ${REASONS[code] ?? 'write failed'} (${code})`);
  }
}

export function toOutputError(target: string, error: unknown): OutputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return new OutputError(target, typeof code === 'string' ? code : 'EIO');
}

/** Write `data` to `file`, creating its folder; any failure is an OutputError. */
export async function writeOutputFile(file: string, data: string): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
  } catch (error) {
    // mkdir says EEXIST when a file stands where a folder of the path should be.
    throw (error as NodeJS.ErrnoException).code === 'EEXIST' ? new OutputError(file, 'ENOTDIR') : toOutputError(file, error);
  }
  try {
    await writeFile(file, data, 'utf8');
  } catch (error) {
    throw toOutputError(file, error);
  }
}

let stdoutError: OutputError | undefined;
let listening = false;

/**
 * Write to stdout and wait for the flush, so a piped reader gets everything before the exit code.
 * A closed pipe (EPIPE, `| head`) or another stream error is an OutputError.
 */
export function writeStdout(data: string): Promise<void> {
  if (!listening) {
    // Stays attached: the stream reports EPIPE after the write callback too, and an 'error' with
    // no listener would crash the process with a stack trace.
    listening = true;
    process.stdout.on('error', (error) => {
      stdoutError ??= toOutputError('stdout', error);
    });
  }
  if (stdoutError) return Promise.reject(stdoutError);
  return new Promise((resolve, reject) => {
    process.stdout.write(data, (error) => {
      if (error || stdoutError) reject(stdoutError ?? toOutputError('stdout', error));
      else resolve();
    });
  });
}
