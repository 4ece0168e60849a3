import { describe, expect, it } from '@jest/globals';
import { addMonths, monthRange, monthWeeks, onDay, shownState } from './month-grid.js';

describe('calendar month grid', () => {
  it('starts weeks on Monday: December 2026 begins on a Tuesday and fills five weeks', () => {
    const weeks = monthWeeks('2026-12');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([
      null,
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(weeks[4]).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', null, null, null]);
  });

  it('knows February of a leap year and moves across years', () => {
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
  });

  it('places an event spanning days on each of its days', () => {
    const event = { date: '2026-09-01', endDate: '2026-10-31' };
    expect([onDay(event, '2026-08-31'), onDay(event, '2026-09-15'), onDay(event, '2026-10-31')]).toEqual([
      false,
      true,
      true,
    ]);
  });

  it.each([
    ['upcoming', '2026-12-12', 'due'],
    ['upcoming', '2026-12-13', 'upcoming'],
    ['late', '2026-11-01', 'late'],
    ['done', '2026-12-06', 'done'],
  ] as const)('colours an event %s on %s as %s on 5 December 2026', (state, date, shown) => {
    expect(shownState({ state, date, endDate: null }, '2026-12-05')).toBe(shown);
  });
});
