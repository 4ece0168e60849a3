import { describe, expect, it } from '@jest/globals';
import { defaultPeriod } from './default-period.js';

describe('the default period of a plan', () => {
  it('opens on the latest closed period with approved values, not on a newer open one', () => {
    // The D1 case: 2023-H1 is open with one unapproved value; 2022 is closed with approved data.
    expect(
      defaultPeriod({
        periods: [
          { period: '2022-H1', closed: true },
          { period: '2022', closed: true },
          { period: '2023-H1', closed: false },
        ],
        approvedEntryPeriods: ['2022-H1', '2022-H2'],
      }),
    ).toBe('2022');
  });

  it('passes over a closed period without data when an earlier closed one has some', () => {
    expect(
      defaultPeriod({
        periods: [
          { period: '2022', closed: true },
          { period: '2023-H1', closed: true },
        ],
        approvedEntryPeriods: ['2022-H2', '2022'],
      }),
    ).toBe('2022');
  });

  it('falls back to the latest period with approved values when none is closed', () => {
    expect(
      defaultPeriod({
        periods: [
          { period: '2025-H1', closed: false },
          { period: '2025', closed: false },
        ],
        approvedEntryPeriods: ['2025-H1'],
      }),
    ).toBe('2025-H1');
    // Approved values of a period never opened (a historical import) count too.
    expect(defaultPeriod({ periods: [], approvedEntryPeriods: ['2024-H2', '2023'] })).toBe('2024');
  });

  it('falls back to the latest closed period, then to none', () => {
    expect(
      defaultPeriod({
        periods: [
          { period: '2025-H1', closed: true },
          { period: '2025', closed: false },
        ],
        approvedEntryPeriods: [],
      }),
    ).toBe('2025-H1');
    expect(
      defaultPeriod({ periods: [{ period: '2025', closed: false }], approvedEntryPeriods: [] }),
    ).toBeNull();
  });

  it('orders H1 before its year: a year-end closed after its June', () => {
    expect(
      defaultPeriod({
        periods: [
          { period: '2024', closed: true },
          { period: '2024-H1', closed: true },
        ],
        approvedEntryPeriods: ['2024-H1', '2024-H2'],
      }),
    ).toBe('2024');
  });
});
