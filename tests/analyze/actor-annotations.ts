/**
 * Shared check for dev annotations that list the actors a text must yield: each annotated actor
 * exists with its kind; annotated facts the rules do not reach stay visible as expected failures
 * (`it.fails`), so fixing one turns its test red until the gap is removed from the list.
 */
import { expect, it } from 'vitest';
import type { ArticleAnalysis } from '../../src/types/analysis.js';

export function itHasAnnotatedActors(
  name: string,
  analysis: ArticleAnalysis,
  actors: readonly { id: string; kind: string }[],
  knownGaps: ReadonlySet<string>,
): void {
  const ids = analysis.actors.map((a) => a.id);
  const gap = (id: string) => knownGaps.has(`${name} has ${id}`);
  it.each(actors.filter((a) => !gap(a.id)))('has $id', ({ id, kind }) => {
    const a = analysis.actors.find((x) => x.id === id);
    expect(a, `${id} among ${ids.join(', ')}`).toBeDefined();
    expect(a!.kind).toBe(kind);
  });
  const gaps = actors.filter((a) => gap(a.id));
  if (gaps.length > 0) {
    it.fails.each(gaps)('known gap: $id', ({ id, kind }) => {
      expect(analysis.actors.find((x) => x.id === id)?.kind).toBe(kind);
    });
  }
}
