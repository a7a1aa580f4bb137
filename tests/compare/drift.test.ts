/**
 * Attribution drift (compare/drift.ts) on invented sentence pairs in several outlet styles: the
 * claim attributed ("accuses", "according to", "allegedly", "critics say") or hedged in one outlet and
 * stated as fact in another is reported with both sentences and the cue; attributed on both sides,
 * a trailing "he said", or a cue that governs another clause is not.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import { FramediffError } from '../../src/errors.js';
import { buildLexicons } from '../../src/lexicons/index.js';
import { fakeArticle } from './fake.js';

function drifts(a: string, b: string) {
  return compare([fakeArticle('a', 'wire', a), fakeArticle('b', 'blog', b)]).attributionDrift ?? [];
}

describe('attribution drift', () => {
  it('reports an accusation restated as fact, with both sentences and the cue words', () => {
    const d = drifts(
      'Western governments accuse Veloria of shipping drones to the rebel militia through a port in the south.',
      'Veloria is shipping drones to the rebel militia through a port in the south, a boost for the insurgents.',
    );
    expect(d).toHaveLength(1);
    expect(d[0].rule).toBe('drift.attribution-dropped');
    expect(d[0].cue.text).toBe('accuse');
    expect(d[0].attributed.outletId).toBe('wire');
    expect(d[0].asFact.text).toContain('Veloria is shipping drones');
    expect(d[0].evidence).toEqual([d[0].attributed, d[0].cue, d[0].asFact]);
  });

  it('reads "according to" and hedges too', () => {
    const a = drifts(
      'According to the interior ministry, the protesters set fire to three police vehicles near the central station.',
      'The protesters set fire to three police vehicles near the central station on Friday evening.',
    );
    expect(a.map((x) => x.cue.text)).toEqual(['According to']);
    const h = drifts(
      'The bank closed the branch in what appeared to be a response to the fraud inquiry into its regional managers.',
      'The bank closed the branch in response to the fraud inquiry into its regional managers.',
    );
    expect(h.map((x) => [x.rule, x.cue.text])).toEqual([['drift.hedge-dropped', 'what appeared to']]);
  });

  it('a cue governing another clause does not attribute the claim', () => {
    const d = drifts(
      'The minister has been accused of many things, but the ferry contract was signed in secret with a company owned by his cousin.',
      'The ferry contract was signed in secret with a company owned by the minister’s cousin.',
    );
    expect(d).toEqual([]);
  });

  it('no drift when both attribute the claim, or the plain one carries a speech tag', () => {
    expect(
      drifts(
        'Critics say the new stadium will cost the city twice the budgeted amount by the time it opens.',
        'The new stadium will cost the city twice the budgeted amount by the time it opens, the auditor said.',
      ),
    ).toEqual([]);
    expect(
      drifts(
        'Prosecutors allege the firm hid losses of 30 million dollars from its shareholders for two years.',
        'The firm allegedly hid losses of 30 million dollars from its shareholders for two years.',
      ),
    ).toEqual([]);
  });
});

describe('drift cues from a user lexicon', () => {
  const a = 'Opposition lawmakers contend that the harbour authority sold the northern pier to a shipping firm below its value.';
  const b = 'The harbour authority sold the northern pier to a shipping firm below its value, records show.';
  const run = (lexicons = buildLexicons()) => compare([fakeArticle('a', 'wire', a), fakeArticle('b', 'blog', b)], {}, lexicons).attributionDrift ?? [];

  it('a cue the built-in lexicon lacks is read once a user file adds it', () => {
    expect(run()).toEqual([]);
    const d = run(buildLexicons([{ file: 'my-cues.json', data: { drift: { contested: ['Contend that'] } } }]));
    expect(d.map((x) => [x.rule, x.cue.text, x.attributed.outletId, x.asFact.outletId])).toEqual([['drift.attribution-dropped', 'contend that', 'wire', 'blog']]);
  });

  it('replace starts from the user cues alone', () => {
    const only = buildLexicons([{ file: 'mine.json', data: { drift: { hedges: ['so it seems'] }, replace: ['drift'] } }]);
    expect(only.drift.contested).toEqual([]);
    expect(only.drift.hedges).toEqual(['so it seems']);
    expect(only.drift.files).toEqual(['mine.json']);
  });

  it('bad drift data is an INVALID_LEXICON naming the file and the field', () => {
    const bad = (drift: unknown) => () => buildLexicons([{ file: 'bad.json', data: { drift } }]);
    for (const [drift, message] of [
      [{ contested: 'accused' }, /drift\.contested: expected an array of non-empty strings, got the string "accused"/],
      [{ hedges: [''] }, /drift\.hedges\[0\]: expected a non-empty string/],
      [{ cues: ['x'] }, /drift\.cues: .*unknown field "cues"/],
      [['accused'], /drift: expected an object, got an array/],
    ] as const) {
      expect(bad(drift)).toThrow(FramediffError);
      expect(bad(drift)).toThrow(message);
      try {
        bad(drift)();
      } catch (e) {
        expect((e as FramediffError).code).toBe('INVALID_LEXICON');
        expect((e as FramediffError).file).toBe('bad.json');
      }
    }
  });
});
