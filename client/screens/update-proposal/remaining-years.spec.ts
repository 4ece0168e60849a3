import { describe, expect, it } from '@jest/globals';
import { remainingYears } from './remaining-years.js';

const plan = { startYear: 2025, endYear: 2029 };

describe('remainingYears', () => {
  it('offers every plan year while no period is closed and no update is in force', () => {
    expect(remainingYears(plan, [], [{ status: 'approved', effectiveYear: 2025 }])).toEqual([
      2025, 2026, 2027, 2028, 2029,
    ]);
  });

  it('starts after the last year with a closed period (a closed 30 June counts), and not before the last approved update', () => {
    const periods = [
      { period: '2025', status: 'closed' as const },
      { period: '2026-H1', status: 'closed' as const },
      { period: '2026', status: 'open' as const },
    ];
    expect(remainingYears(plan, periods, [])).toEqual([2027, 2028, 2029]);
    const versions = [
      { status: 'approved' as const, effectiveYear: 2025 },
      { status: 'approved' as const, effectiveYear: 2028 },
      { status: 'rejected' as const, effectiveYear: 2029 },
    ];
    expect(remainingYears(plan, periods, versions)).toEqual([2028, 2029]);
  });

  it('answers no year when the plan is over', () => {
    expect(remainingYears(plan, [{ period: '2029', status: 'closed' }], [])).toEqual([]);
  });
});
