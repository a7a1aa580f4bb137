/** Label measuring and wrapping for the charts: widths by character, wrapping at spaces, "…" when cut. */
import { describe, expect, it } from 'vitest';
import { ellipsize, fitLines, textWidth } from '../../src/report/html/chart-text.js';

describe('textWidth', () => {
  it('adds per-character widths: capitals and m/w wider than i/l, accents like their base letter', () => {
    expect(textWidth('')).toBe(0);
    expect(textWidth('W')).toBeGreaterThan(textWidth('i') * 3);
    expect(textWidth('mmmm')).toBeGreaterThan(textWidth('llll') * 3);
    expect(textWidth('Économique')).toBe(textWidth('Economique'));
    expect(textWidth('abc', 24)).toBe(textWidth('abc') * 2);
    // CJK is one em per character; a combining accent adds nothing.
    expect(textWidth('新华社', 10)).toBe(30);
    expect(textWidth('e\u0301')).toBe(textWidth('e'));
  });
});

describe('fitLines', () => {
  it('keeps a label that fits on one line as it is', () => {
    expect(fitLines('The Quarterly Review', 200, 2)).toEqual({ lines: ['The Quarterly Review'], cut: false });
  });

  it('wraps at spaces, each line within the width', () => {
    const name = 'Independent Public Broadcasting Corporation of the Southern Coast';
    const { lines, cut } = fitLines(name, 150, 4);
    expect(cut).toBe(false);
    expect(lines.join(' ')).toBe(name);
    expect(lines).toEqual(['Independent Public', 'Broadcasting', 'Corporation of the', 'Southern Coast']);
    for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(150);
  });

  it('ends the last allowed line with … when the text does not fit, still within the width', () => {
    const { lines, cut } = fitLines('The Northern Provinces Evening Chronicle and Weekly Sentinel', 120, 2);
    expect(cut).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(lines[0]).toBe('The Northern');
    for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(120);
  });

  it('cuts a single word longer than the line by characters', () => {
    const { lines } = fitLines('Wirtschaftswochenzeitungsverlag', 60, 3);
    expect(lines.join('').replace('…', '')).toBe('Wirtschaftswochenzeitungsverlag'.slice(0, lines.join('').replace('…', '').length));
    for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(60);
  });

  it('collapses whitespace and returns no lines for empty text', () => {
    expect(fitLines('  Le\n Monde ', 200).lines).toEqual(['Le Monde']);
    expect(fitLines('   ', 100)).toEqual({ lines: [], cut: false });
  });
});

describe('ellipsize', () => {
  it('cuts at a word boundary when that keeps most of the line', () => {
    expect(ellipsize('Associated Regional Newspapers Syndicate', 240)).toBe('Associated Regional Newspapers…');
    expect(textWidth(ellipsize('Associated Regional Newspapers Syndicate', 80))).toBeLessThanOrEqual(80);
  });
});
