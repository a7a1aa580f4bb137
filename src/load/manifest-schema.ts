import { own } from '../util/own.js';
import { FramediffError } from '../errors.js';
import type { ArticleMetaInput, Outlet, OutletKind } from '../types/article.js';
import { toByline, toIsoDate } from './meta-fields.js';

/**
 * A corpus manifest (manifest.json): what the files do not say reliably about themselves.
 * Metadata here is explicit and wins over anything read from a file. See docs/manifest.md.
 */
export interface Manifest {
  /** The event the corpus covers. */
  event?: { title?: string; date?: string; [key: string]: unknown };
  /** Outlets by id (the key is the outlet id articles refer to). */
  outlets?: Record<string, ManifestOutlet>;
  articles?: ManifestArticle[];
}

/** An outlet as a manifest describes it (docs/manifest.md). */
export interface ManifestOutlet {
  name: string;
  url?: string;
  country?: string;
  language?: string;
  kind?: OutletKind;
  /** Why we believe this (kept for readers; not used by the pipeline). */
  evidence?: string;
}

/** One article entry of a manifest: its file and the metadata that file does not carry. */
export interface ManifestArticle {
  /** Path of the file, relative to the manifest. */
  file: string;
  /** An id in `outlets`, or an outlet name given inline. */
  outlet?: string;
  title?: string;
  subtitle?: string;
  /** ISO 8601 date or timestamp (`date` is accepted as an alias). */
  publishedAt?: string;
  date?: string;
  url?: string;
  byline?: string | string[];
  language?: string;
  dateline?: string;
  /** The event this article reports (an id shared by its articles); `framediff events` writes it. */
  event?: string;
  evidence?: string;
}

const STRING_FIELDS = ['outlet', 'title', 'subtitle', 'publishedAt', 'date', 'url', 'language', 'dateline', 'event', 'evidence'] as const;

/** Check a parsed manifest's shape; throws MANIFEST_INVALID naming the first problem. */
export function validateManifest(value: unknown, file: string): Manifest {
  const bad = (msg: string): never => {
    throw new FramediffError('MANIFEST_INVALID', file, `invalid manifest: ${msg}`);
  };
  if (!isObject(value)) return bad('expected a JSON object');
  if (value.event !== undefined && !isObject(value.event)) bad('"event" must be an object');
  if (value.outlets !== undefined) {
    if (!isObject(value.outlets)) bad('"outlets" must be an object keyed by outlet id');
    for (const [id, o] of Object.entries(value.outlets as Record<string, unknown>)) {
      if (!isObject(o) || typeof o.name !== 'string' || !o.name.trim()) bad(`outlet "${id}" needs a "name"`);
    }
  }
  if (value.articles !== undefined) {
    if (!Array.isArray(value.articles)) bad('"articles" must be an array');
    (value.articles as unknown[]).forEach((a, i) => {
      if (!isObject(a) || typeof a.file !== 'string' || !a.file.trim()) bad(`articles[${i}] needs a "file"`);
      const entry = a as Record<string, unknown>;
      for (const f of STRING_FIELDS) {
        if (entry[f] !== undefined && typeof entry[f] !== 'string') bad(`articles[${i}].${f} must be a string`);
      }
      if (entry.byline !== undefined && typeof entry.byline !== 'string' && !(Array.isArray(entry.byline) && entry.byline.every((b) => typeof b === 'string'))) {
        bad(`articles[${i}].byline must be a string or a list of strings`);
      }
      const date = (entry.publishedAt ?? entry.date) as string | undefined;
      if (date !== undefined && !toIsoDate(date)) bad(`articles[${i}] has an unreadable date "${date}"`);
    });
  }
  return value as Manifest;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The explicit metadata a manifest entry gives an article. An `outlet` naming a key of `outlets`
 * becomes that full outlet record (its key is the outlet id); any other string is an outlet name.
 */
export function manifestMeta(manifest: Manifest, entry: ManifestArticle): ArticleMetaInput {
  const meta: ArticleMetaInput = {};
  if (entry.outlet) {
    const known = own(manifest.outlets, entry.outlet);
    if (known) {
      const outlet: Partial<Outlet> = { id: entry.outlet, name: known.name };
      for (const k of ['url', 'country', 'language', 'kind'] as const) if (known[k]) outlet[k] = known[k];
      meta.outlet = outlet;
    } else meta.outlet = entry.outlet;
  }
  if (entry.title) meta.title = entry.title;
  if (entry.subtitle) meta.subtitle = entry.subtitle;
  const date = entry.publishedAt ?? entry.date;
  if (date) meta.publishedAt = toIsoDate(date) ?? date;
  if (entry.url) meta.url = entry.url;
  if (entry.byline !== undefined) {
    const byline = toByline(entry.byline);
    if (byline.length) meta.byline = byline;
  }
  if (entry.language) meta.language = entry.language;
  if (entry.dateline) meta.dateline = entry.dateline;
  if (entry.event) meta.event = entry.event;
  return meta;
}
