/**
 * A pool worker (worker_threads): loads the model and the lexicons once, then runs the tasks
 * the main thread sends, one at a time, replying with their results.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadLexiconFiles } from '../../load/node/lexicon-files.js';
import { runTask, taskLabel, type Task, type TaskResult, type WorkerInit } from './tasks.js';

const init = workerData as WorkerInit;
const lexicons = init.lexiconFiles.length > 0 ? await loadLexiconFiles(init.lexiconFiles) : undefined;

parentPort!.on('message', ({ seq, task }: { seq: number; task: Task }) => {
  let value: TaskResult;
  try {
    value = runTask(task, init, lexicons);
  } catch (error) {
    // A bug in one input's processing must not take the worker (and the inputs queued on it) down.
    value = { articles: [], errors: [{ code: 'WORKER_FAILED', file: taskLabel(task), message: `processing failed: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  parentPort!.postMessage({ seq, value });
});
