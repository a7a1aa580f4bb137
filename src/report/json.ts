/**
 * Comparison → ReportJson: the stable JSON contract (schema/report.schema.json, docs/report.md).
 * Findings are carried over as the comparison produced them; per-article data is flattened
 * into spans whose `text` is re-read from `Article.text`, so `text.slice(start, end) === text` holds
 * by construction.
 */
import { dict, own } from '../util/own.js';
import type { AnalyzedArticle, Comparison } from '../types/comparison.js';
import type {
  ReportActor,
  ReportArticle,
  ReportFramingTerm,
  ReportJson,
  ReportMention,
  ReportQuote,
  ReportSpan,
} from '../types/report.js';
import { ActorIndex } from './actor-index.js';
import { carriedFields } from './fields.js';
import { GENERATOR } from './generator.js';
import type { ReportOptions } from './options.js';

/**
 * The JSON report as an object (`ReportJson`): what `report(c, { format: 'json' })` serializes.
 * Finding lists are carried over from the comparison (`REPORT_FIELDS`), per-article data is
 * flattened into spans of each article's text.
 */
export function toReportJson(comparison: Comparison, options: ReportOptions = {}): ReportJson {
  const actors = new ActorIndex(comparison);
  return {
    schemaVersion: 2,
    generator: { name: GENERATOR.name, version: GENERATOR.version },
    event: { title: options.event?.title ?? null, date: options.event?.date ?? null },
    outlets: comparison.outlets.map((o) => ({
      id: o.id,
      name: o.name,
      kind: o.kind ?? null,
      articleIds: [...o.articleIds],
    })),
    articles: comparison.articles.map((a) => reportArticle(a, actors)),
    actors: reportActors(comparison),
    ...carriedFields(comparison),
    options: { ...comparison.options },
  };
}

/** Serialize with stable formatting (2-space indent, trailing newline). */
export function reportJsonString(comparison: Comparison, options: ReportOptions = {}): string {
  return `${JSON.stringify(toReportJson(comparison, options), null, 2)}\n`;
}

function span(text: string, start: number, end: number): ReportSpan {
  return { text: text.slice(start, end), start, end };
}

function reportArticle(article: AnalyzedArticle, actors: ActorIndex): ReportArticle {
  const { text, analysis } = article;
  const quotes: ReportQuote[] = analysis.quotes.map((q) => {
    const speaker = q.speaker ? actors.resolve(article.id, q.speaker.actorId) : undefined;
    return {
      id: q.id,
      ...span(text, q.start, q.end),
      speaker: speaker?.name ?? q.speaker?.name ?? null,
      speakerId: speaker?.id ?? null,
      kind: q.kind,
      quote: q.text,
      parts: (q.parts.length ? q.parts : [q]).map((p) => span(text, p.start, p.end)),
      rule: q.rule,
      ...(q.speakerFor ? { speakerFor: q.speakerFor } : {}),
    };
  });
  const framingTerms: ReportFramingTerm[] = analysis.framing.map((f) => ({
    ...span(text, f.start, f.end),
    category: f.category,
    concept: f.concept,
    voice: f.voice,
    rule: f.rule,
  }));
  const mentions: ReportMention[] = [];
  for (const actor of analysis.actors) {
    const corpusId = actors.resolve(article.id, actor.id)?.id ?? actor.id;
    for (const m of actor.mentions) {
      mentions.push({
        ...span(text, m.start, m.end),
        actorId: corpusId,
        form: m.form,
        label: m.label
          ? {
              ...span(text, m.label.start, m.label.end),
              key: m.label.key,
              head: m.label.head,
              evaluative: m.label.evaluative,
              temporal: m.label.temporal,
              rule: m.label.rule,
            }
          : null,
      });
    }
  }
  mentions.sort((x, y) => x.start - y.start || x.end - y.end || cmp(x.actorId, y.actorId));
  return {
    id: article.id,
    outlet: { id: article.outlet.id, name: article.outlet.name },
    title: article.title,
    publishedAt: article.publishedAt,
    url: article.url,
    language: article.language,
    byline: [...article.byline],
    source: { label: article.source.label, format: article.source.format, sha256: article.source.sha256 },
    text,
    quotes,
    framingTerms,
    mentions,
    sources: analysis.sources.map((src) => ({ ...span(text, src.start, src.end), cue: src.cue, type: src.type, rule: src.rule })),
  };
}

function reportActors(comparison: Comparison): ReportActor[] {
  const rows = new Map(comparison.labels.map((r) => [r.actorId, r]));
  return comparison.actors.map((a) => {
    const row = rows.get(a.id);
    const labelsByOutlet: ReportActor['labelsByOutlet'] = dict();
    for (const outlet of comparison.outlets) {
      const uses = own(row?.byOutlet, outlet.id);
      if (uses) labelsByOutlet[outlet.id] = uses.map((u) => ({ label: u.label, count: u.count }));
    }
    return {
      id: a.id,
      name: a.name,
      kind: a.kind,
      aliases: [...a.aliases],
      mentions: a.mentions,
      mentionsByOutlet: { ...a.mentionsByOutlet },
      labelsByOutlet,
      rule: a.rule,
    };
  });
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
