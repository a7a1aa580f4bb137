import { describe, expect, it } from 'vitest';
import { scoreLoadedGold } from './loaded-wording-gold.js';

describe('loaded wording against the six-style gold (tests/fixtures/loaded-wording-gold)', () => {
  it('finds the loaded terms with precision >= 0.80, recall >= 0.70 and the right voice >= 0.95', () => {
    const s = scoreLoadedGold();
    const report = JSON.stringify({ precision: s.precision, recall: s.recall, voice: s.voice, falsePositives: s.falsePositives, misses: s.misses, wrongVoice: s.wrongVoice }, null, 1);
    expect(s.precision, report).toBeGreaterThanOrEqual(0.8);
    expect(s.recall, report).toBeGreaterThanOrEqual(0.7);
    expect(s.voice, report).toBeGreaterThanOrEqual(0.95);
  });
});
