/**
 * The work of one input (a file, or one JSONL record read from stdin), as a worker runs it:
 * load → normalize → (analyze), and the articles either serialized for output (so the main
 * thread only writes strings) or as objects (compare needs them whole).
 */
import type { LoadError } from '../../errors.js';
import type { ArticleMetaInput } from '../../types/article.js';
import type { AnalyzedArticle } from '../../types/comparison.js';
import type { Article } from '../../types/article.js';
import type { Lexicons } from '../../lexicons/index.js';
import { loadBytes, loadFile } from '../../load/node/load-corpus.js';
import { analyzeCorpus } from '../../analyze/analyze.js';
import { jsonMember } from '../json-stream.js';
import { articleShardKey, takeShard, type Shard } from '../shard.js';

export type Task =
  | { kind: 'file'; file: string; meta: ArticleMetaInput | undefined }
  | { kind: 'record'; label: string; content: string }
  /** An error found while planning (a path that does not exist): passed through to keep its place in order. */
  | { kind: 'error'; error: LoadError };

export interface WorkerInit {
  /** What to do with each input. */
  step: 'normalize' | 'analyze';
  /** jsonl: one line per article; json: pretty, indented as a member of the `articles` array; object: the article itself. */
  output: 'jsonl' | 'json' | 'object';
  lexiconFiles: string[];
  /** Keep only this shard's articles (by event, else article id) and errors (by file). */
  shard?: Shard;
}

export interface TaskResult {
  /** Serialized articles (jsonl, json) or the articles (object), in record order. */
  articles: (string | Article | AnalyzedArticle)[];
  errors: LoadError[];
}

/** The label a task is known by in messages (its file or stdin record). */
export function taskLabel(task: Task): string {
  return task.kind === 'file' ? task.file : task.kind === 'record' ? task.label : task.error.file;
}

export function runTask(task: Task, init: WorkerInit, lexicons: Lexicons | undefined): TaskResult {
  const errorsOfShard = (errors: LoadError[]) => takeShard(errors, init.shard, (e) => `file:${e.file}`);
  if (task.kind === 'error') return { articles: [], errors: errorsOfShard([task.error]) };
  // --lexicon files reach load (HTML rules) and normalize (boilerplate) as well as analysis.
  const options = lexicons ? { parse: { htmlRules: lexicons.html }, normalize: { boilerplate: lexicons.boilerplate } } : {};
  const loaded = task.kind === 'file' ? loadFile(task.file, task.meta, options) : loadBytes(task.label, new TextEncoder().encode(task.content), undefined, options);
  // Cut to the shard before analysis: another worker's articles cost nothing here.
  const mine = takeShard(loaded.articles, init.shard, articleShardKey);
  const articles = init.step === 'analyze' ? analyzeCorpus(mine, lexicons ? { lexicons } : {}) : mine;
  const out = init.output === 'object' ? articles : articles.map((a) => (init.output === 'jsonl' ? `${JSON.stringify(a)}\n` : jsonMember(a, 2)));
  return { articles: out, errors: errorsOfShard(loaded.errors) };
}
