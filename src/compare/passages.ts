/**
 * Shared verbatim passages: long runs of the same words in two articles of different outlets,
 * found whatever share of either article they make up (three paragraphs reprinted inside a long
 * article are a passage even when the article as a whole is no rewrite).
 *
 * Seeds are `SEED`-word shingles of each article's word tokens, hashed into one index; a shingle met
 * in many articles (wire copy run everywhere, a benchmark of clones) links each occurrence only to
 * the `WINDOW` articles before it in input order, so the cost stays linear. Seeds on one diagonal of
 * an article pair are merged into maximal runs, and runs of at least `MIN_WORDS` words are reported
 * with both spans. Direction ("who copied whom"): the later publication date, or an explicit credit
 * of the other outlet in the later article; otherwise unknown. A passage that lies inside quotation
 * marks on both sides is two outlets quoting one text, not a copy (`quoted`).
 */
import type { Evidence, SharedPassage } from '../types/comparison.js';
import type { CompareContext } from './context.js';
import { evidenceOf } from './evidence.js';
import type { WordToken } from './tokens/words.js';

/** Rule id of the finding (docs/rules.md). */
export const PASSAGE_RULE = 'passage.verbatim-run';
/** Words (letter/digit groups) a shared run needs to be reported. */
export const MIN_WORDS = 40;
const SEED = 8;
const WINDOW = 12;
/** Posting entries read per shingle occurrence (same-outlet and non-partner entries are skipped but counted). */
const SCAN = 4 * WINDOW;
/** Share of a passage inside quotation marks on both sides for it to count as quoted. */
const QUOTED_SHARE = 0.8;

export function findPassages(ctx: CompareContext): SharedPassage[] {
  const words = ctx.articleWords;
  const out: SharedPassage[] = [];
  for (const [a, b, i, j, n] of sharedRuns(ctx)) {
    const length = wordCount(ctx.articles[a].text, words[a], i, n);
    if (length < MIN_WORDS) continue;
    const evA = evidenceOf(ctx.articles[a], words[a][i].start, words[a][i + n - 1].end);
    const evB = evidenceOf(ctx.articles[b], words[b][j].start, words[b][j + n - 1].end);
    const quoted = quotedShare(ctx, a, evA) >= QUOTED_SHARE && quotedShare(ctx, b, evB) >= QUOTED_SHARE;
    out.push({ rule: PASSAGE_RULE, words: length, a: evA, b: evB, quoted, ...direction(ctx, a, b, quoted) });
  }
  out.sort((x, y) => order(ctx, x.a) - order(ctx, y.a) || order(ctx, x.b) - order(ctx, y.b) || x.a.start - y.a.start || x.b.start - y.b.start);
  return out;
}

const order = (ctx: CompareContext, e: Evidence) => ctx.articleIndex.get(e.articleId) ?? 0;

type Run = [a: number, b: number, i: number, j: number, words: number];

/**
 * Maximal runs of at least MIN_WORDS shared words, `[a, b, i, j, words]` with a before b in input
 * order. Article b is read word by word; each seed extends the open run on its diagonal of the pair
 * (a, b) or opens one, so memory holds open runs only.
 */
function sharedRuns(ctx: CompareContext): Run[] {
  const postings = new Map<number, [number, number][]>();
  const runs: Run[] = [];
  ctx.articleWords.forEach((w, b) => {
    const hashes = w.map((t) => wordHash(t.norm));
    // Open runs of this article, keyed by partner and diagonal: [i, j, words].
    const open = new Map<string, [number, number, number]>();
    const partners = new Set<number>();
    const close = (key: string, r: [number, number, number]) => {
      // Tokens may hold several words ("re-election"); the exact count is taken on the text.
      if (r[2] >= MIN_WORDS / 2) runs.push([Number(key.split(':')[0]), b, r[0], r[1], r[2]]);
      open.delete(key);
    };
    for (let j = 0; j + SEED <= w.length; j++) {
      const key = shingle(hashes, j);
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      let linked = 0;
      // At most SCAN entries are read, so a shingle every article holds costs O(1) per article, not O(articles).
      for (let p = list.length - 1; p >= 0 && linked < WINDOW && p >= list.length - SCAN; p--) {
        const [a, i] = list[p];
        if (a === b || ctx.articles[a].outlet.id === ctx.articles[b].outlet.id) continue;
        if (!partners.has(a) && partners.size >= MAX_PARTNERS) continue;
        linked++;
        const k = `${a}:${i - j}`;
        const r = open.get(k);
        if (r && j <= r[1] + r[2] - SEED + 1) r[2] = j + SEED - r[1];
        else {
          if (r) close(k, r);
          open.set(k, [i, j, SEED]);
        }
        partners.add(a);
      }
      if (list[list.length - 1]?.[0] !== b) list.push([b, j]);
    }
    for (const [k, r] of [...open]) close(k, r);
  });
  return runs;
}

/** Words of a run as a reader counts them: letter/digit groups, so "re-election" and "U.S." are two each. */
function wordCount(text: string, tokens: WordToken[], i: number, n: number): number {
  return text.slice(tokens[i].start, tokens[i + n - 1].end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Partner articles per article: passages with at most this many earlier articles are kept. */
const MAX_PARTNERS = 3;

const hashCache = new Map<string, number>();
function wordHash(norm: string): number {
  let h = hashCache.get(norm);
  if (h !== undefined) return h;
  h = 2166136261;
  for (let k = 0; k < norm.length; k++) h = Math.imul(h ^ norm.charCodeAt(k), 16777619) >>> 0;
  if (hashCache.size < 200_000) hashCache.set(norm, h);
  return h;
}

/** A SEED-word shingle as one number (two 26-bit halves: collisions are rare and only add a seed). */
function shingle(hashes: number[], j: number): number {
  let x = 0;
  let y = 0;
  for (let k = 0; k < SEED; k++) {
    x = (Math.imul(x, 31) + hashes[j + k]) >>> 0;
    y = (Math.imul(y, 37) ^ hashes[j + k]) >>> 0;
  }
  return (x & 0x3ffffff) * 0x4000000 + (y & 0x3ffffff);
}

function quotedShare(ctx: CompareContext, article: number, e: Evidence): number {
  let inside = 0;
  for (const q of ctx.articles[article].analysis.quotes) inside += Math.max(0, Math.min(q.outerEnd, e.end) - Math.max(q.outerStart, e.start));
  return inside / Math.max(1, e.end - e.start);
}

/** Who copied whom: an explicit credit of the other outlet, else the later date; quoted passages have no direction. */
function direction(ctx: CompareContext, a: number, b: number, quoted: boolean): Pick<SharedPassage, 'source' | 'basis'> {
  if (quoted) return { source: null, basis: 'quoted' };
  const A = ctx.articles[a];
  const B = ctx.articles[b];
  const credits = (x: typeof A, y: typeof A) => y.outlet.name.length > 2 && x.text.includes(y.outlet.name);
  const ca = credits(A, B);
  const cb = credits(B, A);
  if (ca !== cb) return { source: ca ? B.id : A.id, basis: 'credit' };
  const da = A.publishedAt ?? '';
  const db = B.publishedAt ?? '';
  if (da && db && da !== db) return { source: da < db ? A.id : B.id, basis: 'date' };
  return { source: null, basis: 'unknown' };
}
