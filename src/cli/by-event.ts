/**
 * One report per event: a corpus whose articles name their events (a manifest's `event`, a record's
 * `event` field, or `framediff events`) is compared event by event, each report written to
 * `DIR/<event>.<ext>` (CSV: `DIR/<event>/`), with `DIR/index.json` listing them. Each event is
 * compared on its own articles only, so its report is the same whatever else the run held.
 */
import { join } from 'node:path';
import type { AnalyzedArticle } from '../types/comparison.js';

export const NO_EVENT = 'no-event';

/** Articles by event id, events in code-unit order; articles without one under `no-event`. */
export function groupByEvent(articles: readonly AnalyzedArticle[]): [string, AnalyzedArticle[]][] {
  const groups = new Map<string, AnalyzedArticle[]>();
  for (const a of articles) {
    const key = a.event ?? NO_EVENT;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(a);
  }
  return [...groups].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
}

/** True when the articles name at least one event. */
export function hasEvents(articles: readonly { event?: string }[]): boolean {
  return articles.some((a) => a.event !== undefined);
}

/** A file name for an event id: letters, digits, `.`, `_` and `-` kept, anything else `-`. */
export function eventFileStem(id: string, taken: Set<string>): string {
  const base = id.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[.-]+/, '').slice(0, 120) || 'event';
  let stem = base;
  for (let n = 2; taken.has(stem.toLowerCase()); n++) stem = `${base}-${n}`;
  taken.add(stem.toLowerCase());
  return stem;
}

export interface EventIndexEntry {
  event: string;
  /** Path of the report, relative to the index. */
  file: string;
  articles: number;
  outlets: string[];
  from: string | null;
  to: string | null;
}

export function indexEntry(event: string, file: string, articles: readonly AnalyzedArticle[]): EventIndexEntry {
  const dates = articles.map((a) => a.publishedAt?.slice(0, 10)).filter((d): d is string => !!d).sort();
  return {
    event,
    file,
    articles: articles.length,
    outlets: [...new Set(articles.map((a) => a.outlet.name))].sort(),
    from: dates[0] ?? null,
    to: dates[dates.length - 1] ?? null,
  };
}

export function indexJson(entries: readonly EventIndexEntry[]): string {
  return `${JSON.stringify({ events: entries }, null, 2)}\n`;
}

export const reportPath = (dir: string, stem: string, ext: string) => (ext ? join(dir, `${stem}.${ext}`) : join(dir, stem));
