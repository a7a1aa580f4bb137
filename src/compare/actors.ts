/**
 * Cross-article actor matching. Actor ids from the analysis are already stable across articles for
 * the same canonical name (`person:vladimir-putin`); on top of that a surname-only person ("Putin",
 * id `person:putin`, when an article never gives the full name) joins the one full-name person with
 * that surname, and two full names with the same surname join when their first names are compatible
 * ("JD Vance" / "J.D. Vance"). Only persons are matched by surname; other kinds by id.
 */
import { dict } from '../util/own.js';
import type { Actor } from '../types/analysis.js';
import type { CorpusActor } from '../types/comparison.js';
import type { CompareContext } from './context.js';

export interface ActorIndex {
  actors: CorpusActor[];
  /** `${articleId}\u0000${localActorId}` → corpus actor id. */
  resolve(articleId: string, localActorId: string): string | null;
  byId: Map<string, CorpusActor>;
}

interface Group {
  id: string;
  kind: Actor['kind'];
  names: Map<string, number>;
  entries: { article: number; actor: Actor }[];
}

export function matchActors(ctx: CompareContext): ActorIndex {
  const groups = new Map<string, Group>();
  ctx.articles.forEach((a, ai) => {
    for (const actor of a.analysis.actors) {
      let g = groups.get(actor.id);
      if (!g) groups.set(actor.id, (g = { id: actor.id, kind: actor.kind, names: new Map(), entries: [] }));
      g.names.set(actor.name, (g.names.get(actor.name) ?? 0) + Math.max(1, actor.mentions.length));
      g.entries.push({ article: ai, actor });
    }
  });

  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x);
    if (p === undefined || p === x) return x;
    const r = find(p);
    parent.set(x, r);
    return r;
  };
  const union = (x: string, y: string) => {
    const px = find(x);
    const py = find(y);
    if (px !== py) parent.set(py, px);
  };

  // Persons by surname: full-name groups and surname-only groups.
  const full = new Map<string, Group[]>();
  const single: Group[] = [];
  const sortedGroups = [...groups.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const g of sortedGroups) {
    if (g.kind !== 'person') continue;
    const parts = nameParts(bestName(g));
    if (parts.length === 0) continue;
    if (parts.length === 1) single.push(g);
    else {
      const sur = parts[parts.length - 1];
      let list = full.get(sur);
      if (!list) full.set(sur, (list = []));
      list.push(g);
    }
  }
  for (const list of full.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = 0; j < i; j++) {
        if (compatibleFirst(nameParts(bestName(list[i])), nameParts(bestName(list[j])))) union(list[j].id, list[i].id);
      }
    }
  }
  for (const g of single) {
    const sur = nameParts(bestName(g))[0];
    const cands = full.get(sur) ?? [];
    const roots = [...new Set(cands.map((c) => find(c.id)))];
    if (roots.length === 1) union(roots[0], g.id);
    else if (roots.length > 1) {
      // Ambiguous surname: prefer the full name that shares an article with the surname-only actor.
      const arts = new Set(g.entries.map((e) => e.article));
      const sharing = roots.filter((r) => cands.some((c) => find(c.id) === r && c.entries.some((e) => arts.has(e.article))));
      if (sharing.length === 1) union(sharing[0], g.id);
    }
  }

  // Build corpus actors.
  const members = new Map<string, Group[]>();
  for (const g of sortedGroups) {
    const r = find(g.id);
    let list = members.get(r);
    if (!list) members.set(r, (list = []));
    list.push(g);
  }
  const local = new Map<string, string>();
  const actors: CorpusActor[] = [];
  for (const list of members.values()) {
    // Canonical: the group with the longest (most words) name, then most mentions, then id.
    const canon = [...list].sort(
      (a, b) => nameParts(bestName(b)).length - nameParts(bestName(a)).length || mentionCount(b) - mentionCount(a) || (a.id < b.id ? -1 : 1),
    )[0];
    const aliases = new Set<string>();
    const byOutlet = dict<number>();
    const articleActors = dict<string[]>();
    let mentions = 0;
    for (const g of list) {
      for (const { article, actor } of g.entries) {
        const art = ctx.articles[article];
        for (const al of actor.aliases) aliases.add(al);
        aliases.add(actor.name);
        mentions += actor.mentions.length;
        byOutlet[art.outlet.id] = (byOutlet[art.outlet.id] ?? 0) + actor.mentions.length;
        (articleActors[art.id] ??= []).push(actor.id);
        local.set(`${art.id}\u0000${actor.id}`, canon.id);
      }
    }
    for (const k of Object.keys(articleActors)) articleActors[k] = [...new Set(articleActors[k])].sort();
    actors.push({
      id: canon.id,
      name: bestName(canon),
      kind: canon.kind,
      aliases: [...aliases].sort(),
      mentions,
      mentionsByOutlet: orderKeys(byOutlet, ctx.outletIds),
      articleActors: orderKeys(articleActors, ctx.articles.map((a) => a.id)),
      rule: commonRule(list.flatMap((g) => g.entries.map((e) => e.actor.rule))),
    });
  }
  actors.sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
  const byId = new Map(actors.map((a) => [a.id, a]));
  return { actors, byId, resolve: (articleId, id) => local.get(`${articleId}\u0000${id}`) ?? null };
}

/** The most frequent rule, ties to the smallest id: the same whatever the article order. */
function commonRule(rules: string[]): string {
  const count = new Map<string, number>();
  for (const r of rules) count.set(r, (count.get(r) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'actor.linked';
}

function bestName(g: Group): string {
  return [...g.names].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0][0];
}

function mentionCount(g: Group): number {
  return g.entries.reduce((n, e) => n + e.actor.mentions.length, 0);
}

/** Lower-cased name words without dots and honorifics: "J.D. Vance" → ["jd", "vance"]. */
export function nameParts(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/\./g, '')
    .split(/\s+/)
    .filter((w) => w && !/^(mr|mrs|ms|dr|prof|sir)$/.test(w));
}

/** First names agree when equal (ignoring hyphens) or one is the initials of the other. */
function compatibleFirst(a: string[], b: string[]): boolean {
  const fa = a[0].replace(/-/g, '');
  const fb = b[0].replace(/-/g, '');
  if (fa === fb) return true;
  const initials = (p: string[]) => p.slice(0, -1).map((w) => w[0]).join('');
  return fa === initials(b) || fb === initials(a) || (fa.length <= 2 && fb.startsWith(fa)) || (fb.length <= 2 && fa.startsWith(fb));
}

/** A record with keys in the given order (first) so JSON output is stable. */
export function orderKeys<T>(rec: Record<string, T>, order: string[]): Record<string, T> {
  const out = dict<T>();
  for (const k of order) if (Object.hasOwn(rec, k)) out[k] = rec[k];
  for (const k of Object.keys(rec).sort()) if (!Object.hasOwn(out, k)) out[k] = rec[k];
  return out;
}
