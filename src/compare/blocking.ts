/**
 * Candidate blocking for clustering without all-pairs comparison.
 *
 * Sentences are clustered incrementally in item order (`clusterIncremental`); callers number the
 * items in a content-derived order (compare sorts the articles), so the input order does not matter.
 * Quotes are linked (`clusterLinked`), where no order matters at all. An inverted index maps each
 * feature (content-word id) to the clusters that contain it; an item is compared only with the few
 * clusters that share the most features with it (`maxCandidates`), and only with up to
 * `maxExemplars` exemplar members of each. The index grows with the number of distinct clusters
 * (distinct facts), not with the number of items, so the cost is about linear in the corpus.
 * Features held by more than `maxPostings` clusters are too common to discriminate and are not
 * followed (they still count in the similarity).
 */

export interface BlockingOptions {
  /** Minimum similarity to join a cluster. */
  threshold: number;
  /** Clusters (by shared-feature count) whose exemplars are compared. */
  maxCandidates?: number;
  /** Exemplars kept per cluster: members whose wording differs from the exemplars already kept. */
  maxExemplars?: number;
  /** A member becomes an exemplar when its best similarity to the existing exemplars is below this. */
  exemplarBelow?: number;
  /** Posting lists longer than this are not followed. */
  maxPostings?: number;
  /** Minimum shared features for a cluster to be a candidate. */
  minShared?: number;
}

export interface Clustering {
  /** Cluster index of each item (clusters numbered in order of creation). */
  clusterOf: Int32Array;
  /** Similarity of each item to the exemplar it joined (1 for the item that founded its cluster). */
  similarity: Float64Array;
  /** Members of each cluster, in item order. */
  members: number[][];
  /**
   * Items that also reach the threshold with a second cluster (a long sentence telling two facts):
   * `[item, cluster]` pairs. They stay members of their best cluster only.
   */
  also: [number, number][];
}

/**
 * Cluster `count` items whose features are `features(i)` (sorted distinct ids), under `similarity(i, j)`.
 * `canJoin(i, j)` may veto a join (e.g. incompatible speakers).
 */
export function clusterIncremental(
  count: number,
  features: (i: number) => Int32Array,
  similarity: (i: number, j: number) => number,
  options: BlockingOptions,
  canJoin: (i: number, exemplar: number) => boolean = () => true,
): Clustering {
  const maxCandidates = options.maxCandidates ?? 12;
  const maxExemplars = options.maxExemplars ?? 4;
  const exemplarBelow = options.exemplarBelow ?? 0.8;
  const maxPostings = options.maxPostings ?? 2000;
  const minShared = options.minShared ?? 1;

  const clusterOf = new Int32Array(count).fill(-1);
  const sims = new Float64Array(count);
  const members: number[][] = [];
  const exemplars: number[][] = [];
  const postings = new Map<number, number[]>();
  // Per cluster: the features already posted, so a cluster is listed once per feature.
  const posted: Set<number>[] = [];
  const hits = new Map<number, number>();
  const also: [number, number][] = [];

  for (let i = 0; i < count; i++) {
    const f = features(i);
    hits.clear();
    for (let k = 0; k < f.length; k++) {
      const list = postings.get(f[k]);
      if (!list || list.length > maxPostings) continue;
      for (const c of list) hits.set(c, (hits.get(c) ?? 0) + 1);
    }
    const candidates = [...hits].filter(([, n]) => n >= minShared).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, maxCandidates);
    let best = -1;
    let bestSim = -1;
    let second = -1;
    let secondSim = -1;
    for (const [c] of candidates) {
      let inner = -1;
      for (const e of exemplars[c]) {
        if (!canJoin(i, e)) continue;
        const s = similarity(i, e);
        if (s > inner) inner = s;
      }
      if (inner > bestSim) {
        second = best;
        secondSim = bestSim;
        bestSim = inner;
        best = c;
      } else if (inner > secondSim) {
        second = c;
        secondSim = inner;
      }
    }
    if (second >= 0 && secondSim >= options.threshold && bestSim >= options.threshold) also.push([i, second]);
    let c: number;
    if (best >= 0 && bestSim >= options.threshold) {
      c = best;
      members[c].push(i);
      sims[i] = bestSim;
      if (bestSim < exemplarBelow && exemplars[c].length < maxExemplars) exemplars[c].push(i);
    } else {
      c = members.length;
      members.push([i]);
      exemplars.push([i]);
      posted.push(new Set());
      sims[i] = 1;
    }
    clusterOf[i] = c;
    const seen = posted[c];
    for (let k = 0; k < f.length; k++) {
      if (seen.has(f[k])) continue;
      seen.add(f[k]);
      let list = postings.get(f[k]);
      if (!list) postings.set(f[k], (list = []));
      list.push(c);
    }
  }
  return { clusterOf, similarity: sims, members, also };
}

export interface LinkOptions {
  /** Minimum similarity for two items to be linked. */
  threshold: number;
  /** Earlier items (by shared-feature count) compared with each item. */
  maxCandidates?: number;
  /** Posting lists longer than this are not followed. */
  maxPostings?: number;
  /** Minimum shared features for an item to be a candidate. */
  minShared?: number;
}

/**
 * Single-linkage clustering: items linked by a similarity at or above the threshold share a cluster,
 * so the cuts of one long quote ("a tax on the poorest" / "will not let it take root") join through
 * the whole rendering, whichever comes first. Unlike `clusterIncremental`, the result does not depend
 * on which item is seen first: links are taken strongest first (ties by item index), and a link is
 * refused when it would put two different non-null `key`s (e.g. speakers) in one cluster.
 * Candidates come from an inverted index over items, `maxCandidates` per item, so no all-pairs.
 * Members are listed in item order, clusters by their first member.
 */
export function clusterLinked(
  count: number,
  features: (i: number) => Int32Array,
  similarity: (i: number, j: number) => number,
  options: LinkOptions,
  key: (i: number) => string | null = () => null,
): number[][] {
  const links = candidateLinks(count, features, similarity, options);
  links.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const parent = Int32Array.from({ length: count }, (_, i) => i);
  const keys: (string | null)[] = Array.from({ length: count }, (_, i) => key(i));
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r];
    for (let y = x; parent[y] !== r; ) {
      const next = parent[y];
      parent[y] = r;
      y = next;
    }
    return r;
  };
  for (const [i, j] of links) {
    const a = find(i);
    const b = find(j);
    if (a === b || (keys[a] !== null && keys[b] !== null && keys[a] !== keys[b])) continue;
    const [root, child] = a < b ? [a, b] : [b, a];
    parent[child] = root;
    keys[root] ??= keys[child];
  }
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const r = find(i);
    const list = byRoot.get(r);
    if (list) list.push(i);
    else byRoot.set(r, [i]);
  }
  return [...byRoot.values()];
}

/** `[i, j, similarity]` for earlier items j sharing features with i and similar enough. */
function candidateLinks(
  count: number,
  features: (i: number) => Int32Array,
  similarity: (i: number, j: number) => number,
  options: LinkOptions,
): [number, number, number][] {
  const maxCandidates = options.maxCandidates ?? 48;
  const maxPostings = options.maxPostings ?? 2000;
  const minShared = options.minShared ?? 1;
  const postings = new Map<number, number[]>();
  const hits = new Map<number, number>();
  const links: [number, number, number][] = [];
  for (let i = 0; i < count; i++) {
    const f = features(i);
    hits.clear();
    for (let k = 0; k < f.length; k++) {
      let list = postings.get(f[k]);
      if (!list) postings.set(f[k], (list = []));
      if (list.length <= maxPostings) for (const j of list) hits.set(j, (hits.get(j) ?? 0) + 1);
      list.push(i);
    }
    const candidates = [...hits].filter(([, n]) => n >= minShared).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, maxCandidates);
    for (const [j] of candidates) {
      const s = similarity(i, j);
      if (s >= options.threshold) links.push([i, j, s]);
    }
  }
  return links;
}
