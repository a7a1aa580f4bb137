import type { ArticleMetaInput, ArticleWarning, Outlet } from '../types/article.js';

/**
 * Field names that mean the same metadata across input shapes: YAML front matter, news-please JSON,
 * plain JSON records, JSON-LD. First present name wins, in the order listed.
 */
export const META_FIELD_NAMES = {
  title: ['title', 'headline'],
  subtitle: ['subtitle', 'dek', 'standfirst', 'description'],
  outlet: ['outlet', 'source', 'publisher', 'site_name', 'siteName', 'source_domain'],
  publishedAt: ['publishedAt', 'published_at', 'date_publish', 'datePublished', 'date', 'published', 'pubDate'],
  url: ['url', 'canonical', 'link'],
  byline: ['byline', 'authors', 'author'],
  language: ['language', 'lang', 'inLanguage'],
  dateline: ['dateline'],
  event: ['event', 'eventId', 'event_id'],
  inputId: ['id', '_id', 'uuid'],
} as const satisfies Record<keyof ArticleMetaInput, readonly string[]>;

type Fields = Record<string, unknown>;

function firstPresent(fields: Fields, names: readonly string[]): unknown {
  for (const name of names) {
    const v = fields[name];
    if (v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)) return v;
  }
  return undefined;
}

/** A scalar as a trimmed string; Dates (YAML timestamps) as ISO strings; anything else undefined. */
function asString(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString();
  if (v && typeof v === 'object' && 'name' in v) return asString((v as { name: unknown }).name);
  return undefined;
}

/** Authors given as a string, a list of strings, or objects with `name` (JSON-LD Person). */
export function toByline(v: unknown): string[] {
  const list = Array.isArray(v) ? v : [v];
  const names = new Set<string>();
  for (const item of list) {
    const s = asString(item);
    if (!s) continue;
    // "Jane Doe and John Roe", "Jane Doe, John Roe": one field, several people. The separators
    // carry no \s* of their own (trim does it): that made a field full of spaces quadratic.
    for (const part of s.split(/,|;|\band\b|&/)) {
      const name = part.trim().replace(/^by\s+/i, '').trim();
      if (name) names.add(name);
    }
  }
  return [...names];
}

/** A bare domain like `www.unn.ua` or `https://unn.ua/` → `unn.ua`; null when `s` is not one. */
export function domainOf(s: string): string | null {
  const m = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/?$/i.exec(s.trim());
  return m ? m[1].toLowerCase() : null;
}

function toOutlet(v: unknown): string | Partial<Outlet> | undefined {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    const out: Partial<Outlet> = {};
    for (const key of ['id', 'name', 'url', 'country', 'language', 'kind'] as const) {
      const s = asString(o[key]);
      if (s) out[key] = s;
    }
    return out.name || out.id ? out : undefined;
  }
  const s = asString(v);
  if (!s) return undefined;
  const domain = domainOf(s);
  return domain ? { name: domain, url: `https://${domain}` } : s;
}

/**
 * Dates as ISO 8601: a day stays `YYYY-MM-DD`; `2025-02-24 10:12:00` becomes `2025-02-24T10:12:00`;
 * other parseable forms ("Feb 24, 2025", RFC 2822) go through Date in UTC. Null when unparseable.
 */
export function toIsoDate(s: string): string | null {
  const t = s.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const iso = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(t);
  if (iso) return `${iso[1]}T${iso[2]}${iso[3] ? iso[3].toUpperCase() : ''}`;
  const ms = Date.parse(t);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  // Without a clock time, Date.parse reads "Feb 24, 2025" as local midnight: read the day back in
  // local time, so the machine's time zone cannot shift it.
  if (!/\d{1,2}:\d{2}/.test(t)) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }
  return d.toISOString().replace('.000Z', 'Z');
}

/**
 * Map a record's fields (front matter, JSON object, JSON-LD) to explicit article metadata.
 * Unparseable dates are kept out of `publishedAt` and reported as a DATE_UNPARSED warning.
 */
export function metaFromFields(fields: Fields): { meta: ArticleMetaInput; warnings: ArticleWarning[] } {
  const meta: ArticleMetaInput = {};
  const warnings: ArticleWarning[] = [];
  const title = asString(firstPresent(fields, META_FIELD_NAMES.title));
  if (title) meta.title = title;
  const subtitle = asString(firstPresent(fields, META_FIELD_NAMES.subtitle));
  if (subtitle) meta.subtitle = subtitle;
  const outlet = toOutlet(firstPresent(fields, META_FIELD_NAMES.outlet));
  if (outlet) meta.outlet = outlet;
  const date = asString(firstPresent(fields, META_FIELD_NAMES.publishedAt));
  if (date) {
    const iso = toIsoDate(date);
    if (iso) meta.publishedAt = iso;
    else warnings.push({ code: 'DATE_UNPARSED', message: `cannot read the date "${date}"`, severity: 'warning', actual: String(date), expected: 'a date' });
  }
  const url = asString(firstPresent(fields, META_FIELD_NAMES.url));
  if (url) meta.url = url;
  const byline = toByline(firstPresent(fields, META_FIELD_NAMES.byline));
  if (byline.length) meta.byline = byline;
  const language = asString(firstPresent(fields, META_FIELD_NAMES.language));
  if (language) meta.language = language.toLowerCase();
  const dateline = asString(firstPresent(fields, META_FIELD_NAMES.dateline));
  if (dateline) meta.dateline = dateline;
  const event = asString(firstPresent(fields, META_FIELD_NAMES.event));
  if (event) meta.event = event;
  const inputId = firstPresent(fields, META_FIELD_NAMES.inputId);
  if (typeof inputId === 'string' ? inputId.trim() : typeof inputId === 'number') meta.inputId = String(inputId).trim();
  return { meta, warnings };
}

/** Explicit caller metadata wins field by field over what the format states. */
export function mergeMeta(fromFormat: ArticleMetaInput, fromCaller: ArticleMetaInput | undefined): ArticleMetaInput {
  const out: ArticleMetaInput = { ...fromFormat };
  if (!fromCaller) return out;
  for (const [k, v] of Object.entries(fromCaller) as [keyof ArticleMetaInput, unknown][]) {
    if (v !== undefined && v !== null && v !== '') (out as Record<string, unknown>)[k] = v;
  }
  return out;
}
