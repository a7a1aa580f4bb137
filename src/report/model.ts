/**
 * What the Markdown and HTML reports show, computed once from a Comparison: the heading,
 * outlet names, which findings make the cut, and the synopsis rows with their word diffs.
 * Deterministic: everything follows the comparison's own (stable) orders.
 */
import type { AlignedGroup, AnalyzedArticle, Comparison, CoverageItem, Evidence, LabelRow, WordDiffPart } from '../types/comparison.js';
import type { ReportOptions } from './options.js';
import { plural } from './text-utils.js';
import { wordDiff } from '../text/word-diff.js';
import { evidenceHost } from '../compare/evidence.js';

export interface SynopsisCell {
  member: AlignedGroup['members'][number];
  /** Word diff against the row's reference member (the first outlet's sentence); null for the reference. */
  diff: WordDiffPart[] | null;
}

export interface SynopsisRow {
  id: string;
  /** outletId → the outlet's aligned sentences shown (at most `perOutlet`, in text order). */
  cells: Map<string, SynopsisCell[]>;
  /** outletId → how many more aligned sentences the outlet has in this row than are shown. */
  more: Map<string, number>;
  /** True when some shown member differs in wording from the reference. */
  differs: boolean;
}

export class ReportModel {
  readonly title: string;
  readonly subtitle: string;
  readonly date: string | null;
  private readonly outletNames: Map<string, string>;
  private readonly articlesById: Map<string, AnalyzedArticle>;

  constructor(readonly comparison: Comparison, options: ReportOptions = {}) {
    const c = comparison;
    this.outletNames = new Map(c.outlets.map((o) => [o.id, o.name]));
    this.articlesById = new Map(c.articles.map((a) => [a.id, a]));
    this.subtitle = `${plural(c.articles.length, 'article')} from ${plural(c.outlets.length, 'outlet')}`;
    this.title = options.event?.title?.trim() || `How ${plural(c.outlets.length, 'outlet')} reported one event`;
    this.date = options.event?.date ?? null;
  }

  outletName(id: string): string {
    return this.outletNames.get(id) ?? id;
  }

  article(id: string): AnalyzedArticle | undefined {
    return this.articlesById.get(id);
  }

  /** Actors that at least one outlet labels, in the comparison's order. */
  labelledActors(): LabelRow[] {
    return this.comparison.labels.filter((r) => Object.values(r.byOutlet).some((uses) => uses.length > 0));
  }

  /**
   * Claims that some but not all outlets carry, most distinctive first. Among equally distinctive
   * claims the outlets take turns, so a long article cannot fill the top of the list alone.
   */
  omissions(): CoverageItem[] {
    const total = this.comparison.outlets.length;
    const partial = this.comparison.coverage.filter((c) => c.outletIds.length > 0 && c.outletIds.length < total);
    const levels = new Map<number, Map<string, CoverageItem[]>>();
    for (const item of partial) {
      const byCarriers = levels.get(item.distinctiveness) ?? new Map<string, CoverageItem[]>();
      levels.set(item.distinctiveness, byCarriers);
      const key = item.outletIds.join('\u0000');
      byCarriers.set(key, [...(byCarriers.get(key) ?? []), item]);
    }
    const out: CoverageItem[] = [];
    for (const level of [...levels.keys()].sort((a, b) => b - a)) {
      const buckets = [...levels.get(level)!.values()];
      for (let round = 0; buckets.some((b) => b.length > round); round++) {
        for (const bucket of buckets) if (bucket[round]) out.push(bucket[round]);
      }
    }
    return out;
  }

  /**
   * Aligned groups that span two or more outlets, with word diffs against the first outlet's
   * sentence. Each outlet shows at most `perOutlet` sentences per row: on big corpora an outlet
   * with many articles would otherwise repeat one fact dozens of times (and cost as many diffs).
   */
  synopsis(perOutlet = 2): SynopsisRow[] {
    const order = new Map(this.comparison.outlets.map((o, i) => [o.id, i]));
    const rows: SynopsisRow[] = [];
    const diffs = new Map<string, WordDiffPart[]>();
    for (const group of this.comparison.alignment) {
      const members = [...group.members].sort(
        (a, b) => (order.get(a.outletId) ?? 0) - (order.get(b.outletId) ?? 0) || cmp(a.articleId, b.articleId) || a.start - b.start,
      );
      if (new Set(members.map((m) => m.outletId)).size < 2) continue;
      const reference = members[0];
      const cells = new Map<string, SynopsisCell[]>();
      const more = new Map<string, number>();
      let differs = false;
      for (const member of members) {
        const list = cells.get(member.outletId) ?? [];
        if (list.length >= perOutlet) {
          more.set(member.outletId, (more.get(member.outletId) ?? 0) + 1);
          continue;
        }
        let diff: WordDiffPart[] | null = null;
        if (member !== reference) {
          const key = `${reference.text}\u0000${member.text}`;
          diff = diffs.get(key) ?? wordDiff(reference.text, member.text);
          diffs.set(key, diff);
          if (diff.some((p) => p.op !== 'equal')) differs = true;
        }
        list.push({ member, diff });
        cells.set(member.outletId, list);
      }
      rows.push({ id: group.id, cells, more, differs });
    }
    return rows;
  }

  /** The evidence text with some context from its sentence, for excerpts: [before, match, after]. */
  excerpt(e: Evidence, context = 50): [string, string, string] {
    if (context <= 0) return ['', e.text.replace(/\s+/g, ' '), ''];
    const article = this.article(e.articleId);
    const text = article ? evidenceHost(article, e) : e.text;
    const beforeRaw = text.slice(Math.max(0, e.start - context), e.start);
    const afterRaw = text.slice(e.end, e.end + context);
    // Stay inside the paragraph and cut at word boundaries.
    const before = beforeRaw.split('\n\n').pop()!;
    const after = afterRaw.split('\n\n')[0];
    const b = before.length === beforeRaw.length && e.start - context > 0 ? `…${before.replace(/^\S*\s/, '')}` : before;
    const a = after.length === afterRaw.length && e.end + context < text.length ? `${after.replace(/\s\S*$/, '')}…` : after;
    return [b.replace(/\s+/g, ' '), e.text.replace(/\s+/g, ' '), a.replace(/\s+/g, ' ')];
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
