import { describe, expect, it } from '@jest/globals';
import {
  allEntryPeriodsIn,
  assessmentEndDate,
  assessmentPeriodOf,
  compareAssessmentPeriods,
  entryPeriodsIn,
  periodDates,
} from './assessment-periods.js';

describe('assessment periods', () => {
  it('puts H1 entries in the 30 June izleme and H2 or yearly entries in the year-end değerlendirme', () => {
    expect(assessmentPeriodOf('2025-H1')).toBe('2025-H1');
    expect(assessmentPeriodOf('2025-H2')).toBe('2025');
    expect(assessmentPeriodOf('2025')).toBe('2025');
    expect(assessmentPeriodOf('2025-H3')).toBeNull();
  });

  it('expects no entry of a 12-monthly indicator at 30 June', () => {
    expect(entryPeriodsIn({ year: 2025, half: 1 }, 6)).toEqual(['2025-H1']);
    expect(entryPeriodsIn({ year: 2025, half: 1 }, 12)).toEqual([]);
    expect(entryPeriodsIn({ year: 2025, half: null }, 6)).toEqual(['2025-H2']);
    expect(entryPeriodsIn({ year: 2025, half: null }, 12)).toEqual(['2025']);
    expect(allEntryPeriodsIn({ year: 2025, half: 1 })).toEqual(['2025-H1']);
    expect(allEntryPeriodsIn({ year: 2025, half: null })).toEqual(['2025-H2', '2025']);
  });

  it('ends H1 on 30 June and the year on 31 December', () => {
    expect(assessmentEndDate({ year: 2026, half: 1 })).toBe('2026-06-30');
    expect(assessmentEndDate({ year: 2026, half: null })).toBe('2026-12-31');
  });

  it('sorts periods in time order, the half year before its year', () => {
    expect(['2026', '2025', '2026-H1', '2025-H1'].sort(compareAssessmentPeriods)).toEqual([
      '2025-H1',
      '2025',
      '2026-H1',
      '2026',
    ]);
  });

  it('puts the entry deadline 15 and the approval deadline 30 days after the period ends by default', () => {
    expect(periodDates({ year: 2025, half: 1 }, null)).toEqual({
      endDate: '2025-06-30',
      entryDeadline: '2025-07-15',
      approvalDeadline: '2025-07-30',
    });
    expect(periodDates({ year: 2025, half: null }, {})).toEqual({
      endDate: '2025-12-31',
      entryDeadline: '2026-01-15',
      approvalDeadline: '2026-01-30',
    });
  });

  it('takes the deadlines from the plan settings, the approval never before the entries', () => {
    expect(
      periodDates({ year: 2027, half: null }, { entryDeadlineDays: 0, approvalDeadlineDays: 60 }),
    ).toEqual({
      endDate: '2027-12-31',
      entryDeadline: '2027-12-31',
      approvalDeadline: '2028-02-29',
    });
    expect(periodDates({ year: 2026, half: 1 }, { entryDeadlineDays: 40 }).approvalDeadline).toBe(
      '2026-08-09',
    );
  });
});
