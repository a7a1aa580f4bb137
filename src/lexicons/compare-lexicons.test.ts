/** The compiled lexicons reach compare: drift cues and stop words from a user file change its findings. */
import { describe, expect, it } from 'vitest';
import { compare } from '../compare/compare.js';
import { fakeArticle } from '../../tests/compare/fake.js';
import { buildLexicons } from './index.js';

const pair = (a: string, b: string) => [fakeArticle('a', 'wire', a), fakeArticle('b', 'blog', b)];

describe('compare reads Lexicons.drift and Lexicons.stopwords', () => {
  const claim = pair(
    'Opposition lawmakers insinuate that the harbour authority sold the dock land below its value to a developer.',
    'The harbour authority sold the dock land below its value to a developer close to the mayor.',
  );

  it('a cue the built-in drift lexicon lacks finds nothing; added by a file, it marks the claim attributed', () => {
    expect(compare(claim).attributionDrift).toEqual([]);
    const lexicons = buildLexicons([{ file: 'cues.json', data: { drift: { contested: ['insinuate that'] } } }]);
    const found = compare(claim, { lexicons }).attributionDrift ?? [];
    expect(found.map((d) => [d.rule, d.cue.text, d.attributed.outletId, d.asFact.outletId])).toEqual([['drift.attribution-dropped', 'insinuate that', 'wire', 'blog']]);
  });

  it('removing a built-in cue turns its drift finding off', () => {
    const accused = pair(
      'Western governments accuse Veloria of shipping drones to the rebel militia through a port in the south.',
      'Veloria is shipping drones to the rebel militia through a port in the south, a boost for the insurgents.',
    );
    expect((compare(accused).attributionDrift ?? []).map((d) => d.cue.text)).toEqual(['accuse']);
    const lexicons = buildLexicons([{ file: 'fewer.json', data: { remove: { drift: { contested: ['accuse'] } } } }]);
    expect(compare(accused, { lexicons }).attributionDrift).toEqual([]);
  });

  it('a stop word from a file is no distinctive term, and the lexicons are not echoed in options', () => {
    const texts = [
      'The ferry operator cancelled the crossing because of the storm, and the ferry stayed in port.',
      'Passengers waited at the ferry terminal for hours as the ferry operator cancelled the crossing.',
    ];
    const articles = [fakeArticle('a', 'wire', texts[0]), fakeArticle('b', 'wire', texts[1]), fakeArticle('c', 'blog', 'The storm closed the harbour road and the council opened a shelter in the school hall.')];
    const terms = (c: ReturnType<typeof compare>) => c.distinctive.map((t) => t.term);
    expect(terms(compare(articles, { minZ: 0 }))).toContain('ferry');
    const lexicons = buildLexicons([{ file: 'stop.json', data: { stopwords: { words: ['ferry'] } } }]);
    const tuned = compare(articles, { minZ: 0, lexicons });
    expect(terms(tuned)).not.toContain('ferry');
    expect(Object.keys(tuned.options)).not.toContain('lexicons');
  });
});
