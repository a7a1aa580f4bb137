/** Bad and big input for quotes, sources and framing: no exceptions, warnings where due. No timing asserts. */
import { describe, expect, it } from 'vitest';
import { findQuotesWithWarnings } from '../../src/analyze/quotes/index.js';
import { findSources } from '../../src/analyze/sources.js';
import { findFraming } from '../../src/analyze/framing.js';
import { fromText } from './quotes-helpers.js';

describe('robustness', () => {
  it('handles empty text, text without sentences and only marks', () => {
    for (const t of ['', '   \n\n  ', '"', '“”', '“ ” “', '— — —', "'''"]) {
      const ctx = fromText(t);
      expect(() => findQuotesWithWarnings(ctx)).not.toThrow();
      expect(() => findSources(ctx)).not.toThrow();
      expect(() => findFraming(ctx)).not.toThrow();
    }
  });

  it('warns about every unbalanced mark and still returns the rest', () => {
    const t = '“Open and never closed, said nobody\n\n”Stray close.\n\n“Fine,” Ana Ruiz said.';
    const { quotes, warnings } = findQuotesWithWarnings(fromText(t));
    expect(warnings.map((w) => [w.code, w.start])).toEqual([
      ['UNBALANCED_QUOTES', 0],
      ['UNBALANCED_QUOTES', t.indexOf('”Stray')],
    ]);
    expect(quotes.map((q) => q.text)).toEqual(['Open and never closed, said nobody', 'Fine,']);
    expect(quotes[1].speaker?.name).toBe('Ana Ruiz');
  });

  it('a 5,000-sentence article: one quote per paragraph found and attributed', () => {
    const para = (i: number) => `Officials met in city ${i} on Monday. “We made progress today,” Minister Lena Park said. Critics say the talks are a sham. The war goes on.`;
    const text = Array.from({ length: 1250 }, (_, i) => para(i)).join('\n\n');
    const ctx = fromText(text);
    expect(ctx.sentences.length).toBeGreaterThanOrEqual(5000);
    const { quotes, warnings } = findQuotesWithWarnings(ctx);
    expect(warnings).toEqual([]);
    expect(quotes).toHaveLength(1250);
    expect(quotes.every((q) => q.speaker?.name.includes('Park'))).toBe(true);
    expect(findSources(ctx).filter((s) => s.type === 'anonymous')).toHaveLength(1250);
    expect(findFraming(ctx).filter((f) => f.entry === 'sham')).toHaveLength(1250);
  });
});
