import { describe, expect, it } from '@jest/globals';
import { dueEntryPeriods, isEntryPeriod, parseAssessedPeriod, parsePeriod } from './period-keys.js';

describe('periods', () => {
  it('parses half-year and year periods and rejects anything else', () => {
    expect(parsePeriod('2025-H1')).toEqual({ year: 2025, half: 1 });
    expect(parsePeriod('2025')).toEqual({ year: 2025, half: null });
    expect(parsePeriod('2025-H3')).toBeNull();
    expect(parsePeriod('25')).toBeNull();
  });

  it('accepts only entry periods that fit the monitoring frequency and the plan years', () => {
    expect(isEntryPeriod('2025-H1', 6, 2025, 2029)).toBe(true);
    expect(isEntryPeriod('2025', 6, 2025, 2029)).toBe(false);
    expect(isEntryPeriod('2025', 12, 2025, 2029)).toBe(true);
    expect(isEntryPeriod('2025-H2', 12, 2025, 2029)).toBe(false);
    expect(isEntryPeriod('2030-H1', 6, 2025, 2029)).toBe(false);
  });

  it('assesses only YYYY-H1 and YYYY inside the plan', () => {
    expect(parseAssessedPeriod('2025-H2', 2025, 2029)).toBeNull();
    expect(parseAssessedPeriod('2024', 2025, 2029)).toBeNull();
    expect(parseAssessedPeriod('2026-H1', 2025, 2029)).toEqual({ year: 2026, half: 1 });
  });

  it('lists the entry periods due by the end of an assessed period', () => {
    expect(dueEntryPeriods({ year: 2026, half: 1 }, 6, 2025)).toEqual(['2025-H1', '2025-H2', '2026-H1']);
    expect(dueEntryPeriods({ year: 2026, half: 1 }, 12, 2025)).toEqual(['2025']);
    expect(dueEntryPeriods({ year: 2026, half: null }, 12, 2025)).toEqual(['2025', '2026']);
  });
});
