import { describe, expect, it } from 'vitest';
import { CORPUS, FIXTURES, allFiles, expectExactOffsets, expectNothingLost, loadFile, renormalize } from './helpers.js';

// The same guarantees on the seeds and on our own non-seed fixtures.
const inputs = [...allFiles(CORPUS).map((f) => [CORPUS, f] as const), ...allFiles(FIXTURES).map((f) => [FIXTURES, f] as const)];

describe.each(inputs)('normalize invariants: %s%s', (dir, file) => {
  const a = loadFile(dir, file);

  it('maps every paragraph and random spans of text exactly back to raw', () => {
    expectExactOffsets(a);
  });

  it('keeps every removed piece verbatim and loses nothing', () => {
    expectNothingLost(a);
  });

  it('is idempotent: normalizing the text again changes nothing and removes nothing', () => {
    const again = renormalize(a);
    expect(again.text).toBe(a.text);
    expect(again.paragraphs).toEqual(a.paragraphs);
    expect(again.removed).toEqual([]);
    expect(again.citations.filter((c) => c.kind === 'footnote')).toEqual([]);
  });

  it('is deterministic: the same input gives byte-identical JSON', () => {
    expect(JSON.stringify(loadFile(dir, file))).toBe(JSON.stringify(a));
  });

  it('keeps paragraphs separated by exactly one blank line, with no odd whitespace', () => {
    expect(a.text).not.toMatch(/\n{3,}|^\s|\s$|[\t\u00a0\u2000-\u200b\u202f\u3000]| {2}|\r/);
    expect(a.text.split('\n\n').length).toBe(a.paragraphs.length);
    expect(a.text).toBe(a.text.normalize('NFC'));
  });
});

describe('the invariant checks themselves', () => {
  it('catch a shifted offset map and a removed item whose text does not match raw', () => {
    const a = loadFile(CORPUS, allFiles(CORPUS)[1]);
    const shifted = { ...a, offsetMap: a.offsetMap.map(([t, r, l]) => [t, r + 1, l] as [number, number, number]) };
    expect(() => expectExactOffsets(shifted)).toThrow();
    const tampered = { ...a, removed: [{ ...a.removed[0], text: a.removed[0].text + 'x' }, ...a.removed.slice(1)] };
    expect(() => expectNothingLost(tampered)).toThrow();
  });
});
