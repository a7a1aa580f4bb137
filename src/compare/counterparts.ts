/**
 * Counterparts of a claim in the outlets that do not carry it. Clustering is greedy (a sentence joins
 * its best cluster only), so an outlet that tells a fact in its own words can end up outside the
 * cluster and the claim shows as "only X". Here each claim looks, in every outlet outside it, for the
 * sentence most similar to its members, among the sentences sharing rare words with them (blocking:
 * an inverted index of sentence units, long posting lists not followed, at most `MAX_CANDIDATES`):
 *
 * - similarity ≥ `carryThreshold`: the outlet carries the claim (rule `coverage.counterpart`); every
 *   such sentence joins, not only the best one, since an outlet often tells one fact over two
 *   sentences ("Fox News confirmed Steele sent an e-mail ..." / "In the note, he asked members ...");
 * - ≥ `PARTIAL_THRESHOLD`: the outlet says something related nearby: `partial`, with that sentence;
 * - else `omitted`.
 *
 * Similarity is the lexical weighted cosine times agreement on numbers (`numberAgreement`).
 */
import type { SentenceClusters } from './align.js';
import type { CompareContext } from './context.js';
import { weightedCosine } from './similarity.js';
import type { WordToken } from './tokens/words.js';

/** Below this, the nearest sentence is not related to the claim. */
export const PARTIAL_THRESHOLD = 0.12;
/**
 * A share of the join threshold: an outlet's own wording of a fact reaches this with a member.
 * Chosen on the dev part of the claim-alignment gold (docs/comparison.md: 0.6 gives the best pair F1
 * and finds 70 % of the annotated omissions there; 0.7 was the earlier value).
 */
const CARRY_SHARE = 0.6;
const MAX_CANDIDATES = 40;
const MAX_POSTINGS = 400;

export interface Counterpart {
  unit: number;
  similarity: number;
}

export interface Counterparts {
  /** Sentences of outlets outside the cluster that carry the claim (similarity ≥ carryThreshold), in unit order. */
  carried: Counterpart[];
  /** Outlet index → its most similar sentence below carryThreshold, for outlets with no carried sentence. */
  related: Map<number, Counterpart>;
}

/** Per cluster: the counterparts of its claim in the outlets not in the cluster. */
export function findCounterparts(ctx: CompareContext, clusters: SentenceClusters): Counterparts[] {
  const { units, weights } = ctx;
  const outletOfUnit = units.map((u) => ctx.outletIds.indexOf(ctx.articles[u.article].outlet.id));
  const postings = new Map<number, number[]>();
  units.forEach((u, i) => {
    for (const f of u.features) {
      let list = postings.get(f);
      if (!list) postings.set(f, (list = []));
      list.push(i);
    }
  });
  const numbers = units.map((u) => numbersOf(u.tokens));
  const hits = new Map<number, number>();
  const carry = carryThreshold(ctx);
  return clusters.members.map((members) => {
    const inside = new Set(members.map((m) => outletOfUnit[m]));
    hits.clear();
    for (const m of members)
      for (const f of units[m].features) {
        const list = postings.get(f)!;
        if (list.length > MAX_POSTINGS) continue;
        for (const v of list) if (!inside.has(outletOfUnit[v])) hits.set(v, (hits.get(v) ?? 0) + weights[f]);
      }
    const candidates = [...hits].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_CANDIDATES);
    const carried: Counterpart[] = [];
    const related = new Map<number, Counterpart>();
    for (const [v] of candidates) {
      let s = 0;
      for (const m of members) s = Math.max(s, weightedCosine(units[m].features, units[v].features, weights) * numberAgreement(numbers[m], numbers[v]));
      if (s >= carry) {
        carried.push({ unit: v, similarity: s });
        continue;
      }
      const o = outletOfUnit[v];
      const cur = related.get(o);
      if (s >= PARTIAL_THRESHOLD && (!cur || s > cur.similarity || (s === cur.similarity && v < cur.unit))) related.set(o, { unit: v, similarity: s });
    }
    for (const c of carried) related.delete(outletOfUnit[c.unit]);
    carried.sort((a, b) => a.unit - b.unit);
    return { carried, related };
  });
}

/** Numbers written in digits ("40", "1.5", "250,000"). */
function numbersOf(tokens: WordToken[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (/^\d[\d.,]*$/.test(t.norm)) out.add(t.norm.replace(/,/g, ''));
  return out;
}

/**
 * Agreement on the numbers a claim is about: two sentences that both give numbers and share none
 * tell different facts ("losses at 40 million euros a day" / "handled 250 million tonnes"), however
 * many words they share, so their similarity is halved.
 */
export function numberAgreement(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 1;
  for (const x of a) if (b.has(x)) return 1;
  return NUMBER_CONFLICT;
}

const NUMBER_CONFLICT = 0.5;

/** The similarity at which a counterpart counts as carrying the claim. */
export function carryThreshold(ctx: CompareContext): number {
  return ctx.options.alignThreshold * CARRY_SHARE;
}

export interface ClaimMembers {
  /** The sentence cluster the claim grew from. */
  cluster: number;
  /** Its units: cluster members, sentences that also match it (`also`), carried counterparts. */
  members: number[];
  /** Whether counterparts joined (rule `coverage.counterpart`). */
  carried: boolean;
}

/** Supersets looked at per claim: a sentence can be carried by many claims in a big corpus. */
const MAX_SUPERSETS = 50;

/**
 * The claims coverage reports, one per cluster, minus those whose sentences all sit in another claim:
 * counterparts make claims overlap, and a claim inside a bigger one says nothing the bigger one does
 * not (a one-outlet "only X" item whose sentence another outlet's claim carries is simply wrong).
 * Equal sets keep the earlier cluster.
 */
export function claimMembers(ctx: CompareContext, clusters: SentenceClusters, found: Counterparts[]): ClaimMembers[] {
  const extra = clusters.members.map((): number[] => []);
  // A sentence telling two facts belongs to its best cluster but carries the second fact too.
  for (const [u, c] of clusters.also) extra[c].push(u);
  const claims = clusters.members.map((own, c) => {
    const carried = found[c].carried.map((x) => x.unit);
    return { cluster: c, members: [...new Set([...own, ...extra[c], ...carried])].sort((x, y) => x - y), carried: carried.length > 0 };
  });
  const claimsOf = new Map<number, number[]>();
  claims.forEach((c, k) => {
    for (const u of c.members) {
      let list = claimsOf.get(u);
      if (!list) claimsOf.set(u, (list = []));
      list.push(k);
    }
  });
  return claims.filter((c, k) => {
    const inside = new Set(c.members);
    const supersets = claimsOf.get(c.members[0])!;
    for (let n = 0; n < supersets.length && n < MAX_SUPERSETS; n++) {
      const d = claims[supersets[n]];
      if (supersets[n] === k || d.members.length < c.members.length) continue;
      if (d.members.length === c.members.length && supersets[n] > k) continue;
      let held = 0;
      for (const u of d.members) if (inside.has(u)) held++;
      if (held === c.members.length) return false;
    }
    return true;
  });
}
