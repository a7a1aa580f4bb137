// `npm run bench [-- stage... | --profile]`: throughput of each pipeline stage on this machine, from
// the built package. Figures are noisy on shared machines: compare ratios measured within one run.
// `--profile` adds, per stage, the top self-time functions and files of a V8 CPU profile.
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const profile = args.includes('--profile');
// Profiles name source files through dist's source maps; they must be on before dist loads.
if (profile) process.setSourceMapsEnabled(true);
const only = args.filter((a) => !a.startsWith('--'));
const want = (name) => only.length === 0 || only.includes(name);
const fmt = (n, d = 1) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const lib = await import(join(root, 'dist/index.js'));
const { profiled } = await import('./profile.mjs');
const stage = (name, fn) => (profile ? profiled(name, fn) : fn());
const corpusDir = join(root, 'corpus');

console.log(`framediff bench: node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${fmt(os.totalmem() / 2 ** 30, 0)} GiB, load average ${fmt(os.loadavg()[0], 1)}`);

if (want('normalize')) {
  const { benchNormalize } = await import('./normalize.mjs');
  const r = await stage('load+normalize', () => benchNormalize({ corpusDir, count: 2000, lib }));
  console.log(`load+normalize: ${r.articles} articles, ${fmt(r.megabytes, 2)} MB in ${fmt(r.seconds, 2)} s → ${fmt(r.articlesPerSec, 0)} articles/s, ${fmt(r.megabytesPerSec, 2)} MB/s`);
}

if (want('analyze')) {
  const { benchAnalyze } = await import('./analyze.mjs');
  const { articles } = await lib.loadCorpus(corpusDir);
  // 200 articles: the seeds repeated; enough to amortize model loading, short enough to run in CI time.
  const sample = Array.from({ length: 200 }, (_, i) => articles[i % articles.length]);
  // The profile covers the analyze loop only: the bare readDoc loop run beside it would inflate wink's share.
  const around = profile ? (fn) => profiled('analyze (the analyze loop alone)', fn) : undefined;
  const r = await benchAnalyze({ articles: sample, around });
  console.log(`analyze: ${r.articles} articles, ${r.tokens} tokens in ${fmt(r.seconds, 2)} s → ${fmt(r.articlesPerSec, 1)} articles/s, ${fmt(r.tokensPerSec, 0)} tokens/s; bare nlp.readDoc ${fmt(r.readDocSeconds, 2)} s; analyze/readDoc time ratio ${fmt(r.ratio, 2)}, CPU-time ratio ${fmt(r.cpuRatio, 2)}`);
}

if (want('compare')) {
  const { benchCompare } = await import('./compare.mjs');
  const r = await stage('compare', () => benchCompare({ sizes: [100, 1000, 2000], lib }));
  for (const s of r.sizes) console.log(`compare: ${s.articles} articles in ${fmt(s.seconds, 2)} s (CPU ${fmt(s.cpuSeconds, 2)} s)`);
  console.log(`compare: 2000/1000 time ratio ${fmt(r.ratio, 2)}, CPU-time ratio ${fmt(r.cpuRatio, 2)}; peak RSS ${fmt(r.peakRssMB, 0)} MB`);
}

// The CLI as a user runs it, each run its own process (peak RSS per run from /usr/bin/time).
const cliBench = () => import('./cli.mjs');
const sizesArg = (name, fallback) => {
  const a = args.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3).split(',').map(Number) : fallback;
};

if (want('startup')) {
  const r = (await cliBench()).benchStartup();
  console.log(`startup: framediff --help ${fmt(r.helpSeconds, 3)} s, node -e 0 ${fmt(r.nodeSeconds, 3)} s (medians of 7); ratio ${fmt(r.ratio, 2)}`);
}

if (want('jobs')) {
  const r = (await cliBench()).benchJobs(200, 2);
  console.log(`jobs: analyze of ${r.files} files, --jobs 1 ${fmt(r.oneSeconds, 2)} s, --jobs ${r.jobs} ${fmt(r.manySeconds, 2)} s; speed-up ${fmt(r.speedup, 2)}×`);
}

if (want('compare-cli')) {
  const rs = await (await cliBench()).benchCompareCli(sizesArg('compare-sizes', [1000, 2000]));
  for (const r of rs) console.log(`compare-cli: ${r.articles} raw files → JSON report in ${fmt(r.seconds, 2)} s (CPU ${fmt(r.cpuSeconds, 1)} s), peak RSS ${fmt(r.rssMB, 0)} MB, valid JSON ${r.valid}; bare readDoc ${fmt(r.readDocSeconds, 2)} s; ratio ${fmt(r.ratio, 2)}, CPU-time ratio ${fmt(r.cpuRatio, 2)}`);
  if (rs.length >= 2) console.log(`compare-cli: ${rs[1].articles}/${rs[0].articles} time ratio ${fmt(rs[1].seconds / rs[0].seconds, 2)}, CPU-time ratio ${fmt(rs[1].cpuSeconds / rs[0].cpuSeconds, 2)}`);
}

if (want('stream')) {
  const rs = (await cliBench()).benchStream(sizesArg('stream-sizes', [2000, 20000]));
  for (const r of rs) console.log(`stream: analyze - (paths on stdin, JSONL out) ${r.articles} files in ${fmt(r.seconds, 1)} s (${fmt(r.articlesPerSec, 1)} articles/s), peak RSS ${fmt(r.rssMB, 0)} MB`);
  if (rs.length >= 2) console.log(`stream: peak RSS ${rs[1].articles} / ${rs[0].articles} = ${fmt(rs[1].rssMB / rs[0].rssMB, 2)}`);
}

// Flat memory of the map step at scale: short generated records on stdin, not files (issue 16).
if (only.includes('stream-records')) {
  const rs = await (await cliBench()).benchStreamRecords(sizesArg('record-sizes', [10000, 100000]), sizesArg('record-jobs', [2])[0]);
  for (const r of rs) console.log(`stream-records: analyze - (generated JSON records on stdin, JSONL out, --jobs 2) ${r.articles} records in ${fmt(r.seconds, 1)} s (${fmt(r.articlesPerSec, 1)} records/s), peak RSS ${fmt(r.rssMB, 0)} MB`);
  if (rs.length >= 2) console.log(`stream-records: peak RSS ${rs.at(-1).articles} / ${rs[0].articles} = ${fmt(rs.at(-1).rssMB / rs[0].rssMB, 2)}`);
}
