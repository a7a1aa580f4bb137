/**
 * Whole-word phrase matching for lexicon entries: case-insensitive (or not), curly/straight
 * apostrophes alike, hyphen and space between words alike ("no-limits" = "no limits"),
 * leftmost-longest and non-overlapping. One compiled regex per phrase list.
 */

export interface PhraseHit {
  start: number;
  end: number;
  /** Normalized key of the matched phrase (see `phraseKey`). */
  key: string;
}

/**
 * Key under which a phrase and all its spelling variants meet. Memoized (a pure function asked for
 * the same few thousand words and phrases again and again: every token run near a cue); the
 * caches stop growing at KEY_CACHE_LIMIT entries.
 */
export function phraseKey(s: string, caseSensitive = false): string {
  const cache = caseSensitive ? casedKeys : foldedKeys;
  let k = cache.get(s);
  if (k === undefined) {
    k = s.replace(/[’‘`]/g, "'").replace(/\s*[-‐‑–]\s*|\s+/g, ' ').trim();
    if (!caseSensitive) k = k.toLowerCase();
    if (cache.size < KEY_CACHE_LIMIT) cache.set(s, k);
  }
  return k;
}

const KEY_CACHE_LIMIT = 100_000;
const casedKeys = new Map<string, string>();
const foldedKeys = new Map<string, string>();

function phrasePattern(p: string): string {
  return phraseKey(p, true)
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’‘]"))
    .join('(?:\\s*[-‐‑–]\\s*|\\s+)');
}

export class PhraseMatcher {
  private readonly re: RegExp | null;

  constructor(
    phrases: string[],
    private readonly caseSensitive = false,
  ) {
    const unique = [...new Set(phrases.map((p) => p.trim()).filter((p) => p !== ''))];
    // Longest first: the regex alternation then prefers "full-scale invasion" over "invasion".
    unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
    this.re = unique.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${unique.map(phrasePattern).join('|')})(?![\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu') : null;
  }

  find(text: string, from = 0, to = text.length): PhraseHit[] {
    if (!this.re) return [];
    const hits: PhraseHit[] = [];
    // Search only the window (plus one character each side for the word-boundary checks), so a
    // look-up in a short span costs the span, not the rest of the text.
    const base = Math.max(0, from - 1);
    const sub = text.slice(base, Math.min(text.length, to + 1));
    // One compiled regex reused (find is not re-entrant); only lastIndex is reset.
    const re = this.re;
    re.lastIndex = from - base;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sub))) {
      const start = base + m.index;
      const end = start + m[0].length;
      if (end > to) break;
      hits.push({ start, end, key: phraseKey(m[0], this.caseSensitive) });
    }
    return hits;
  }
}
