import { describe, expect, it } from '@jest/globals';
import type { MeasureResponse } from '../../contracts/activity-report.js';
import type { IndicatorProgress, ProgressResponse, TargetProgress } from '../../contracts/progress.js';
import {
  approvedMeasures,
  basisLine,
  coverageText,
  deviationOf,
  performanceTable,
  sideOf,
} from './activity-report-table.js';
import {
  evaluationProblems,
  evaluationTargets,
  MEASURE_STEPS,
  mergedTexts,
} from './activity-report-rules.js';

const coverage = (withData: number, due: number, share: number | null) => ({
  indicatorsWithData: withData,
  indicatorsDue: due,
  weightShare: share,
  sufficient: share !== null && share >= 50,
});

function indicator(code: string, fields: Partial<IndicatorProgress>): IndicatorProgress {
  return {
    code,
    name: `Gösterge ${code}`,
    weight: 50,
    direction: 'artis',
    valueType: 'duzey',
    unit: 'adet',
    method: 'F1',
    formula: 'F1',
    baseline: 0,
    target: 10,
    targetBasis: 'year-end',
    actual: 10,
    actualPeriods: [],
    rate: 100,
    rateUsed: 100,
    effectiveWeight: 50,
    finalTarget: 10,
    planProgress: 100,
    ...fields,
  };
}

/*
 * A year by hand: H1.1 (unit PARK) with PG1 (A 0, B 10, C 12: GO 120, deviation +2 with a reason),
 * PG2 (B 0.3, C 0.1: deviation −0.2 without a reason) and PG3 (no data). The figures are the
 * engine's as given; the table only places them and derives C − B.
 */
const target: TargetProgress = {
  code: 'H1.1',
  title: 'Hedef',
  responsibleUnit: 'PARK',
  rate: 80,
  weightWithData: 70,
  excludedWeightShare: 30,
  coverage: coverage(2, 3, 70),
  band: 'warning',
  cost: null,
  excluded: [
    { code: 'PG3', reason: 'NO_DATA', weight: 30, missingPeriods: ['2025-H2'], message: 'veri girilmedi' },
  ],
  indicators: [
    indicator('PG1', { actual: 12, rate: 120 }),
    indicator('PG2', { baseline: 0.5, target: 0.3, actual: 0.1, rate: 200, unit: '%' }),
    indicator('PG3', { actual: null, rate: null, rateUsed: null }),
  ],
};
const progress = {
  planId: 'plan',
  basis: 'approved',
  period: '2025',
  year: 2025,
  rate: 80,
  coverage: coverage(2, 3, 70),
  band: 'warning',
  settings: { statusThresholds: { good: 85, warning: 50 } },
  explanation: { tr: [], en: [] },
  aims: [
    { code: 'A1', title: 'Amaç', rate: 80, coverage: coverage(2, 3, 70), band: 'warning', targets: [target] },
  ],
} as unknown as ProgressResponse & { planId: string };

const measure = (status: MeasureResponse['status']): MeasureResponse => ({
  target: 'H1.1',
  year: 2025,
  measures: 'Önlem',
  status,
  returnComment: null,
  enteredBy: null,
  submittedBy: null,
  submittedAt: null,
  approvedBy: null,
  approvedAt: null,
  version: 1,
});

describe('the Performans Sonuçları Tablosu', () => {
  it('derives the deviation C − B exactly, and its side; none without C or B', () => {
    expect(deviationOf(12, 10)).toBe(2);
    expect(deviationOf(0.1, 0.3)).toBe(-0.2);
    expect(deviationOf(0.3, 0.1 + 0.2)).toBe(0);
    expect(deviationOf(null, 10)).toBeNull();
    expect(deviationOf(5, null)).toBeNull();
    expect([sideOf(2), sideOf(-0.2), sideOf(0), sideOf(null)]).toEqual(['above', 'below', 'none', null]);
  });

  it('places the engine’s figures as given, with reasons, exclusions, unit names, PH and measures', () => {
    const table = performanceTable(progress, {
      dataSources: new Map([['PG1', 'Park kayıtları']]),
      deviationReasons: new Map([['PG1', 'Bağış ile iki park eklendi']]),
      unitNames: new Map([['PARK', 'Park ve Bahçeler Müdürlüğü']]),
      programmeTargets: new Map([['H1.1', 'PH1']]),
      measures: new Map([['H1.1', measure('submitted')]]),
    });
    expect(table).toMatchObject({ year: 2025, period: '2025', basis: 'approved', rate: 80, deviations: 2 });
    expect(table.deviationsWithoutReason).toBe(1);
    expect(table.thresholds).toEqual({ good: 85, warning: 50 });
    const [row] = table.targets;
    expect(row).toMatchObject({
      aim: { code: 'A1', title: 'Amaç' },
      programmeTarget: 'PH1',
      responsibleUnit: { code: 'PARK', name: 'Park ve Bahçeler Müdürlüğü' },
      rate: 80,
    });
    expect(
      row.indicators.map((item) => [
        item.code,
        item.actual,
        item.rate,
        item.deviation,
        item.side,
        item.deviationReason,
        item.reasonMissing,
        item.excluded,
        item.dataSource,
      ]),
    ).toEqual([
      ['PG1', 12, 120, 2, 'above', 'Bağış ile iki park eklendi', false, null, 'Park kayıtları'],
      ['PG2', 0.1, 200, -0.2, 'below', null, true, null, null],
      ['PG3', null, null, null, null, null, false, 'NO_DATA', null],
    ]);
  });

  it('prints approved measures only, and says period, basis and coverage', () => {
    expect(approvedMeasures(measure('approved'))).toBe('Önlem');
    expect(approvedMeasures(measure('submitted'))).toBeNull();
    expect(approvedMeasures(null)).toBeNull();
    expect(coverageText(coverage(2, 3, 70))).toBe('2/3 gösterge, ağırlık kapsamı %70,0');
    expect(coverageText(coverage(0, 0, null))).toBe('değerlendirilecek gösterge yok');
    const table = performanceTable(progress, {
      dataSources: new Map(),
      deviationReasons: new Map(),
      unitNames: new Map(),
      programmeTargets: new Map(),
      measures: new Map(),
    });
    expect(basisLine(table)).toBe(
      'Dönem: 2025 yıl sonu (değerlendirme) · Dayanak: onaylı değerler · Kapsam: 2/3 gösterge, ağırlık kapsamı %70,0',
    );
    expect(evaluationTargets(table)).toEqual([
      {
        code: 'H1.1',
        title: 'Hedef',
        deviations: [
          { indicator: 'PG1', deviation: 2, reason: null },
          { indicator: 'PG2', deviation: -0.2, reason: null },
        ],
        measures: null,
        measuresStatus: null,
      },
    ]);
  });
});

describe('the activity report’s write rules', () => {
  it('measures move through the value workflow’s states', () => {
    expect(MEASURE_STEPS).toEqual({
      write: { from: ['draft', 'returned'], to: 'draft' },
      submit: { from: ['draft', 'returned'], to: 'submitted' },
      approve: { from: ['submitted'], to: 'approved' },
      return: { from: ['submitted'], to: 'returned' },
    });
  });

  it('names each unknown or repeated indicator of an evaluation', () => {
    const problems = evaluationProblems(
      { indicators: [{ indicator: 'PG1' }, { indicator: 'PG9' }, { indicator: 'PG1' }] },
      new Set(['PG1', 'PG2']),
      'tr',
    );
    expect(problems.map((problem) => [problem.path, problem.code])).toEqual([
      ['indicators[1].indicator', 'EVALUATION_INDICATOR'],
      ['indicators[2].indicator', 'EVALUATION_INDICATOR'],
    ]);
    expect(problems[0].message).toContain('PG9');
    expect(evaluationProblems({}, new Set(), 'tr')).toEqual([]);
  });

  it('keeps a text left out, clears one sent null or blank, replaces one sent', () => {
    const stored = { relevance: 'a', effectiveness: 'b', efficiency: 'c', sustainability: 'd', impact: null };
    expect(mergedTexts(stored, { relevance: null, effectiveness: '  ', impact: 'e' })).toEqual({
      relevance: null,
      effectiveness: null,
      efficiency: 'c',
      sustainability: 'd',
      impact: 'e',
    });
    expect(mergedTexts(null, { efficiency: 'x' })).toEqual({
      relevance: null,
      effectiveness: null,
      efficiency: 'x',
      sustainability: null,
      impact: null,
    });
  });
});
