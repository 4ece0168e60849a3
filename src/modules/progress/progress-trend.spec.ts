import { describe, expect, it } from '@jest/globals';
import type { EngineIndicator, EnginePlan } from './progress-engine.js';
import { computeProgress } from './progress-engine.js';
import { computeTrend, trendPeriods } from './progress-trend.js';
import { formatPeriod } from '../periods/period-keys.js';

/** Trees planted (donemsel, F2) and a level indicator, one target each, in two aims. */
function plan(weights: { trees: number } = { trees: 100 }): EnginePlan {
  const trees: EngineIndicator = {
    code: 'PG1.1.1',
    name: 'Dikilen ağaç',
    weight: weights.trees,
    direction: 'artis',
    valueType: 'donemsel',
    baseline: 0,
    targets: { '2024': 1000, '2025': 2000 },
    monitoringMonths: 6,
    // 2024: 300 by June (30 % of 1000), 900 by December (90 %); 2025: 500 by June (25 % of 2000).
    values: { '2024-H1': { value: 300 }, '2024-H2': { value: 600 }, '2025-H1': { value: 500 } },
  };
  const level: EngineIndicator = {
    code: 'PG2.1.1',
    name: 'Hane oranı',
    weight: 100,
    direction: 'artis',
    valueType: 'duzey',
    baseline: 40,
    targets: { '2024': 50, '2025': 60 },
    monitoringMonths: 12,
    // 2024: 45 → (45 − 40) / (50 − 40) = 50 %.
    values: { '2024': { value: 45 } },
  };
  return {
    startYear: 2024,
    endYear: 2028,
    aims: [
      { code: 'A1', title: 'Yeşil', targets: [{ code: 'H1.1', title: 'Ağaç', indicators: [trees] }] },
      { code: 'A2', title: 'Hane', targets: [{ code: 'H2.1', title: 'Hane', indicators: [level] }] },
    ],
  };
}

describe('trendPeriods', () => {
  it('maps entries to the assessed periods they belong to, in time order, within the plan years', () => {
    const periods = trendPeriods({
      ...plan(),
      aims: [
        {
          code: 'A1',
          title: '',
          targets: [
            {
              code: 'H1.1',
              title: '',
              indicators: [
                {
                  ...plan().aims[0].targets[0].indicators[0],
                  values: {
                    '2026-H2': { value: 1 },
                    '2024-H1': { value: 1 },
                    '2025': { value: 1 },
                    '2031': { value: 1 },
                  },
                },
              ],
            },
          ],
        },
      ],
    });
    expect(periods.map(formatPeriod)).toEqual(['2024-H1', '2025', '2026']);
  });
});

describe('computeTrend', () => {
  it('gives each period the rates GET progress computes for it, plan, aims and targets alike', () => {
    const source = plan();
    const periods = trendPeriods(source);
    expect(periods.map(formatPeriod)).toEqual(['2024-H1', '2024', '2025-H1']);
    const trend = computeTrend(periods, () => source);
    expect(trend.periods).toEqual(['2024-H1', '2024', '2025-H1']);
    expect(trend.aims.map((aim) => aim.targets[0].points.map((point) => point.rate))).toEqual([
      [30, 90, 25],
      // The yearly indicator is not due at 30 June: no rate then.
      [null, 50, null],
    ]);
    // Plan: mean of the aims with a rate: 30; (90 + 50) / 2 = 70; 25.
    expect(trend.plan.points.map((point) => point.rate)).toEqual([30, 70, 25]);
    for (const [index, period] of periods.entries()) {
      const progress = computeProgress(source, period);
      expect(trend.plan.points[index]).toEqual({
        period: formatPeriod(period),
        rate: progress.rate,
        coverage: progress.coverage,
        band: progress.band,
      });
    }
    // 2024-H1: H1.1 has data, H2.1 nothing due: the plan rests on 1 of 1 due indicators.
    expect(trend.plan.points[0].coverage).toMatchObject({ indicatorsWithData: 1, indicatorsDue: 1 });
    expect(trend.plan.points[1].coverage).toMatchObject({ indicatorsWithData: 2, indicatorsDue: 2 });
  });

  it('reads each year as the plan was in force then', () => {
    const years: number[] = [];
    computeTrend(trendPeriods(plan()), (year) => {
      years.push(year);
      return plan();
    });
    // One plan per assessed year, not per period.
    expect(years).toEqual([2024, 2025]);
  });

  it('answers no periods for a plan without values', () => {
    const empty = plan();
    for (const aim of empty.aims)
      for (const target of aim.targets) for (const indicator of target.indicators) indicator.values = {};
    const trend = computeTrend(trendPeriods(empty), () => empty);
    expect(trend.periods).toEqual([]);
    expect(trend.plan.points).toEqual([]);
    expect(trend.aims.map((aim) => aim.code)).toEqual([]);
  });
});
