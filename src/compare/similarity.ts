/** Similarity measures over content-word feature sets. */
import { intersectCount, intersectWeight, totalWeight } from './tokens/shingles.js';

/**
 * Weighted cosine of two binary feature sets, rare words weighing more (inverse sentence frequency):
 * Σ_{f∈A∩B} w_f / √(Σ_{f∈A} w_f · Σ_{f∈B} w_f). Two sentences reporting one fact in different
 * words still share the rare words (names, numbers, the event), common words count little.
 */
export function weightedCosine(a: Int32Array, b: Int32Array, weights: Float64Array): number {
  const ta = totalWeight(a, weights);
  const tb = totalWeight(b, weights);
  if (ta === 0 || tb === 0) return 0;
  return intersectWeight(a, b, weights) / Math.sqrt(ta * tb);
}

/**
 * Containment of the smaller set in the larger: |A∩B| / min(|A|,|B|). Tolerates cuts (one outlet
 * quotes half a passage) where cosine would punish the length difference.
 */
export function containment(a: Int32Array, b: Int32Array): number {
  const m = Math.min(a.length, b.length);
  return m === 0 ? 0 : intersectCount(a, b) / m;
}
