/**
 * Coverage and omission. Each sentence cluster is a claim; which outlets carry it and which do not.
 * A sentence that also matches a second cluster (two facts in one sentence) carries both claims; a
 * claim whose sentences all sit in another claim is not reported (counterparts.ts `claimMembers`).
 * Details: inside a cluster several outlets share, words one outlet alone adds ("The strike, the third
 * stoppage this year, was called ..."). Items are ranked most distinctive first (fewest outlets).
 */
import type { CoverageItem, CoverageMissing, Evidence } from '../types/comparison.js';
import type { SentenceClusters } from './align.js';
import { pad, round } from './align.js';
import type { CompareContext, SentenceUnit } from './context.js';
import { claimMembers, findCounterparts, type Counterpart } from './counterparts.js';
import { evidenceOf } from './evidence.js';
import { matchKey } from './tokens/words.js';

/** A detail needs this many content words no other outlet in the cluster uses ... */
const DETAIL_MIN_WORDS = 3;
/** ... inside a sentence that is otherwise mostly shared (share of its content words found elsewhere). */
const DETAIL_MIN_SHARED = 0.75;

type Item = CoverageItem & { firstArticle: number; firstStart: number };

export function findCoverage(ctx: CompareContext, clusters: SentenceClusters): CoverageItem[] {
  const total = ctx.outletIds.length;
  const items: Item[] = [];
  const byPosition = (x: number, y: number) => ctx.units[x].article - ctx.units[y].article || ctx.units[x].start - ctx.units[y].start;
  // An outlet telling the fact in its own words, outside the cluster: carries it (or says something related).
  const counterparts = findCounterparts(ctx, clusters);
  for (const { cluster: c, members, carried } of claimMembers(ctx, clusters, counterparts)) {
    const sorted = [...members].sort(byPosition);
    const evidence: Evidence[] = sorted.map((u) => unitEvidence(ctx, ctx.units[u]));
    const outlets = new Set(evidence.map((e) => e.outletId));
    const related = new Map([...counterparts[c].related.values()].map((x) => [ctx.articles[ctx.units[x.unit].article].outlet.id, x]));
    // The longest rendering is the fullest statement of the claim; ties go to the earliest.
    let claim = evidence[0];
    for (const e of evidence) if (e.text.length > claim.text.length) claim = e;
    const split = outletSplit(ctx, outlets);
    items.push({
      id: '',
      kind: 'claim',
      rule: carried ? COUNTERPART_RULE : CLAIM_RULE,
      claim: claim.text,
      ...split,
      partial: [...related.keys()].filter((o) => !outlets.has(o)).sort(outletOrder(ctx)).map((o) => partialStatus(ctx, o, related.get(o)!)),
      agreement: total > 0 ? round(outlets.size / total) : 0,
      distinctiveness: total > 0 ? round(1 - outlets.size / total) : 0,
      evidence,
      firstArticle: ctx.units[sorted[0]].article,
      firstStart: ctx.units[sorted[0]].start,
    });
    if (outlets.size >= 2) items.push(...details(ctx, sorted, total));
  }
  items.sort(
    (a, b) =>
      b.distinctiveness - a.distinctiveness || a.firstArticle - b.firstArticle || a.firstStart - b.firstStart || (a.kind === 'claim' ? -1 : 1),
  );
  return items.map(({ firstArticle: _a, firstStart: _s, ...item }, i) => ({ ...item, id: `claim-${pad(i + 1)}` }));
}

/** Rule ids (docs/rules.md): a sentence cluster; a cluster joined by another outlet's own wording of the fact. */
export const CLAIM_RULE = 'coverage.claim';
export const COUNTERPART_RULE = 'coverage.counterpart';
export const DETAIL_RULE = 'coverage.detail';

function partialStatus(ctx: CompareContext, outletId: string, near: Counterpart): CoverageMissing {
  return { outletId, status: 'partial', related: unitEvidence(ctx, ctx.units[near.unit]), similarity: round(near.similarity) };
}

/** Outlets in the comparison's order (one pass over the outlets the claim names, not over all outlets). */
function outletOrder(ctx: CompareContext): (a: string, b: string) => number {
  return (a, b) => (ctx.outletRank.get(a) ?? 0) - (ctx.outletRank.get(b) ?? 0);
}

function outletSplit(ctx: CompareContext, outlets: Set<string>) {
  return { outletIds: [...outlets].sort(outletOrder(ctx)) };
}

function unitEvidence(ctx: CompareContext, unit: SentenceUnit): Evidence {
  return evidenceOf(ctx.articles[unit.article], unit.start, unit.end);
}

/** Words added by one outlet to a sentence the other outlets of the cluster carry too. */
function details(ctx: CompareContext, members: number[], total: number): Item[] {
  const outletOf = (u: number) => ctx.articles[ctx.units[u].article].outlet.id;
  const keyOf = (norm: string) => matchKey(norm);
  // Which outlet uses each content word in this cluster (null: more than one outlet).
  const owner = new Map<string, string | null>();
  for (const u of members) {
    const o = outletOf(u);
    for (const t of ctx.units[u].tokens) {
      if (ctx.stopWords.has(t.norm)) continue;
      const k = keyOf(t.norm);
      const cur = owner.get(k);
      if (cur === undefined) owner.set(k, o);
      else if (cur !== null && cur !== o) owner.set(k, null);
    }
  }
  const found = new Map<string, Item>();
  for (const u of members) {
    const unit = ctx.units[u];
    const o = outletOf(u);
    const content = unit.tokens.filter((t) => !ctx.stopWords.has(t.norm));
    if (content.length === 0) continue;
    const exclusive = (t: (typeof content)[number]) => owner.get(keyOf(t.norm)) === o;
    const shared = content.filter((t) => !exclusive(t)).length / content.length;
    if (shared < DETAIL_MIN_SHARED) continue;
    // Runs of exclusive content words; stop words may sit inside a run, not at its ends.
    let run: typeof content = [];
    const flush = () => {
      // Numbers alone (a date spelled out) are not an added fact worth a line.
      if (run.filter((t) => !/^[\d.,]+$/.test(t.norm)).length >= DETAIL_MIN_WORDS) {
        const ev = evidenceOf(ctx.articles[unit.article], run[0].start, run[run.length - 1].end);
        const key = `${o}\u0000${run.map((t) => t.norm).join(' ')}`;
        const item = found.get(key);
        if (item) item.evidence.push(ev);
        else
          found.set(key, {
            id: '',
            kind: 'detail',
            rule: DETAIL_RULE,
            claim: unitEvidence(ctx, unit).text,
            detail: ev.text,
            ...outletSplit(ctx, new Set([o])),
            distinctiveness: round(1 - 1 / total),
            evidence: [ev],
            firstArticle: unit.article,
            firstStart: ev.start,
          });
      }
      run = [];
    };
    for (const t of content) {
      if (exclusive(t)) run.push(t);
      else flush();
    }
    flush();
  }
  return [...found.values()];
}
