import { afterEach, describe, expect, it } from '@jest/globals';
import { clockNow, istanbulDate, istanbulYear, resetClock, setClock } from './clock.js';

describe('the Istanbul clock', () => {
  afterEach(() => resetClock());

  it('gives the Istanbul date, which runs three hours ahead of UTC', () => {
    expect(istanbulDate(new Date('2026-06-30T20:59:59Z'))).toBe('2026-06-30');
    expect(istanbulDate(new Date('2026-06-30T21:00:00Z'))).toBe('2026-07-01');
  });

  it.each([
    ['2026-03-14T21:00:00Z', '2026-03-15'],
    ['2026-03-14T22:30:00Z', '2026-03-15'],
    ['2026-03-14T23:59:59Z', '2026-03-15'],
    ['2026-03-15T00:00:00Z', '2026-03-15'],
    ['2026-03-15T20:59:59Z', '2026-03-15'],
    ['2026-03-14T20:59:59Z', '2026-03-14'],
  ])('from 21:00 to 23:59 UTC it is already the next day in Istanbul (%s → %s)', (instant, day) => {
    expect(istanbulDate(new Date(instant))).toBe(day);
  });

  it('turns the year at Istanbul midnight, not at UTC midnight', () => {
    expect(istanbulYear(new Date('2025-12-31T20:59:00Z'))).toBe(2025);
    expect(istanbulYear(new Date('2025-12-31T21:00:00Z'))).toBe(2026);
  });

  it('turns February into March of a leap year at Istanbul midnight', () => {
    expect(istanbulDate(new Date('2028-02-28T21:00:00Z'))).toBe('2028-02-29');
    expect(istanbulDate(new Date('2028-02-29T21:00:00Z'))).toBe('2028-03-01');
  });

  it('answers today from a clock a test fixed, and the system clock again after the reset', () => {
    setClock('2026-12-31T21:30:00Z');
    expect(istanbulDate()).toBe('2027-01-01');
    expect(istanbulYear()).toBe(2027);
    expect(clockNow().toISOString()).toBe('2026-12-31T21:30:00.000Z');
    resetClock();
    const system = Date.now();
    expect(Math.abs(clockNow().getTime() - system)).toBeLessThan(5000);
  });

  it('follows a moving clock function and refuses a date that is no instant', () => {
    let instant = new Date('2026-06-30T20:59:59Z');
    setClock(() => instant);
    expect(istanbulDate()).toBe('2026-06-30');
    instant = new Date('2026-06-30T21:00:00Z');
    expect(istanbulDate()).toBe('2026-07-01');
    expect(() => setClock('not a date')).toThrow(RangeError);
  });

  it('gives a copy of the fixed instant, so a caller cannot move the clock', () => {
    setClock('2026-01-01T00:00:00Z');
    clockNow().setUTCFullYear(1999);
    expect(clockNow().getUTCFullYear()).toBe(2026);
  });
});
