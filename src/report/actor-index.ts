import type { Comparison, CorpusActor } from '../types/comparison.js';

/**
 * Maps an article-level actor id to the corpus actor it was merged into, so that
 * per-article data (quote speakers, mentions) can be reported under corpus-wide ids.
 */
export class ActorIndex {
  private readonly byLocal = new Map<string, CorpusActor>();
  private readonly byId = new Map<string, CorpusActor>();

  constructor(comparison: Comparison) {
    for (const actor of comparison.actors) {
      this.byId.set(actor.id, actor);
      for (const [articleId, localIds] of Object.entries(actor.articleActors)) {
        for (const localId of localIds) this.byLocal.set(`${articleId}\u0000${localId}`, actor);
      }
    }
  }

  /** The corpus actor for an article's actor id; falls back to a corpus actor of the same id. */
  resolve(articleId: string, localId: string | null | undefined): CorpusActor | undefined {
    if (!localId) return undefined;
    return this.byLocal.get(`${articleId}\u0000${localId}`) ?? this.byId.get(localId);
  }

  get(corpusId: string): CorpusActor | undefined {
    return this.byId.get(corpusId);
  }
}
