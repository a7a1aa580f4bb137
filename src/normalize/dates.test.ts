import { describe, expect, it } from 'vitest';
import { parseDate } from './dates.js';

describe('parseDate', () => {
  it('reads the shapes news pages print', () => {
    expect(parseDate('2025-02-24')).toBe('2025-02-24');
    expect(parseDate('2025-02-24T10:15:00Z')).toBe('2025-02-24T10:15:00Z');
    expect(parseDate('2025-02-24 10:15+0200')).toBe('2025-02-24T10:15:00+02:00');
    expect(parseDate('24 February 2025')).toBe('2025-02-24');
    expect(parseDate('February 24, 2025')).toBe('2025-02-24');
    expect(parseDate('Feb. 24, 2025')).toBe('2025-02-24');
    expect(parseDate('Monday, 24th Feb 2025')).toBe('2025-02-24');
    expect(parseDate('24.02.2025')).toBe('2025-02-24');
    expect(parseDate('2025/2/24')).toBe('2025-02-24');
  });
  it('rejects what is not a calendar date', () => {
    expect(parseDate('2025-02-30')).toBeNull();
    expect(parseDate('31 April 2025')).toBeNull();
    expect(parseDate('May 9')).toBeNull();
    expect(parseDate('40 times')).toBeNull();
    expect(parseDate('2022')).toBeNull();
  });
});
