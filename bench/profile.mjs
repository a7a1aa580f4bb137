// `npm run bench -- --profile`: a V8 CPU profile around each stage (through node:inspector, in
// process), summarized as the top self-time functions and files. Self time is where the CPU
// was, not who called it: a slow rule shows as the regex or loop it runs, under its own file.
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
let session = null;

async function start() {
  if (!session) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    // 250 µs: fine enough for functions of a few ms, coarse enough not to slow the run much.
    await session.post('Profiler.setSamplingInterval', { interval: 250 });
  }
  await session.post('Profiler.start');
}

/**
 * Where a frame lives: a project source file (through dist's source maps, so a bundled rule
 * shows as src/analyze/...), a package by name/file, or V8's own bucket.
 */
function locate(frame) {
  const { url, lineNumber, columnNumber } = frame;
  if (!url) return { file: '(native)', line: 0 };
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const map = path.startsWith(root) && !path.includes('node_modules/') ? findSourceMap(path) : undefined;
  const entry = map?.findEntry(lineNumber, columnNumber);
  if (entry?.originalSource) {
    const src = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : entry.originalSource;
    return { file: fileOf(src.replace(/^(\.\.\/)+/, root)), line: entry.originalLine + 1 };
  }
  return { file: fileOf(path), line: lineNumber + 1 };
}

function fileOf(path) {
  const nm = path.lastIndexOf('node_modules/');
  if (nm !== -1) return path.slice(nm + 'node_modules/'.length);
  if (path.startsWith('node:')) return path;
  return path.startsWith(root) ? relative(root, path) : path;
}

/** Self time per function and per file, in ms, from a V8 profile (samples × their time deltas). */
export function summarize(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const fns = new Map();
  const files = new Map();
  let total = 0;
  for (const [id, ms] of self) {
    const { callFrame: f } = byId.get(id);
    const { file, line } = locate(f);
    const special = f.functionName.startsWith('(') && !f.url;
    const regexp = f.functionName.startsWith('RegExp: ');
    const name = regexp ? `RegExp /${f.functionName.slice(8, 90)}${f.functionName.length > 98 ? '…' : ''}/` : f.functionName || '(anonymous)';
    const fn = special || regexp ? name : `${name} ${file}:${line}`;
    fns.set(fn, (fns.get(fn) ?? 0) + ms);
    // A regex runs in V8, not in the file that built it: counted apart, not as native code.
    const fileKey = special ? f.functionName : regexp ? '(regexp)' : file;
    files.set(fileKey, (files.get(fileKey) ?? 0) + ms);
    total += ms;
  }
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, ms]) => ({ name, ms, share: ms / total }));
  return { totalMs: total, functions: top(fns, 20), files: top(files, 20), inclusive: top(inclusive(profile, byId, self), 25) };
}

/** Total time (self + callees) of each project function, counted once per sample however deep it recurses. */
function inclusive(profile, byId, self) {
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out = new Map();
  for (const [id, ms] of self) {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const { callFrame: f } = byId.get(at);
      if (!f.url || f.url.includes('node_modules') || f.url.startsWith('node:')) continue;
      const { file, line } = locate(f);
      if (!file.startsWith('src/')) continue;
      const key = `${f.functionName || '(anonymous)'} ${file}:${line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.set(key, (out.get(key) ?? 0) + ms);
    }
  }
  return out;
}

/** Run `fn` under the profiler and print its hotspots under the heading `stage`. */
export async function profiled(stage, fn) {
  await start();
  const result = await fn();
  const { profile } = await session.post('Profiler.stop');
  const s = summarize(profile);
  const pct = (x) => `${(x * 100).toFixed(1).padStart(5)} %`;
  console.log(`\nprofile ${stage}: ${(s.totalMs / 1000).toFixed(2)} s sampled`);
  console.log('  top self time, functions:');
  for (const f of s.functions) console.log(`  ${pct(f.share)} ${f.ms.toFixed(0).padStart(6)} ms  ${f.name}`);
  console.log('  top self time, files:');
  for (const f of s.files) console.log(`  ${pct(f.share)} ${f.ms.toFixed(0).padStart(6)} ms  ${f.name}`);
  console.log('  top total time (self + callees), project functions:');
  for (const f of s.inclusive) console.log(`  ${pct(f.share)} ${f.ms.toFixed(0).padStart(6)} ms  ${f.name}`);
  return result;
}
