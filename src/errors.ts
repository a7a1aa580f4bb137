/** Error codes a caller can switch on (each documented in docs/messages.md). */
export const ERROR_CODES = [
  'EMPTY_FILE',
  'BINARY_FILE',
  'FILE_TOO_LARGE',
  'INVALID_JSON',
  'INVALID_RECORD',
  'NO_BODY',
  'NOT_FOUND',
  'READ_FAILED',
  'MANIFEST_INVALID',
  'MANIFEST_MISSING_FILE',
  'UNSUPPORTED_FORMAT',
  'INVALID_INPUT',
  'INVALID_LEXICON',
  /** An input was not finished within its work budget (CLI --timeout); the run went on without it. */
  'TIMEOUT',
  /** The worker thread processing an input died; the run went on without it. */
  'WORKER_FAILED',
  /** The input nests deeper than the loader's limit (HTML elements, JSON arrays/objects). */
  'TOO_DEEP',
  'USAGE',
] as const;
/** One of ERROR_CODES: what a FramediffError or LoadError is about (documented in docs/messages.md). */
export type FramediffErrorCode = (typeof ERROR_CODES)[number];

/** A typed error that names the input it is about. */
export class FramediffError extends Error {
  override readonly name = 'FramediffError';
  /** The reason alone, without the file name that `message` starts with. */
  readonly reason: string;
  /** 1-based line and column in the file, where the problem has a position (bad JSON, a lexicon entry). */
  readonly line?: number;
  readonly column?: number;
  constructor(
    readonly code: FramediffErrorCode,
    /** File path or input label the error is about (empty when none applies). */
    readonly file: string,
    message: string,
    options?: { cause?: unknown; line?: number; column?: number },
  ) {
    super(file ? `${file}: ${message}` : message, options);
    this.reason = message;
    if (options?.line !== undefined) {
      this.line = options.line;
      this.column = options.column ?? 1;
    }
  }

  /** Plain-data form, as written into results and JSON output. */
  toJSON(): LoadError {
    const out: LoadError = { code: this.code, file: this.file, message: this.reason };
    if (this.line !== undefined) Object.assign(out, { line: this.line, column: this.column });
    return out;
  }
}

/** A per-file failure reported in a corpus result (the rest of the corpus goes on). */
export interface LoadError {
  code: FramediffErrorCode;
  file: string;
  message: string;
  /** 1-based line and column in `file`, where known. */
  line?: number;
  column?: number;
}
