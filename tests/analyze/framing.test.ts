import { describe, expect, it } from 'vitest';
import { findConceptTerms, findFraming } from '../../src/analyze/framing.js';
import type { FramingTerm } from '../../src/types/analysis.js';
import { buildLexicons } from '../../src/lexicons/index.js';
import { buildContext } from '../../src/analyze/context.js';
import { dev, fromText, seed } from './quotes-helpers.js';

const at = (terms: FramingTerm[], text: string) => terms.filter((t) => t.text.toLowerCase() === text.toLowerCase());

describe('findFraming on the seeds', () => {
  it('001: "dictator" label, full-scale invasion, partnership-scope variants, hedges and weasels', () => {
    const ctx = seed('001');
    const f = findFraming(ctx);
    expect(at(f, 'dictator')[0]).toMatchObject({ category: 'label', lexicon: 'lexicons/framing.json', voice: 'narrator', rule: 'framing.lexicon' });
    const concepts = findConceptTerms(ctx);
    // Concept variants are no loaded wording: they go to the variant groups only.
    expect(f.some((t) => t.concept !== null)).toBe(false);
    expect(at(concepts, 'full-scale invasion')[0]).toMatchObject({ category: 'event-naming', concept: 'war-naming', entry: 'full-scale invasion' });
    // The longest variant wins: no separate "invasion" hit inside "full-scale invasion".
    const fs = at(concepts, 'full-scale invasion')[0];
    expect(concepts.some((t) => t.entry === 'invasion' && t.start >= fs.start && t.end <= fs.end)).toBe(false);
    const scope = concepts.filter((t) => t.concept === 'partnership-scope').map((t) => t.entry);
    expect(scope).toEqual(expect.arrayContaining(['boundless', 'unlimited', 'borderless']));
    expect(at(f, 'reportedly')[0]).toMatchObject({ category: 'hedge', quoted: false });
    expect(at(f, 'many analysts')[0].category).toBe('weasel');
    expect(at(f, 'critics say')[0].category).toBe('weasel');
    // “boundless” in quotation marks with nobody saying it: a scare quote, the narrator's distance.
    expect(at(concepts, 'boundless')[0]).toMatchObject({ voice: 'narrator' });
    expect(at(f, 'boundless')[0]).toMatchObject({ category: 'scare-quote', voice: 'narrator', rule: 'framing.scare-quote' });
    for (const t of f) expect(ctx.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('002: communist China is evaluative, the Chinese Communist Party is no loaded wording; "territorial claims" is no hedge', () => {
    const ctx = seed('002');
    const f = findFraming(ctx);
    const communist = at(f, 'communist');
    expect(communist.map((t) => t.category)).toContain('evaluative');
    for (const t of communist) expect(ctx.text.slice(t.start, t.end + 6)).not.toBe('Communist Party');
    expect(f.some((t) => t.text === 'claims')).toBe(false);
    // "has claimed the lives" is no hedge either.
    expect(f.some((t) => t.text === 'claimed' && t.category === 'hedge')).toBe(false);
    expect(at(f, 'regimes')[0].category).toBe('label');
    expect(at(findConceptTerms(ctx), 'no limits')[0]).toMatchObject({ concept: 'partnership-scope', quoted: true });
  });

  it('003: "without limits" and the comprehensive strategic partnership inside a quote', () => {
    const f = findConceptTerms(seed('003'));
    expect(at(f, 'without limits')[0].concept).toBe('partnership-scope');
    expect(at(f, 'comprehensive strategic partnership')[0]).toMatchObject({ concept: 'relationship-naming', quoted: true });
  });

  it('004: critics argue (weasel), reportedly (hedge), struggling economy (evaluative, AFINN valence)', () => {
    const f = findFraming(seed('004'));
    expect(at(f, 'critics argue')[0].category).toBe('weasel');
    expect(at(f, 'reportedly')[0].category).toBe('hedge');
    expect(at(f, 'struggling')[0]).toMatchObject({ category: 'evaluative', valence: -2 });
  });
});

describe('findFraming matching rules', () => {
  it('claims hedges only as a verb; sanctions regime is no loaded wording; hyphen and apostrophe variants match', () => {
    const t = 'He claims the vote was rigged. The territorial claims remain. The regime fell, but the sanctions regime stays. A so called "no-limits" deal.';
    const ctx = fromText(t);
    const f = findFraming(ctx);
    expect(f.filter((x) => x.entry === 'claims').map((x) => t.slice(x.start - 3, x.end))).toEqual(['He claims']);
    expect(f.filter((x) => x.entry === 'regime').map((x) => t.slice(x.start - 4, x.end))).toEqual(['The regime']);
    expect(at(f, 'so called')[0].entry).toBe('so-called');
    expect(at(findConceptTerms(ctx), 'no-limits')[0].concept).toBe('partnership-scope');
  });

  it('whole words only: "warlike" is not "war", "Ukrainian" is not "Ukraine"', () => {
    const f = findConceptTerms(fromText('A warlike tone and wartime rhetoric.'));
    expect(f.filter((x) => x.concept === 'war-naming')).toEqual([]);
  });

  it('dev protest story: riot vs demonstration, brutal, agitators quoted', () => {
    const ctx = dev('protest-tabloid.txt');
    const f = findFraming(ctx);
    expect(findConceptTerms(ctx).filter((x) => x.concept === 'unrest-naming').map((x) => x.entry)).toEqual(expect.arrayContaining(['riot', 'demonstration', 'protesters']));
    expect(at(f, 'brutal')[0]).toMatchObject({ category: 'evaluative', quoted: false });
    expect(at(f, 'agitators')[0]).toMatchObject({ category: 'label', quoted: true });
  });

  it('user lexicons add categories and concepts', () => {
    const lex = buildLexicons([
      { file: 'user.json', data: { framing: { categories: { euphemism: ['collateral damage'] } }, concepts: { concepts: { 'layoff-naming': { variants: ['layoffs', 'rightsizing'] } } } } },
    ]);
    const ctx = buildContext({ id: 'x', text: 'The rightsizing caused collateral damage.', paragraphs: [] }, lex);
    expect(findFraming(ctx).map((x) => [x.text, x.category, x.concept, x.lexicon])).toEqual([['collateral damage', 'euphemism', null, 'user.json']]);
    expect(findConceptTerms(ctx).map((x) => [x.text, x.category, x.concept, x.lexicon])).toEqual([['rightsizing', 'concept-variant', 'layoff-naming', 'user.json']]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(findFraming(seed('001')))).toBe(JSON.stringify(findFraming(seed('001'))));
  });
});
