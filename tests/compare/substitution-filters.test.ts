/**
 * The named substitution filters of variant discovery (compare/variants.ts SUBSTITUTION_FILTERS), each
 * on a hunk from invented sentences: the filter that names the defect rejects it, a clean swap passes all.
 */
import { describe, expect, it } from 'vitest';
import { SUBSTITUTION_FILTERS, substitutions, type Hunk } from '../../src/compare/variants.js';
import { defaultStopWords, wordTokens } from '../../src/compare/tokens/words.js';

function hunk(r: string, d: string, extra: Partial<Hunk> = {}): Hunk {
  return {
    r: wordTokens(r),
    d: wordTokens(d),
    a: wordTokens(`The ${r} began`),
    b: wordTokens(`The ${d} began`),
    removedAll: new Set(wordTokens(r).map((t) => t.norm)),
    addedAll: new Set(wordTokens(d).map((t) => t.norm)),
    inA: null,
    inB: null,
    stopWords: defaultStopWords,
    isName: (t) => t.upper,
    ...extra,
  };
}
const rejectedBy = (h: Hunk) => SUBSTITUTION_FILTERS.filter((f) => f.rejects(h)).map((f) => f.id);

describe('substitution filters', () => {
  it('are named, explained and in a stated order', () => {
    expect(SUBSTITUTION_FILTERS.map((f) => f.id)).toEqual(['size', 'moved-word', 'moved-phrase', 'number', 'length-mismatch', 'name', 'inflection', 'word-class']);
    for (const f of SUBSTITUTION_FILTERS) expect(f.why.length).toBeGreaterThan(10);
  });

  it('a clean swap passes every filter', () => {
    expect(rejectedBy(hunk('walkout', 'strike'))).toEqual([]);
  });

  it('each defect is rejected by the filter named for it', () => {
    expect(rejectedBy(hunk('very long run of five words', 'strike'))).toContain('size');
    expect(rejectedBy(hunk('walkout', 'strike', { addedAll: new Set(['strike', 'walkout']) }))).toContain('moved-word');
    expect(rejectedBy(hunk('walkout', 'strike', { inA: new Set(['strike']), inB: new Set(['walkout']) }))).toContain('moved-phrase');
    expect(rejectedBy(hunk('250 tonnes', 'losses'))).toContain('number');
    expect(rejectedBy(hunk('unrepentant', 'employers have offered raises'))).toContain('length-mismatch');
    expect(rejectedBy(hunk('Xi', 'leader'))).toContain('name');
    expect(rejectedBy(hunk('pushed', 'pushing'))).toContain('inflection');
    const classes: Hunk['classOf'] = [() => 'verb', () => 'noun'];
    expect(rejectedBy(hunk('emphasized', 'dynamics', { classOf: classes }))).toEqual(['word-class']);
  });

  it('substitutions() applies them: a number swap is dropped, a word swap kept', () => {
    const a = wordTokens('Dock workers began a walkout at the port on Monday.');
    const b = wordTokens('Dock workers began a strike at the port on Monday.');
    expect(substitutions(a, b, defaultStopWords)).toEqual([['walkout', 'strike']]);
    const c = wordTokens('The port handled 250 million tonnes last year.');
    const d = wordTokens('The port estimated losses of millions last year.');
    expect(substitutions(c, d, defaultStopWords)).toEqual([]);
  });
});
