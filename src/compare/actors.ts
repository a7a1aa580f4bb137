/**
 * Cross-article actor matching. Actor ids from the analysis are already stable across articles for
 * the same canonical name (`person:vladimir-putin`); on top of that a surname-only person ("Putin",
 * id `person:putin`, when an article never gives the full name) joins the one full-name person with
 * that surname, and two full names with the same surname join when their first names are compatible
 * ("JD Vance" / "J.D. Vance"). Only persons are matched by surname; other kinds by id.
 */
import { dict } from '../util/own.js';
import { pushTo, UnionFind } from '../util/union-find.js';
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
  const sortedGroups = [...groupById(ctx).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const uf = joinBySurname(sortedGroups);
  const members = new Map<string, Group[]>();
  for (const g of sortedGroups) pushTo(members, uf.find(g.id), g);
  const local = new Map<string, string>();
  const actors = [...members.values()].map((list) => corpusActor(ctx, list, local));
  actors.sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
  const byId = new Map(actors.map((a) => [a.id, a]));
  return { actors, byId, resolve: (articleId, id) => local.get(`${articleId}\u0000${id}`) ?? null };
}

/** One group per analysis actor id, across articles. */
function groupById(ctx: CompareContext): Map<string, Group> {
  const groups = new Map<string, Group>();
  ctx.articles.forEach((a, ai) => {
    for (const actor of a.analysis.actors) {
      let g = groups.get(actor.id);
      if (!g) groups.set(actor.id, (g = { id: actor.id, kind: actor.kind, names: new Map(), entries: [] }));
      g.names.set(actor.name, (g.names.get(actor.name) ?? 0) + Math.max(1, actor.mentions.length));
      g.entries.push({ article: ai, actor });
    }
  });
  return groups;
}

/** Persons by surname: full names with compatible first names, and a surname alone with its one full name. */
function joinBySurname(sortedGroups: Group[]): UnionFind {
  const uf = new UnionFind();
  for (const g of sortedGroups) uf.add(g.id);
  const full = new Map<string, Group[]>();
  const single: Group[] = [];
  for (const g of sortedGroups) {
    if (g.kind !== 'person') continue;
    const parts = nameParts(bestName(g));
    if (parts.length === 1) single.push(g);
    else if (parts.length > 1) pushTo(full, parts[parts.length - 1], g);
  }
  for (const list of full.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = 0; j < i; j++) {
        if (compatibleFirst(nameParts(bestName(list[i])), nameParts(bestName(list[j])))) uf.union(list[j].id, list[i].id);
      }
    }
  }
  for (const g of single) {
    const cands = full.get(nameParts(bestName(g))[0]) ?? [];
    const roots = [...new Set(cands.map((c) => uf.find(c.id)))];
    if (roots.length === 1) uf.union(roots[0], g.id);
    else if (roots.length > 1) {
      // Ambiguous surname: prefer the full name that shares an article with the surname-only actor.
      const arts = new Set(g.entries.map((e) => e.article));
      const sharing = roots.filter((r) => cands.some((c) => uf.find(c.id) === r && c.entries.some((e) => arts.has(e.article))));
      if (sharing.length === 1) uf.union(sharing[0], g.id);
    }
  }
  return uf;
}

/** The corpus actor of one joined set of groups; records each article's local id in `local`. */
function corpusActor(ctx: CompareContext, list: Group[], local: Map<string, string>): CorpusActor {
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
  return {
    id: canon.id,
    name: bestName(canon),
    kind: canon.kind,
    aliases: [...aliases].sort(),
    mentions,
    mentionsByOutlet: orderKeys(byOutlet, ctx.outletIds),
    articleActors: orderKeys(articleActors, ctx.articles.map((a) => a.id)),
    rule: commonRule(list.flatMap((g) => g.entries.map((e) => e.actor.rule))),
  };
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
