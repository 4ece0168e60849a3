import { describe, expect, it } from '@jest/globals';
import { istanbulDate, istanbulYear } from './clock.js';

describe('the Istanbul clock', () => {
  it('gives the Istanbul date, which runs three hours ahead of UTC', () => {
    expect(istanbulDate(new Date('2026-06-30T20:59:59Z'))).toBe('2026-06-30');
    expect(istanbulDate(new Date('2026-06-30T21:00:00Z'))).toBe('2026-07-01');
  });

  it('turns the year at Istanbul midnight, not at UTC midnight', () => {
    expect(istanbulYear(new Date('2025-12-31T20:59:00Z'))).toBe(2025);
    expect(istanbulYear(new Date('2025-12-31T21:00:00Z'))).toBe(2026);
  });
});
