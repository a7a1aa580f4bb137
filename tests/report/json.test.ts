import { describe, expect, it } from 'vitest';
import { reportJsonString, toReportJson } from '../../src/report/json.js';
import { REPORT_FIELDS } from '../../src/report/fields.js';
import pkg from '../../package.json' with { type: 'json' };
import { EVIL, fixtureComparison } from './fixture.js';
import { schemaErrors } from './schema-validator.js';

describe('toReportJson', () => {
  const json = toReportJson(fixtureComparison(), { event: { title: 'Housing plan', date: '2025-02-24' } });

  it('has the fixed top-level fields and validates against the shipped schema', () => {
    expect(json.schemaVersion).toBe(2);
    expect(json.generator).toEqual({ name: 'framediff', version: pkg.version });
    expect(json.event).toEqual({ title: 'Housing plan', date: '2025-02-24' });
    expect(schemaErrors(json)).toEqual([]);
  });

  it('carries each finding list over under its REPORT_FIELDS name, in that order', () => {
    const comparison = fixtureComparison();
    expect(comparison.labels.length).toBeGreaterThan(0);
    expect(json.labelTable).toEqual(comparison.labels);
    expect(json.synopsis).toEqual(comparison.alignment);
    for (const [from, to] of Object.entries(REPORT_FIELDS)) {
      expect(json[to], `${from} → ${to}`).toEqual(comparison[from as keyof typeof REPORT_FIELDS] ?? []);
    }
    const keys = Object.keys(json);
    const carried = Object.values(REPORT_FIELDS);
    expect(keys.slice(keys.indexOf(carried[0]), keys.indexOf(carried[0]) + carried.length)).toEqual(carried);
  });

  it('reports quotes with the speaker name and exact offsets', () => {
    const daily = json.articles[0];
    expect(daily.outlet).toEqual({ id: 'daily', name: 'The Daily <b>News</b> & Co' });
    const q2 = daily.quotes.find((q) => q.id === 'q2')!;
    expect(q2.text).toBe('We will build 100 homes.');
    expect(q2.speaker).toBe('Ann Lee');
    expect(daily.text.slice(q2.start, q2.end)).toBe(q2.text);
    const q1 = daily.quotes.find((q) => q.id === 'q1')!;
    expect(q1.speaker).toBeNull();
    expect(q1.text).toBe('bold step, for everyone');
  });

  it('reports framing terms and labelled mentions with exact offsets', () => {
    const herald = json.articles[1];
    expect(herald.framingTerms).toEqual([{ text: 'Embattled mayor', start: 0, end: 15, category: 'label', concept: null, voice: 'narrator', rule: 'framing.lexicon' }]);
    const labelled = herald.mentions.find((m) => m.label)!;
    expect(labelled.text).toBe('Ann Lee');
    expect(labelled.label?.text).toBe('Embattled mayor');
    for (const a of json.articles) {
      for (const s of [...a.quotes, ...a.framingTerms, ...a.mentions]) expect(a.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('gives each actor its labels per outlet with counts', () => {
    expect(json.actors).toEqual([expect.objectContaining({
      id: 'person:ann-lee', name: 'Ann Lee', aliases: ['Ann Lee', 'Lee'], mentions: 4,
      labelsByOutlet: { daily: [{ label: 'Mayor', count: 1 }], herald: [{ label: 'Embattled mayor', count: 1 }] },
    })]);
  });

  it('keeps article text verbatim (escaping is the renderers\' job) and is byte-identical on reruns', () => {
    expect(json.articles[0].text).toContain(EVIL.script);
    const a = reportJsonString(fixtureComparison());
    const b = reportJsonString(fixtureComparison());
    expect(a).toBe(b);
    expect(a.endsWith('}\n')).toBe(true);
  });

  it('the schema rejects a report missing a fixed field or with a wrong type', () => {
    const { actors: _drop, ...noActors } = json;
    expect(schemaErrors(noActors).join()).toMatch(/actors/);
    const badQuote = structuredClone(json);
    (badQuote.articles[0].quotes[0] as { start: unknown }).start = 'x';
    expect(schemaErrors(badQuote).join()).toMatch(/quotes\/0\/start/);
  });

  it('the schema names every field the report writes (top level and per article)', () => {
    const extra = { ...json, surprise: 1 };
    expect(schemaErrors(extra).join()).toMatch(/must NOT have additional properties/);
    const extraArticle = structuredClone(json);
    (extraArticle.articles[0] as unknown as Record<string, unknown>).raw = 'x';
    expect(schemaErrors(extraArticle).join()).toMatch(/\/articles\/0 must NOT have additional properties/);
  });
});
