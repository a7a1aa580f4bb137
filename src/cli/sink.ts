/**
 * Where streamed output goes: stdout or a file, written in order with backpressure (each
 * write awaited), so a slow reader slows the run instead of filling memory. Failures are
 * OutputErrors (exit 3), like the one-shot writes in output.ts.
 */
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { OutputError, toOutputError, writeStdout } from './output.js';

export interface Sink {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

export async function openSink(out: string | undefined): Promise<Sink> {
  if (!out) return { write: writeStdout, close: async () => {} };
  let handle: FileHandle;
  try {
    await mkdir(dirname(out), { recursive: true });
  } catch (error) {
    throw (error as NodeJS.ErrnoException).code === 'EEXIST' ? new OutputError(out, 'ENOTDIR') : toOutputError(out, error);
  }
  try {
    handle = await open(out, 'w');
  } catch (error) {
    throw toOutputError(out, error);
  }
  return {
    write: async (chunk) => {
      try {
        await handle.write(chunk, null, 'utf8');
      } catch (error) {
        throw toOutputError(out, error);
      }
    },
    close: async () => {
      try {
        await handle.close();
      } catch (error) {
        throw toOutputError(out, error);
      }
    },
  };
}
