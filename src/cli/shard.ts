/**
 * `--shard i/n`: the i-th (1-based) of n deterministic shards, so n workers with no coordination
 * cover a corpus exactly once. An article goes to a shard by a stable hash of its event id (every
 * article of one event lands together, so compare can run per shard) or, without an event, of its
 * article id; an input that failed to load, by its file name.
 */
import { sha256Hex } from '../text/sha256.js';
import { UsageError } from './args.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count || count > 1_000_000) {
    throw new UsageError(`--shard takes i/n with 1 <= i <= n (e.g. --shard 2/4), not "${value}"`);
  }
  return { index, count };
}

/** Which shard (1-based) a key belongs to among `count`. */
export function shardOf(key: string, count: number): number {
  return (Number.parseInt(sha256Hex(key).slice(0, 8), 16) % count) + 1;
}

/** The key an article is sharded by: its event where it has one, else its id. */
export function articleShardKey(article: { id: string; event?: string }): string {
  return article.event !== undefined ? `event:${article.event}` : `article:${article.id}`;
}

/** Keep the items of this shard (everything when no shard is given). */
export function takeShard<T>(items: readonly T[], shard: Shard | undefined, key: (item: T) => string): T[] {
  return shard ? items.filter((item) => shardOf(key(item), shard.count) === shard.index) : [...items];
}

export const SHARD_OPTION = { shard: { type: 'string' } } as const;

export const SHARD_HELP = `  --shard i/n       only the i-th of n deterministic shards (by event id, else article id),
                    so n independent workers cover the corpus exactly once`;

/** A loaded corpus cut to one shard: its articles by event/article id, its failed inputs by file. */
export function shardCorpus<A extends { id: string; event?: string }, E extends { file: string }>(
  corpus: { articles: A[]; errors: E[] },
  shard: Shard | undefined,
): { articles: A[]; errors: E[] } {
  return { articles: takeShard(corpus.articles, shard, articleShardKey), errors: takeShard(corpus.errors, shard, (e) => `file:${e.file}`) };
}
