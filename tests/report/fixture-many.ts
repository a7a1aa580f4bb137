/**
 * A generated Comparison with many outlets (long names, some non-ASCII) and many claims and
 * speakers, for testing that the charts stay readable on real-sized corpora. Everything is derived
 * from the parameters with a fixed-seed generator, and every Evidence is found in the article text
 * with indexOf, so clicking a chart mark highlights real text.
 */
import type { AnalyzedArticle, Comparison, CoverageItem, Evidence, LabelRow, QuoteCluster, SpeakerRow } from '../../src/types/comparison.js';

export const LONG_OUTLET_NAMES = [
  'The Northern Provinces Evening Chronicle and Weekly Sentinel',
  'Agence Internationale de Presse Économique et Financière',
  'AP',
  'Radio Free Long-Distance Broadcasting Service – World Desk',
  'Deutsche Allgemeine Wirtschaftszeitung für Hafen und Verkehr',
  'The Harbour City Morning Gazette',
  'BBC',
  'Independent Public Broadcasting Corporation of the Southern Coast',
  'Westminster & Whitehall Parliamentary Reporting Bureau',
  'Daily Maritime Courier',
  'The International Herald of Coastal Infrastructure Affairs',
  'Wirtschaftswoche',
  'Citizens’ Journal of Municipal Finance and Local Democracy',
  'The Quarterly Review',
  'Associated Regional Newspapers Syndicate (Eastern Division)',
  'Le Courrier Maritime et Portuaire de la Côte Atlantique',
];

const SUBJECTS = ['The city council', 'The harbour authority', 'Mayor Ann Lee', 'The finance committee', 'Opposition councillors',
  'The regional government', 'Local residents', 'The shipping association', 'The transport ministry', 'Environmental groups'];
const ACTIONS = ['approved', 'questioned', 'postponed', 'welcomed', 'rejected', 'revised', 'defended', 'criticised'];
const OBJECTS = ['the budget for the new harbour bridge', 'a plan to toll lorries crossing the estuary at night',
  'the tender awarded to a consortium of three construction firms', 'an environmental impact study of the northern shore',
  'the timetable for closing the old ferry terminal', 'compensation for fishermen who lose their moorings',
  'a public consultation that ran for only eleven days', 'the projected cost of 412 million euros'];

const SPEAKER_NAMES = ['Ann Lee', 'Dr. Maximiliana Oyelaran-Whitcombe', 'Pieter van der Westhuizen-Langebrink', 'Bo Chen',
  'Sir Reginald Fortescue-Abernathy', 'Ngozi Adebayo-Okonkwo', 'José María Fernández de Córdoba', 'Ivan Petrov',
  'Margarethe Schönberger-Lindqvist', 'Tom Hale', 'Aleksandra Wiśniewska-Kowalczyk', 'Harbour Authority spokesperson',
  'Rahul Venkataraman', 'Eilidh MacGillivray', 'Kwame Mensah', 'Françoise Delacroix-Beaumont', 'Oleksandr Shevchenko',
  'Li Wei', 'Catalina Ruiz-Echeverría', 'Hamish McTavish'];

/** Deterministic pseudo-random numbers (a 32-bit LCG): the fixture is the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface ManyOptions {
  outlets?: number;
  claims?: number;
  speakers?: number;
  seed?: number;
}

export function claimText(i: number): string {
  return `${SUBJECTS[i % SUBJECTS.length]} ${ACTIONS[(i * 3 + Math.floor(i / 10)) % ACTIONS.length]} ${OBJECTS[(i * 5 + 1) % OBJECTS.length]} (item ${i + 1}).`;
}

export function manyOutletsComparison(opts: ManyOptions = {}): Comparison {
  const nOutlets = opts.outlets ?? 16;
  const nClaims = opts.claims ?? 40;
  const nSpeakers = opts.speakers ?? 20;
  const rand = rng(opts.seed ?? 7);
  const outletIds = Array.from({ length: nOutlets }, (_, j) => `outlet-${String(j + 1).padStart(2, '0')}`);
  const names = outletIds.map((_, j) => LONG_OUTLET_NAMES[j % LONG_OUTLET_NAMES.length] + (j >= LONG_OUTLET_NAMES.length ? ` ${j + 1}` : ''));

  // Who carries which claim: the first few claims everyone, some one outlet, the rest a random share.
  const carriers: string[][] = Array.from({ length: nClaims }, (_, i) => {
    if (i < 3) return [...outletIds];
    if (i % 4 === 3) return [outletIds[(i * 7) % nOutlets]];
    const share = 0.2 + 0.6 * rand();
    const ids = outletIds.filter(() => rand() < share);
    return ids.length ? ids : [outletIds[i % nOutlets]];
  });
  // How many times outlet j quotes speaker s (utterance k of s is carried by outlets with count > k).
  const quoteCounts = Array.from({ length: nSpeakers }, (_, s) =>
    outletIds.map(() => (rand() < 0.75 - s * 0.03 ? 1 + Math.floor(rand() * (s < 3 ? 5 : 3)) : 0)));
  const quoteText = (s: number, k: number) => `We will look at part ${k + 1} of the harbour plan very carefully, ${SPEAKER_NAMES[s % SPEAKER_NAMES.length].split(' ')[0]} added`;
  const labelFor = (j: number) => (j % 3 === 0 ? 'embattled mayor' : j % 3 === 1 ? 'Mayor' : 'populist mayor');

  const articles: AnalyzedArticle[] = outletIds.map((id, j) => {
    const paras: string[] = [`${labelFor(j)} Ann Lee spoke to reporters on Monday.`];
    for (let i = 0; i < nClaims; i++) if (carriers[i].includes(id)) paras.push(claimText(i));
    for (let s = 0; s < nSpeakers; s++) {
      for (let k = 0; k < quoteCounts[s][j]; k++) paras.push(`${SPEAKER_NAMES[s % SPEAKER_NAMES.length]} said: "${quoteText(s, k)}."`);
    }
    const text = paras.join('\n\n');
    const paragraphs: AnalyzedArticle['paragraphs'] = [];
    let start = 0;
    for (const p of paras) {
      paragraphs.push({ start, end: start + p.length, kind: 'body' });
      start += p.length + 2;
    }
    return {
      id: `${id}-a1`, text, paragraphs, title: `Harbour bridge: council vote (${names[j]})`, subtitle: null, byline: [], publishedAt: '2025-02-24',
      language: 'en', url: null, dateline: null, languages: [], outlet: { id, name: names[j] }, citations: [], removed: [], warnings: [],
      provenance: {}, raw: text, offsetMap: [[0, 0, text.length]],
      source: { label: `${id}.txt`, format: 'text', sha256: '0'.repeat(64), encoding: 'utf-8', bytes: text.length },
      analysis: { articleId: `${id}-a1`, language: 'en', tokens: 0, sentences: [], actors: [], quotes: [], sources: [], framing: [], titleFraming: [], concepts: [], titleConcepts: [], tone: [], warnings: [] },
    } as AnalyzedArticle;
  });
  const ev = (j: number, needle: string): Evidence => {
    const a = articles[j];
    const start = a.text.indexOf(needle);
    if (start < 0) throw new Error(`fixture-many: "${needle}" not in ${a.id}`);
    return { articleId: a.id, outletId: outletIds[j], start, end: start + needle.length, text: needle };
  };

  const coverage: CoverageItem[] = carriers.map((ids, i) => ({
    id: `k${i + 1}`, kind: 'claim', claim: claimText(i), outletIds: ids,
    distinctiveness: 1 - ids.length / nOutlets, rule: 'coverage.claim', evidence: ids.map((o) => ev(outletIds.indexOf(o), claimText(i))),
  }));
  const quoteClusters: QuoteCluster[] = [];
  const speakers: SpeakerRow[] = [];
  for (let s = 0; s < nSpeakers; s++) {
    const name = SPEAKER_NAMES[s % SPEAKER_NAMES.length] + (s >= SPEAKER_NAMES.length ? ` ${s + 1}` : '');
    const speakerId = `person:s${s + 1}`;
    const byOutlet: SpeakerRow['byOutlet'] = {};
    outletIds.forEach((o, j) => { if (quoteCounts[s][j]) byOutlet[o] = { quotes: quoteCounts[s][j], words: quoteCounts[s][j] * 13 }; });
    speakers.push({ speakerId, speakerName: name, byOutlet });
    for (let k = 0; k < 5; k++) {
      const carrying = outletIds.filter((_, j) => quoteCounts[s][j] > k);
      if (!carrying.length) continue;
      quoteClusters.push({
        id: `q${s + 1}-${k + 1}`, speakerId, speakerName: name, outletIds: carrying,
        renderings: carrying.map((o) => {
          const j = outletIds.indexOf(o);
          return { outletId: o, articleId: articles[j].id, quoteId: `q${s}-${k}`, text: quoteText(s, k), evidence: ev(j, quoteText(s, k)) };
        }),
        diffs: [],
      });
    }
  }
  // The comparison sorts speakers by number of quotes, most first.
  const totalOf = (r: SpeakerRow) => Object.values(r.byOutlet).reduce((n, c) => n + c.quotes, 0);
  speakers.sort((a, b) => totalOf(b) - totalOf(a) || (a.speakerName < b.speakerName ? -1 : a.speakerName > b.speakerName ? 1 : 0));
  const labels: LabelRow[] = [{
    actorId: 'person:s1', name: 'Ann Lee', kind: 'person', differs: true, flags: [],
    byOutlet: Object.fromEntries(outletIds.map((o, j) => {
      const label = labelFor(j);
      const evaluative = label !== 'Mayor';
      return [o, [{ label, key: label.toLowerCase(), head: 'mayor', evaluative, temporal: null, count: 1 + (j % 4), rules: ['label.before'], evidence: [ev(j, label)] }]];
    })),
  }];
  return {
    articles,
    outlets: outletIds.map((id, j) => ({ id, name: names[j], articleIds: [articles[j].id] })),
    actors: [], labels, variants: [], quoteClusters, speakers, coverage, rewrites: [], sourcing: [], distinctive: [], tone: [], alignment: [],
    options: { alignThreshold: 0.5, rewriteThreshold: 0.8, quoteThreshold: 0.5, topTerms: 10, rewriteShare: 0.5, priorStrength: 10, minZ: 1.96, stopWords: [], conceptDescriptions: {} },
  };
}
