import { describe, expect, it } from '@jest/globals';
import {
  assessedPeriods,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPeriod,
  formatRate,
} from './format.js';

describe('formatting for tr-TR and English', () => {
  it('writes numbers with Turkish separators: 1.234,5', () => {
    expect(formatNumber(1234.5, 'tr')).toBe('1.234,5');
    expect(formatNumber(1234567.891, 'tr')).toBe('1.234.567,89');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(-50, 'tr')).toBe('-50');
  });

  it('shows a missing figure as "veri yok" / "no data", never as 0', () => {
    expect(formatNumber(null, 'tr')).toBe('veri yok');
    expect(formatRate(null, 'tr')).toBe('veri yok');
    expect(formatRate(undefined, 'en')).toBe('no data');
    expect(formatNumber(Number.NaN, 'en')).toBe('no data');
    expect(formatNumber(0, 'tr')).toBe('0');
    expect(formatRate(0, 'tr')).toBe('%0');
  });

  it('writes rates with the percent sign where each language puts it, one decimal', () => {
    expect(formatRate(65, 'tr')).toBe('%65');
    expect(formatRate(77.55, 'tr')).toBe('%77,6');
    expect(formatRate(150, 'en')).toBe('150%');
    expect(formatRate(-50, 'tr')).toBe('-%50');
  });

  it('writes dates as 23.11.2026 (tr) and 23/11/2026 (en) without a time zone shift', () => {
    expect(formatDate('2026-11-23', 'tr')).toBe('23.11.2026');
    expect(formatDate('2026-11-23', 'en')).toBe('23/11/2026');
    expect(formatDate(null, 'tr')).toBe('veri yok');
    expect(formatDateTime('2026-11-23T21:30:00Z', 'tr', 'Europe/Istanbul')).toBe('24.11.2026 00:30');
  });

  it('names assessed periods and lists a plan’s periods in time order', () => {
    expect(formatPeriod('2025-H1', 'tr')).toBe('2025 ara dönem (Ocak–Haziran)');
    expect(formatPeriod('2025', 'en')).toBe('2025 year end');
    expect(assessedPeriods(2025, 2026)).toEqual(['2025-H1', '2025', '2026-H1', '2026']);
  });
});
