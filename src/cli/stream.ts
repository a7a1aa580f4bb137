/**
 * The streaming path of normalize and analyze (and the analysis half of compare): inputs are
 * planned without being read (paths, or lines of stdin with `-`), run through the worker pool
 * and written as they come back, in input order. Nothing holds the whole corpus: memory stays
 * flat with its size, whatever --jobs.
 */
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { LoadError } from '../errors.js';
import { planCorpus, type CorpusPlan } from '../load/node/load-corpus.js';
import { printLoadErrors } from './corpus-args.js';
import { ArticlesJsonWriter } from './json-stream.js';
import { runPool, type PoolResult } from './pool/pool.js';
import { taskLabel, type Task, type TaskResult, type WorkerInit } from './pool/tasks.js';
import { openSink } from './sink.js';
import type { Shard } from './shard.js';

export interface RunOptions {
  paths: string[];
  manifest: string | undefined;
  lexiconFiles: string[];
  jobs: number;
  /** Per-input work budget in ms (0: none). */
  budgetMs: number;
  /** Only this shard's articles and errors (--shard i/n). */
  shard?: Shard;
  progress: (line: string) => void;
}

/** The inputs as tasks: stdin's lines with `-` (a JSON record or a path per line), else the planned files. */
export async function corpusTasks(paths: string[], manifest: string | undefined): Promise<{ tasks: AsyncIterable<Task>; plan?: CorpusPlan }> {
  if (paths.length === 1 && paths[0] === '-') return { tasks: stdinTasks(manifest) };
  const plan = await planCorpus(paths, { manifest });
  const tasks: Task[] = [...plan.errors.map((error) => ({ kind: 'error' as const, error })), ...plan.files.map((f) => ({ kind: 'file' as const, ...f }))];
  return { tasks: toAsync(tasks), plan };
}

async function* toAsync<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

/** One task per non-blank stdin line: `{...}` is an article record (read alone: no state across lines), anything else a path. */
async function* stdinTasks(manifest: string | undefined): AsyncGenerator<Task> {
  let line = 0;
  for await (const text of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    line++;
    const t = text.trim();
    if (!t) continue;
    if (t.startsWith('{')) {
      yield { kind: 'record', label: `<stdin>:${line}`, content: t };
      continue;
    }
    const plan = await planCorpus([t], { manifest });
    for (const error of plan.errors) yield { kind: 'error', error };
    for (const f of plan.files) yield { kind: 'file', ...f };
  }
}

/** A pool result as the task's articles and errors; a timeout or a dead worker is a typed error naming the input. */
export function taskOutcome(task: Task, result: PoolResult<TaskResult>, budgetMs: number): TaskResult {
  if (result.ok) return result.value;
  const file = taskLabel(task);
  const error: LoadError = result.timeout
    ? { code: 'TIMEOUT', file, message: `not finished within the ${budgetMs / 1000} s work budget (--timeout); skipped, the run goes on` }
    : { code: 'WORKER_FAILED', file, message: `the worker processing this input failed (${result.error}); skipped, the run goes on` };
  return { articles: [], errors: [error] };
}

/** Run every input through the pool, yielding each task's outcome in input order. */
export async function* processInputs(tasks: AsyncIterable<Task>, init: WorkerInit, o: Pick<RunOptions, 'jobs' | 'budgetMs'>): AsyncGenerator<TaskResult & { task: Task }> {
  const script = new URL('./pool-worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(script))) {
    // Run from the TypeScript sources (tests, development): no built worker to start, so the
    // tasks run here, one after the other (same results; no work budget).
    yield* processInline(tasks, init);
    return;
  }
  for await (const { task, result } of runPool<Task, TaskResult>(tasks, { jobs: o.jobs, budgetMs: o.budgetMs, init, script })) {
    yield { ...taskOutcome(task, result, o.budgetMs), task };
  }
}

async function* processInline(tasks: AsyncIterable<Task>, init: WorkerInit): AsyncGenerator<TaskResult & { task: Task }> {
  const [{ runTask }, { loadLexiconFiles }] = await Promise.all([import('./pool/tasks.js'), import('../load/node/lexicon-files.js')]);
  const lexicons = init.lexiconFiles.length > 0 ? await loadLexiconFiles(init.lexiconFiles) : undefined;
  for await (const task of tasks) yield { ...runTask(task, init, lexicons), task };
}

/** normalize / analyze: stream every article to `out` (or stdout) as JSON Lines or one JSON document. */
export async function streamArticles(step: WorkerInit['step'], format: 'json' | 'jsonl', out: string | undefined, o: RunOptions): Promise<{ errors: LoadError[]; articles: number }> {
  const { tasks, plan } = await corpusTasks(o.paths, o.manifest);
  const sink = await openSink(out);
  const json = format === 'json' ? new ArticlesJsonWriter(sink.write) : null;
  const errors: LoadError[] = [];
  const total = plan?.files.length;
  let articles = 0;
  let inputs = 0;
  try {
    for await (const r of processInputs(tasks, { step, output: format, lexiconFiles: o.lexiconFiles, shard: o.shard }, o)) {
      printLoadErrors(r.errors);
      errors.push(...r.errors);
      if (json) for (const a of r.articles) await json.article(a as string);
      else if (r.articles.length > 0) await sink.write(r.articles.join(''));
      articles += r.articles.length;
      if (r.task.kind !== 'file') continue;
      inputs++;
      // About twenty lines: one per file is noise on big corpora.
      if (total && (inputs === total || inputs % Math.max(1, Math.ceil(total / 20)) === 0)) o.progress(`${step === 'analyze' ? 'analyzed' : 'loaded'} ${inputs}/${total} files`);
    }
    if (json) await json.end(errors);
  } finally {
    await sink.close();
  }
  return { errors, articles };
}
