/** Small text helpers shared by the Markdown and HTML renderers. */

/** Shorten to at most `max` characters at a word boundary, marking the cut with "…". */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Links an article lists (an AI summary's numbered sources, a blog's reference list): distinct URLs
 * among its citations. Shown beside the in-text attributions, which such lists do not produce.
 */
export function linksCited(article: { citations?: readonly { url?: string }[] }): number {
  return new Set((article.citations ?? []).flatMap((c) => (c.url ? [c.url] : []))).size;
}

/** Format a number with at most `digits` decimals and no trailing zeros (deterministic). */
export function fmt(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return '–';
  const s = n.toFixed(digits);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

export function signed(n: number, digits = 2): string {
  const s = fmt(n, digits);
  return n > 0 && s !== '0' ? `+${s}` : s;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
