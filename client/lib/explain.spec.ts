import { describe, expect, it } from '@jest/globals';
import type {
  IndicatorProgress,
  ProgressResponse,
  ProgressSettings,
  TargetProgress,
} from '../../src/contracts/progress.js';
import { explainAim, explainIndicator, explainPlan, explainTarget } from './explain.js';
import { indicatorProgress, NO_COVERAGE } from './test-fixtures.js';

// Target H1.1 of the worked example (domain.md 4.4) at 2025: raw rates 75 / 150 / −50, clamped to 75 / 100 / 0.
const indicator = (
  fields: Partial<IndicatorProgress> & Pick<IndicatorProgress, 'code' | 'weight'>,
): IndicatorProgress => indicatorProgress({ formula: 'F1', actualPeriods: ['2025-H2'], ...fields });

/** PG1.1.1 of the worked example, the park area: weight 40, A = 100000, B(2025) = 120000. */
const parkArea = (fields: Partial<IndicatorProgress>): IndicatorProgress =>
  indicator({ code: 'PG1.1.1', weight: 40, baseline: 100000, target: 120000, ...fields });

const h11: TargetProgress = {
  code: 'H1.1',
  title: 'Yeşil alanları artırmak',
  responsibleUnit: 'PARK',
  rate: 65,
  weightWithData: 100,
  excludedWeightShare: 0,
  coverage: { indicatorsWithData: 3, indicatorsDue: 3, weightShare: 100, sufficient: true },
  band: 'warning',
  cost: 1000000,
  excluded: [],
  indicators: [
    parkArea({
      actual: 115000,
      rate: 75,
      rateUsed: 75,
      effectiveWeight: 40,
      finalTarget: 200000,
      planProgress: 15,
    }),
    indicator({
      code: 'PG1.1.2',
      weight: 35,
      direction: 'azalis',
      baseline: 10,
      target: 8,
      actual: 7,
      rate: 150,
      rateUsed: 100,
      effectiveWeight: 35,
    }),
    indicator({
      code: 'PG1.1.3',
      weight: 25,
      baseline: 50,
      target: 60,
      actual: 45,
      rate: -50,
      rateUsed: 0,
      effectiveWeight: 25,
    }),
  ],
};

// The same target at mid-year: only PG1.1.1 has an H1 value.
const h11MidYear: TargetProgress = {
  ...h11,
  rate: 40,
  weightWithData: 40,
  excludedWeightShare: 60,
  excluded: [
    {
      code: 'PG1.1.2',
      reason: 'NO_DATA',
      weight: 35,
      missingPeriods: ['2025-H1'],
      message: 'veri girilmedi: 2025-H1',
    },
    {
      code: 'PG1.1.3',
      reason: 'NO_DATA',
      weight: 25,
      missingPeriods: ['2025-H1'],
      message: 'veri girilmedi: 2025-H1',
    },
  ],
  indicators: [
    parkArea({
      actual: 108000,
      actualPeriods: ['2025-H1'],
      rate: 40,
      rateUsed: 40,
      effectiveWeight: 100,
    }),
    indicator({ code: 'PG1.1.2', weight: 35, actualPeriods: [] }),
    indicator({ code: 'PG1.1.3', weight: 25, actualPeriods: [] }),
  ],
};

const settings: ProgressSettings = {
  clampTargetRates: true,
  aimAggregation: 'mean',
  minCoverage: 50,
  statusThresholds: { good: 85, warning: 50 },
  midYearBands: { onTrack: 40, behind: 20 },
};

describe('how a figure is computed', () => {
  it('writes an F1 rate with its inputs A, B and C in Turkish number format', () => {
    const calculation = explainIndicator(h11.indicators[0], h11, settings, 'tr');
    expect(calculation.computation).toBe('(115.000 − 100.000) / (120.000 − 100.000) × 100 = %75');
    expect(calculation.formula).toContain('(C − A) / (B − A)');
    expect(calculation.notes).toContain('Plan dönemi sonu hedefine (200.000) göre ilerleme: %15.');
  });

  it('says when a rate entered the target clamped', () => {
    const calculation = explainIndicator(h11.indicators[1], h11, settings, 'en');
    expect(calculation.notes.join(' ')).toContain(
      'Raw rate 150%; as the plan settings require, it entered the target clamped to 0–100 as 100%.',
    );
  });

  it('writes the weighted mean of a target with each weight and rate used', () => {
    expect(explainTarget(h11, 'tr').computation).toBe('(40 × 75 + 35 × 100 + 25 × 0) / 100 = %65');
  });

  it('lists indicators left out for missing data, with their weight and period, and the renormalisation', () => {
    const calculation = explainTarget(h11MidYear, 'tr');
    expect(calculation.computation).toBe('(40 × 40) / 40 = %40');
    expect(calculation.notes).toEqual([
      'PG1.1.2: veri yok — eksik dönem: 2025-H1; ağırlığı 35 hesaba katılmadı.',
      'PG1.1.3: veri yok — eksik dönem: 2025-H1; ağırlığı 25 hesaba katılmadı.',
      'Ağırlığın %60 kadarı hesap dışı kaldı; kalan göstergelerin ağırlıkları 100’e ölçeklendi.',
    ]);
    const left = explainIndicator(h11MidYear.indicators[1], h11MidYear, settings, 'en');
    expect(left.computation).toBeNull();
    expect(left.notes).toEqual(['no data — missing period: 2025-H1; its weight 35 was left out.']);
    expect(explainIndicator(h11MidYear.indicators[0], h11MidYear, settings, 'tr').notes).toContain(
      'Ağırlık 40; eksik veriler nedeniyle hesapta 100 olarak ölçeklendi (toplam 100).',
    );
  });

  it('averages an aim over targets with data and names the ones left out', () => {
    const empty: TargetProgress = { ...h11, code: 'H1.2', rate: null, indicators: [], excluded: [] };
    const aim = {
      code: 'A1',
      title: 'Kent',
      rate: 65,
      coverage: NO_COVERAGE,
      band: 'none' as const,
      targets: [h11, empty],
    };
    const calculation = explainAim(aim, settings, 'tr');
    expect(calculation.computation).toBe('(65) / 1 = %65');
    expect(calculation.notes).toEqual(['H1.2: veri yok, ortalamaya katılmadı.']);
    const costWeighted = explainAim(
      { ...aim, rate: 75, targets: [h11, { ...h11, code: 'H1.2', rate: 95, cost: 500000 }] },
      { ...settings, aimAggregation: 'cost-weighted' },
      'tr',
    );
    expect(costWeighted.computation).toBe('(1.000.000 × 65 + 500.000 × 95) / 1.500.000 = %75');
  });

  it('gives the plan rate with the API’s own rule lines in the chosen language', () => {
    const progress: ProgressResponse = {
      period: '2025',
      year: 2025,
      rate: 77.5,
      coverage: NO_COVERAGE,
      band: 'none',
      settings,
      explanation: { tr: ['Kural tr'], en: ['Rule en'] },
      aims: [
        { code: 'A1', title: 'Kent', rate: 77.5, coverage: NO_COVERAGE, band: 'none', targets: [h11] },
        { code: 'A2', title: 'Ulaşım', rate: null, coverage: NO_COVERAGE, band: 'none', targets: [] },
      ],
    };
    const calculation = explainPlan(progress, 'en');
    expect(calculation.computation).toBe('(77.5) / 1 = 77.5%');
    expect(calculation.notes).toEqual(['A2: no data, left out of the mean.', 'Rule en']);
  });
});
