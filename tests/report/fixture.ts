/**
 * A small hand-built Comparison for renderer unit tests (escaping, edge cases). The real
 * pipeline on corpus/ is exercised in pipeline tests; this only needs to be shaped like the types.
 * Offsets are computed with indexOf so every Evidence is exact.
 */
import type { AnalyzedArticle, Comparison, Evidence } from '../../src/types/comparison.js';
import type { Actor, ArticleAnalysis, Quote } from '../../src/types/analysis.js';

export const EVIL = {
  script: '<script>window.__pwned = 1</script>',
  img: '"><img src=x onerror="window.__pwned=2">',
  js: 'javascript:window.__pwned=3',
  svg: '<svg onload="alert(1)"><a href="javascript:alert(2)">x</a></svg>',
};

const TEXT_A =
  `Mayor Ann Lee called the plan a "bold step, for everyone" on Monday.\n\n` +
  `Critics said the scheme ${EVIL.script} was rushed.\n\n` +
  `Lee said: "We will build 100 homes."`;
const TEXT_B =
  `Embattled mayor Ann Lee called the plan a "reckless gamble" on Monday.\n\n` +
  `Residents ${EVIL.img} were angry; see ${EVIL.js} for details ${EVIL.svg}.\n\n` +
  `Lee said: "We will build homes."`;

function find(text: string, needle: string, from = 0): [number, number] {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`fixture: ${needle} not in text`);
  return [i, i + needle.length];
}

function ev(article: { id: string; outletId: string; text: string }, needle: string): Evidence {
  const [start, end] = find(article.text, needle);
  return { articleId: article.id, outletId: article.outletId, start, end, text: article.text.slice(start, end) };
}

function quote(text: string, id: string, inner: string, speakerName: string | null, actorId: string | null): Quote {
  const [start, end] = find(text, inner);
  return {
    id, start, end, text: inner, kind: 'direct', parts: [{ start, end }], outerStart: start - 1, outerEnd: end + 1,
    speaker: speakerName ? { actorId, name: speakerName, start: 0, end: 0, method: 'adjacent' } : null,
    verb: speakerName ? 'said' : null, unattributedReason: speakerName ? null : 'none', via: null, sentence: 0,
    rule: speakerName ? 'quote.attribution.after' : 'quote.unattributed',
  };
}

function article(id: string, outletId: string, outletName: string, text: string, labelText: string, title: string): AnalyzedArticle {
  const [ls, le] = find(text, labelText);
  const [ns, ne] = find(text, 'Ann Lee');
  const [ss] = find(text, 'Lee said');
  const actor: Actor = {
    id: 'person:ann-lee', name: 'Ann Lee', kind: 'person', aliases: ['Ann Lee', 'Lee'], known: false, rule: 'actor.person',
    mentions: [
      { actorId: 'person:ann-lee', start: ns, end: ne, text: 'Ann Lee', form: 'full', possessive: false, sentence: 0,
        label: { start: ls, end: le, text: labelText, head: 'mayor', key: labelText.toLowerCase(), evaluative: labelText !== 'Mayor', category: 'role', temporal: null, rule: 'label.before' } },
      { actorId: 'person:ann-lee', start: ss, end: ss + 3, text: 'Lee', form: 'surname', possessive: false, sentence: 2, label: null },
    ],
  };
  const quotes = [
    quote(text, 'q1', text.includes('bold step') ? 'bold step, for everyone' : 'reckless gamble', null, null),
    quote(text, 'q2', text.includes('100 homes') ? 'We will build 100 homes.' : 'We will build homes.', 'Lee', 'person:ann-lee'),
  ];
  const analysis: ArticleAnalysis = {
    articleId: id, language: 'en', tokens: 30, sentences: [], actors: [actor], quotes, sources: [],
    framing: [{ start: ls, end: le, text: labelText, category: 'label', entry: 'mayor', concept: null, valence: null, lexicon: 'labels', sentence: 0, voice: 'narrator', rule: 'framing.lexicon' }],
    titleFraming: [], concepts: [], titleConcepts: [], tone: [], warnings: [],
  };
  const paragraphs = [] as AnalyzedArticle['paragraphs'];
  let start = 0;
  for (const p of text.split('\n\n')) {
    paragraphs.push({ start, end: start + p.length, kind: 'body' });
    start += p.length + 2;
  }
  return {
    id, text, paragraphs, analysis, title, subtitle: null, byline: [], publishedAt: '2025-02-24', language: 'en',
    url: EVIL.js, dateline: null, languages: [], outlet: { id: outletId, name: outletName },
    citations: [], removed: [], warnings: [], provenance: {}, raw: text, offsetMap: [[0, 0, text.length]],
    source: { label: `${id}.txt`, format: 'text', sha256: '0'.repeat(64), encoding: 'utf-8', bytes: text.length },
  };
}

export function fixtureComparison(): Comparison {
  const a = article('daily-1', 'daily', 'The Daily <b>News</b> & Co', TEXT_A, 'Mayor', 'Plan "approved" <i>today</i>');
  const b = article('herald-1', 'herald', 'Herald', TEXT_B, 'Embattled mayor', `Mayor's ${EVIL.script}`);
  const A = { id: a.id, outletId: 'daily', text: a.text };
  const B = { id: b.id, outletId: 'herald', text: b.text };
  const quoteEv = (x: typeof A, s: string) => ev(x, s);
  return {
    articles: [a, b],
    outlets: [
      { id: 'daily', name: a.outlet.name, articleIds: [a.id] },
      { id: 'herald', name: 'Herald', articleIds: [b.id] },
    ],
    actors: [{ id: 'person:ann-lee', name: 'Ann Lee', kind: 'person', aliases: ['Ann Lee', 'Lee'], mentions: 4,
      mentionsByOutlet: { daily: 2, herald: 2 }, articleActors: { [a.id]: ['person:ann-lee'], [b.id]: ['person:ann-lee'] }, rule: 'actor.person' }],
    labels: [{
      actorId: 'person:ann-lee', name: 'Ann Lee', kind: 'person',
      byOutlet: {
        daily: [{ label: 'Mayor', key: 'mayor', head: 'mayor', evaluative: false, temporal: null, count: 1, rules: ['label.before'], evidence: [ev(A, 'Mayor')] }],
        herald: [{ label: 'Embattled mayor', key: 'embattled mayor', head: 'mayor', evaluative: true, temporal: null, count: 1, rules: ['label.before'], evidence: [ev(B, 'Embattled mayor')] }],
      },
      differs: true,
      flags: [{ type: 'evaluative', message: 'Herald calls Ann Lee "embattled"', outletIds: ['herald'], evidence: [ev(B, 'Embattled mayor')] }],
    }],
    variants: [{
      id: 'v1', concept: 'plan-naming', description: 'How the plan is described', origin: 'alignment', rule: 'variant.discovered',
      byOutlet: {
        daily: [{ wording: 'bold step', count: 1, evidence: [ev(A, 'bold step')] }],
        herald: [{ wording: 'reckless gamble', count: 1, evidence: [ev(B, 'reckless gamble')] }],
      },
    }],
    quoteClusters: [{
      id: 'c1', speakerId: 'person:ann-lee', speakerName: 'Ann Lee', outletIds: ['daily', 'herald'],
      renderings: [
        { outletId: 'daily', articleId: a.id, quoteId: 'q2', text: 'We will build 100 homes.', evidence: quoteEv(A, 'We will build 100 homes.') },
        { outletId: 'herald', articleId: b.id, quoteId: 'q2', text: 'We will build homes.', evidence: quoteEv(B, 'We will build homes.') },
      ],
      diffs: [{ from: `${a.id}#q2`, to: `${b.id}#q2`, added: 0, removed: 1, parts: [
        { op: 'equal', text: 'We will build ' }, { op: 'removed', text: '100 ' }, { op: 'equal', text: 'homes.' }] }],
    }],
    speakers: [{ speakerId: 'person:ann-lee', speakerName: 'Ann Lee', byOutlet: { daily: { quotes: 1, words: 5 }, herald: { quotes: 1, words: 4 } } }],
    coverage: [
      { id: 'k1', claim: `Critics said the scheme ${EVIL.script} was rushed.`, outletIds: ['daily'], distinctiveness: 0.5, rule: 'coverage.claim',
        evidence: [ev(A, `Critics said the scheme ${EVIL.script} was rushed.`)] },
      { id: 'k2', claim: 'Lee said: "We will build 100 homes."', outletIds: ['daily', 'herald'], distinctiveness: 0, rule: 'coverage.claim',
        evidence: [ev(A, 'Lee said: "We will build 100 homes."'), ev(B, 'Lee said: "We will build homes."')] },
    ],
    rewrites: [],
    sourcing: [{ outletId: 'daily', counts: { anonymous: 1 }, evidence: [ev(A, 'Critics said')] }],
    distinctive: [
      { outletId: 'herald', term: 'embattled', n: 1, count: 1, logOdds: 1.23456789, z: 2.5, evidence: [ev(B, 'Embattled')] },
      { outletId: 'daily', term: 'bold, step', n: 2, count: 1, logOdds: 0.5, z: 1.1, evidence: [ev(A, 'bold step')] },
    ],
    tone: [{ actorId: 'person:ann-lee', name: 'Ann Lee', byOutlet: {
      daily: { score: 0.25, sentences: 1, evidence: [ev(A, 'Mayor Ann Lee called the plan a "bold step, for everyone" on Monday.')], words: ['bold'] },
      herald: { score: -0.5, sentences: 1, evidence: [ev(B, 'Embattled mayor Ann Lee called the plan a "reckless gamble" on Monday.')], words: ['embattled', 'reckless'] } } }],
    alignment: [{ id: 'a1', members: [
      { ...ev(A, 'Mayor Ann Lee called the plan a "bold step, for everyone" on Monday.'), sentence: 0, similarity: 1 },
      { ...ev(B, 'Embattled mayor Ann Lee called the plan a "reckless gamble" on Monday.'), sentence: 0, similarity: 0.6 },
    ] }],
    options: { alignThreshold: 0.5, rewriteThreshold: 0.8, quoteThreshold: 0.5, topTerms: 10, rewriteShare: 0.5, priorStrength: 10, minZ: 1.96, stopWords: [], conceptDescriptions: {} },
  };
}
