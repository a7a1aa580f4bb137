/** Assertions shared by the comparison tests. */
import type { AnalyzedArticle, Comparison, Evidence } from '../../src/types/comparison.js';
import { evidenceHost } from '../../src/compare/evidence.js';

/** Every Evidence object anywhere in the comparison, with the path it was found at. */
export function allEvidence(c: Comparison): { path: string; e: Evidence }[] {
  const out: { path: string; e: Evidence }[] = [];
  const walk = (x: unknown, path: string) => {
    if (Array.isArray(x)) x.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (typeof o.articleId === 'string' && typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string' && typeof o.outletId === 'string') {
        out.push({ path, e: o as unknown as Evidence });
      }
      for (const [k, v] of Object.entries(o)) if (k !== 'articles') walk(v, `${path}.${k}`);
    }
  };
  walk(c, '$');
  return out;
}

/** Evidence problems: text not equal to the article slice, or outlet not the article's. */
export function evidenceProblems(c: Comparison): string[] {
  const byId = new Map<string, AnalyzedArticle>(c.articles.map((a) => [a.id, a]));
  const bad: string[] = [];
  for (const { path, e } of allEvidence(c)) {
    const a = byId.get(e.articleId);
    if (!a) bad.push(`${path}: unknown article ${e.articleId}`);
    else if (evidenceHost(a, e).slice(e.start, e.end) !== e.text) bad.push(`${path}: text mismatch at ${e.start}-${e.end}`);
    else if (a.outlet.id !== e.outletId) bad.push(`${path}: outlet ${e.outletId} is not ${a.outlet.id}`);
  }
  return bad;
}

/** Lower-case, straight quotes, single spaces: for containment checks between renderings. */
export function flat(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/[^\p{L}\p{N}' -]+/gu, ' ').replace(/\s+/g, ' ').trim();
}
