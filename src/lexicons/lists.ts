/** Small list helpers the lexicon compilers share. */

/** Order kept, duplicates dropped; undefined (a field left out) is an empty list. */
export function unique(list: readonly string[] | undefined): string[] {
  return [...new Set(list ?? [])];
}

/** Trimmed and lower-cased, then unique. */
export function lowerUnique(list: readonly string[] | undefined): string[] {
  return unique((list ?? []).map((s) => s.trim().toLowerCase()));
}

/** A record with lower-cased keys (later keys win when two fold together). */
export function lowerKeys<T>(record: Record<string, T> | undefined, into: Record<string, T> = {}): Record<string, T> {
  for (const [k, v] of Object.entries(record ?? {})) into[k.toLowerCase()] = v;
  return into;
}
