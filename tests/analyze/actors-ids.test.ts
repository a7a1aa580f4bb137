/** Ids and comparison keys: the cross-article contract the comparison layer relies on. */
import { describe, expect, it } from 'vitest';
import { actorId, labelKey, slug } from '../../src/analyze/actors/index.js';
import { defaultLexicons } from '../../src/lexicons/index.js';

describe('actor ids', () => {
  it('slug folds case, accents and letters NFKD keeps', () => {
    expect(slug('Vladimir Putin')).toBe('vladimir-putin');
    expect(slug('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
    expect(slug('Radosław Sikorski')).toBe('radoslaw-sikorski');
    expect(slug('Chung Chih-tung')).toBe('chung-chih-tung');
    expect(slug("Vladimir Putin's office")).toBe('vladimir-putin-s-office');
    expect(actorId('place', 'United States')).toBe('place:united-states');
  });
});

describe('label keys', () => {
  const key = (s: string) => labelKey(s, defaultLexicons.labels);
  it('unify U.S./US/American and U.K./UK, drop possessives, read ex- as former', () => {
    expect(key('former U.S. President')).toBe('former us president');
    expect(key('US President')).toBe(key('U.S. President'));
    expect(key('U.K. Prime Minister')).toBe('uk prime minister');
    expect(key("China's top diplomat")).toBe('china top diplomat');
    expect(key('ex-President')).toBe('former president');
    expect(key('Russian dictator')).toBe('russian dictator');
  });
});
