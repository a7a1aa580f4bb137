/**
 * Minimal AnalyzedArticles for unit tests of the comparison layer: paragraphs split at blank lines,
 * sentences by a small regex splitter, token tags from the tagger. Other analysis fields are given by the test.
 */
import type { Article, Paragraph } from '../../src/types/article.js';
import type { ArticleAnalysis, Sentence } from '../../src/types/analysis.js';
import type { AnalyzedArticle } from '../../src/types/comparison.js';
import { tokenTagsOf } from '../../src/analyze/analyze.js';
import { tokenize } from '../../src/analyze/tokens.js';

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const t = m[0];
    const heading = t.length < 80 && !/[.!?:"”]$/.test(t.trim());
    out.push({ start: m.index, end: m.index + t.length, kind: heading ? 'heading' : 'body' });
  }
  return out;
}

export function splitSentences(text: string, paragraphs: Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, pi) => {
    const re = /[^.!?]+(?:[.!?]+["”’]?|$)/g;
    const body = text.slice(p.start, p.end);
    let m: RegExpExecArray | null;
    while ((m = re.exec(body))) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = p.start + m.index + lead;
      const end = p.start + m.index + m[0].trimEnd().length;
      if (end > start) out.push({ start, end, index: out.length, paragraph: pi, sentiment: 0 });
    }
  });
  return out;
}

export function fakeArticle(id: string, outletId: string, text: string, analysis: Partial<ArticleAnalysis> = {}): AnalyzedArticle {
  const paragraphs = splitParagraphs(text);
  const article: Article = {
    id,
    text,
    paragraphs,
    outlet: { id: outletId, name: outletId },
    title: null,
    subtitle: null,
    byline: [],
    publishedAt: null,
    language: 'en',
    url: null,
    dateline: null,
    languages: [],
    citations: [],
    removed: [],
    warnings: [],
    source: { label: id, format: 'text', sha256: '', encoding: 'utf-8', bytes: text.length },
    provenance: {},
    raw: text,
    offsetMap: [],
  };
  return {
    ...article,
    analysis: {
      articleId: id,
      language: 'en',
      tokens: 0,
      // The tagger's tokens, as analyze keeps them: compare reads word classes from these.
      tokenTags: tokenTagsOf(text.trim() ? tokenize(text).tokens : []),
      sentences: splitSentences(text, paragraphs),
      actors: [],
      quotes: [],
      sources: [],
      framing: [],
      titleFraming: [], concepts: [], titleConcepts: [],
      tone: [],
      warnings: [],
      ...analysis,
    },
  };
}
