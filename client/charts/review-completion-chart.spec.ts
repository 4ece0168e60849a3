import { describe, expect, it } from '@jest/globals';
import type { AimProgress, IndicatorProgress, TargetProgress } from '../../src/contracts/progress.js';
import { formatNumber } from '../lib/format.js';
import { indicatorProgress, NO_COVERAGE } from '../lib/test-fixtures.js';
import { COMPLETION_COLOURS, toCompletionChartConfig, unitCompletion } from './review-completion-chart.js';

function indicator(code: string, actual: number | null): IndicatorProgress {
  return indicatorProgress({ code, weight: 50, baseline: 0, target: 10, actual });
}

function target(
  responsibleUnit: string | null,
  indicators: IndicatorProgress[],
  notDue: string[] = [],
): TargetProgress {
  return {
    code: 'H',
    title: '',
    responsibleUnit,
    rate: null,
    weightWithData: 0,
    excludedWeightShare: 0,
    coverage: { indicatorsWithData: 0, indicatorsDue: 0, weightShare: null, sufficient: false },
    band: 'none',
    cost: null,
    excluded: notDue.map((code) => ({
      code,
      reason: 'NOT_DUE',
      weight: 50,
      missingPeriods: [],
      message: '',
    })),
    indicators,
  };
}

const progress = (...targets: TargetProgress[]): { aims: AimProgress[] } => ({
  aims: [{ code: 'A1', title: '', rate: null, coverage: NO_COVERAGE, band: 'none', targets }],
});

describe('unitCompletion', () => {
  it('counts expected, entered and missing indicator values per responsible unit', () => {
    const units = unitCompletion(
      progress(
        target('PARK', [indicator('PG1', 5), indicator('PG2', null)]),
        target('ZABITA', [indicator('PG3', 0)]),
        target('PARK', [indicator('PG4', 7)]),
      ),
    );
    expect(units).toEqual([
      { unit: 'PARK', expected: 3, entered: 2, missing: 1, rate: (100 * 2) / 3 },
      // A value of 0 is a value: entered.
      { unit: 'ZABITA', expected: 1, entered: 1, missing: 0, rate: 100 },
    ]);
  });

  it('does not expect what is not due yet, and gives no rate when nothing is expected', () => {
    const [unit] = unitCompletion(progress(target('FEN', [indicator('PG1', null)], ['PG1'])));
    expect(unit).toEqual({ unit: 'FEN', expected: 0, entered: 0, missing: 0, rate: null });
  });
});

describe('toCompletionChartConfig', () => {
  it('stacks entered and missing counts per unit', () => {
    const config = toCompletionChartConfig(
      [
        { unit: 'PARK', expected: 3, entered: 2, missing: 1, rate: 66.7 },
        { unit: null, expected: 1, entered: 0, missing: 1, rate: 0 },
      ],
      {
        enteredLabel: 'Girilen',
        missingLabel: 'Eksik',
        noUnitLabel: 'sorumlu birim yok',
        formatNumber: (value) => formatNumber(value, 'tr'),
      },
    );
    expect(config.data.labels).toEqual(['PARK', 'sorumlu birim yok']);
    expect(config.data.datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
      ['Girilen', [2, 0]],
      ['Eksik', [1, 1]],
    ]);
    expect(config.data.datasets[0].backgroundColor).toBe(COMPLETION_COLOURS.entered);
    expect(config.options?.scales?.x).toMatchObject({ stacked: true, min: 0 });
    expect(config.options?.scales?.y).toMatchObject({ stacked: true });
  });
});
