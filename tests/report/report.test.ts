import { describe, expect, it } from 'vitest';
import { report } from '../../src/report/index.js';
import { FramediffError } from '../../src/errors.js';
import type { Comparison } from '../../src/types/comparison.js';
import { fixtureComparison } from './fixture.js';
import { schemaErrors } from './schema-validator.js';

/** The fixture's articles with no findings at all: what a corpus of unrelated texts may give. */
function noFindings(): Comparison {
  return { ...fixtureComparison(), actors: [], labels: [], variants: [], quoteClusters: [], speakers: [], coverage: [], rewrites: [], sourcing: [], distinctive: [], tone: [], alignment: [] };
}

describe('report()', () => {
  it('dispatches on format', () => {
    const c = fixtureComparison();
    expect(JSON.parse(report(c, { format: 'json' })).schemaVersion).toBe(2);
    expect(report(c, { format: 'md' })).toMatch(/^# How 2 outlets reported one event\n/);
    expect(report(c, { format: 'html' })).toMatch(/^<!DOCTYPE html>/);
    expect(Object.keys(report(c, { format: 'csv' }))).toContain('labels.csv');
  });

  it('rejects an unknown format with a typed error', () => {
    const call = () => report(fixtureComparison(), { format: 'pdf' as 'md' });
    expect(call).toThrow(FramediffError);
    expect(call).toThrow(/unknown report format "pdf"/);
  });

  it('renders a comparison without findings, saying so instead of leaving holes', () => {
    const c = noFindings();
    const md = report(c, { format: 'md' });
    expect(md).toContain('No outlet attached a label to a named actor.');
    expect(md).toContain('No wording variants found.');
    expect(md).toContain('No quotes found.');
    expect(md).toContain('Every claim found is carried by all outlets.');
    const html = report(c, { format: 'html' });
    expect(html).toContain('<p>No sentences align across outlets.</p>');
    expect(html).toContain('<p>No quotes found.</p>');
    expect(html.match(/<svg viewBox/g)).toHaveLength(3);
    const json = JSON.parse(report(c, { format: 'json' }));
    expect(schemaErrors(json)).toEqual([]);
    const csv = report(c, { format: 'csv' });
    expect(csv['quote_clusters.csv']).toBe('finding_id,cluster_id,speaker_id,speaker,outlet_id,outlet_name,carried,renderings,words,quote_id,rendering,article_id,field,start,end\r\n');
  });
});
