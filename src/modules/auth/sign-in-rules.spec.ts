import { describe, expect, it } from '@jest/globals';
import {
  addressWaitSeconds,
  locksOnFailure,
  mayCheckPassword,
  normalizeEmail,
  progressiveDelayMs,
  retryAfterSeconds,
  SIGN_IN_RULES,
} from './sign-in-rules.js';

describe('sign-in rules', () => {
  it('checks the password of the first five reservations of an address only, and locks on the fifth failure', () => {
    const checked = Array.from({ length: 30 }, (_, index) => index + 1).filter((reservation) =>
      mayCheckPassword(reservation),
    );
    expect(checked).toEqual([1, 2, 3, 4, 5]);
    expect([1, 2, 3, 4, 5, 6].filter((reservation) => locksOnFailure(reservation))).toEqual([5]);
  });

  it('lets attempts on an account wait from its tenth failure on: 1 s, doubling, at most 30 s', () => {
    expect([0, 5, 9].map((failures) => progressiveDelayMs(failures))).toEqual([0, 0, 0]);
    expect([10, 11, 12, 13, 14, 15].map((failures) => progressiveDelayMs(failures))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000,
    ]);
    expect(progressiveDelayMs(1_000_000)).toBe(30_000);
  });

  it('follows other numbers when given (tests use a short delay)', () => {
    const rules = { ...SIGN_IN_RULES, delayBaseMs: 10, delayCapMs: 35 };
    expect([9, 10, 11, 12].map((failures) => progressiveDelayMs(failures, rules))).toEqual([0, 10, 20, 35]);
  });

  it('asks to retry when the lock ends, or after a whole lock while the fifth attempt is still checked', () => {
    const now = new Date('2026-01-01T10:00:00Z');
    expect(retryAfterSeconds(new Date('2026-01-01T10:14:00.200Z'), now)).toBe(841);
    expect(retryAfterSeconds(new Date('2026-01-01T10:00:00Z'), now)).toBe(1);
    expect(retryAfterSeconds(null, now)).toBe(900);
  });

  it('counts an e-mail trimmed and in lower case', () => {
    expect(normalizeEmail('  Ayse@Belediye.GOV.tr ')).toBe('ayse@belediye.gov.tr');
  });

  it('lets an address make 50 attempts in its minute, then waits until the window ends', () => {
    const started = new Date('2026-06-30T10:00:00Z');
    const at = (seconds: number) => new Date(started.getTime() + seconds * 1000);
    expect(addressWaitSeconds(1, started, at(0))).toBe(0);
    expect(addressWaitSeconds(50, started, at(59))).toBe(0);
    expect(addressWaitSeconds(51, started, at(10))).toBe(50);
    expect(addressWaitSeconds(51, started, at(59.5))).toBe(1);
    // Clocks of the app and the database a little apart: never a wait of 0 for a refused attempt.
    expect(addressWaitSeconds(51, started, at(61))).toBe(1);
  });
});
