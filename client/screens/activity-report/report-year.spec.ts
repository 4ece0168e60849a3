import { describe, expect, it } from '@jest/globals';
import { reportYear } from './report-year.js';

const marmara = { startYear: 2008, endYear: 2012 };

describe('reportYear', () => {
  it('takes ?year= when it is a plan year', () => {
    expect(reportYear(marmara, '2010', [2008], '2026-12-06')).toBe(2010);
  });

  it('ignores a ?year= outside the plan or not a year', () => {
    expect(reportYear(marmara, '2013', [2008], '2026-12-06')).toBe(2008);
    expect(reportYear(marmara, 'abc', [], '2026-12-06')).toBe(2012);
    expect(reportYear(marmara, '', [], '2026-12-06')).toBe(2012);
  });

  it('opens at the last ended year with a performance programme', () => {
    // Marmara's plan ran 2008–2012, its one programme is 2008's: the report with figures is 2008's.
    expect(reportYear(marmara, null, [2008], '2026-12-06')).toBe(2008);
    expect(reportYear({ startYear: 2020, endYear: 2024 }, null, [2022, 2024], '2026-12-06')).toBe(2024);
  });

  it('passes over a programme of a year not yet ended', () => {
    const current = { startYear: 2025, endYear: 2029 };
    expect(reportYear(current, null, [2025, 2026, 2027], '2026-12-06')).toBe(2025);
  });

  it('falls back to the last ended plan year, within the plan', () => {
    expect(reportYear({ startYear: 2025, endYear: 2029 }, null, [], '2026-12-06')).toBe(2025);
    expect(reportYear({ startYear: 2027, endYear: 2031 }, null, [], '2026-12-06')).toBe(2027);
    expect(reportYear(marmara, null, [], '2026-12-06')).toBe(2012);
  });
});
