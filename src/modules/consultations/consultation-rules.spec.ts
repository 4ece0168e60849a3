import { describe, expect, it } from '@jest/globals';
import { istanbulDate } from '../../common/clock.js';
import {
  addressKey,
  cleanText,
  consultationPhase,
  datesInOrder,
  DEFAULT_COMMENT_RATE_LIMIT,
  duplicateKey,
  rateLimitDecision,
  subjectProblem,
  type PhaseInput,
} from './consultation-rules.js';

const OPENED = new Date('2026-01-02T09:00:00Z');
const january: PhaseInput = {
  openedAt: OPENED,
  closedAt: null,
  opensOn: '2026-01-05',
  closesOn: '2026-01-30',
};

describe('the phase of a consultation', () => {
  it.each([
    ['2026-01-04', 'scheduled'],
    ['2026-01-05', 'open'],
    ['2026-01-30', 'open'],
    ['2026-01-31', 'closed'],
  ])('opened, on %s it is %s (both dates count whole)', (today, phase) => {
    expect(consultationPhase(january, today)).toBe(phase);
  });

  it('is a draft until a planner opens it, whatever the dates say', () => {
    expect(consultationPhase({ ...january, openedAt: null }, '2026-01-10')).toBe('draft');
  });

  it('is closed once a planner closed it, before its last day', () => {
    expect(consultationPhase({ ...january, closedAt: new Date('2026-01-10T08:00:00Z') }, '2026-01-10')).toBe(
      'closed',
    );
  });

  it('closes at midnight in Istanbul, not in UTC: 30 January 23:30 Istanbul is still open', () => {
    // 20:30 UTC is 23:30 in Istanbul on the last day; 21:00 UTC is already 31 January there.
    expect(consultationPhase(january, istanbulDate(new Date('2026-01-30T20:30:00Z')))).toBe('open');
    expect(consultationPhase(january, istanbulDate(new Date('2026-01-30T21:00:00Z')))).toBe('closed');
  });

  it('opens at midnight in Istanbul: 4 January 21:30 UTC is already the first day', () => {
    expect(consultationPhase(january, istanbulDate(new Date('2026-01-04T21:30:00Z')))).toBe('open');
  });
});

describe('the dates of a consultation', () => {
  it.each([
    ['2026-01-05', '2026-01-30', true],
    ['2026-01-05', '2026-01-05', true],
    ['2026-01-05', '2026-01-04', false],
  ])('from %s to %s is in order: %s', (opensOn, closesOn, ok) => {
    expect(datesInOrder(opensOn, closesOn)).toBe(ok);
  });
});

describe('what a comment may be about', () => {
  const plan = {
    aims: [{ code: 'A1' }, { code: 'A2' }],
    targets: [
      { code: 'H1.1', aimCode: 'A1' },
      { code: 'H2.1', aimCode: 'A2' },
    ],
  };

  it.each([
    ['plan', null, 'H2.1', null],
    ['plan', null, 'A1', null],
    ['plan', null, 'H9.9', 'unknown'],
    ['aims', null, 'A2', null],
    ['aims', null, 'H1.1', 'out-of-scope'],
    ['aim-targets', 'A1', 'H1.1', null],
    ['aim-targets', 'A1', 'A1', null],
    ['aim-targets', 'A1', 'H2.1', 'out-of-scope'],
    ['mission-vision', null, 'A1', 'out-of-scope'],
  ] as const)('in scope %s (aim %s), %s → %s', (scope, aimCode, code, problem) => {
    expect(subjectProblem(scope, aimCode, code, plan)).toBe(problem);
  });
});

describe('the per-address rate limit', () => {
  const rule = DEFAULT_COMMENT_RATE_LIMIT;
  const now = new Date('2026-01-10T12:00:00Z');
  const minutesAgo = (minutes: number): Date => new Date(now.getTime() - minutes * 60_000);

  it('takes five comments in ten minutes', () => {
    expect(rule).toEqual({ limit: 5, windowMs: 600_000 });
    expect(rateLimitDecision([1, 2, 3, 4].map(minutesAgo), now, rule)).toEqual({ allowed: true });
  });

  it('refuses the sixth until the oldest of the five leaves the window', () => {
    const recent = [9, 7, 5, 3, 1].map(minutesAgo);
    expect(rateLimitDecision(recent, now, rule)).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it('forgets comments older than the window (a sliding window, not a fixed one)', () => {
    const recent = [10, 12, 3, 2, 1].map(minutesAgo);
    expect(rateLimitDecision(recent, now, rule)).toEqual({ allowed: true });
  });

  it('asks for at least one second, rounded up', () => {
    const recent = [new Date(now.getTime() - 600_000 + 200), ...[4, 3, 2, 1].map(minutesAgo)];
    expect(rateLimitDecision(recent, now, rule)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('follows the setting', () => {
    const strict = { limit: 1, windowMs: 60_000 };
    expect(rateLimitDecision([minutesAgo(0.5)], now, strict)).toEqual({
      allowed: false,
      retryAfterSeconds: 30,
    });
  });
});

describe('the text of a comment', () => {
  it('is kept as text: tags and links stay as typed, control characters go, the ends are trimmed', () => {
    expect(cleanText('  <b>Park</b> https://örnek.tr\r\nyeter\u0000\u0007 \t')).toBe(
      '<b>Park</b> https://örnek.tr\nyeter',
    );
  });

  it('is a duplicate whatever its case (Turkish casing), spacing or composition', () => {
    const key = duplicateKey('İlçemize yeni bir PARK yapılsın');
    expect(duplicateKey('  ilçemize   yeni bir park\nyapılsın ')).toBe(key);
    expect(duplicateKey('İlçemize yeni bir park yapılmasın')).not.toBe(key);
  });

  it('keeps no address: a digest, the same for the same address', () => {
    expect(addressKey('10.0.0.1')).toBe(addressKey('10.0.0.1'));
    expect(addressKey('10.0.0.1')).not.toContain('10.0.0.1');
    expect(addressKey('10.0.0.1')).not.toBe(addressKey('10.0.0.2'));
  });
});
