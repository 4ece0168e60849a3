import { describe, expect, it } from '@jest/globals';
import { AUDIT_INSTANT, toAuditRange } from './audit-range.js';

describe('toAuditRange', () => {
  it('reads dates as whole UTC days, both ends included', () => {
    expect(toAuditRange('2025-01-01', '2025-01-31')).toEqual({
      range: { from: '2025-01-01T00:00:00Z', to: '2025-01-31T23:59:59.999999Z' },
      problems: [],
    });
  });

  it('keeps a given offset and reads a timestamp without one as UTC', () => {
    expect(toAuditRange('2025-01-01T10:00+03:00', '2025-01-01T12:30:15.123456').range).toEqual({
      from: '2025-01-01T10:00+03:00',
      to: '2025-01-01T12:30:15.123456Z',
    });
  });

  it('leaves an unbounded end open', () => {
    expect(toAuditRange(undefined, '2025-06-30').range).toEqual({
      from: null,
      to: '2025-06-30T23:59:59.999999Z',
    });
    expect(toAuditRange(undefined, undefined).range).toEqual({ from: null, to: null });
  });

  it('accepts one day (from = to) and a single instant', () => {
    expect(toAuditRange('2025-03-01', '2025-03-01').problems).toEqual([]);
    expect(toAuditRange('2025-03-01T10:00:00Z', '2025-03-01T13:00:00+03:00').problems).toEqual([]);
  });

  it('reports a to before from, comparing instants across offsets', () => {
    const problem = [{ path: 'to', code: 'OUT_OF_RANGE', message: 'to must not be before from' }];
    expect(toAuditRange('2025-03-02', '2025-03-01').problems).toEqual(problem);
    // 12:59 at +03:00 is 09:59 UTC, before 10:00 UTC.
    expect(toAuditRange('2025-03-01T10:00:00Z', '2025-03-01T12:59:00+03:00').problems).toEqual(problem);
  });
});

describe('AUDIT_INSTANT', () => {
  it.each<[string, boolean]>([
    ['2025-01-01', true],
    ['2025-01-01T10:00', true],
    ['2025-01-01T10:00:05', true],
    ['2025-01-01T10:00:05.123456Z', true],
    ['2025-01-01T10:00-05:30', true],
    ['2025', false],
    ['2025-01', false],
    ['20250101', false],
    ['2025-W01', false],
    ['2025-001', false],
    ['0999-01-01', false],
    ['2025-01-01T10', false],
    ['2025-01-01 10:00', false],
    ['2025-01-01T10:00+15:00', false],
    ['2025-01-01T10:00:00.1234567Z', false],
    ['dün', false],
  ])('%s is an instant: %s', (text, accepted) => {
    expect(AUDIT_INSTANT.test(text)).toBe(accepted);
  });
});
