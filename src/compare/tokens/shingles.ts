/**
 * Feature sets for blocking and similarity: the distinct content-word match keys of a span,
 * interned to integers so sets are small sorted Int32Arrays (cheap to store for 100k sentences).
 */
import { matchKey, type WordToken } from './words.js';

/** Interns strings to dense integer ids; one per comparison run. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly terms: string[] = [];
  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }
  get(term: string): number | undefined {
    return this.ids.get(term);
  }
  get size(): number {
    return this.terms.length;
  }
}

/**
 * Sorted distinct ids of the content words in `tokens` (numbers included: "38 vessels" is telling);
 * a hyphenated word also contributes its parts, so "48-hour" meets "48 hours".
 */
export function contentFeatures(tokens: WordToken[], vocab: Vocabulary, stopWords: ReadonlySet<string>): Int32Array {
  const set = new Set<number>();
  for (const t of tokens) {
    if (stopWords.has(t.norm)) continue;
    set.add(vocab.id(matchKey(t.norm)));
    if (t.norm.includes('-')) for (const p of t.norm.split('-')) if (p && !stopWords.has(p)) set.add(vocab.id(matchKey(p)));
  }
  return Int32Array.from(set).sort();
}

/** Size of the intersection of two sorted id arrays. */
export function intersectCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** Sum of `weights` over the intersection of two sorted id arrays. */
export function intersectWeight(a: Int32Array, b: Int32Array, weights: Float64Array): number {
  let i = 0;
  let j = 0;
  let w = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      w += weights[a[i]];
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return w;
}

export function totalWeight(a: Int32Array, weights: Float64Array): number {
  let w = 0;
  for (let i = 0; i < a.length; i++) w += weights[a[i]];
  return w;
}
