/**
 * Anchor pairs: sentences of different outlets that tell the same fact in words reworded too much
 * to align ("3,200 residents were ordered to evacuate" / "3,200 people were forced to flee their
 * homes"), found through the rare words they still share (numbers, names, uncommon content words).
 *
 * A feature is an anchor when few sentences hold it (at most `MAX_POSTINGS`): an inverted index over
 * anchors lists, for each sentence, the sentences of other outlets and other clusters sharing at least
 * `MIN_ANCHORS` of them; those reaching a loose similarity are kept, at most `MAX_PARTNERS` per
 * sentence. Capped postings and partners keep the cost linear in the corpus (no all-pairs).
 * The pairs are diffed like aligned sentences, but only substitutions framed by shared words on both
 * sides are read from them (see `substitutions` with `anchored`).
 */
import type { SentenceClusters } from './align.js';
import type { CompareContext } from './context.js';
import { weightedCosine } from './similarity.js';

/** Features held by more sentences than this are too common to anchor a pair. */
const MAX_POSTINGS = 30;
/** Shared anchors a pair needs: one shared number or name is chance, two is a fact. */
const MIN_ANCHORS = 2;
/** Loose similarity floor: below it the shared anchors sit in different facts. */
const MIN_SIMILARITY = 0.2;
/** Partners kept per sentence (the most similar ones). */
const MAX_PARTNERS = 4;

/** `[unitA, unitB]` pairs (unitA < unitB), in a stable order. */
export function anchorPairs(ctx: CompareContext, clusters: SentenceClusters): [number, number][] {
  const { units, weights } = ctx;
  const df = new Int32Array(ctx.vocab.size);
  for (const u of units) for (let k = 0; k < u.features.length; k++) df[u.features[k]]++;
  const postings = new Map<number, number[]>();
  units.forEach((u, i) => {
    for (let k = 0; k < u.features.length; k++) {
      const f = u.features[k];
      if (df[f] < 2 || df[f] > MAX_POSTINGS) continue;
      let list = postings.get(f);
      if (!list) postings.set(f, (list = []));
      list.push(i);
    }
  });

  const outletOf = (u: number) => ctx.articles[units[u].article].outlet.id;
  const out: [number, number][] = [];
  const shared = new Map<number, number>();
  for (let i = 0; i < units.length; i++) {
    shared.clear();
    const f = units[i].features;
    for (let k = 0; k < f.length; k++) {
      const list = postings.get(f[k]);
      if (!list) continue;
      for (const j of list) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    const partners: [number, number][] = [];
    for (const [j, n] of shared) {
      if (n < MIN_ANCHORS || clusters.clusterOf[i] === clusters.clusterOf[j] || outletOf(i) === outletOf(j)) continue;
      const sim = weightedCosine(f, units[j].features, weights);
      if (sim >= MIN_SIMILARITY) partners.push([j, sim]);
    }
    partners.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (const [j] of partners.slice(0, MAX_PARTNERS)) out.push([i, j]);
  }
  return out;
}
