/** Actor ids: `${kind}:${slug(name)}`, stable across articles for the same canonical name. */
import type { ActorKind } from '../../types/analysis.js';
import { slug } from '../../text/slug.js';

export { slug };

/** The id of an actor of `kind` with canonical name `name`: `person:vladimir-putin`. */
export function actorId(kind: ActorKind, name: string): string {
  return `${kind}:${slug(name)}`;
}
