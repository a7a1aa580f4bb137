// Benchmark of compare(): corpora of 100, 1,000 and 2,000 articles built from the analyzed seeds.
// The five seeds are analyzed once; each clone gets a new id and outlet and a few words altered
// (letters rotated in place, so every analysis offset stays valid and no two clones are identical).
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Rotate the letters of every `step`-th word from `offset` on (same length: offsets stay valid). */
function perturb(text, offset, step) {
  let i = 0;
  return text.replace(/\p{L}{4,}/gu, (w) => (i++ % step === offset ? w.slice(1) + w[0] : w));
}

function clones(seeds, n, outlets) {
  const out = [];
  for (let k = 0; k < n; k++) {
    const s = seeds[k % seeds.length];
    const outlet = { ...s.outlet, id: `outlet-${k % outlets}`, name: `Outlet ${k % outlets}` };
    const id = `${s.id}-c${k}`;
    out.push({ ...s, id, outlet, text: perturb(s.text, k % 23, 23), analysis: { ...s.analysis, articleId: id } });
  }
  return out;
}

export async function benchCompare({ sizes = [100, 1000, 2000], outlets = 40, lib } = {}) {
  lib ??= await import(join(root, 'dist/index.js'));
  const { articles } = await lib.loadCorpus(join(root, 'corpus'));
  const seeds = lib.analyzeCorpus(articles);
  lib.compare(clones(seeds, 20, 4)); // warm-up (JIT)
  const results = [];
  for (const size of sizes) {
    const corpus = clones(seeds, size, Math.min(outlets, size));
    const t0 = performance.now();
    const u0 = process.cpuUsage();
    const c = lib.compare(corpus);
    const u = process.cpuUsage(u0);
    const seconds = (performance.now() - t0) / 1000;
    results.push({ articles: size, seconds, cpuSeconds: (u.user + u.system) / 1e6, coverage: c.coverage.length, alignment: c.alignment.length, rewrites: c.rewrites.length });
  }
  const at = (n) => results.find((r) => r.articles === n);
  const ratio = at(2000) && at(1000) ? at(2000).seconds / at(1000).seconds : NaN;
  const cpuRatio = at(2000) && at(1000) ? at(2000).cpuSeconds / at(1000).cpuSeconds : NaN;
  return { sizes: results, ratio, cpuRatio, peakRssMB: process.resourceUsage().maxRSS / 1024 };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await benchCompare();
  for (const s of r.sizes) console.log(`compare: ${s.articles} articles in ${s.seconds.toFixed(2)} s (${s.alignment} aligned groups, ${s.coverage} coverage items, ${s.rewrites} rewrite pairs)`);
  console.log(`compare: 2000/1000 time ratio ${r.ratio.toFixed(2)}; peak RSS ${r.peakRssMB.toFixed(0)} MB`);
}
