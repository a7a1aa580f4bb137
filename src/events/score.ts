/**
 * Figures of a grouping against labelled events: purity (each found group's largest true event),
 * inverse purity (each true event's largest found group), and the entropy-based homogeneity and
 * completeness of Rosenberg & Hirschberg (2007, V-measure).
 */
export interface ClusterScores {
  articles: number;
  goldEvents: number;
  foundEvents: number;
  purity: number;
  inversePurity: number;
  homogeneity: number;
  completeness: number;
  vMeasure: number;
}

/** `found` and `gold` map article id → group id; only articles in both are scored. */
export function scoreClusters(found: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): ClusterScores {
  const ids = [...gold.keys()].filter((id) => found.has(id)).sort();
  const n = ids.length;
  const joint = new Map<string, Map<string, number>>();
  const byFound = new Map<string, number>();
  const byGold = new Map<string, number>();
  for (const id of ids) {
    const f = found.get(id)!;
    const g = gold.get(id)!;
    let row = joint.get(f);
    if (!row) joint.set(f, (row = new Map()));
    row.set(g, (row.get(g) ?? 0) + 1);
    byFound.set(f, (byFound.get(f) ?? 0) + 1);
    byGold.set(g, (byGold.get(g) ?? 0) + 1);
  }
  let pure = 0;
  const bestForGold = new Map<string, number>();
  for (const row of joint.values()) {
    pure += Math.max(...row.values());
    for (const [g, c] of row) bestForGold.set(g, Math.max(bestForGold.get(g) ?? 0, c));
  }
  const inverse = [...bestForGold.values()].reduce((s, c) => s + c, 0);
  const entropy = (counts: Iterable<number>) => {
    let h = 0;
    for (const c of counts) if (c > 0) h -= (c / n) * Math.log(c / n);
    return h;
  };
  const hGold = entropy(byGold.values());
  const hFound = entropy(byFound.values());
  let hGoldGivenFound = 0;
  let hFoundGivenGold = 0;
  for (const [f, row] of joint) {
    for (const [g, c] of row) {
      hGoldGivenFound -= (c / n) * Math.log(c / byFound.get(f)!);
      hFoundGivenGold -= (c / n) * Math.log(c / byGold.get(g)!);
    }
  }
  const homogeneity = hGold === 0 ? 1 : 1 - hGoldGivenFound / hGold;
  const completeness = hFound === 0 ? 1 : 1 - hFoundGivenGold / hFound;
  const vMeasure = homogeneity + completeness === 0 ? 0 : (2 * homogeneity * completeness) / (homogeneity + completeness);
  return {
    articles: n,
    goldEvents: byGold.size,
    foundEvents: byFound.size,
    purity: n ? pure / n : 0,
    inversePurity: n ? inverse / n : 0,
    homogeneity,
    completeness,
    vMeasure,
  };
}
