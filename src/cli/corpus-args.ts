import { stat } from 'node:fs/promises';
import { filePosition } from '../text/messages.js';
import type { LoadError } from '../errors.js';
import { stringFlag, UsageError, type ParsedArgs } from './args.js';
import { writeOutputFile, writeStdout } from './output.js';

/** What every corpus command takes: inputs (or a manifest alone) and where the data goes. */
export interface CorpusArgs {
  paths: string[];
  manifest: string | undefined;
  /** undefined means stdout (`--out -` or no --out). */
  out: string | undefined;
}

/** Check the inputs and --manifest shared by normalize, analyze and compare; usage errors exit 2. */
export async function corpusArgs({ positionals, flags }: ParsedArgs): Promise<CorpusArgs> {
  const manifest = stringFlag(flags, 'manifest');
  // With --manifest alone, the loader reads the files the manifest lists.
  if (positionals.length === 0 && !manifest) throw new UsageError('give at least one file, folder or glob (or --manifest FILE)');
  if (manifest && !(await stat(manifest).catch(() => null))?.isFile()) throw new UsageError(`--manifest: no such file "${manifest}"`);
  const outFlag = stringFlag(flags, 'out');
  const out = outFlag !== undefined && outFlag !== '-' ? outFlag : undefined;
  return { paths: positionals, manifest, out };
}

/** --jobs and --timeout, shared by the commands that analyze (worker pool options). */
export const POOL_OPTIONS = { jobs: { type: 'string', short: 'j' }, timeout: { type: 'string' } } as const;

/** Default per-input work budget: far above any real article (about 0.1 s), low enough that a stuck file does not stall a batch job. */
export const DEFAULT_TIMEOUT_SECONDS = 60;

export const POOL_HELP = `  -j, --jobs N      worker threads (default: the number of cores); output is the same for any N
  --timeout SECONDS work budget per input file (default ${DEFAULT_TIMEOUT_SECONDS}, 0 = none); a file past it is
                    reported as TIMEOUT and the run goes on`;

/** `--jobs N` (default: cores) and `--timeout SECONDS` as the pool takes them. */
export function poolFlags(flags: ParsedArgs['flags'], cores: number): { jobs: number; budgetMs: number } {
  const jobsFlag = stringFlag(flags, 'jobs');
  const jobs = jobsFlag === undefined ? cores : Number(jobsFlag);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number of at least 1, not "${jobsFlag}"`);
  const timeoutFlag = stringFlag(flags, 'timeout');
  const seconds = timeoutFlag === undefined ? DEFAULT_TIMEOUT_SECONDS : Number(timeoutFlag);
  if (!Number.isFinite(seconds) || seconds < 0) throw new UsageError(`--timeout must be a number of seconds (0 = none), not "${timeoutFlag}"`);
  return { jobs, budgetMs: Math.round(seconds * 1000) };
}

/** `--format json|jsonl` for the commands that print articles. */
export function jsonFormat(flags: ParsedArgs['flags']): 'json' | 'jsonl' {
  const format = flags.format ?? 'json';
  if (format !== 'json' && format !== 'jsonl') throw new UsageError(`--format must be json or jsonl, not "${String(format)}"`);
  return format;
}

/**
 * Progress lines on stderr: on with --progress, off with --no-progress/--progress=false or -q,
 * otherwise on when stderr is a terminal.
 */
export function progressReporter(flags: ParsedArgs['flags']): (line: string) => void {
  const show = flags.progress === true || (flags.progress === undefined && flags.quiet !== true && process.stderr.isTTY === true);
  return (line) => {
    if (show) process.stderr.write(`framediff: ${line}\n`);
  };
}

/** loadCorpus's onProgress, printing about twenty steps: one line per file is noise on big corpora. */
export function loadProgress(progress: (line: string) => void): (p: { loaded: number; total: number }) => void {
  let last = -1;
  return ({ loaded, total }) => {
    if (loaded === total || loaded - last >= Math.max(1, Math.ceil(total / 20))) {
      last = loaded;
      progress(`loaded ${loaded}/${total} files`);
    }
  };
}

/** Each input that failed, one line on stderr: `framediff: <file>: <CODE>: message`. */
export function printLoadErrors(errors: readonly LoadError[]): void {
  for (const e of errors) process.stderr.write(`framediff: ${filePosition(e.file, e)}: ${e.code}: ${e.message}\n`);
}

/** Most warning lines printed before a count of the rest: a big corpus should not bury its errors. */
const MAX_WARNING_LINES = 20;

/**
 * Article warnings (severity warning or error; info stays in the data) on stderr, one line each,
 * so a guessed encoding or an unknown outlet is seen by someone who only reads the report.
 */
export function printArticleWarnings(articles: readonly { source: { label: string }; warnings: readonly { code: string; message: string; severity: string; line?: number; column?: number }[] }[]): void {
  const lines = articles.flatMap((a) =>
    a.warnings.filter((w) => w.severity !== 'info').map((w) => `framediff: ${filePosition(a.source.label, w)}: warning ${w.code}: ${w.message}\n`),
  );
  for (const line of lines.slice(0, MAX_WARNING_LINES)) process.stderr.write(line);
  if (lines.length > MAX_WARNING_LINES) process.stderr.write(`framediff: … and ${lines.length - MAX_WARNING_LINES} more warnings (all are in the JSON output)\n`);
}

/** Articles as one JSON document `{articles, errors}` or as JSON Lines, to `out` or stdout. */
export async function writeArticles(format: 'json' | 'jsonl', articles: readonly object[], errors: readonly LoadError[], out: string | undefined): Promise<void> {
  const data =
    format === 'json'
      ? `${JSON.stringify({ articles, errors }, null, 2)}\n`
      : articles.map((a) => `${JSON.stringify(a)}\n`).join('');
  if (out) await writeOutputFile(out, data);
  else await writeStdout(data);
}
