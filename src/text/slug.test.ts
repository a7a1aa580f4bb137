import { describe, expect, it } from 'vitest';
import { slug } from './slug.js';

describe('slug', () => {
  it('folds case, Latin accents and the Latin letters NFKD keeps', () => {
    expect(slug('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
    expect(slug('Radosław Sikorski')).toBe('radoslaw-sikorski');
    expect(slug('Dagbladet Børsen')).toBe('dagbladet-borsen');
    expect(slug('Straße')).toBe('strasse');
  });

  it('keeps other scripts whole, their combining marks included', () => {
    expect(slug('新华社')).toBe('新华社');
    expect(slug('Зеленский')).toBe('зеленский');
    expect(slug('हिन्दी समाचार')).toBe('हिन्दी-समाचार');
  });

  it('turns every other run into one hyphen and trims them', () => {
    expect(slug("  Vladimir Putin's office — Moscow ")).toBe('vladimir-putin-s-office-moscow');
    expect(slug('***')).toBe('');
  });

  it('writes & as "and" only when asked (outlet ids)', () => {
    expect(slug('Marks & Spencer')).toBe('marks-spencer');
    expect(slug('Marks & Spencer', { ampersand: true })).toBe('marks-and-spencer');
  });
});
