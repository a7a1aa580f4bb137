/**
 * Scoring of one analysis against one gold document, for the quality harness (gold.test.ts).
 * Definitions:
 *  - quote recall: a gold quote is found when ONE detected quote overlaps ≥ 80% of its characters;
 *  - quote precision: a detected quote is correct when ≥ 80% of its characters lie inside gold quotes;
 *  - speaker accuracy: on found gold quotes with a named person speaker, correct when the detected
 *    speaker's actor name, or the speaker name, contains the gold surname as a word;
 *    `speakerEndToEnd` counts missed quotes as wrong;
 *  - label recall: the gold label (case, article, possessive ignored; a trailing "of/at ..." complement
 *    on the detected label allowed) is a mention label of an actor whose name contains the gold surname;
 *  - kind accuracy, null-speaker agreement, label evaluative agreement, source recall and
 *    source-type accuracy are reported for information.
 */
import type { Article, Span } from '../../src/types/article.js';
import type { ArticleAnalysis, Quote } from '../../src/types/analysis.js';
import { containsWord, goldSurname, labelKey, labelMatches, locateQuotes, overlapLength, spanLength, type GoldDoc } from './gold-data.js';

export const OVERLAP = 0.8;

export interface Ratio {
  hit: number;
  total: number;
}
export const ratio = (): Ratio => ({ hit: 0, total: 0 });
export const value = (r: Ratio): number | null => (r.total === 0 ? null : r.hit / r.total);
const add = (r: Ratio, ok: boolean) => {
  r.total++;
  if (ok) r.hit++;
};

export interface Scores {
  quoteRecall: Ratio;
  quotePrecision: Ratio;
  speakerAccuracy: Ratio;
  speakerEndToEnd: Ratio;
  kindAccuracy: Ratio;
  nullSpeakerKept: Ratio;
  labelRecall: Ratio;
  labelEvaluative: Ratio;
  sourceRecall: Ratio;
  sourceType: Ratio;
}
export const METRICS: (keyof Scores)[] = [
  'quoteRecall',
  'quotePrecision',
  'speakerAccuracy',
  'speakerEndToEnd',
  'kindAccuracy',
  'nullSpeakerKept',
  'labelRecall',
  'labelEvaluative',
  'sourceRecall',
  'sourceType',
];
export const emptyScores = (): Scores =>
  Object.fromEntries(METRICS.map((m) => [m, ratio()])) as unknown as Scores;

/** Misses kept for the report, so a failing figure can be read without a debugger. */
export interface Miss {
  doc: string;
  what: string;
  gold: string;
  got: string | null;
}

const quoteSpans = (q: Quote): Span[] => (q.parts.length > 0 ? q.parts : [{ start: q.start, end: q.end }]);

function speakerNames(q: Quote, analysis: ArticleAnalysis): string[] {
  if (!q.speaker) return [];
  const names = [q.speaker.name];
  const actor = q.speaker.actorId ? analysis.actors.find((a) => a.id === q.speaker!.actorId) : undefined;
  if (actor) names.push(actor.name);
  return names;
}

const sourceKey = (s: string) => labelKey(s).replace(/^(own|the) /, '');

/** Scores one gold document into `into` (and the overall `all`). */
export function score(doc: GoldDoc, article: Article, analysis: ArticleAnalysis, into: Scores[], misses: Miss[]) {
  const text = article.text;
  const located = locateQuotes(text, doc.quotes);
  if ('error' in located) throw new Error(`${doc.name}: normalization changed a gold quote: ${located.error}`);
  const bump = (m: keyof Scores, ok: boolean) => into.forEach((s) => add(s[m], ok));
  const goldSpans = located.spans.flat();

  doc.quotes.forEach((g, i) => {
    const gSpans = located.spans[i];
    const gLen = spanLength(gSpans);
    let best: Quote | null = null;
    let bestOverlap = 0;
    for (const d of analysis.quotes) {
      const o = overlapLength(gSpans, quoteSpans(d));
      if (o > bestOverlap) [best, bestOverlap] = [d, o];
    }
    const found = best !== null && bestOverlap / gLen >= OVERLAP;
    bump('quoteRecall', found);
    if (!found) misses.push({ doc: doc.name, what: 'quote', gold: g.text, got: best ? best.text : null });

    if (g.speakerKind === 'person' && g.speaker) {
      const surname = goldSurname(g.speaker, g.surname);
      const names = found ? speakerNames(best!, analysis) : [];
      const ok = names.some((n) => containsWord(n, surname));
      if (found) bump('speakerAccuracy', ok);
      bump('speakerEndToEnd', ok);
      if (found && !ok) misses.push({ doc: doc.name, what: 'speaker', gold: `${g.speaker}: ${g.text}`, got: names.join(' / ') || null });
    }
    if (found) {
      bump('kindAccuracy', best!.kind === g.kind);
      if (g.speaker === null) bump('nullSpeakerKept', best!.speaker === null);
    }
  });

  for (const d of analysis.quotes) {
    const spans = quoteSpans(d);
    const len = spanLength(spans);
    const ok = len > 0 && overlapLength(spans, goldSpans) / len >= OVERLAP;
    bump('quotePrecision', ok);
    if (!ok) misses.push({ doc: doc.name, what: 'spurious quote', gold: '', got: d.text });
  }

  for (const g of doc.labels) {
    const surname = goldSurname(g.actor);
        const labels = analysis.actors
      .filter((a) => containsWord(a.name, surname))
      .flatMap((a) => a.mentions)
      .map((m) => m.label)
      .filter((l) => l !== null);
    const match = labels.find((l) => labelMatches(l!.text, g.label));
    bump('labelRecall', match !== undefined);
    if (match) bump('labelEvaluative', match.evaluative === g.evaluative);
    else misses.push({ doc: doc.name, what: 'label', gold: `${g.actor}: ${g.label}`, got: labels.map((l) => l!.text).join(' / ') || null });
  }

  for (const g of doc.sources) {
    const key = sourceKey(g.text);
    const match = analysis.sources.find((s) => {
      const k = sourceKey(s.text);
      return k.length > 0 && (k === key || k.includes(key) || key.includes(k));
    });
    bump('sourceRecall', match !== undefined);
    if (match) bump('sourceType', match.type === g.type);
    else misses.push({ doc: doc.name, what: 'source', gold: `${g.text} (${g.type})`, got: null });
  }
}

export function fmt(r: Ratio): string {
  const v = value(r);
  return v === null ? '   -   ' : `${v.toFixed(3)} (${r.hit}/${r.total})`;
}

