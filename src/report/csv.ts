/**
 * Comparison → tidy CSV tables, one file each (documented in docs/report.md).
 * One observation per row (e.g. one quote cluster × one outlet), so the tables join on
 * `article_id`, `outlet_id`, `actor_id`, `cluster_id` without reshaping.
 */
import { own } from '../util/own.js';
import type { Comparison, Evidence } from '../types/comparison.js';
import { ActorIndex } from './actor-index.js';
import { type CsvValue, toCsv } from './csv-writer.js';

type Table = { header: string[]; rows: CsvValue[][] };

/** File name → CSV text. File names are fixed; tables without findings still have their header. */
export function toCsvTables(comparison: Comparison): Record<string, string> {
  const tables: Record<string, Table> = {
    'articles.csv': articles(comparison),
    'mentions.csv': mentions(comparison),
    'labels.csv': labels(comparison),
    'quotes.csv': quotes(comparison),
    'quote_clusters.csv': quoteClusters(comparison),
    'speakers.csv': speakers(comparison),
    'variants.csv': variants(comparison),
    'coverage.csv': coverage(comparison),
    'rewrites.csv': rewrites(comparison),
    'sourcing.csv': sourcing(comparison),
    'distinctive_terms.csv': distinctive(comparison),
    'tone.csv': tone(comparison),
    'loaded_terms.csv': loadedTerms(comparison),
  };
  const out: Record<string, string> = {};
  for (const [file, t] of Object.entries(tables)) out[file] = toCsv(t.header, t.rows);
  return out;
}

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

function labels(c: Comparison): Table {
  const rows: CsvValue[][] = [];
  for (const row of c.labels) {
    for (const o of c.outlets) {
      for (const use of own(row.byOutlet, o.id) ?? []) {
        const flags = row.flags
          .filter((f) => f.evidence.some((e) => e.outletId === o.id && use.evidence.some((u) => sameSpan(u, e))))
          .map((f) => f.type);
        rows.push([row.actorId, row.name, o.id, use.label, use.key, use.head, use.evaluative, use.temporal,
          use.count, [...new Set(flags)].join(';'), ...at(use.evidence[0])]);
      }
    }
  }
  return {
    header: ['actor_id', 'actor_name', 'outlet_id', 'label', 'key', 'head', 'evaluative', 'temporal', 'count',
      'flags', ...EVIDENCE_COLUMNS],
    rows,
  };
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

function quoteClusters(c: Comparison): Table {
  const names = outletNames(c);
  const rows: CsvValue[][] = [];
  for (const cl of c.quoteClusters) {
    for (const o of c.outlets) {
      const rs = cl.renderings.filter((r) => r.outletId === o.id);
      // The longest rendering stands for the outlet; `renderings` says how many there were.
      const best = rs.reduce<(typeof rs)[number] | undefined>((b, r) => (!b || r.text.length > b.text.length ? r : b), undefined);
      rows.push([cl.id, cl.speakerId, cl.speakerName, o.id, names.get(o.id), rs.length > 0, rs.length,
        best ? wordCount(best.text) : 0, best?.quoteId, best?.text, ...at(best?.evidence)]);
    }
  }
  return {
    header: ['cluster_id', 'speaker_id', 'speaker', 'outlet_id', 'outlet_name', 'carried', 'renderings', 'words',
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

function variants(c: Comparison): Table {
  const rows: CsvValue[][] = [];
  for (const g of c.variants) {
    for (const o of c.outlets) {
      for (const w of own(g.byOutlet, o.id) ?? []) {
        rows.push([g.id, g.concept, g.description, g.origin, o.id, w.wording, w.count, ...at(w.evidence[0]), g.rule]);
      }
    }
  }
  return {
    header: ['group_id', 'concept', 'description', 'origin', 'outlet_id', 'wording', 'count', ...EVIDENCE_COLUMNS, 'rule'],
    rows,
  };
}

function coverage(c: Comparison): Table {
  const rows: CsvValue[][] = [];
  for (const item of c.coverage) {
    for (const o of c.outlets) {
      const ev = item.evidence.find((e) => e.outletId === o.id);
      rows.push([item.id, item.claim, item.distinctiveness, o.id, item.outletIds.includes(o.id), ...at(ev), item.rule]);
    }
  }
  return {
    header: ['item_id', 'claim', 'distinctiveness', 'outlet_id', 'carried', ...EVIDENCE_COLUMNS, 'rule'],
    rows,
  };
}

function rewrites(c: Comparison): Table {
  return {
    header: ['article_a', 'article_b', 'relation', 'share_a', 'share_b', 'shared_sources', 'sentence_pairs'],
    rows: c.rewrites.map((r) => [r.articleA, r.articleB, r.relation, r.shareA, r.shareB, r.sharedSources.join(';'),
      r.pairs.length]),
  };
}

function sourcing(c: Comparison): Table {
  const rows: CsvValue[][] = [];
  for (const p of c.sourcing) {
    for (const [type, count] of Object.entries(p.counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      rows.push([p.outletId, type, count]);
    }
  }
  return { header: ['outlet_id', 'source_type', 'count'], rows };
}

function distinctive(c: Comparison): Table {
  const rank = new Map<string, number>();
  const rows = c.distinctive.map((t) => {
    const r = (rank.get(t.outletId) ?? 0) + 1;
    rank.set(t.outletId, r);
    return [t.outletId, r, t.term, t.n, t.count, t.logOdds, t.z, ...at(t.evidence[0])];
  });
  return {
    header: ['outlet_id', 'rank', 'term', 'n', 'count', 'log_odds', 'z', ...EVIDENCE_COLUMNS],
    rows,
  };
}

function tone(c: Comparison): Table {
  const rows: CsvValue[][] = [];
  for (const t of c.tone) {
    for (const o of c.outlets) {
      const cell = own(t.byOutlet, o.id);
      if (cell) rows.push([t.actorId, t.name, o.id, cell.score, cell.sentences]);
    }
  }
  return { header: ['actor_id', 'actor_name', 'outlet_id', 'score', 'sentences'], rows };
}

/** Loaded wording: one row per term occurrence, narrator and quote voice alike (filter on `voice`). */
function loadedTerms(c: Comparison): Table {
  const rows: CsvValue[][] = [];
  for (const a of c.articles) {
    for (const t of a.analysis.framing) rows.push([a.id, a.outlet.id, t.start, t.end, t.text, t.category, t.voice, t.valence, t.rule]);
  }
  return { header: ['article_id', 'outlet_id', 'start', 'end', 'text', 'category', 'voice', 'valence', 'rule'], rows };
}
