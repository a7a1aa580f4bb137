/** Actor ids: `${kind}:${slug(name)}`, stable across articles for the same canonical name. */
import type { ActorKind } from '../../types/analysis.js';

/** Letters NFKD does not decompose, spelled the way English-language outlets write them. */
const FOLD: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', þ: 'th', Þ: 'th', ð: 'd', ı: 'i' };

const slugs = new Map<string, string>();

export function slug(name: string): string {
  // Memoized: a pure function asked for every mention of every actor (NFKD and four regexes each).
  let s = slugs.get(name);
  if (s === undefined) {
    s = name
      .replace(/[łŁøØđĐßæÆœŒþÞðı]/g, (c) => FOLD[c])
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[’']/g, '-')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '');
    if (slugs.size < 50_000) slugs.set(name, s);
  }
  return s;
}

export function actorId(kind: ActorKind, name: string): string {
  return `${kind}:${slug(name)}`;
}
