/**
 * Distinctive vocabulary per outlet: "Fightin' Words" (Monroe, Colaresi & Quinn 2008), the
 * log-odds ratio with an informative Dirichlet prior, outlet i against all other outlets j.
 *
 *   α_w   = a0 · y_w / n                       prior from the whole corpus (a0 = `priorStrength`)
 *   δ_w   = log((y_wi + α_w) / (n_i + a0 − y_wi − α_w)) − log((y_wj + α_w) / (n_j + a0 − y_wj − α_w))
 *   σ²_w ≈ 1/(y_wi + α_w) + 1/(y_wj + α_w)
 *   z_w   = δ_w / σ_w
 *
 * y = term counts, n = total term count (per n-gram order: unigrams, bigrams and trigrams are three
 * vocabularies with their own totals). Terms: content words, and 2–3-word phrases that neither start
 * nor end with a stop word, never crossing a sentence. Only terms the outlet uses at least
 * `MIN_COUNT` times and with z ≥ `minZ` are reported. Texts identical across outlets give δ = 0.
 */
import type { DistinctiveTerm, Evidence } from '../types/comparison.js';
import { round } from './align.js';
import type { CompareContext } from './context.js';
import { evidenceOf } from './evidence.js';
import { isContent } from './tokens/words.js';

const MIN_COUNT = 2;
const MAX_EVIDENCE = 3;

interface ArticleTerms {
  ids: Int32Array;
  /** Offsets of each occurrence (start, end) into the article text. */
  spans: Int32Array;
}

/** Terms interned by numbers, not strings: word ids, then (previous term id, next word id) pairs. */
class TermTable {
  readonly terms: string[] = [];
  /** The n-gram order of each term. */
  readonly order: number[] = [];
  private readonly wordIds = new Map<string, number>();
  private readonly termIds = new Map<number, number>();

  wordId(w: string): number {
    let id = this.wordIds.get(w);
    if (id === undefined) this.wordIds.set(w, (id = this.wordIds.size));
    return id;
  }

  termId(key: number, n: number, text: () => string): number {
    let id = this.termIds.get(key);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(key, id);
      this.terms.push(text());
      this.order.push(n);
    }
    return id;
  }
}

const PAIR = 2 ** 22;

export function findDistinctive(ctx: CompareContext): DistinctiveTerm[] {
  if (ctx.outletIds.length < 2) return [];
  const table = new TermTable();
  const perArticle = extractTerms(ctx, table);
  const total = new Float64Array(table.terms.length);
  const nTotal = [0, 0, 0, 0];
  for (const a of perArticle) for (const id of a.ids) total[id]++;
  for (let id = 0; id < table.terms.length; id++) nTotal[table.order[id]] += total[id];

  const out: DistinctiveTerm[] = [];
  for (const outlet of ctx.outlets) {
    const arts = outlet.articleIds.map((id) => ctx.articleIndex.get(id)!);
    const scored = scoreOutlet(ctx, table, arts.map((ai) => perArticle[ai]), total, nTotal);
    for (const s of scored.slice(0, ctx.options.topTerms)) {
      out.push({
        outletId: outlet.id,
        term: table.terms[s.id],
        n: table.order[s.id],
        count: s.count,
        logOdds: round(s.delta),
        z: round(s.z),
        evidence: evidenceFor(ctx, arts, perArticle, s.id),
      });
    }
  }
  return out;
}

/** The terms of each article, extracted once: content words and 2–3-word phrases within a sentence. */
function extractTerms(ctx: CompareContext, table: TermTable): ArticleTerms[] {
  const unitsOf: number[][] = ctx.articles.map(() => []);
  ctx.units.forEach((u, i) => unitsOf[u.article].push(i));
  const usable = (norm: string) => isContent(norm, ctx.stopWords) && !/^[\d.,]+$/.test(norm);
  return ctx.articles.map((_, ai) => {
    const ids: number[] = [];
    const spans: number[] = [];
    for (const ui of unitsOf[ai]) {
      const toks = ctx.units[ui].tokens;
      const wids = toks.map((t) => table.wordId(t.norm));
      const ok = toks.map((t) => usable(t.norm));
      for (let s = 0; s < toks.length; s++) {
        if (!ok[s]) continue;
        // Unigram ids are the word ids shifted into their own key range.
        let term = table.termId(-1 - wids[s], 1, () => toks[s].norm);
        ids.push(term);
        spans.push(toks[s].start, toks[s].end);
        for (let n = 2; n <= 3 && s + n - 1 < toks.length; n++) {
          const e = s + n - 1;
          const prev = term;
          term = table.termId(prev * PAIR + wids[e], n, () => `${table.terms[prev]} ${toks[e].norm}`);
          if (!ok[e]) continue;
          ids.push(term);
          spans.push(toks[s].start, toks[e].end);
        }
      }
    }
    return { ids: Int32Array.from(ids), spans: Int32Array.from(spans) };
  });
}

interface Scored {
  id: number;
  count: number;
  delta: number;
  z: number;
}

/** The outlet's terms against all other outlets, z ≥ minZ, strongest first. */
function scoreOutlet(ctx: CompareContext, table: TermTable, own: ArticleTerms[], total: Float64Array, nTotal: number[]): Scored[] {
  const a0 = ctx.options.priorStrength;
  const counts = new Map<number, number>();
  const nI = [0, 0, 0, 0];
  for (const a of own) {
    for (const id of a.ids) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
      nI[table.order[id]]++;
    }
  }
  const scored: Scored[] = [];
  for (const [id, yi] of counts) {
    if (yi < MIN_COUNT) continue;
    const k = table.order[id];
    const n = nTotal[k];
    const ni = nI[k];
    const nj = n - ni;
    const yj = total[id] - yi;
    if (nj <= 0) continue;
    const alpha = (a0 * total[id]) / n;
    const delta = Math.log((yi + alpha) / (ni + a0 - yi - alpha)) - Math.log((yj + alpha) / (nj + a0 - yj - alpha));
    const z = delta / Math.sqrt(1 / (yi + alpha) + 1 / (yj + alpha));
    if (z >= ctx.options.minZ) scored.push({ id, count: yi, delta, z });
  }
  const { terms } = table;
  return scored.sort((x, y) => y.z - x.z || (terms[x.id] < terms[y.id] ? -1 : 1));
}

function evidenceFor(ctx: CompareContext, arts: number[], perArticle: ArticleTerms[], id: number): Evidence[] {
  const ev: Evidence[] = [];
  for (const ai of arts) {
    const { ids, spans } = perArticle[ai];
    for (let k = 0; k < ids.length && ev.length < MAX_EVIDENCE; k++) {
      if (ids[k] === id) ev.push(evidenceOf(ctx.articles[ai], spans[2 * k], spans[2 * k + 1]));
    }
  }
  return ev;
}
