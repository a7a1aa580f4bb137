import { FramediffError, type LoadError } from '../errors.js';

/**
 * A failure as plain data: the file in `file` and the bare reason in `message`, so printing
 * `<file>: <CODE>: <message>` does not name the file twice. Unknown errors are bugs, reported as
 * INVALID_INPUT against the file rather than ending the corpus run.
 */
export function toLoadError(error: unknown, file: string): LoadError {
  if (error instanceof FramediffError) {
    return { ...error.toJSON(), file: error.file || file };
  }
  return { code: 'INVALID_INPUT', file, message: `internal error while processing: ${error instanceof Error ? error.message : String(error)}` };
}
