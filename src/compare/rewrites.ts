/**
 * Rewrites and shared sources: article pairs whose sentences have close counterparts in each other,
 * measured on the sentence clusters (only sentences in a shared cluster are compared: no all-pairs).
 *
 * Clusters carried by very many articles (wire copy everyone runs, or a benchmark of clones) would
 * make pair counting quadratic; there each article is paired only with the `PAIR_WINDOW` articles
 * before it in input order, and each article keeps its `MAX_PARTNERS` best partners.
 */
import type { Evidence, RewritePair } from '../types/comparison.js';
import type { SentenceClusters } from './align.js';
import { round } from './align.js';
import type { CompareContext } from './context.js';
import { evidenceOf } from './evidence.js';
import { weightedCosine } from './similarity.js';
import { pushTo } from '../util/union-find.js';

const PAIR_WINDOW = 12;
const MAX_PARTNERS = 3;
/** A pair is reported when both share at least this many matched sentences. */
const MIN_MATCHED = 5;
/**
 * Reused wording, not just the same fact: a matched sentence pair must also share a verbatim run
 * of this many words. Two outlets reporting one fact in their own words share names and numbers,
 * a rewrite keeps whole phrases ("ill-equipped to withstand another trade war with").
 * Quoted words do not count: outlets quoting the same speaker share the quote, not a copy.
 */
const MIN_RUN = 6;

interface PairAcc {
  a: number;
  b: number;
  matches: [number, number, number][]; // unit in a, unit in b, similarity
}

export function findRewrites(ctx: CompareContext, clusters: SentenceClusters): RewritePair[] {
  const unitCount = new Int32Array(ctx.articles.length);
  for (const u of ctx.units) unitCount[u.article]++;
  const pairs = matchSentences(ctx, clusters);
  return keepBest(ctx, pairs, unitCount).map((c) => toRewritePair(ctx, c));
}

/** Per unit, computed on first use: its MIN_RUN-word narration runs (a shared run = a shared element) and its word signature. */
function unitKeys(ctx: CompareContext) {
  const { units } = ctx;
  const quoteSpans = ctx.articles.map((a) => a.analysis.quotes.map((q) => [q.outerStart, q.outerEnd] as const));
  const runCache = new Map<number, Set<string>>();
  const runs = (u: number): Set<string> => {
    let r = runCache.get(u);
    if (!r) {
      const spans = quoteSpans[units[u].article];
      const words = units[u].tokens.filter((tok) => !spans.some(([s, e]) => tok.start >= s && tok.end <= e)).map((t) => t.norm);
      r = new Set();
      for (let i = 0; i + MIN_RUN <= words.length; i++) r.add(words.slice(i, i + MIN_RUN).join(' '));
      runCache.set(u, r);
    }
    return r;
  };
  const sigCache = new Map<number, string>();
  const signature = (u: number): string => {
    let sig = sigCache.get(u);
    if (sig === undefined) sigCache.set(u, (sig = units[u].tokens.map((t) => t.norm).join(' ')));
    return sig;
  };
  return { runs, signature };
}

/** For every article pair sharing a cluster: each sentence of the earlier one with its best counterpart in the later one. */
function matchSentences(ctx: CompareContext, clusters: SentenceClusters): Map<number, PairAcc> {
  const { units, weights } = ctx;
  const threshold = ctx.options.rewriteThreshold;
  const { runs, signature } = unitKeys(ctx);
  const pairs = new Map<number, PairAcc>();
  const n = ctx.articles.length;
  for (const members of clusters.members) {
    const byArticle = new Map<number, number[]>();
    for (const u of members) pushTo(byArticle, units[u].article, u);
    if (byArticle.size < 2) continue;
    const arts = [...byArticle.keys()].sort((x, y) => x - y);
    for (let i = 0; i < arts.length; i++) {
      for (let j = Math.max(0, i - PAIR_WINDOW); j < i; j++) {
        const a = arts[j];
        const b = arts[i];
        for (const ua of byArticle.get(a)!) {
          let best = -1;
          let bestU = -1;
          for (const ub of byArticle.get(b)!) {
            const s = weightedCosine(units[ua].features, units[ub].features, weights);
            if (s > best) {
              best = s;
              bestU = ub;
            }
          }
          if (best < threshold) continue;
          if (!sharesRun(runs(ua), runs(bestU)) && signature(ua) !== signature(bestU)) continue;
          const key = a * n + b;
          let acc = pairs.get(key);
          if (!acc) pairs.set(key, (acc = { a, b, matches: [] }));
          acc.matches.push([ua, bestU, best]);
        }
      }
    }
  }
  return pairs;
}

interface Candidate {
  acc: PairAcc;
  shareA: number;
  shareB: number;
}

/** Pairs with enough matched sentences; each article keeps its best partners only (by the larger share, then input order). */
function keepBest(ctx: CompareContext, pairs: Map<number, PairAcc>, unitCount: Int32Array): Candidate[] {
  const candidates: Candidate[] = [];
  for (const acc of pairs.values()) {
    const matchedA = new Set(acc.matches.map((m) => m[0])).size;
    const matchedB = new Set(acc.matches.map((m) => m[1])).size;
    if (Math.min(matchedA, matchedB) < MIN_MATCHED) continue;
    const shareA = matchedA / Math.max(1, unitCount[acc.a]);
    const shareB = matchedB / Math.max(1, unitCount[acc.b]);
    if (Math.max(shareA, shareB) < ctx.options.rewriteShare) continue;
    candidates.push({ acc, shareA, shareB });
  }
  const strength = (c: Candidate) => Math.max(c.shareA, c.shareB);
  candidates.sort((x, y) => strength(y) - strength(x) || x.acc.a - y.acc.a || x.acc.b - y.acc.b);
  const partners = new Int32Array(ctx.articles.length);
  const kept = candidates.filter((c) => {
    if (partners[c.acc.a] >= MAX_PARTNERS && partners[c.acc.b] >= MAX_PARTNERS) return false;
    partners[c.acc.a]++;
    partners[c.acc.b]++;
    return true;
  });
  return kept.sort((x, y) => x.acc.a - y.acc.a || x.acc.b - y.acc.b);
}

function toRewritePair(ctx: CompareContext, { acc, shareA, shareB }: Candidate): RewritePair {
  const { units } = ctx;
  const A = ctx.articles[acc.a];
  const B = ctx.articles[acc.b];
  const ev = (u: number): Evidence => evidenceOf(ctx.articles[units[u].article], units[u].start, units[u].end);
  const matches = [...acc.matches].sort((x, y) => units[x[0]].start - units[y[0]].start || units[x[1]].start - units[y[1]].start);
  return {
    articleA: A.id,
    articleB: B.id,
    shareA: round(shareA),
    shareB: round(shareB),
    // One article mostly made of the other's sentences is a rewrite; a shared core with own material on both sides is a shared source.
    relation: Math.max(shareA, shareB) >= 0.6 ? 'rewrite' : 'shared-source',
    sharedSources: sharedWireSources(A, B),
    pairs: matches.map(([ua, ub, s]) => ({ a: ev(ua), b: ev(ub), similarity: round(s) })),
  };
}

/** Wire agencies both articles cite (normalizer citations of kind `wire`, analysis sources of type `wire`). */
function sharedWireSources(a: CompareContext['articles'][number], b: CompareContext['articles'][number]): string[] {
  const wires = (x: typeof a) => {
    const s = new Set<string>();
    for (const c of x.citations) if (c.kind === 'wire') s.add(c.text.trim());
    for (const src of x.analysis.sources) if (src.type === 'wire') s.add(src.text.trim());
    return s;
  };
  const wa = wires(a);
  const wb = wires(b);
  const lower = new Map([...wb].map((w) => [w.toLowerCase(), w]));
  return [...wa].filter((w) => lower.has(w.toLowerCase())).sort();
}

/** True when the two sets of word runs share an element. */
function sharesRun(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const r of small) if (large.has(r)) return true;
  return false;
}
