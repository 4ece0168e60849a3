import { describe, expect, it } from '@jest/globals';
import {
  completionRate,
  deviationCheck,
  formatDecimalInput,
  isYearEndEntry,
  matchesFilter,
  parseDecimal,
  sumCounts,
  toEntryFilter,
  type DeviationInput,
} from './entry-rules.js';

describe('parseDecimal', () => {
  it('reads Turkish numbers with a decimal comma and dot groups', () => {
    expect(parseDecimal('130000', 'tr')).toEqual({ kind: 'number', value: 130000 });
    expect(parseDecimal('130.000', 'tr')).toEqual({ kind: 'number', value: 130000 });
    expect(parseDecimal('1.234,5', 'tr')).toEqual({ kind: 'number', value: 1234.5 });
    expect(parseDecimal(' 7,25 ', 'tr')).toEqual({ kind: 'number', value: 7.25 });
    expect(parseDecimal('-3,5', 'tr')).toEqual({ kind: 'number', value: -3.5 });
    expect(parseDecimal('−3,5', 'tr')).toEqual({ kind: 'number', value: -3.5 });
    expect(parseDecimal('0', 'tr')).toEqual({ kind: 'number', value: 0 });
  });

  it('reads English numbers with a decimal point and comma groups', () => {
    expect(parseDecimal('1,234.5', 'en')).toEqual({ kind: 'number', value: 1234.5 });
    expect(parseDecimal('1234.5', 'en')).toEqual({ kind: 'number', value: 1234.5 });
  });

  it('refuses what could be read two ways or is no number at all, rather than guess', () => {
    // "12.5" in Turkish is neither a group of three nor a decimal comma: 125 or 12,5?
    expect(parseDecimal('12.5', 'tr')).toEqual({ kind: 'invalid' });
    expect(parseDecimal('12,5', 'en')).toEqual({ kind: 'invalid' });
    expect(parseDecimal('1.23.4', 'tr')).toEqual({ kind: 'invalid' });
    expect(parseDecimal('abc', 'tr')).toEqual({ kind: 'invalid' });
    expect(parseDecimal('12a', 'tr')).toEqual({ kind: 'invalid' });
    expect(parseDecimal('1e5', 'en')).toEqual({ kind: 'invalid' });
    expect(parseDecimal('=1+1', 'tr')).toEqual({ kind: 'invalid' });
  });

  it('takes a blank field as no entry, never as 0', () => {
    expect(parseDecimal('', 'tr')).toEqual({ kind: 'empty' });
    expect(parseDecimal('   ', 'en')).toEqual({ kind: 'empty' });
  });
});

describe('formatDecimalInput', () => {
  it('writes a stored number back exactly, so saving again never changes it', () => {
    expect(formatDecimalInput(1234.5, 'tr')).toBe('1234,5');
    expect(formatDecimalInput(0.1, 'tr')).toBe('0,1');
    expect(formatDecimalInput(1234.5, 'en')).toBe('1234.5');
    expect(formatDecimalInput(null, 'tr')).toBe('');
    for (const value of [130000, 0.1, 7.25, -3.5, 123456.789])
      expect(parseDecimal(formatDecimalInput(value, 'tr'), 'tr')).toEqual({ kind: 'number', value });
  });
});

describe('isYearEndEntry', () => {
  it('is the second half for 6-monthly indicators and the year for 12-monthly ones', () => {
    expect(isYearEndEntry('2026-H2', 6)).toBe(true);
    expect(isYearEndEntry('2026-H1', 6)).toBe(false);
    expect(isYearEndEntry('2026', 12)).toBe(true);
    expect(isYearEndEntry('2026-H2', 12)).toBe(false);
  });
});

describe('deviationCheck (DEVIATION_REASON)', () => {
  // PG1.1.1 of the worked example (domain.md 4.4): A = 100000, B 2026 = 140000.
  const park: DeviationInput['indicator'] = {
    baseline: 100000,
    valueType: 'duzey',
    monitoringMonths: 6,
    targets: { '2025': 120000, '2026': 140000 },
  };
  const input = (fields: Partial<DeviationInput>): DeviationInput => ({
    period: '2026-H2',
    value: 130000,
    indicator: park,
    startYear: 2025,
    entries: {},
    ...fields,
  });

  it('asks for a reason when a year-end level differs from the target, by any amount', () => {
    expect(deviationCheck(input({}))).toEqual({ needed: true, actual: 130000, target: 140000 });
    expect(deviationCheck(input({ value: 139999.99 }))).toMatchObject({ needed: true });
    expect(deviationCheck(input({ value: 140001 }))).toMatchObject({ needed: true });
  });

  it('asks for none when C equals B, at mid-year, before a number is typed, or without a target', () => {
    expect(deviationCheck(input({ value: 140000 }))).toEqual({ needed: false });
    expect(deviationCheck(input({ period: '2026-H1' }))).toEqual({ needed: false });
    expect(deviationCheck(input({ value: null }))).toEqual({ needed: false });
    expect(deviationCheck(input({ period: '2027-H2' }))).toEqual({ needed: false });
  });

  it('sums a per-year flow over the year, and asks nothing while its first half is missing', () => {
    const events = { ...park, valueType: 'donemsel' as const, targets: { '2026': 10 } };
    expect(deviationCheck(input({ indicator: events, value: 4, entries: {} }))).toEqual({ needed: false });
    expect(deviationCheck(input({ indicator: events, value: 4, entries: { '2026-H1': 6 } }))).toEqual({
      needed: false,
    });
    expect(deviationCheck(input({ indicator: events, value: 3, entries: { '2026-H1': 6 } }))).toEqual({
      needed: true,
      actual: 9,
      target: 10,
    });
  });

  it('adds a cumulative indicator to its baseline from the plan start, without binary drift', () => {
    const trees = { ...park, valueType: 'kumulatif' as const, baseline: 0.1, targets: { '2026': 0.6 } };
    const entries = { '2025-H1': 0.1, '2025-H2': 0.1, '2026-H1': 0.1 };
    // 0.1 + 0.1 + 0.1 + 0.1 + 0.2 is 0.6 exactly, not 0.6000000000000001.
    expect(deviationCheck(input({ indicator: trees, value: 0.2, entries }))).toEqual({ needed: false });
    expect(deviationCheck(input({ indicator: trees, value: 0.3, entries }))).toEqual({
      needed: true,
      actual: 0.7,
      target: 0.6,
    });
    expect(
      deviationCheck(input({ indicator: trees, value: 0.3, entries: { '2025-H1': 0.1, '2026-H1': 0.1 } })),
    ).toEqual({ needed: false });
    expect(deviationCheck(input({ indicator: { ...trees, baseline: null }, value: 0.3, entries }))).toEqual({
      needed: false,
    });
  });

  it('reads the yearly entry of a 12-monthly indicator', () => {
    const yearly = { ...park, monitoringMonths: 12 as const, targets: { '2026': 70 } };
    expect(deviationCheck(input({ indicator: yearly, period: '2026', value: 65 }))).toEqual({
      needed: true,
      actual: 65,
      target: 70,
    });
    expect(deviationCheck(input({ indicator: yearly, period: '2026', value: 70 }))).toEqual({
      needed: false,
    });
  });
});

describe('worklist filters and counts', () => {
  it('filters by what is owed, late or in a given state', () => {
    expect(matchesFilter({ state: 'returned', late: false }, 'owed')).toBe(true);
    expect(matchesFilter({ state: 'submitted', late: false }, 'owed')).toBe(false);
    expect(matchesFilter({ state: 'missing', late: true }, 'late')).toBe(true);
    expect(matchesFilter({ state: 'approved', late: false }, 'approved')).toBe(true);
    expect(matchesFilter({ state: 'draft', late: false }, 'all')).toBe(true);
    expect(toEntryFilter('late')).toBe('late');
    expect(toEntryFilter('nonsense')).toBe('all');
    expect(toEntryFilter(null)).toBe('all');
  });

  it('adds units up and reports completion as handed in over expected, null when nothing is expected', () => {
    const unit = (name: string, submitted: number, approved: number, missing: number) => ({
      unit: name,
      expected: submitted + approved + missing,
      missing,
      draft: 0,
      returned: 0,
      submitted,
      approved,
      late: 0,
    });
    const total = sumCounts([unit('PARK', 1, 1, 2), unit('ZABITA', 0, 1, 0)]);
    expect(total).toEqual({
      expected: 5,
      missing: 2,
      draft: 0,
      returned: 0,
      submitted: 1,
      approved: 2,
      late: 0,
    });
    expect(completionRate(total)).toBe(60);
    expect(completionRate(sumCounts([]))).toBeNull();
  });
});
