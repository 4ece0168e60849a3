import { describe, expect, it } from '@jest/globals';
import { defaultPeriod } from './default-period.js';

/** The default period of a plan with these periods ('2022-H1 closed', '2023 open'), in the order given. */
function defaultOf(periods: string[], approvedEntryPeriods: string[]): string | null {
  return defaultPeriod({
    periods: periods.map((text) => {
      const [period, state] = text.split(' ');
      return { period, closed: state === 'closed' };
    }),
    approvedEntryPeriods,
  });
}

describe('the default period of a plan', () => {
  it('opens on the latest closed period with approved values, not on a newer open one', () => {
    // The D1 case: 2023-H1 is open with one unapproved value; 2022 is closed with approved data.
    const periods = ['2022-H1 closed', '2022 closed', '2023-H1 open'];
    expect(defaultOf(periods, ['2022-H1', '2022-H2'])).toBe('2022');
  });

  it('passes over a closed period without data when an earlier closed one has some', () => {
    expect(defaultOf(['2022 closed', '2023-H1 closed'], ['2022-H2', '2022'])).toBe('2022');
  });

  it('falls back to the latest period with approved values when none is closed', () => {
    expect(defaultOf(['2025-H1 open', '2025 open'], ['2025-H1'])).toBe('2025-H1');
    // Approved values of a period never opened (a historical import) count too.
    expect(defaultOf([], ['2024-H2', '2023'])).toBe('2024');
  });

  it('falls back to the latest closed period, then to none', () => {
    expect(defaultOf(['2025-H1 closed', '2025 open'], [])).toBe('2025-H1');
    expect(defaultOf(['2025 open'], [])).toBeNull();
  });

  it('orders H1 before its year: a year-end closed after its June', () => {
    expect(defaultOf(['2024 closed', '2024-H1 closed'], ['2024-H1', '2024-H2'])).toBe('2024');
  });
});
