/**
 * Word vectors in the compact form compiled by scripts/build-vectors.mjs (int8, one scale-free
 * vector per word; layout in that script). Decoding is a view over the bytes, no copy, so a 3 MB
 * file is ready in a few milliseconds. Runtime-neutral: the bytes come from the caller (the Node
 * layer reads data/word-vectors.bin; a browser can fetch it).
 */
import { FramediffError } from '../../errors.js';

export interface WordVectors {
  readonly dims: number;
  /** Row of a word, or undefined when the word has no vector. */
  row(word: string): number | undefined;
  /** Adds `weight × unit vector of row` into `into` (Float32Array of `dims`). */
  addTo(into: Float32Array, row: number, weight: number): void;
  /** Cosine of two words' vectors (0 when either is unknown). */
  similarity(a: string, b: string): number;
  readonly size: number;
}

export function decodeVectors(bytes: Uint8Array, label = 'word vectors'): WordVectors {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bad = (why: string) => new FramediffError('INVALID_INPUT', label, `word vectors: ${why}`);
  if (bytes.byteLength < 16 || String.fromCharCode(...bytes.subarray(0, 4)) !== 'FDV1') throw bad('not an FDV1 file');
  const count = view.getUint32(4, true);
  const dims = view.getUint32(8, true);
  const wordLength = view.getUint32(12, true);
  const dataStart = 16 + Math.ceil(wordLength / 4) * 4;
  if (dataStart + count * dims !== bytes.byteLength) throw bad(`expected ${dataStart + count * dims} bytes, found ${bytes.byteLength}`);
  const words = new TextDecoder().decode(bytes.subarray(16, 16 + wordLength)).split('\n');
  if (words.length !== count) throw bad(`expected ${count} words, found ${words.length}`);
  const index = new Map<string, number>();
  words.forEach((w, i) => index.set(w, i));
  const data = new Int8Array(bytes.buffer, bytes.byteOffset + dataStart, count * dims);
  const norms = new Float32Array(count);
  for (let r = 0; r < count; r++) {
    let s = 0;
    for (let k = r * dims; k < (r + 1) * dims; k++) s += data[k] * data[k];
    norms[r] = Math.sqrt(s) || 1;
  }
  const addTo = (into: Float32Array, row: number, weight: number) => {
    const f = weight / norms[row];
    const o = row * dims;
    for (let k = 0; k < dims; k++) into[k] += data[o + k] * f;
  };
  return {
    dims,
    size: count,
    row: (w) => index.get(w),
    addTo,
    similarity(a, b) {
      const ra = index.get(a);
      const rb = index.get(b);
      if (ra === undefined || rb === undefined) return 0;
      let s = 0;
      for (let k = 0; k < dims; k++) s += data[ra * dims + k] * data[rb * dims + k];
      return s / (norms[ra] * norms[rb]);
    },
  };
}

/** Cosine of two dense vectors. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let k = 0; k < a.length; k++) {
    ab += a[k] * b[k];
    aa += a[k] * a[k];
    bb += b[k] * b[k];
  }
  return aa === 0 || bb === 0 ? 0 : ab / Math.sqrt(aa * bb);
}
