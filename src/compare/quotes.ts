/**
 * Quote clusters: renderings of one utterance across outlets, even in different translations or
 * cuts. Similarity is containment of content words (|A∩B| / min(|A|,|B|), with light stemming), taken
 * over whole quotes and over their parts (a split quote may match on one part); at least
 * `MIN_SHARED` content words must be shared. Shorter quotes match when their words are equal, or when
 * one is a cut of the same speaker's other quote (one outlet quotes a word, another the whole phrase). Clustering links quotes found by the same blocking as sentence alignment
 * (order-free single linkage, blocking.ts), and never joins quotes whose speakers are different actors. Scare quotes (one or two words,
 * no attribution) are wording, not utterances, and are left out.
 */
import type { Quote } from '../types/analysis.js';
import type { AnalyzedArticle, QuoteCluster, QuoteRendering, RenderingDiff } from '../types/comparison.js';
import type { ActorIndex } from './actors.js';
import { pad } from './align.js';
import { clusterLinked } from './blocking.js';
import type { CompareContext } from './context.js';
import { evidenceOf } from './evidence.js';
import { containment } from './similarity.js';
import { contentFeatures, intersectCount } from './tokens/shingles.js';
import { wordTokens } from './tokens/words.js';
import { renderingDiff } from '../text/word-diff.js';

const MIN_SHARED = 3;

export interface QuoteItem {
  article: number;
  quote: Quote;
  /** Corpus actor id of the speaker, if the speaker is an actor. */
  speakerId: string | null;
  speakerName: string | null;
  whole: Int32Array;
  parts: Int32Array[];
  /** The quote's words, normalized: equal strings are the same rendering whatever their length. */
  words: string;
}

export function quoteItems(ctx: CompareContext, actors: ActorIndex): QuoteItem[] {
  const items: QuoteItem[] = [];
  ctx.articles.forEach((a, ai) => {
    for (const q of a.analysis.quotes) {
      if (q.kind === 'scare') continue;
      const parts = (q.parts.length ? q.parts : [{ start: q.start, end: q.end }]).map((p) => contentFeatures(wordTokens(a.text, p.start, p.end), ctx.vocab, ctx.stopWords));
      const whole = mergeSorted(parts);
      if (whole.length === 0) continue;
      const speakerId = q.speaker?.actorId ? actors.resolve(a.id, q.speaker.actorId) ?? q.speaker.actorId : null;
      const speakerName = speakerId ? actors.byId.get(speakerId)?.name ?? q.speaker!.name : q.speaker?.name ?? null;
      const words = wordTokens(q.text)
        .map((t) => t.norm)
        .join(' ');
      items.push({ article: ai, quote: q, speakerId, speakerName, whole, parts: parts.length > 1 ? parts : [], words });
    }
  });
  return items;
}

export function quoteSimilarity(a: QuoteItem, b: QuoteItem): number {
  // Short quotes have too few content words to compare; word-for-word equal ones still match, and so does
  // a short cut of the same speaker's longer quote ("reckless" / "reckless and illegal").
  if (a.words === b.words) return 1;
  if (a.speakerId !== null && a.speakerId === b.speakerId && isCutOf(a.words, b.words)) return 1;
  let best = 0;
  const as = [a.whole, ...a.parts];
  const bs = [b.whole, ...b.parts];
  for (const x of as) {
    for (const y of bs) {
      const shared = intersectCount(x, y);
      if (shared < Math.min(MIN_SHARED, x.length, y.length) || shared < 2) continue;
      const c = containment(x, y);
      if (c > best) best = c;
    }
  }
  return best;
}

/** One quote's words are a contiguous run of the other's (whole words only). */
function isCutOf(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length > 0 && ` ${long} `.includes(` ${short} `);
}

export function findQuoteClusters(ctx: CompareContext, items: QuoteItem[]): QuoteCluster[] {
  // Linked, not greedy: two cuts of one quote that share no word still join through the whole rendering.
  const clustering = clusterLinked(
    items.length,
    (i) => items[i].whole,
    (i, j) => quoteSimilarity(items[i], items[j]),
    { threshold: ctx.options.quoteThreshold, minShared: 1 },
    (i) => items[i].speakerId,
  );
  const clusters: (QuoteCluster & { first: number })[] = [];
  for (const members of clustering) {
    const renderings: QuoteRendering[] = members.map((m) => {
      const it = items[m];
      const art = ctx.articles[it.article];
      return { outletId: art.outlet.id, articleId: art.id, quoteId: it.quote.id, text: it.quote.text, evidence: quoteEvidence(art, it.quote) };
    });
    const outlets = new Set(renderings.map((r) => r.outletId));
    const speaker = clusterSpeaker(members.map((m) => items[m]));
    clusters.push({
      id: '',
      speakerId: speaker.id,
      speakerName: speaker.name,
      outletIds: [...outlets].sort((a, b) => ctx.outletRank.get(a)! - ctx.outletRank.get(b)!),
      renderings,
      diffs: renderingDiffs(renderings),
      first: members[0],
    });
  }
  clusters.sort((a, b) => b.outletIds.length - a.outletIds.length || a.first - b.first);
  return clusters.map(({ first: _f, ...c }, i) => ({ ...c, id: `quote-${pad(i + 1)}` }));
}

function quoteEvidence(a: AnalyzedArticle, q: Quote) {
  return evidenceOf(a, q.start, q.end);
}

/** The speaker most members name (an actor before a bare name), ties to the earliest. */
function clusterSpeaker(members: QuoteItem[]): { id: string | null; name: string | null } {
  const counts = new Map<string, { n: number; id: string | null; name: string }>();
  for (const m of members) {
    if (!m.speakerName) continue;
    const key = m.speakerId ?? `name:${m.speakerName.toLowerCase()}`;
    const c = counts.get(key) ?? { n: 0, id: m.speakerId, name: m.speakerName };
    c.n += m.speakerId ? 2 : 1;
    counts.set(key, c);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return best ? { id: best.id, name: best.name } : { id: null, name: null };
}

/** Diffs from the longest rendering to every rendering whose words differ from it. */
function renderingDiffs(renderings: QuoteRendering[]): RenderingDiff[] {
  if (renderings.length < 2) return [];
  let from = renderings[0];
  for (const r of renderings) if (r.text.length > from.text.length) from = r;
  const key = (r: QuoteRendering) => `${r.articleId}#${r.quoteId}`;
  const out: RenderingDiff[] = [];
  for (const r of renderings) {
    if (r === from) continue;
    const d = renderingDiff(from.text, r.text);
    if (d.added === 0 && d.removed === 0) continue;
    out.push({ from: key(from), to: key(r), ...d });
  }
  return out;
}

function mergeSorted(parts: Int32Array[]): Int32Array {
  if (parts.length === 1) return parts[0];
  const s = new Set<number>();
  for (const p of parts) for (const x of p) s.add(x);
  return Int32Array.from(s).sort();
}
