/**
 * Events in a mixed crawl: articles about the same happening, grouped by what they are about
 * (shared named actors and distinctive words, TF-IDF cosine) within a publication-date window.
 *
 * Steps, in order:
 *   1. features: one sparse unit vector per article (./features.ts);
 *   2. candidates: an inverted index over each article's heaviest features, only pairs within
 *      `windowDays` of each other (cost stays near-linear: no all-pairs comparison);
 *   3. links: candidate pairs at or above `linkThreshold`, strongest first (ties by article ids);
 *   4. merges: a link joins two groups only when their centroids are similar too (`mergeThreshold`)
 *      and the joined group spans at most `maxSpanDays`, so one shared name cannot chain stories.
 * Every step is ordered by content-derived keys, so the grouping never depends on input order.
 */
import type { AnalyzedArticle } from '../types/comparison.js';
import { sha256Hex } from '../text/sha256.js';
import { eventFeatures, sparseCosine, topKeys, type EventFeatures, type FeatureOptions } from './features.js';

/** How `groupEvents` links articles: time windows, similarity thresholds and index limits. */
export interface GroupEventsOptions extends FeatureOptions {
  /** Articles further apart than this many days are never linked directly (default 3). */
  windowDays?: number;
  /** Longest span of publication days one event may cover (default 7). */
  maxSpanDays?: number;
  /** Cosine of two articles needed to link them (default 0.2). */
  linkThreshold?: number;
  /** Cosine of two groups' centroids needed to merge them (default 0.15). */
  mergeThreshold?: number;
  /** A feature shared by more articles than this is too common to index (default 500). */
  maxPosting?: number;
}

/**
 * One event found in a crawl: its member articles, their date range and the features that weigh
 * most.
 */
export interface EventGroup {
  /** `event-` and 10 hex digits of a hash of the member article ids: same members, same id. */
  id: string;
  /** Member article ids, sorted. */
  articles: string[];
  /** Earliest and latest publication day of the members (ISO `YYYY-MM-DD`), null without dates. */
  from: string | null;
  to: string | null;
  /** The features that weigh most in the group: words (`w:`) and actor ids (`a:`), heaviest first. */
  terms: string[];
}

const DEFAULTS = { windowDays: 3, maxSpanDays: 7, linkThreshold: 0.2, mergeThreshold: 0.15, maxPosting: 500, indexTerms: 12 };

/** Group analyzed articles into events. Deterministic: the same set gives the same groups in any order. */
export function groupEvents(articles: AnalyzedArticle[], options: GroupEventsOptions = {}): EventGroup[] {
  const o = { ...DEFAULTS };
  // An option given as undefined keeps its default.
  for (const [k, v] of Object.entries(options)) if (v !== undefined) (o as Record<string, unknown>)[k] = v;
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const feats = eventFeatures(sorted, o);
  const links = candidateLinks(feats, o);
  const groups = mergeLinks(feats, links, o);
  return groups.map((members) => describe(members.map((i) => feats[i]!))).sort(byStart);
}

interface Link {
  a: number;
  b: number;
  sim: number;
}

function withinWindow(x: number | null, y: number | null, days: number): boolean {
  return x === null || y === null || Math.abs(x - y) <= days;
}

function candidateLinks(feats: EventFeatures[], o: typeof DEFAULTS): Link[] {
  const postings = new Map<string, number[]>();
  feats.forEach((f, i) => {
    for (const k of topKeys(f, o.indexTerms)) {
      let list = postings.get(k);
      if (!list) postings.set(k, (list = []));
      list.push(i);
    }
  });
  const links: Link[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < feats.length; i++) {
    seen.clear();
    for (const k of topKeys(feats[i]!, o.indexTerms)) {
      const list = postings.get(k)!;
      if (list.length > o.maxPosting) continue;
      for (const j of list) {
        if (j <= i || seen.has(j)) continue;
        seen.add(j);
        if (!withinWindow(feats[i]!.day, feats[j]!.day, o.windowDays)) continue;
        const sim = sparseCosine(feats[i]!, feats[j]!);
        if (sim >= o.linkThreshold) links.push({ a: i, b: j, sim });
      }
    }
  }
  return links.sort((x, y) => y.sim - x.sim || x.a - y.a || x.b - y.b);
}

interface Group {
  members: number[];
  centroid: Map<string, number>;
  minDay: number | null;
  maxDay: number | null;
}

function singleton(f: EventFeatures, i: number): Group {
  const centroid = new Map<string, number>();
  f.keys.forEach((k, j) => centroid.set(k, f.weights[j]!));
  return { members: [i], centroid, minDay: f.day, maxDay: f.day };
}

function centroidCosine(x: Map<string, number>, y: Map<string, number>): number {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let dot = 0;
  for (const [k, w] of small) dot += w * (large.get(k) ?? 0);
  const nx = Math.sqrt([...x.values()].reduce((s, w) => s + w * w, 0));
  const ny = Math.sqrt([...y.values()].reduce((s, w) => s + w * w, 0));
  return nx && ny ? dot / (nx * ny) : 0;
}

function span(g: Group, h: Group): number {
  const lo = [g.minDay, h.minDay].filter((d): d is number => d !== null);
  const hi = [g.maxDay, h.maxDay].filter((d): d is number => d !== null);
  return lo.length && hi.length ? Math.max(...hi) - Math.min(...lo) : 0;
}

function join(g: Group, h: Group): Group {
  const centroid = new Map(g.centroid);
  for (const [k, w] of h.centroid) centroid.set(k, (centroid.get(k) ?? 0) + w);
  const days = [g.minDay, g.maxDay, h.minDay, h.maxDay].filter((d): d is number => d !== null);
  return {
    members: [...g.members, ...h.members].sort((a, b) => a - b),
    centroid,
    minDay: days.length ? Math.min(...days) : null,
    maxDay: days.length ? Math.max(...days) : null,
  };
}

function mergeLinks(feats: EventFeatures[], links: Link[], o: typeof DEFAULTS): number[][] {
  const groupOf = feats.map((_, i) => i);
  const groups = new Map<number, Group>(feats.map((f, i) => [i, singleton(f, i)]));
  for (const { a, b } of links) {
    const ga = groupOf[a]!;
    const gb = groupOf[b]!;
    if (ga === gb) continue;
    const g = groups.get(ga)!;
    const h = groups.get(gb)!;
    if (span(g, h) > o.maxSpanDays) continue;
    if (centroidCosine(g.centroid, h.centroid) < o.mergeThreshold) continue;
    const joined = join(g, h);
    const keep = Math.min(ga, gb);
    const drop = Math.max(ga, gb);
    groups.set(keep, joined);
    groups.delete(drop);
    for (const m of joined.members) groupOf[m] = keep;
  }
  return [...groups.values()].map((g) => g.members);
}

function isoDay(day: number | null): string | null {
  return day === null ? null : new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function describe(members: EventFeatures[]): EventGroup {
  const ids = members.map((f) => f.articleId).sort();
  const total = new Map<string, number>();
  for (const f of members) f.keys.forEach((k, j) => total.set(k, (total.get(k) ?? 0) + f.weights[j]!));
  const terms = [...total]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, 8)
    .map(([k]) => k);
  const days = members.map((f) => f.day).filter((d): d is number => d !== null);
  return {
    id: `event-${sha256Hex(ids.join('\n')).slice(0, 10)}`,
    articles: ids,
    from: days.length ? isoDay(Math.min(...days)) : null,
    to: days.length ? isoDay(Math.max(...days)) : null,
    terms,
  };
}

function byStart(x: EventGroup, y: EventGroup): number {
  const fx = x.from ?? '9999';
  const fy = y.from ?? '9999';
  return fx < fy ? -1 : fx > fy ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}
