/** Error codes a caller can switch on. */
export type FramediffErrorCode =
  | 'EMPTY_FILE'
  | 'BINARY_FILE'
  | 'FILE_TOO_LARGE'
  | 'INVALID_JSON'
  | 'INVALID_RECORD'
  | 'NO_BODY'
  | 'NOT_FOUND'
  | 'READ_FAILED'
  | 'MANIFEST_INVALID'
  | 'MANIFEST_MISSING_FILE'
  | 'UNSUPPORTED_FORMAT'
  | 'INVALID_INPUT'
  | 'INVALID_LEXICON'
  /** An input was not finished within its work budget (CLI --timeout); the run went on without it. */
  | 'TIMEOUT'
  /** The worker thread processing an input died; the run went on without it. */
  | 'WORKER_FAILED'
  /** The input nests deeper than the loader's limit (HTML elements, JSON arrays/objects). */
  | 'TOO_DEEP'
  | 'USAGE';

/** A typed error that names the input it is about. */
export class FramediffError extends Error {
  override readonly name = 'FramediffError';
  /** The reason alone, without the file name that `message` starts with. */
  readonly reason: string;
  constructor(
    readonly code: FramediffErrorCode,
    /** File path or input label the error is about (empty when none applies). */
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(file ? `${file}: ${message}` : message, options);
    this.reason = message;
  }

  /** Plain-data form, as written into results and JSON output. */
  toJSON(): LoadError {
    return { code: this.code, file: this.file, message: this.reason };
  }
}

/** A per-file failure reported in a corpus result (the rest of the corpus goes on). */
export interface LoadError {
  code: FramediffErrorCode;
  file: string;
  message: string;
}
