// Benchmarks of the built CLI as a user runs it, each in its own process so peak RSS (from
// /usr/bin/time, the kernel's maximum resident set) is that run's alone:
// start-up, --jobs scaling, compare from raw files, streaming through stdin/stdout.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(root, 'dist/cli.js');

/** Rotate the letters of every `step`-th word from `offset` on: each copy a distinct article of the same length. */
function perturb(text, offset, step) {
  let i = 0;
  return text.replace(/\p{L}{4,}/gu, (w) => (i++ % step === offset ? w.slice(1) + w[0] : w));
}

/** `count` raw article files from the seeds, each altered a little (own bytes, own id); returns the folder and the texts' paths. */
export function writeCorpus(count) {
  const seeds = readdirSync(join(root, 'corpus')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(root, 'corpus', f), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'framediff-bench-cli-'));
  const files = [];
  for (let k = 0; k < count; k++) {
    const file = join(dir, `${String(k).padStart(6, '0')}.txt`);
    writeFileSync(file, perturb(seeds[k % seeds.length], k % 23, 23) + `\n\nCopy ${k}.\n`);
    files.push(file);
  }
  return { dir, files, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Run `node args` under /usr/bin/time: wall seconds, CPU seconds (user + system, all threads:
 * steadier than the clock on a shared machine) and peak RSS in MB.
 */
export function timed(args, { input, stdout = 'ignore' } = {}) {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, ...args], { input, stdio: [input === undefined ? 'ignore' : 'pipe', stdout, 'pipe'], maxBuffer: 1 << 30 });
  const seconds = (performance.now() - t0) / 1000;
  const lines = r.stderr.toString().trim().split('\n');
  const [rss, user, system] = (lines.at(-1) ?? '').split(' ').map(Number);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${lines.slice(-5).join('\n')}`);
  return { seconds, cpuSeconds: user + system, rssMB: rss / 1024, status: r.status };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** `framediff --help` next to `node -e 0`, median of `runs` each. */
export function benchStartup(runs = 7) {
  const help = [];
  const bare = [];
  for (let i = 0; i < runs; i++) {
    help.push(timed([CLI, '--help']).seconds);
    bare.push(timed(['-e', '0']).seconds);
  }
  return { helpSeconds: median(help), nodeSeconds: median(bare), ratio: median(help) / median(bare) };
}

/** analyze of `count` raw files with --jobs 1 and --jobs N: throughput ratio. */
export function benchJobs(count = 200, jobs = 2) {
  const corpus = writeCorpus(count);
  try {
    const one = timed([CLI, 'analyze', corpus.dir, '--format', 'jsonl', '-q', '--jobs', '1']);
    const many = timed([CLI, 'analyze', corpus.dir, '--format', 'jsonl', '-q', '--jobs', String(jobs)]);
    return { files: count, jobs, oneSeconds: one.seconds, manySeconds: many.seconds, speedup: one.seconds / many.seconds };
  } finally {
    corpus.cleanup();
  }
}

/** compare of raw files (load + analyze + compare + JSON report), per size, with bare readDoc of the same texts. */
export async function benchCompareCli(sizes = [1000, 2000]) {
  const out = [];
  for (const size of sizes) {
    const corpus = writeCorpus(size);
    try {
      const report = join(corpus.dir, 'report.json');
      const r = timed([CLI, 'compare', corpus.dir, '--format', 'json', '-o', report, '-q']);
      const readDoc = timed([join(root, 'bench/readdoc.mjs'), corpus.dir]);
      out.push({ articles: size, seconds: r.seconds, cpuSeconds: r.cpuSeconds, rssMB: r.rssMB, readDocSeconds: readDoc.seconds, ratio: r.seconds / readDoc.seconds, cpuRatio: r.cpuSeconds / readDoc.cpuSeconds, valid: validJson(report) });
    } finally {
      corpus.cleanup();
    }
  }
  return out;
}

function validJson(file) {
  try {
    JSON.parse(readFileSync(file, 'utf8'));
    return true;
  } catch {
    return false;
  }
}

/** normalize+analyze streamed: file paths on stdin, JSONL on stdout (discarded), per size: time and peak RSS. */
export function benchStream(sizes = [2000, 20000]) {
  const out = [];
  for (const size of sizes) {
    const corpus = writeCorpus(size);
    try {
      const r = timed([CLI, 'analyze', '-', '--format', 'jsonl', '-q'], { input: corpus.files.join('\n') + '\n' });
      out.push({ articles: size, seconds: r.seconds, rssMB: r.rssMB, articlesPerSec: size / r.seconds });
    } finally {
      corpus.cleanup();
    }
  }
  return out;
}

export { existsSync, execFileSync };

const NAMES = ['Ana Ruiz', 'Tomas Berg', 'Leila Haddad', 'Owen Price', 'Mei Tanaka', 'Jonas Keller', 'Priya Nair', 'Samuel Okafor', 'Clara Novak', 'Daniel Shore'];
const PLACES = ['Riverton', 'Kessel', 'Port Alma', 'Brightwater', 'Halden', 'Mirov', 'Santa Lena', 'Northgate'];
const TOPICS = ['the bridge repairs', 'the water tariff', 'the school budget', 'the harbour expansion', 'the bus strike', 'the housing plan'];
const ROLES = ['the mayor', 'a council member', 'the union leader', 'the transport minister', 'a local business owner', 'the opposition spokeswoman'];

/**
 * A short generated news record (about 120 words: a lead, a quote, a reaction, a number), distinct
 * per `k`: enough shapes for the analysis to do its usual work, short enough that 100,000 run in minutes.
 */
export function generatedRecord(k) {
  const pick = (list, salt) => list[(k * 7 + salt * 13 + Math.floor(k / list.length)) % list.length];
  const [a, b] = [pick(NAMES, 1), pick(NAMES, 5)];
  const place = pick(PLACES, 2);
  const topic = pick(TOPICS, 3);
  const [roleA, roleB] = [pick(ROLES, 4), pick(ROLES, 6)];
  const text = [
    `${place} officials approved changes to ${topic} on Tuesday after weeks of debate, record ${k}.`,
    `"We listened to every neighbourhood and this is the fairest plan we could find," said ${a}, ${roleA}, at a news conference.`,
    `${b}, ${roleB}, called the decision rushed and said residents would pay ${(k % 90) + 10} percent more by next year.`,
    `According to figures released by the council, ${1000 + (k % 9000)} households are affected.`,
    `"This is not the end of it," ${b} told reporters, adding that a legal challenge was being prepared.`,
    `The vote in ${place} passed ${5 + (k % 4)} to ${1 + (k % 3)}, and the changes take effect in the spring.`,
  ].join(' ');
  return JSON.stringify({ id: `gen-${k}`, title: `${place} approves changes to ${topic}`, outlet: `Gazette ${k % 20}`, date: '2026-03-0' + ((k % 9) + 1), text });
}

/**
 * normalize+analyze of `size` generated records streamed through stdin (fed as the CLI reads, never
 * held in full) to JSONL on stdout (discarded), with --jobs `jobs`: time and peak RSS, per size.
 */
export async function benchStreamRecords(sizes = [10000, 100000], jobs = 2) {
  const { spawn } = await import('node:child_process');
  const out = [];
  for (const size of sizes) {
    const t0 = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%M', process.execPath, CLI, 'analyze', '-', '--format', 'jsonl', '-q', '--jobs', String(jobs)], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const done = new Promise((resolve) => child.on('close', resolve));
    for (let k = 0; k < size; k++) {
      if (!child.stdin.write(generatedRecord(k) + '\n')) await new Promise((r) => child.stdin.once('drain', r));
    }
    child.stdin.end();
    const status = await done;
    if (status !== 0) throw new Error(`analyze - exited ${status}: ${stderr.trim().split('\n').slice(-5).join('\n')}`);
    const seconds = (performance.now() - t0) / 1000;
    out.push({ articles: size, seconds, rssMB: Number(stderr.trim().split('\n').at(-1)) / 1024, articlesPerSec: size / seconds });
  }
  return out;
}
