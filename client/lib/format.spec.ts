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
  it.each<[string, number | null | undefined, 'tr' | 'en', string]>([
    ['writes numbers with Turkish separators: 1.234,5', 1234.5, 'tr', '1.234,5'],
    ['rounds numbers to two decimals', 1234567.891, 'tr', '1.234.567,89'],
    ['writes numbers with English separators in English', 1234.5, 'en', '1,234.5'],
    ['writes a negative number', -50, 'tr', '-50'],
    ['shows a missing number as "veri yok"', null, 'tr', 'veri yok'],
    ['shows a number that is not one as "no data"', Number.NaN, 'en', 'no data'],
    ['writes 0 as 0, not as missing', 0, 'tr', '0'],
  ])('%s', (_case, value, lang, text) => {
    expect(formatNumber(value, lang)).toBe(text);
  });

  it.each<[string, number | null | undefined, 'tr' | 'en', string]>([
    ['shows a missing rate as "veri yok"', null, 'tr', 'veri yok'],
    ['shows an undefined rate as "no data"', undefined, 'en', 'no data'],
    ['writes a rate of 0 as %0, not as missing', 0, 'tr', '%0'],
    ['writes the percent sign before the rate in Turkish', 65, 'tr', '%65'],
    ['writes rates with one decimal', 77.55, 'tr', '%77,6'],
    ['writes the percent sign after the rate in English', 150, 'en', '150%'],
    ['writes a negative rate', -50, 'tr', '-%50'],
  ])('%s', (_case, value, lang, text) => {
    expect(formatRate(value, lang)).toBe(text);
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
