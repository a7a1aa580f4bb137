import { sha256Hex } from '../load/sha256.js';
import type { ArticleWarning, Outlet, Provenance, SourceInfo } from '../types/article.js';

/**
 * The outlet: explicit metadata wins; else an outlet named by a dateline ("Kyiv • UNN");
 * else an `unknown-<hash>` outlet of its own, named after its file, with an OUTLET_UNKNOWN warning,
 * so that two articles of unknown origin are never merged into one outlet.
 */

export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A short hash naming this input (and this record of it). */
export function inputHash(source: SourceInfo): string {
  return source.record === undefined ? source.sha256.slice(0, 8) : sha256Hex(`${source.sha256}#${source.record}`).slice(0, 8);
}

/**
 * A readable name for an outlet nobody named: "Unknown (letter.txt)", "Unknown (feed.jsonl, record 2)",
 * so that three unnamed files are three distinguishable columns in a report, not three "Unknown"s.
 */
function unknownName(source: SourceInfo): string {
  const file = (source.path ?? source.label).split(/[\\/]/).pop()?.trim();
  if (!file) return 'Unknown';
  return source.record === undefined ? `Unknown (${file})` : `Unknown (${file}, record ${source.record + 1})`;
}

export function resolveOutlet(
  explicit: string | Partial<Outlet> | undefined,
  hint: string | null,
  source: SourceInfo,
): { outlet: Outlet; provenance: Provenance; warning?: ArticleWarning } {
  if (typeof explicit === 'string' && explicit.trim()) {
    return { outlet: { id: slugify(explicit) || `outlet-${inputHash(source)}`, name: explicit.trim() }, provenance: 'explicit' };
  }
  if (explicit && typeof explicit === 'object' && (explicit.id || explicit.name)) {
    const name = explicit.name ?? explicit.id!;
    const outlet: Outlet = { ...explicit, id: explicit.id ?? (slugify(name) || `outlet-${inputHash(source)}`), name };
    return { outlet, provenance: 'explicit' };
  }
  if (hint && slugify(hint)) {
    return { outlet: { id: slugify(hint), name: hint }, provenance: 'inferred' };
  }
  const id = `unknown-${inputHash(source)}`;
  return {
    outlet: { id, name: unknownName(source), kind: 'unknown' },
    provenance: 'default',
    warning: {
      code: 'OUTLET_UNKNOWN',
      message: `no outlet given and none found in the text; using "${id}" (give one in a manifest or front matter)`,
      severity: 'warning',
    },
  };
}
