/**
 * Comparison → tidy CSV tables, one file each (documented in docs/report.md).
 * One observation per row (e.g. one quote cluster × one outlet) and one value per cell, so the
 * tables join on `article_id`, `outlet_id`, `actor_id`, `cluster_id`, `finding_id` without
 * reshaping. Column names avoid pandas DataFrame attributes (`count`, `head`, `rank`, `flags` ...),
 * so `df.column` always means the column. A finding's wide row carries its first evidence span;
 * `evidence.csv` has every span, keyed by the row's `finding_id`.
 */
import { own } from '../util/own.js';
import type { Comparison, Evidence } from '../types/comparison.js';
import { ActorIndex } from './actor-index.js';
import { type CsvOptions, type CsvValue, toCsv } from './csv-writer.js';

type Table = { header: string[]; rows: CsvValue[][] };

/** Every evidence span of every finding, as long-table rows keyed by finding id. */
class EvidenceTable {
  readonly rows: CsvValue[][] = [];
  add(findingId: string, table: string, evidence: readonly Evidence[]): void {
    evidence.forEach((e, i) => this.rows.push([findingId, table, i + 1, e.outletId, e.articleId, e.field ?? 'text', e.start, e.end, e.text]));
  }
  table(): Table {
    return { header: ['finding_id', 'table', 'span', 'outlet_id', 'article_id', 'field', 'start', 'end', 'text'], rows: this.rows };
  }
}

/** File name → CSV text. File names are fixed; tables without findings still have their header. */
export function toCsvTables(comparison: Comparison, options: CsvOptions = {}): Record<string, string> {
  const ev = new EvidenceTable();
  const tables: Record<string, Table> = {
    'articles.csv': articles(comparison),
    'mentions.csv': mentions(comparison),
    'labels.csv': labels(comparison, ev),
    'label_flags.csv': labelFlags(comparison, ev),
    'quotes.csv': quotes(comparison),
    'quote_clusters.csv': quoteClusters(comparison, ev),
    'speakers.csv': speakers(comparison),
    'variants.csv': variants(comparison, ev),
    'coverage.csv': coverage(comparison, ev),
    'rewrites.csv': rewrites(comparison),
    'rewrite_sources.csv': rewriteSources(comparison),
    'sourcing.csv': sourcing(comparison),
    'distinctive_terms.csv': distinctive(comparison, ev),
    'tone.csv': tone(comparison, ev),
    'loaded_terms.csv': loadedTerms(comparison),
  };
  tables['evidence.csv'] = ev.table();
  const out: Record<string, string> = {};
  for (const [file, t] of Object.entries(tables)) out[file] = toCsv(t.header, t.rows, options);
  return out;
}

const FLAG_TYPES = ['evaluative', 'contradiction', 'unique'] as const;

/** Where a finding's evidence is: `field` says whether start/end count in the article's text or its title. */
const EVIDENCE_COLUMNS = ['article_id', 'field', 'start', 'end'];
function at(e: Evidence | undefined): CsvValue[] {
  return e ? [e.articleId, e.field ?? 'text', e.start, e.end] : [null, null, null, null];
}

function outletNames(c: Comparison): Map<string, string> {
  return new Map(c.outlets.map((o) => [o.id, o.name]));
}

function articles(c: Comparison): Table {
  return {
    header: ['article_id', 'outlet_id', 'outlet_name', 'title', 'published_at', 'url', 'language', 'source',
      'sha256', 'characters', 'sentences', 'tokens', 'quotes', 'mentions'],
    rows: c.articles.map((a) => [
      a.id, a.outlet.id, a.outlet.name, a.title, a.publishedAt, a.url, a.language, a.source.label,
      a.source.sha256, a.text.length, a.analysis.sentences.length, a.analysis.tokens, a.analysis.quotes.length,
      a.analysis.actors.reduce((n, x) => n + x.mentions.length, 0),
    ]),
  };
}

function mentions(c: Comparison): Table {
  const index = new ActorIndex(c);
  const rows: CsvValue[][] = [];
  for (const a of c.articles) {
    const own: CsvValue[][] = [];
    for (const actor of a.analysis.actors) {
      const corpus = index.resolve(a.id, actor.id);
      for (const m of actor.mentions) {
        const l = m.label;
        own.push([
          a.id, a.outlet.id, corpus?.id ?? actor.id, corpus?.name ?? actor.name, a.text.slice(m.start, m.end),
          m.form, m.start, m.end, l ? a.text.slice(l.start, l.end) : null, l?.key, l?.head, l?.evaluative,
          l?.temporal, l?.start, l?.end, l?.rule, corpus?.rule ?? actor.rule,
        ]);
      }
    }
    own.sort((x, y) => (x[6] as number) - (y[6] as number) || (x[7] as number) - (y[7] as number));
    rows.push(...own);
  }
  return {
    header: ['article_id', 'outlet_id', 'actor_id', 'actor_name', 'mention', 'form', 'start', 'end', 'label',
      'label_key', 'label_head', 'label_evaluative', 'label_temporal', 'label_start', 'label_end', 'label_rule', 'actor_rule'],
    rows,
  };
}

function labels(c: Comparison, ev: EvidenceTable): Table {
  const rows: CsvValue[][] = [];
  for (const row of c.labels) {
    for (const o of c.outlets) {
      for (const use of own(row.byOutlet, o.id) ?? []) {
        const flags = new Set(row.flags
          .filter((f) => f.evidence.some((e) => e.outletId === o.id && use.evidence.some((u) => sameSpan(u, e))))
          .map((f) => f.type));
        const id = `label:${row.actorId}:${o.id}:${use.key}`;
        ev.add(id, 'labels', use.evidence);
        rows.push([id, row.actorId, row.name, o.id, use.label, use.key, use.head, use.evaluative, use.temporal,
          use.count, ...FLAG_TYPES.map((t) => flags.has(t)), ...at(use.evidence[0])]);
      }
    }
  }
  return {
    header: ['finding_id', 'actor_id', 'actor_name', 'outlet_id', 'label', 'label_key', 'label_head', 'evaluative',
      'temporal', 'uses', ...FLAG_TYPES.map((t) => `flag_${t}`), ...EVIDENCE_COLUMNS],
    rows,
  };
}

/** One row per flag and outlet it names (a flag's outlets were a list in one cell before). */
function labelFlags(c: Comparison, ev: EvidenceTable): Table {
  const rows: CsvValue[][] = [];
  for (const row of c.labels) {
    row.flags.forEach((f, i) => {
      const id = `flag:${row.actorId}:${f.type}:${i + 1}`;
      ev.add(id, 'label_flags', f.evidence);
      for (const outletId of f.outletIds) rows.push([id, row.actorId, row.name, f.type, outletId, f.message]);
    });
  }
  return { header: ['finding_id', 'actor_id', 'actor_name', 'flag_type', 'outlet_id', 'message'], rows };
}

function sameSpan(a: Evidence, b: Evidence): boolean {
  return a.articleId === b.articleId && a.start === b.start && a.end === b.end;
}

function quotes(c: Comparison): Table {
  const index = new ActorIndex(c);
  const clusterOf = new Map<string, string>();
  for (const cl of c.quoteClusters) for (const r of cl.renderings) clusterOf.set(`${r.articleId}#${r.quoteId}`, cl.id);
  const rows: CsvValue[][] = [];
  for (const a of c.articles) {
    for (const q of a.analysis.quotes) {
      const speaker = q.speaker ? index.resolve(a.id, q.speaker.actorId) : undefined;
      rows.push([a.id, a.outlet.id, q.id, speaker?.name ?? q.speaker?.name ?? null, speaker?.id ?? null, q.kind,
        q.verb, q.start, q.end, q.text, clusterOf.get(`${a.id}#${q.id}`) ?? null, q.rule]);
    }
  }
  return {
    header: ['article_id', 'outlet_id', 'quote_id', 'speaker', 'speaker_id', 'kind', 'verb', 'start', 'end', 'quote',
      'cluster_id', 'rule'],
    rows,
  };
}

function quoteClusters(c: Comparison, ev: EvidenceTable): Table {
  const names = outletNames(c);
  const rows: CsvValue[][] = [];
  for (const cl of c.quoteClusters) {
    for (const o of c.outlets) {
      const rs = cl.renderings.filter((r) => r.outletId === o.id);
      // The longest rendering stands for the outlet; `renderings` says how many there were.
      const best = rs.reduce<(typeof rs)[number] | undefined>((b, r) => (!b || r.text.length > b.text.length ? r : b), undefined);
      const id = `quote:${cl.id}:${o.id}`;
      ev.add(id, 'quote_clusters', rs.map((r) => r.evidence));
      rows.push([id, cl.id, cl.speakerId, cl.speakerName, o.id, names.get(o.id), rs.length > 0, rs.length,
        best ? wordCount(best.text) : 0, best?.quoteId, best?.text, ...at(best?.evidence)]);
    }
  }
  return {
    header: ['finding_id', 'cluster_id', 'speaker_id', 'speaker', 'outlet_id', 'outlet_name', 'carried', 'renderings', 'words',
      'quote_id', 'rendering', ...EVIDENCE_COLUMNS],
    rows,
  };
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function speakers(c: Comparison): Table {
  const rows: CsvValue[][] = [];
  for (const s of c.speakers) {
    for (const o of c.outlets) {
      const cell = own(s.byOutlet, o.id) ?? { quotes: 0, words: 0 };
      rows.push([s.speakerId, s.speakerName, o.id, cell.quotes, cell.words]);
    }
  }
  return { header: ['speaker_id', 'speaker', 'outlet_id', 'quotes', 'words'], rows };
}

function variants(c: Comparison, ev: EvidenceTable): Table {
  const rows: CsvValue[][] = [];
  for (const g of c.variants) {
    for (const o of c.outlets) {
      for (const w of own(g.byOutlet, o.id) ?? []) {
        const id = `variant:${g.id}:${o.id}:${w.wording}`;
        ev.add(id, 'variants', w.evidence);
        rows.push([id, g.id, g.concept, g.description, g.origin, o.id, w.wording, w.count, ...at(w.evidence[0]), g.rule]);
      }
    }
  }
  return {
    header: ['finding_id', 'group_id', 'concept', 'description', 'origin', 'outlet_id', 'wording', 'uses', ...EVIDENCE_COLUMNS, 'rule'],
    rows,
  };
}

/**
 * Long and sparse: one row per outlet that carries a claim (`carried`) and per outlet with only a
 * related sentence (`partial`, that sentence as evidence). An outlet with no row omitted the claim;
 * a row per claim and outlet made 124 MB for 127 one-article outlets.
 */
function coverage(c: Comparison, ev: EvidenceTable): Table {
  const rows: CsvValue[][] = [];
  for (const item of c.coverage) {
    const byOutlet = new Map<string, Evidence[]>();
    for (const e of item.evidence) byOutlet.set(e.outletId, [...(byOutlet.get(e.outletId) ?? []), e]);
    for (const outletId of item.outletIds) {
      const own = byOutlet.get(outletId) ?? [];
      const id = `coverage:${item.id}:${outletId}`;
      ev.add(id, 'coverage', own);
      rows.push([id, item.id, item.claim, item.distinctiveness, outletId, 'carried', null, ...at(own[0]), item.rule]);
    }
    for (const m of item.partial ?? []) {
      const id = `coverage:${item.id}:${m.outletId}`;
      const related = m.related ? [m.related] : [];
      ev.add(id, 'coverage', related);
      rows.push([id, item.id, item.claim, item.distinctiveness, m.outletId, 'partial', m.similarity ?? null, ...at(related[0]), item.rule]);
    }
  }
  return {
    header: ['finding_id', 'item_id', 'claim', 'distinctiveness', 'outlet_id', 'status', 'similarity', ...EVIDENCE_COLUMNS, 'rule'],
    rows,
  };
}

function rewrites(c: Comparison): Table {
  return {
    header: ['article_a', 'article_b', 'relation', 'share_a', 'share_b', 'shared_sources', 'sentence_pairs'],
    rows: c.rewrites.map((r) => [r.articleA, r.articleB, r.relation, r.shareA, r.shareB, r.sharedSources.length,
      r.pairs.length]),
  };
}

/** The wire sources a rewrite pair shares, one per row (rewrites.csv has their number). */
function rewriteSources(c: Comparison): Table {
  const rows: CsvValue[][] = [];
  for (const r of c.rewrites) for (const source of r.sharedSources) rows.push([r.articleA, r.articleB, source]);
  return { header: ['article_a', 'article_b', 'source'], rows };
}

function sourcing(c: Comparison): Table {
  const rows: CsvValue[][] = [];
  for (const p of c.sourcing) {
    for (const [type, count] of Object.entries(p.counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      rows.push([p.outletId, type, count]);
    }
  }
  return { header: ['outlet_id', 'source_type', 'sources'], rows };
}

function distinctive(c: Comparison, ev: EvidenceTable): Table {
  const rank = new Map<string, number>();
  const rows = c.distinctive.map((t) => {
    const r = (rank.get(t.outletId) ?? 0) + 1;
    rank.set(t.outletId, r);
    const id = `term:${t.outletId}:${t.term}`;
    ev.add(id, 'distinctive_terms', t.evidence);
    return [id, t.outletId, r, t.term, t.n, t.count, t.logOdds, t.z, ...at(t.evidence[0])];
  });
  return {
    header: ['finding_id', 'outlet_id', 'term_rank', 'term', 'words', 'occurrences', 'log_odds', 'z', ...EVIDENCE_COLUMNS],
    rows,
  };
}

/** Tone toward an actor per outlet, with the words that gave it and its strongest sentence as evidence (all of them in evidence.csv). */
function tone(c: Comparison, ev: EvidenceTable): Table {
  const rows: CsvValue[][] = [];
  for (const t of c.tone) {
    for (const o of c.outlets) {
      const cell = own(t.byOutlet, o.id);
      if (!cell) continue;
      const id = `tone:${t.actorId}:${o.id}`;
      ev.add(id, 'tone', cell.evidence);
      rows.push([id, t.actorId, t.name, o.id, cell.score, cell.sentences, cell.words.join('; ') || null, ...at(cell.evidence[0])]);
    }
  }
  return { header: ['finding_id', 'actor_id', 'actor_name', 'outlet_id', 'score', 'sentences', 'words', ...EVIDENCE_COLUMNS], rows };
}

/** Loaded wording: one row per term occurrence, narrator and quote voice alike (filter on `voice`). */
function loadedTerms(c: Comparison): Table {
  const rows: CsvValue[][] = [];
  for (const a of c.articles) {
    for (const t of a.analysis.framing) rows.push([a.id, a.outlet.id, t.start, t.end, t.text, t.category, t.voice, t.valence, t.rule]);
  }
  return { header: ['article_id', 'outlet_id', 'start', 'end', 'text', 'category', 'voice', 'valence', 'rule'], rows };
}
