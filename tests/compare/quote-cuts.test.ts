/**
 * Quote clusters across cuts: when one outlet quotes a speaker's word ("reckless") and another a longer
 * cut of the same words ("reckless and illegal"), that is one utterance rendered two ways, which is
 * exactly what a reader of the comparison wants to see side by side.
 */
import { describe, expect, it } from 'vitest';
import { analyze, compare, normalize } from '../../src/core.js';
import type { Comparison } from '../../src/types/comparison.js';

function run(texts: Record<string, string>): Comparison {
  const analyzed = Object.entries(texts).map(([outlet, text]) => {
    const article = normalize({ content: text, label: `${outlet}.txt`, meta: { outlet: { id: outlet, name: outlet } } });
    return { ...article, analysis: analyze(article) };
  });
  return compare(analyzed);
}

describe('quote clusters across cuts of one utterance', () => {
  const comparison = run({
    gazette: 'Port Authority chairman Ivo Brandt called the strike "reckless" and said it was costing the region millions.\n\nUnion negotiator Marta Quell said the members were "not going back".',
    trumpet: 'Port boss Ivo Brandt said the stoppage was "reckless and illegal" and cost £4m a day.\n\nBrandt also called the union "a disgrace to the city".',
  });
  const clusterWith = (text: string) => comparison.quoteClusters.filter((c) => c.renderings.some((r) => r.text === text));

  it('joins a short quote with a longer cut of the same speaker\'s words, and diffs them', () => {
    const [cluster] = clusterWith('reckless');
    expect(cluster.speakerName).toBe('Ivo Brandt');
    expect(cluster.renderings.map((r) => [r.outletId, r.text])).toEqual([
      ['gazette', 'reckless'],
      ['trumpet', 'reckless and illegal'],
    ]);
    expect(cluster.diffs).toHaveLength(1);
    expect(cluster.diffs[0].parts.filter((p) => p.op === 'removed').map((p) => p.text.trim())).toEqual(['and illegal']);
  });

  it('keeps other short quotes of the same speaker apart, and never joins different speakers', () => {
    expect(clusterWith('a disgrace to the city')[0].renderings).toHaveLength(1);
    expect(clusterWith('not going back')[0].renderings).toHaveLength(1);
    expect(clusterWith('reckless')).toHaveLength(1);
  });
});
