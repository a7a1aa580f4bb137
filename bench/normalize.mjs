// Load + normalize throughput on a corpus made by repeating the seed articles.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes `count` files (seeds repeated, each made unique by a trailing line) and times loadCorpus on them. */
export async function benchNormalize({ corpusDir, count = 2000, lib }) {
  const seeds = (await readdir(corpusDir)).filter((f) => f.endsWith('.txt')).sort();
  const texts = await Promise.all(seeds.map((f) => readFile(join(corpusDir, f))));
  const dir = await mkdtemp(join(tmpdir(), 'framediff-bench-'));
  let bytes = 0;
  try {
    for (let i = 0; i < count; i++) {
      // A unique trailing paragraph gives every copy its own hash and id, as distinct articles would have.
      const body = Buffer.concat([texts[i % texts.length], Buffer.from(`\n\nCopy ${i}.\n`)]);
      bytes += body.length;
      await writeFile(join(dir, `${String(i).padStart(5, '0')}.txt`), body);
    }
    const t0 = performance.now();
    const result = await lib.loadCorpus(dir);
    const seconds = (performance.now() - t0) / 1000;
    if (result.errors.length) throw new Error(`bench corpus had ${result.errors.length} load errors: ${result.errors[0].message}`);
    return {
      articles: result.articles.length,
      megabytes: bytes / 1e6,
      seconds,
      articlesPerSec: result.articles.length / seconds,
      megabytesPerSec: bytes / 1e6 / seconds,
      corpus: result.articles,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
