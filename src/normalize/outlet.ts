import { FramediffError } from '../errors.js';
import { sha256Hex } from '../text/sha256.js';
import { slug } from '../text/slug.js';
import type { ArticleWarning, Outlet, Provenance, SourceInfo } from '../types/article.js';

/**
 * The outlet: explicit metadata wins; else an outlet named by a dateline ("Kyiv • UNN");
 * else an `unknown-<hash>` outlet of its own, named after its file, with an OUTLET_UNKNOWN warning,
 * so that two articles of unknown origin are never merged into one outlet.
 */

/**
 * The id of an outlet known by name: its slug in any script ("新华社" stays "新华社", "Café Press"
 * is "cafe-press"); a name with no letter or digit ("***") gets `outlet-<hash of the name>`, so
 * every article naming that outlet still lands in the same one. Never empty.
 */
export function outletIdOf(name: string): string {
  return outletSlug(name) || `outlet-${sha256Hex(name.trim()).slice(0, 8)}`;
}

const blank = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

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
    return { outlet: { id: outletIdOf(explicit), name: explicit.trim() }, provenance: 'explicit' };
  }
  if (explicit && typeof explicit === 'object' && (!blank(explicit.id) || !blank(explicit.name))) {
    for (const field of ['id', 'name'] as const) {
      if (!blank(explicit[field]) && typeof explicit[field] !== 'string') {
        throw new FramediffError('INVALID_INPUT', source.label, `outlet.${field} must be a string, got ${typeof explicit[field]}`);
      }
    }
    // A blank id is derived from the name (compare needs one), a blank name is the id.
    const name = blank(explicit.name) ? explicit.id!.trim() : explicit.name!.trim();
    const id = blank(explicit.id) ? outletIdOf(name) : explicit.id!.trim();
    return { outlet: { ...explicit, id, name }, provenance: 'explicit' };
  }
  if (hint && outletSlug(hint)) {
    return { outlet: { id: outletSlug(hint), name: hint }, provenance: 'inferred' };
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

/** Outlet ids write `&` as "and" ("Marks & Spencer" is `marks-and-spencer`). */
function outletSlug(name: string): string {
  return slug(name, { ampersand: true });
}
