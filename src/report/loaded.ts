/**
 * The "Loaded wording" view shared by the Markdown, HTML and CSV reports: per outlet, the
 * narrator-voice loaded terms (analysis.framing with voice `narrator`) with counts per 1,000 words
 * and evidence, quoted speakers' loaded words counted apart; and, for claims the outlets share
 * (aligned sentences), the pairs where two outlets word the claim with different loaded terms.
 */
import type { AnalyzedArticle, Comparison, Evidence } from '../types/comparison.js';
import type { FramingTerm } from '../types/analysis.js';
import { evidenceOf } from '../compare/evidence.js';
import { wordCount } from './text-utils.js';

export interface LoadedTermRow {
  term: string;
  category: string;
  count: number;
  evidence: Evidence[];
}

export interface LoadedOutlet {
  outletId: string;
  words: number;
  /** Narrator-voice loaded terms. */
  total: number;
  per1k: number;
  /** Loaded terms inside speakers' quotes (not the outlet's wording). */
  quoted: number;
  terms: LoadedTermRow[];
}

export interface LoadedSide {
  evidence: Evidence;
  terms: string[];
}

export interface LoadedPair {
  groupId: string;
  a: LoadedSide;
  b: LoadedSide;
}

export interface LoadedView {
  outlets: LoadedOutlet[];
  pairs: LoadedPair[];
}

const narrator = (a: AnalyzedArticle) => a.analysis.framing.filter((t) => t.voice === 'narrator');

function outletRow(c: Comparison, outletId: string): LoadedOutlet {
  const articles = c.articles.filter((a) => a.outlet.id === outletId);
  const words = articles.reduce((s, a) => s + wordCount(a.text), 0);
  const byTerm = new Map<string, LoadedTermRow>();
  let total = 0;
  for (const a of articles) {
    for (const t of narrator(a)) {
      total++;
      const key = t.text.toLowerCase().replace(/\s+/g, ' ');
      let row = byTerm.get(key);
      if (!row) byTerm.set(key, (row = { term: key, category: t.category, count: 0, evidence: [] }));
      row.count++;
      row.evidence.push(evidenceOf(a, t.start, t.end));
    }
  }
  const quoted = articles.reduce((s, a) => s + a.analysis.framing.filter((t) => t.voice === 'quote').length, 0);
  const terms = [...byTerm.values()].sort((x, y) => y.count - x.count || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0));
  return { outletId, words, total, per1k: words ? Math.round((total * 1000 * 100) / words) / 100 : 0, quoted, terms };
}

function termsIn(a: AnalyzedArticle, start: number, end: number): FramingTerm[] {
  return narrator(a).filter((t) => t.start >= start && t.end <= end);
}

function pairsOf(c: Comparison, max: number): LoadedPair[] {
  const byId = new Map(c.articles.map((a) => [a.id, a]));
  const pairs: LoadedPair[] = [];
  for (const g of c.alignment) {
    let inGroup = 0;
    const sides = g.members.map((m) => ({ m, terms: termsIn(byId.get(m.articleId)!, m.start, m.end).map((t) => t.text.toLowerCase()) }));
    for (let i = 0; i < sides.length; i++) {
      for (let j = i + 1; j < sides.length; j++) {
        const [x, y] = [sides[i], sides[j]];
        if (x.m.outletId === y.m.outletId || (x.terms.length === 0 && y.terms.length === 0)) continue;
        if ([...x.terms].sort().join('|') === [...y.terms].sort().join('|')) continue;
        const side = (s: typeof x): LoadedSide => ({ evidence: evidenceOf(byId.get(s.m.articleId)!, s.m.start, s.m.end), terms: s.terms });
        // One pair per claim is the point; more would repeat the same sentence.
        if (inGroup++ >= PER_CLAIM) continue;
        pairs.push({ groupId: g.id, a: side(x), b: side(y) });
        if (pairs.length >= max) return pairs;
      }
    }
  }
  return pairs;
}

/** Pairs shown per aligned claim. */
const PER_CLAIM = 1;

export function loadedWording(c: Comparison, maxPairs = 8): LoadedView {
  return { outlets: c.outlets.map((o) => outletRow(c, o.id)), pairs: pairsOf(c, maxPairs) };
}
