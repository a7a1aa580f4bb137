/** Actor ids: `${kind}:${slug(name)}`, stable across articles for the same canonical name. */
import type { ActorKind } from '../../types/analysis.js';

export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '-')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

export function actorId(kind: ActorKind, name: string): string {
  return `${kind}:${slug(name)}`;
}
