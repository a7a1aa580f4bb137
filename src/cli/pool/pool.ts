/**
 * A pool of worker threads that runs one task per file and hands the results back in input
 * order, whatever order the workers finish in, so output is the same for any --jobs. At most
 * `window` tasks are in flight or waiting to be written: memory stays flat however long the
 * input. A task past its time budget has its worker terminated (the only way to stop a stuck
 * regex) and comes back as a TIMEOUT; a fresh worker takes its place and the run goes on.
 * Node-only (worker_threads); the runtime-neutral core never imports this.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';

export interface PoolOptions {
  /** Worker threads; default: the machine's cores. */
  jobs?: number;
  /** Milliseconds one task may take before it is abandoned as a TIMEOUT; 0 = no budget. */
  budgetMs?: number;
  /** Data every worker gets once at start (workerData): lexicon files, output format ... */
  init: unknown;
  /** The worker script. */
  script: URL;
}

export type PoolResult<R> = { ok: true; value: R } | { ok: false; timeout: true; ms: number } | { ok: false; timeout: false; error: string };

/** One worker and what to do with its next event (set while a task runs). */
interface Slot {
  worker: Worker;
  busy: boolean;
  on: { message(m: unknown): void; failed(why: string): void } | null;
}

interface Pending<T, R> {
  task: T;
  seq: number;
  started: boolean;
  done?: PoolResult<R>;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

function iterate<T>(tasks: AsyncIterable<T> | Iterable<T>): AsyncIterator<T> | Iterator<T> {
  return Symbol.asyncIterator in tasks ? tasks[Symbol.asyncIterator]() : (tasks as Iterable<T>)[Symbol.iterator]();
}

/** A new worker in `slot` (or a new slot); its listeners live as long as the worker, so an idle worker's error cannot crash the run. */
function spawnWorker(options: PoolOptions, slot?: Slot): Slot {
  const worker = new Worker(options.script, { workerData: options.init });
  const s: Slot = slot ?? { worker, busy: false, on: null };
  s.worker = worker;
  worker.on('message', (m) => s.worker === worker && s.on?.message(m));
  worker.on('error', (e: Error) => s.worker === worker && s.on?.failed(e.message));
  worker.on('exit', (code) => s.worker === worker && s.on?.failed(`worker exited with code ${code}`));
  return s;
}

/**
 * Run `tasks` through the pool; yields one result per task, in task order. Tasks are pulled
 * lazily, so an input stream (stdin) is read only as fast as results are written.
 */
export async function* runPool<T, R>(tasks: AsyncIterable<T> | Iterable<T>, options: PoolOptions): AsyncGenerator<{ task: T; result: PoolResult<R> }> {
  const jobs = Math.max(1, options.jobs ?? defaultJobs());
  const window = jobs * 4;
  const budget = options.budgetMs ?? 0;
  const slots: Slot[] = [];
  const queue: Pending<T, R>[] = []; // in input order: waiting, running or finished-but-unwritten
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const iterator = iterate(tasks);
  let exhausted = false;
  let closed = false;
  const timers = new Set<NodeJS.Timeout>();
  let seq = 0;

  const spawn = (slot?: Slot): Slot => spawnWorker(options, slot);

  const start = (slot: Slot, p: Pending<T, R>) => {
    slot.busy = true;
    p.started = true;
    const began = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const finish = (result: PoolResult<R>, replace: boolean) => {
      if (timer) {
        clearTimeout(timer);
        timers.delete(timer);
      }
      slot.on = null;
      // After the consumer stopped (a closed pipe), nothing may respawn a worker or keep the process alive.
      if (closed) return;
      if (replace) {
        // A stuck or dead worker is replaced: terminate() is the only way to stop a runaway regex.
        void slot.worker.terminate();
        spawn(slot);
      }
      p.done = result;
      slot.busy = false;
      notify();
    };
    slot.on = {
      message: (m) => {
        const reply = m as { seq: number; value: R };
        if (reply.seq === p.seq) finish({ ok: true, value: reply.value }, false);
      },
      failed: (why) => finish({ ok: false, timeout: false, error: why }, true),
    };
    if (budget > 0) timers.add((timer = setTimeout(() => finish({ ok: false, timeout: true, ms: Date.now() - began }, true), budget)));
    slot.worker.postMessage({ seq: p.seq, task: p.task });
  };

  const fill = async () => {
    while (!exhausted && queue.length < window) {
      const next = await iterator.next();
      if (next.done) exhausted = true;
      else queue.push({ task: next.value, seq: seq++, started: false });
    }
    for (const p of queue) {
      if (p.started) continue;
      let slot = slots.find((s) => !s.busy);
      if (!slot && slots.length < jobs) slots.push((slot = spawn()));
      if (!slot) break;
      start(slot, p);
    }
  };

  try {
    for (;;) {
      await fill();
      while (queue.length > 0 && queue[0].done) {
        const p = queue.shift()!;
        yield { task: p.task, result: p.done! };
        await fill();
      }
      if (exhausted && queue.length === 0) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    closed = true;
    for (const t of timers) clearTimeout(t);
    for (const s of slots) s.on = null;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
