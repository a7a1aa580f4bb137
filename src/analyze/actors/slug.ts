/** Actor ids: `${kind}:${slug(name)}`, stable across articles for the same canonical name. */
import type { ActorKind } from '../../types/analysis.js';

/** Letters NFKD does not decompose, spelled the way English-language outlets write them. */
const FOLD: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', þ: 'th', Þ: 'th', ð: 'd', ı: 'i' };

export function slug(name: string): string {
  return name
    .replace(/[łŁøØđĐßæÆœŒþÞðı]/g, (c) => FOLD[c])
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
