import { describe, expect, it } from '@jest/globals';
import type { AimProgress, TargetProgress } from '../../src/contracts/progress.js';
import { formatRate } from '../lib/format.js';
import { NO_COVERAGE } from '../lib/test-fixtures.js';
import { STATUS_COLOURS } from './palette.js';
import { toUnitComparisonChartConfig, unitRealisation } from './unit-comparison-chart.js';

function target(code: string, responsibleUnit: string | null, rate: number | null): TargetProgress {
  return {
    code,
    title: `Hedef ${code}`,
    responsibleUnit,
    rate,
    weightWithData: 0,
    excludedWeightShare: 0,
    coverage: { indicatorsWithData: 0, indicatorsDue: 0, weightShare: null, sufficient: false },
    band: 'none',
    cost: null,
    excluded: [],
    indicators: [],
  };
}

const aims = (...targets: TargetProgress[][]): { aims: AimProgress[] } => ({
  aims: targets.map((list, index) => ({
    code: `A${index + 1}`,
    title: '',
    rate: null,
    coverage: NO_COVERAGE,
    band: 'none' as const,
    targets: list,
  })),
});

const options = {
  thresholds: { good: 85, warning: 50 },
  formatRate: (rate: number | null) => formatRate(rate, 'tr'),
  noDataLabel: 'veri yok',
  noUnitLabel: 'sorumlu birim yok',
  targetsLine: () => '',
};

describe('unitRealisation', () => {
  it('averages the rates of the targets each unit is responsible for, across aims, in plan order', () => {
    const units = unitRealisation(
      aims([target('H1.1', 'PARK', 65), target('H1.2', 'ZABITA', 90)], [target('H2.1', 'PARK', 80)]),
      new Map([['PARK', 'Park ve Bahçeler Müdürlüğü']]),
    );
    expect(units.map((unit) => [unit.unit, unit.name, unit.rate, unit.targets.length])).toEqual([
      ['PARK', 'Park ve Bahçeler Müdürlüğü', 72.5, 2],
      ['ZABITA', 'ZABITA', 90, 1],
    ]);
  });

  it('leaves targets without data out of the mean and counts them, never as 0', () => {
    const [park] = unitRealisation(aims([target('H1.1', 'PARK', 60), target('H1.2', 'PARK', null)]));
    expect(park.rate).toBe(60);
    expect(park.targetsWithData).toBe(1);
    expect(park.targets).toHaveLength(2);
  });

  it('gives a unit whose targets have no data at all no rate', () => {
    const [unit] = unitRealisation(aims([target('H1.1', 'FEN', null)]));
    expect(unit.rate).toBeNull();
    expect(unit.targetsWithData).toBe(0);
  });
});

describe('toUnitComparisonChartConfig', () => {
  it('draws one bar per unit, coloured by status, with no bar (and a "veri yok" label) for a unit without data', () => {
    const units = unitRealisation(
      aims([target('H1.1', 'PARK', 40), target('H1.2', 'ZABITA', 95), target('H1.3', 'FEN', null)]),
    );
    const config = toUnitComparisonChartConfig(units, options);
    expect(config.data.labels).toEqual(['PARK', 'ZABITA', 'FEN (veri yok)']);
    expect(config.data.datasets[0].data).toEqual([40, 95, null]);
    expect(config.data.datasets[0].backgroundColor).toEqual([
      STATUS_COLOURS.poor,
      STATUS_COLOURS.good,
      STATUS_COLOURS.none,
    ]);
    expect(config.options?.animation).toBe(false);
  });

  it('names targets without a responsible unit', () => {
    const config = toUnitComparisonChartConfig(unitRealisation(aims([target('H1.1', null, 50)])), options);
    expect(config.data.labels).toEqual(['sorumlu birim yok']);
  });
});
