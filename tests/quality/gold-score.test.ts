/**
 * The harness measures what it claims: an oracle analysis built from the gold scores 1 on every
 * metric, an empty one scores 0, and typical failure modes (split quote returned in pieces,
 * wrong speaker, label on the wrong actor, spurious quotes) are penalised.
 */
import { describe, expect, it } from 'vitest';
import type { Article, Span } from '../../src/types/article.js';
import type { Actor, ArticleAnalysis, Label, Quote } from '../../src/types/analysis.js';
import { containsWord, labelMatches, loadGold, locateQuotes, type GoldDoc } from './gold-data.js';
import { METRICS, emptyScores, score, value, type Miss, type Scores } from './gold-score.js';

const docs = loadGold();
const articleOf = (doc: GoldDoc) => ({ id: doc.name, text: doc.raw }) as unknown as Article;

function quote(id: number, parts: Span[], speaker: string | null, kind: Quote['kind']): Quote {
  return {
    id: `q${id}`,
    start: parts[0].start,
    end: parts[parts.length - 1].end,
    text: '',
    kind,
    parts,
    outerStart: parts[0].start - 1,
    outerEnd: parts[parts.length - 1].end + 1,
    speaker: speaker === null ? null : { actorId: null, name: speaker, start: 0, end: 0, method: 'adjacent' },
    verb: speaker === null ? null : 'said',
    unattributedReason: speaker === null ? 'none' : null,
    via: null,
    sentence: 0,
    rule: speaker === null ? 'quote.unattributed' : 'quote.attribution.after',
  };
}

function label(text: string, evaluative: boolean): Label {
  return { start: 0, end: 0, text, head: text, key: text.toLowerCase(), evaluative, category: 'role', temporal: null, rule: 'label.before' };
}

function actor(name: string, labels: Label[]): Actor {
  return {
    id: `person:${name}`,
    name,
    kind: 'person',
    aliases: [name],
    known: false,
    rule: 'actor.person',
    mentions: labels.map((l) => ({ actorId: `person:${name}`, start: 0, end: 0, text: name, form: 'full', possessive: false, label: l, sentence: 0 })),
  };
}

/** What a perfect analyzer would return, built from the gold annotation. */
function oracle(doc: GoldDoc, opts: { splitParts?: boolean; speaker?: (s: string | null) => string | null } = {}): ArticleAnalysis {
  const located = locateQuotes(doc.raw, doc.quotes);
  if ('error' in located) throw new Error(located.error);
  const speakerOf = opts.speaker ?? ((s) => s);
  const quotes = doc.quotes.flatMap((g, i) => {
    const spans = located.spans[i];
    if (opts.splitParts && spans.length > 1) return spans.map((s) => quote(i, [s], speakerOf(g.speaker), g.kind));
    return [quote(i, spans, speakerOf(g.speaker), g.kind)];
  });
  const actorNames = [...new Set(doc.labels.map((l) => l.actor))];
  return {
    articleId: doc.name,
    language: 'en',
    tokens: 0,
    sentences: [],
    actors: actorNames.map((n) => actor(n, doc.labels.filter((l) => l.actor === n).map((l) => label(l.label, l.evaluative)))),
    quotes,
    sources: doc.sources.map((s) => ({ start: 0, end: 0, text: s.text, cue: s.cue ?? '', type: s.type, actorId: null, sentence: 0, rule: 'source.head-noun' })),
    framing: [],
    titleFraming: [], concepts: [], titleConcepts: [],
    tone: [],
    warnings: [],
  };
}

const empty = (doc: GoldDoc): ArticleAnalysis => ({ ...oracle(doc), actors: [], quotes: [], sources: [] });

function run(make: (doc: GoldDoc) => ArticleAnalysis): { s: Scores; misses: Miss[] } {
  const s = emptyScores();
  const misses: Miss[] = [];
  for (const doc of docs) score(doc, articleOf(doc), make(doc), [s], misses);
  return { s, misses };
}

describe('gold scoring', () => {
  it('gives an oracle analysis 1.0 on every metric and no misses', () => {
    const { s, misses } = run((d) => oracle(d));
    for (const m of METRICS) expect(value(s[m]), m).toBe(1);
    expect(misses).toEqual([]);
    expect(s.quoteRecall.total).toBe(docs.reduce((n, d) => n + d.quotes.length, 0));
  });

  it('gives an empty analysis zero recall and reports every miss', () => {
    const { s, misses } = run(empty);
    expect(value(s.quoteRecall)).toBe(0);
    expect(value(s.labelRecall)).toBe(0);
    expect(value(s.speakerEndToEnd)).toBe(0);
    expect(s.speakerAccuracy.total).toBe(0);
    expect(s.quotePrecision.total).toBe(0);
    expect(misses.filter((m) => m.what === 'quote').length).toBe(s.quoteRecall.total);
  });

  it('does not count a split quote found only in pieces', () => {
    const { s } = run((d) => oracle(d, { splitParts: true }));
    // Pieces are precise (inside gold) but most multi-part quotes have no single piece ≥ 80%.
    expect(value(s.quotePrecision)).toBe(1);
    expect(value(s.quoteRecall)!).toBeLessThan(0.95);
  });

  it('scores wrong speakers as wrong, and surname-only speaker names as right', () => {
    const wrong = run((d) => oracle(d, { speaker: (n) => (n === null ? null : 'Somebody Else') })).s;
    expect(value(wrong.speakerAccuracy)).toBe(0);
    const surnameOnly = run((d) => oracle(d, { speaker: (n) => (n === null ? null : n.split(' ').pop()!) })).s;
    expect(value(surnameOnly.speakerAccuracy)).toBe(1);
  });

  it('penalises spurious quotes in precision only', () => {
    const { s } = run((d) => {
      const a = oracle(d);
      return { ...a, quotes: [...a.quotes, quote(99, [{ start: 0, end: 20 }], null, 'direct')] };
    });
    expect(value(s.quoteRecall)).toBe(1);
    expect(value(s.quotePrecision)!).toBeLessThan(1);
  });

  it('does not credit a label attached to the wrong actor', () => {
    const { s } = run((d) => {
      const a = oracle(d);
      // Rotate labels one actor along.
      const labels = a.actors.map((x) => x.mentions);
      return { ...a, actors: a.actors.map((x, i) => ({ ...x, mentions: labels[(i + 1) % labels.length] })) };
    });
    expect(value(s.labelRecall)!).toBeLessThan(0.5);
  });
});

describe('gold matching helpers', () => {
  it('matches labels ignoring case, article, possessive determiner and an affiliation complement', () => {
    expect(labelMatches('General Secretary of the Public Services Union', 'general secretary')).toBe(true);
    expect(labelMatches('my predecessor', 'predecessor')).toBe(true);
    expect(labelMatches('the former U.S. President', 'former U.S. President')).toBe(true);
    expect(labelMatches('secretary', 'general secretary')).toBe(false);
    expect(labelMatches('general secretary', 'general secretary of the Public Services Union')).toBe(false);
    expect(labelMatches('former Chancellor', 'Chancellor')).toBe(false);
  });

  it('matches surnames as whole words only', () => {
    expect(containsWord('Sir Geoffrey Tate', 'Tate')).toBe(true);
    expect(containsWord('Mr Tate', 'tate')).toBe(true);
    expect(containsWord('Tatersall', 'Tate')).toBe(false);
  });
});
