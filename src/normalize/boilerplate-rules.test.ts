import { describe, expect, it } from 'vitest';
import { compileBoilerplate, defaultBoilerplateData, mergeBoilerplate } from './boilerplate-rules.js';
import { normalize } from './normalize.js';

describe('boilerplate rules as data', () => {
  it('every default rule has a stable id, a kind and a pattern that compiles', () => {
    const rules = compileBoilerplate(defaultBoilerplateData);
    const ids = defaultBoilerplateData.lineRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['view-counter', 'share', 'updated-stamp', 'media-player', 'photo-credit-agency', 'section-label']));
    expect(rules.wireAgencies[0].length).toBeGreaterThanOrEqual(rules.wireAgencies[rules.wireAgencies.length - 1].length);
  });

  it('a user file extends the rules and its rule ids show up in removed', () => {
    const data = mergeBoilerplate(
      defaultBoilerplateData,
      { lineRules: [{ id: 'my-newsletter', kind: 'other', pattern: '^Get our morning briefing\\b.*$' }], wireAgencies: ['Notimex'] },
      'my-rules.json',
    );
    const a = normalize('Body one, she said.\n\nGet our morning briefing in your inbox\n\nMore body, citing Notimex.', {
      inferTitle: false,
      boilerplate: compileBoilerplate(data),
    });
    expect(a.text).toBe('Body one, she said.\n\nMore body, citing Notimex.');
    expect(a.removed.map((r) => r.rule)).toEqual(['my-newsletter']);
    expect(a.citations.map((c) => c.text)).toEqual(['Notimex']);
  });

  it('a bad pattern in a user file is an INVALID_LEXICON error naming the file', () => {
    expect(() => mergeBoilerplate(defaultBoilerplateData, { lineRules: [{ id: 'bad', kind: 'other', pattern: '(' }] }, 'bad.json')).toThrow(
      expect.objectContaining({ code: 'INVALID_LEXICON', file: 'bad.json' }),
    );
  });
});
