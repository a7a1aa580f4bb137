/**
 * compare() on the seed corpus (Xi–Putin call, five outlets): the findings named in issue 4.
 * Outlet ids come from corpus/manifest.json; nothing here is special-cased in src/.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import type { AnalyzedArticle, Comparison } from '../../src/types/comparison.js';
import { evidenceProblems, flat } from './helpers.js';
import { analyzeFolder, corpusDir } from './pipeline.js';

let articles: AnalyzedArticle[];
let c: Comparison;
const byFile = (prefix: string) => articles.find((a) => a.source.label.startsWith(prefix))!;
const outletOf = (prefix: string) => byFile(prefix).outlet.id;

beforeAll(async () => {
  articles = await analyzeFolder(corpusDir);
  c = compare(articles);
});

describe('compare on the seeds: labels', () => {
  const row = (surname: string) => c.labels.find((r) => r.name.endsWith(surname))!;
  const keysOf = (surname: string, outlet: string) => (row(surname).byOutlet[outlet] ?? []).map((u) => u.label.toLowerCase());

  it('matches one actor per person across all five articles', () => {
    const putin = c.actors.find((a) => a.name === 'Vladimir Putin')!;
    expect(Object.keys(putin.articleActors)).toHaveLength(5);
    expect(Object.keys(putin.mentionsByOutlet).sort()).toEqual(c.outlets.map((o) => o.id).sort());
  });

  it('Putin: "Russian dictator" only in UNN (evaluative), "Russian President" elsewhere', () => {
    const unn = outletOf('001');
    expect(keysOf('Putin', unn)).toContain('russian dictator');
    for (const p of ['000', '002', '004']) expect(keysOf('Putin', outletOf(p))).toContain('russian president');
    for (const p of ['000', '002', '003', '004']) expect(keysOf('Putin', outletOf(p))).not.toContain('russian dictator');
    const flag = row('Putin').flags.find((f) => f.type === 'evaluative')!;
    expect(flag.outletIds).toEqual([unn]);
    expect(flag.evidence[0].text).toBe('Russian dictator');
    expect(row('Putin').differs).toBe(true);
  });

  it('Xi: "Chinese leader" only in The Epoch Times, flagged as unique', () => {
    const et = outletOf('002');
    expect(keysOf('Xi Jinping', et)).toContain('chinese leader');
    for (const p of ['000', '001', '004']) expect(keysOf('Xi Jinping', outletOf(p))).toContain('chinese president');
    const unique = row('Xi Jinping').flags.filter((f) => f.type === 'unique');
    expect(unique.some((f) => f.outletIds[0] === et && f.message.includes('Chinese leader'))).toBe(true);
    // Messages name outlets as readers know them, with a readable list.
    expect(unique.map((f) => f.message)).toContainEqual(expect.stringMatching(/^only The Epoch Times calls Xi Jinping "Chinese leader"; .+, .+ and .+ use "Chinese President"/));
  });

  it('Trump: the blog\'s "former U.S. President" contradicts "US President" (former vs current)', () => {
    const blog = outletOf('004');
    const use = row('Trump').byOutlet[blog].find((u) => u.label === 'former U.S. President')!;
    expect(use.temporal).toBe('former');
    const flag = row('Trump').flags.find((f) => f.type === 'contradiction')!;
    expect(flag.outletIds).toContain(blog);
    expect(flag.outletIds).toContain(outletOf('001'));
    expect(flag.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['former U.S. President', 'US President']));
  });
});

describe('compare on the seeds: concept variants', () => {
  const wordings = (concept: string) => {
    const g = c.variants.find((v) => v.concept === concept)!;
    return { g, all: new Set(Object.values(g.byOutlet).flatMap((ws) => ws.map((w) => w.wording))) };
  };

  it('groups the partnership-scope wordings by outlet', () => {
    const { g, all } = wordings('partnership-scope');
    for (const w of ['no limits', 'boundless', 'unlimited', 'borderless', 'without limits']) expect(all).toContain(w);
    // UNN says "unbounded" only in its headline: the evidence points into the title.
    const unbounded = g.byOutlet[outletOf('001')].find((w) => w.wording === 'unbounded');
    expect(unbounded?.evidence).toEqual([expect.objectContaining({ field: 'title', text: 'unbounded' })]);
    expect(byFile('001').title!.slice(unbounded!.evidence[0].start, unbounded!.evidence[0].end)).toBe('unbounded');
    expect(g.byOutlet[outletOf('003')].map((w) => w.wording)).toEqual(['without limits']);
    expect(g.byOutlet[outletOf('001')].map((w) => w.wording)).toEqual(expect.arrayContaining(['unlimited', 'boundless', 'borderless']));
    expect(g.byOutlet[outletOf('000')].map((w) => w.wording)).toContain('no limits');
    expect(g.origin).not.toBe('alignment');
  });

  it('names the war differently per outlet', () => {
    const { all, g } = wordings('war-naming');
    for (const w of ['invasion', 'full-scale invasion', 'war', 'conflict', 'crisis']) expect(all).toContain(w);
    expect(g.byOutlet[outletOf('000')].map((w) => w.wording)).not.toContain('full-scale invasion');
  });

  it('discovers substitutions from aligned sentences (briefed / updated)', () => {
    const found = c.variants.filter((v) => v.origin !== 'lexicon');
    expect(found.length).toBeGreaterThan(0);
    const briefed = found.find((v) => Object.values(v.byOutlet).some((ws) => ws.some((w) => w.wording === 'briefed')))!;
    const all = Object.values(briefed.byOutlet).flatMap((ws) => ws.map((w) => w.wording));
    expect(all).toContain('updated');
  });

  it('every wording has evidence that spells it', () => {
    for (const g of c.variants) for (const ws of Object.values(g.byOutlet)) for (const w of ws) {
      expect(w.evidence).toHaveLength(w.count);
      for (const e of w.evidence) expect(flat(e.text)).toBe(flat(w.wording));
    }
  });
});

describe('compare on the seeds: quotes and speakers', () => {
  it('clusters the "strong internal driving force" passage across outlets at different lengths', () => {
    const cl = c.quoteClusters.find((q) => q.renderings.some((r) => r.text.includes('strong internal driving force')))!;
    expect(cl.outletIds).toEqual(expect.arrayContaining([outletOf('000'), outletOf('001'), outletOf('003')]));
    // Every rendering tells that passage, except UNN's "development strategies and foreign policies of China and
    // Russia are long-term": the broadsheet's one long quote holds both ("Both countries have long-term development
    // strategies and foreign policies"), so UNN's two quotes are cuts of one utterance.
    const others = cl.renderings.filter((r) => !r.text.includes('strong internal driving force'));
    expect(others.map((r) => [r.outletId, r.text])).toEqual(others.length ? [[outletOf('001'), expect.stringContaining('development strategies and foreign policies')]] : []);
    expect(cl.renderings.some((r) => r.outletId === outletOf('003') && r.text.includes('development strategies and foreign policies'))).toBe(true);
    expect(new Set(cl.renderings.map((r) => r.text.length)).size).toBe(cl.renderings.length);
    expect(cl.speakerName).toBe('Xi Jinping');
    expect(cl.diffs.length).toBe(cl.renderings.length - 1);
    expect(cl.diffs.every((d) => d.added + d.removed > 0)).toBe(true);
    expect(cl.outletIds).not.toContain(outletOf('002'));
  });

  it('clusters two translations: "cannot be separated" vs "cannot be moved apart"', () => {
    const cl = c.quoteClusters.find((q) => q.renderings.some((r) => r.text.includes('cannot be separated')))!;
    const texts = cl.renderings.map((r) => r.text);
    expect(texts.some((t) => t.includes('good neighbors that cannot be moved apart'))).toBe(true);
    expect(cl.outletIds).toEqual(expect.arrayContaining([outletOf('001'), outletOf('004')]));
    const d = cl.diffs[0];
    expect(d.parts.some((p) => p.op === 'added' && p.text.includes('moved'))).toBe(true);
  });

  it('only The Epoch Times quotes Vance and Chung Chih-tung', () => {
    const et = outletOf('002');
    for (const name of ['Vance', 'Chung Chih-tung']) {
      const row = c.speakers.find((s) => s.speakerName.includes(name))!;
      expect(Object.keys(row.byOutlet)).toEqual([et]);
      expect(row.byOutlet[et].quotes).toBeGreaterThan(0);
      expect(row.byOutlet[et].words).toBeGreaterThan(5);
    }
  });
});

describe('compare on the seeds: coverage, rewrites, vocabulary', () => {
  it('"un-unite them" is reported only by 003', () => {
    const item = c.coverage.find((i) => i.claim.includes('un-unite'))!;
    expect(item.outletIds).toEqual([outletOf('003')]);
    expect(item.distinctiveness).toBe(0.8);
  });

  it('the Taiwan passage is only in The Epoch Times', () => {
    const item = c.coverage.find((i) => i.claim.includes('Taiwan') && i.kind === 'claim')!;
    expect(item.outletIds).toEqual([outletOf('002')]);
  });

  it('the call\'s Kremlin readout is reported by four outlets and ranked after exclusive claims', () => {
    // A sentence telling two facts carries both claims: take the readout claim (the widest one it is in).
    const carrying = c.coverage.filter((i) => i.kind === 'claim' && i.evidence.some((e) => e.text.includes('updated Xi on recent contacts')));
    const item = carrying.sort((a, b) => b.outletIds.length - a.outletIds.length)[0];
    expect(item.outletIds.length).toBeGreaterThanOrEqual(4);
    const rank = c.coverage.indexOf(item);
    expect(c.coverage.slice(0, rank).every((i) => i.distinctiveness >= item.distinctiveness)).toBe(true);
  });

  it('detects 001 and 004 sharing wire copy, and no other pair', () => {
    expect(c.rewrites).toHaveLength(1);
    const r = c.rewrites[0];
    expect([r.articleA, r.articleB].sort()).toEqual([byFile('001').id, byFile('004').id].sort());
    expect(r.pairs.length).toBeGreaterThanOrEqual(5);
    expect(r.pairs.some((p) => p.a.text.includes('ill-equipped') && p.b.text.includes('ill-equipped'))).toBe(true);
  });

  it('finds the broadsheet\'s "Mr" house style among its distinctive terms, with z at or above the threshold', () => {
    const terms = c.distinctive.filter((d) => d.outletId === outletOf('003'));
    expect(terms.map((t) => t.term)).toContain('mr');
    expect(terms.every((t) => t.z >= c.options.minZ && t.count >= 2 && t.logOdds > 0)).toBe(true);
    expect(c.distinctive.every((d) => d.evidence.length > 0 && d.evidence.every((e) => flat(e.text) === flat(d.term)))).toBe(true);
  });
});

describe('compare on the seeds: evidence and determinism', () => {
  it('every evidence span is exactly the article text at its offsets', () => {
    expect(evidenceProblems(c)).toEqual([]);
  });

  it('is deterministic: the same input gives byte-identical JSON', () => {
    expect(JSON.stringify(compare(articles))).toBe(JSON.stringify(c));
  });

  it('groups articles by outlet: two articles of one outlet are one column', () => {
    const twin = { ...articles[1], id: `${articles[1].id}-copy` };
    const c2 = compare([...articles, twin]);
    expect(c2.outlets.find((o) => o.id === articles[1].outlet.id)!.articleIds).toEqual([articles[1].id, twin.id]);
    expect(c2.outlets).toHaveLength(c.outlets.length);
  });
});
