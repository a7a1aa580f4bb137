// Analyze throughput next to bare wink-nlp `readDoc` (+ sentences + POS) on the same texts, in the same run,
// so the ratio says what our analysis costs on top of tokenizing/tagging, whatever the machine.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** CPU time of this process so far, in seconds (user + system): steadier than the clock on a shared machine. */
const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/**
 * @param {{ articles: import('../dist/index.js').Article[], around?: (fn: () => unknown) => Promise<unknown> }} input
 *   normalized articles; `around` wraps the analyze loop alone (the profiler, so readDoc stays out of the profile)
 * @returns {Promise<{ articles: number, tokens: number, seconds: number, articlesPerSec: number,
 *   tokensPerSec: number, readDocSeconds: number, ratio: number, cpuRatio: number }>}
 */
export async function benchAnalyze({ articles, around = async (fn) => fn() }) {
  const lib = await import(join(root, 'dist/index.js'));
  // The model accessor is internal, not a package export; dist/nlp.js is its own built chunk.
  const nlp = (await import(join(root, 'dist/nlp.js'))).getNlp();
  // Warm-up outside the timings: model instantiation and JIT, paid once per process.
  if (articles.length > 0) {
    lib.analyze(articles[0]);
    nlp.readDoc(articles[0].text);
  }

  let tokens = 0;
  const t0 = performance.now();
  const c0 = cpuSeconds();
  await around(() => {
    for (const article of articles) tokens += lib.analyze(article).tokens;
  });
  const cpu = cpuSeconds() - c0;
  const seconds = (performance.now() - t0) / 1000;

  const t1 = performance.now();
  const c1 = cpuSeconds();
  // The tagger's own work, as analyze uses it: tokens, sentences and POS tags read out.
  for (const article of articles) {
    const doc = nlp.readDoc(article.text);
    doc.tokens().out(nlp.its.pos);
    doc.sentences().length();
  }
  const readDocCpu = cpuSeconds() - c1;
  const readDocSeconds = (performance.now() - t1) / 1000;

  return {
    articles: articles.length,
    tokens,
    seconds,
    articlesPerSec: articles.length / seconds,
    tokensPerSec: tokens / seconds,
    readDocSeconds,
    ratio: seconds / readDocSeconds,
    cpuRatio: cpu / readDocCpu,
  };
}
