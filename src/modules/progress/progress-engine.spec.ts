import { describe, expect, it } from '@jest/globals';
import type { PlanDoc } from '../../contracts/plan-document.js';
import type { ProgressResponse, TargetProgress } from '../../contracts/progress.js';
import {
  aimRate,
  computePlanRate,
  computeProgress,
  indicatorRate,
  planProgress,
  rateUsedInRollUp,
  round6,
  type EngineAim,
  type EngineIndicator,
  type EnginePlan,
  type EngineTarget,
} from './progress-engine.js';
import type { Period } from '../periods/period-keys.js';

const YEAR_2025: Period = { year: 2025, half: null };
const JUNE_2025: Period = { year: 2025, half: 1 };
const YEAR_2026: Period = { year: 2026, half: null };
const JUNE_2026: Period = { year: 2026, half: 1 };

/** The three indicators of domain.md 4.4, all duzey / F1 / 6-monthly. */
function parkArea(): EngineIndicator {
  return {
    code: 'PG1.1.1',
    name: 'Park alanı',
    unit: 'm²',
    weight: 40,
    direction: 'artis',
    valueType: 'duzey',
    method: 'F1',
    baseline: 100000,
    targets: { '2025': 120000, '2026': 140000, '2029': 200000 },
    monitoringMonths: 6,
    values: { '2025-H1': { value: 108000 }, '2025-H2': { value: 115000 }, '2026-H2': { value: 130000 } },
  };
}

function complaintDays(): EngineIndicator {
  return {
    code: 'PG1.1.2',
    name: 'Şikâyet çözüm süresi',
    unit: 'gün',
    weight: 35,
    direction: 'azalis',
    valueType: 'duzey',
    method: 'F1',
    baseline: 10,
    targets: { '2025': 8 },
    monitoringMonths: 6,
    values: { '2025-H2': { value: 7 } },
  };
}

function trainings(): EngineIndicator {
  return {
    code: 'PG1.1.3',
    name: 'Eğitim sayısı',
    weight: 25,
    direction: 'artis',
    valueType: 'duzey',
    method: 'F1',
    baseline: 50,
    targets: { '2025': 60 },
    monitoringMonths: 6,
    values: { '2025-H2': { value: 45 } },
  };
}

function target(
  code: string,
  indicators: EngineIndicator[],
  extra: Partial<EngineTarget> = {},
): EngineTarget {
  return { code, title: `Hedef ${code}`, indicators, ...extra };
}

function aim(code: string, targets: EngineTarget[]): EngineAim {
  return { code, title: `Amaç ${code}`, targets };
}

function plan(aims: EngineAim[], settings: EnginePlan['settings'] = {}): EnginePlan {
  return { startYear: 2025, endYear: 2029, settings, aims };
}

/** A plan with one aim and one target made of the given indicators. */
function singleTargetPlan(indicators: EngineIndicator[], settings: EnginePlan['settings'] = {}): EnginePlan {
  return plan([aim('A1', [target('H1.1', indicators)])], settings);
}

/** An indicator of one target, weight 100, with overrides for the case at hand. */
function lone(overrides: Partial<EngineIndicator>): EngineIndicator {
  return {
    code: 'PG1',
    name: 'Gösterge',
    weight: 100,
    direction: 'artis',
    valueType: 'duzey',
    baseline: 0,
    targets: {},
    values: {},
    ...overrides,
  };
}

/** An indicator whose F2 rate (C / B with B = 100) is exactly `rate`. */
function rateOf(rate: number, code = 'PG1'): EngineIndicator {
  return lone({ code, method: 'F2', targets: { '2025': 100 }, values: { '2025-H2': { value: rate } } });
}

function firstTarget(response: ProgressResponse): TargetProgress {
  return response.aims[0].targets[0];
}

function indicatorOf(response: ProgressResponse, code = 'PG1') {
  const found = firstTarget(response).indicators.find((indicator) => indicator.code === code);
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
}

describe('progress engine: worked example of domain.md 4.4', () => {
  const example = (settings: EnginePlan['settings'] = {}) =>
    singleTargetPlan([parkArea(), complaintDays(), trainings()], settings);

  it('gives 75 / 150 / −50 raw and 75 / 100 / 0 clamped, HG 65 for year 2025', () => {
    const response = computeProgress(example(), YEAR_2025);
    const h11 = firstTarget(response);
    expect(h11.indicators.map((i) => [i.code, i.formula, i.rate, i.rateUsed])).toEqual([
      ['PG1.1.1', 'F1', 75, 75],
      ['PG1.1.2', 'F1', 150, 100],
      ['PG1.1.3', 'F1', -50, 0],
    ]);
    expect(h11.indicators.map((i) => i.effectiveWeight)).toEqual([40, 35, 25]);
    expect(h11.rate).toBe(65);
    expect(h11.weightWithData).toBe(100);
    expect(h11.excludedWeightShare).toBe(0);
    expect(h11.excluded).toEqual([]);
    expect(response.aims[0].rate).toBe(65);
    expect(response.rate).toBe(65);
    expect(response).toMatchObject({
      period: '2025',
      year: 2025,
      settings: { clampTargetRates: true, aimAggregation: 'mean' },
    });
  });

  it('reports A, B, C and the entry periods C is made of', () => {
    const park = indicatorOf(computeProgress(example(), YEAR_2025), 'PG1.1.1');
    expect(park).toMatchObject({
      baseline: 100000,
      target: 120000,
      actual: 115000,
      actualPeriods: ['2025-H2'],
      method: 'F1',
      unit: 'm²',
      finalTarget: 200000,
      planProgress: 15,
    });
  });

  it('gives HG 70 with clamping off', () => {
    const response = computeProgress(example({ clampTargetRates: false }), YEAR_2025);
    expect(firstTarget(response).rate).toBe(70);
    expect(indicatorOf(response, 'PG1.1.2').rateUsed).toBe(150);
    expect(indicatorOf(response, 'PG1.1.3').rateUsed).toBe(-50);
    expect(response.settings.clampTargetRates).toBe(false);
  });

  it('gives 40 at the 30 June monitoring against the year-end target', () => {
    const park = indicatorOf(computeProgress(example(), JUNE_2025), 'PG1.1.1');
    expect(park).toMatchObject({ actual: 108000, target: 120000, actualPeriods: ['2025-H1'], rate: 40 });
  });

  it('gives 75 for 2026 and 30 of the way to the 2029 target of 200000', () => {
    const park = indicatorOf(computeProgress(singleTargetPlan([parkArea()]), YEAR_2026), 'PG1.1.1');
    expect(park).toMatchObject({
      target: 140000,
      actual: 130000,
      rate: 75,
      finalTarget: 200000,
      planProgress: 30,
    });
  });

  it('averages targets of 65 and 90 into an aim of 77.5', () => {
    const response = computeProgress(
      plan([
        aim('A1', [target('H1.1', [parkArea(), complaintDays(), trainings()]), target('H1.2', [rateOf(90)])]),
      ]),
      YEAR_2025,
    );
    expect(response.aims[0].targets.map((t) => t.rate)).toEqual([65, 90]);
    expect(response.aims[0].rate).toBe(77.5);
    expect(response.rate).toBe(77.5);
  });

  it('accepts a PlanDoc as it is', () => {
    const doc: PlanDoc = {
      title: 'Stratejik Plan 2025–2029',
      startYear: 2025,
      endYear: 2029,
      aims: [
        {
          code: 'A1',
          title: 'Yaşanabilir kent',
          targets: [
            {
              code: 'H1.1',
              title: 'Yeşil alan',
              responsibleUnit: 'Park ve Bahçeler Müdürlüğü',
              costEstimate: { '2025': 1000000 },
              indicators: [
                {
                  code: 'PG1.1.1',
                  name: 'Park alanı',
                  unit: 'm²',
                  weight: 100,
                  direction: 'artis',
                  valueType: 'duzey',
                  baseline: 100000,
                  targets: { '2025': 120000 },
                  values: { '2025-H2': { value: 115000, note: 'ölçüm' } },
                },
              ],
            },
          ],
        },
      ],
    };
    const response = computeProgress(doc, YEAR_2025);
    expect(firstTarget(response)).toMatchObject({
      rate: 75,
      responsibleUnit: 'Park ve Bahçeler Müdürlüğü',
      cost: 1000000,
    });
  });
});

describe('progress engine: missing data', () => {
  it('leaves an indicator without C out with NO_DATA and renormalises the other weights', () => {
    const park = { ...parkArea(), values: { '2025-H1': { value: 108000 } } };
    const h11 = firstTarget(
      computeProgress(singleTargetPlan([park, complaintDays(), trainings()]), YEAR_2025),
    );
    expect(h11.excluded).toEqual([
      {
        code: 'PG1.1.1',
        reason: 'NO_DATA',
        weight: 40,
        missingPeriods: ['2025-H2'],
        message: 'veri girilmedi: 2025 ikinci yarı',
      },
    ]);
    // Never counted as 0: (35 × 100 + 25 × 0) / 60, not / 100.
    expect(h11.rate).toBeCloseTo(58.333333, 6);
    expect(h11.weightWithData).toBe(60);
    expect(h11.excludedWeightShare).toBe(40);
    expect(h11.indicators.map((i) => i.effectiveWeight)).toEqual([null, 58.333333, 41.666667]);
    expect(h11.indicators[0]).toMatchObject({ rate: null, rateUsed: null, formula: null, actual: null });
  });

  it('gives a target with no data a null rate that the aim and plan ignore', () => {
    const empty = { ...parkArea(), values: {} };
    const response = computeProgress(
      plan([
        aim('A1', [target('H1.1', [empty]), target('H1.2', [rateOf(90)])]),
        aim('A2', [target('H2.1', [])]),
      ]),
      YEAR_2025,
    );
    expect(response.aims[0].targets[0]).toMatchObject({
      rate: null,
      weightWithData: 0,
      excludedWeightShare: 100,
    });
    expect(response.aims[0].rate).toBe(90);
    expect(response.aims[1].rate).toBeNull();
    expect(response.rate).toBe(90);
  });

  it('gives the plan a null rate when nothing has data', () => {
    const response = computeProgress(singleTargetPlan([{ ...parkArea(), values: {} }]), YEAR_2025);
    expect(response.aims[0].rate).toBeNull();
    expect(response.rate).toBeNull();
  });

  it('leaves an F1 indicator without a baseline out with NO_BASELINE but still shows C', () => {
    const response = computeProgress(singleTargetPlan([{ ...parkArea(), baseline: null }]), YEAR_2025);
    expect(firstTarget(response).excluded[0]).toMatchObject({
      reason: 'NO_BASELINE',
      message: 'başlangıç değeri yok',
    });
    expect(indicatorOf(response, 'PG1.1.1')).toMatchObject({
      actual: 115000,
      rate: null,
      planProgress: null,
    });
  });

  it('leaves an indicator out with NO_TARGET when the year has no target', () => {
    const noTarget = { ...parkArea(), targets: { '2025': 120000, '2029': 200000 } };
    const response = computeProgress(singleTargetPlan([noTarget]), YEAR_2026);
    expect(firstTarget(response).excluded).toEqual([
      {
        code: 'PG1.1.1',
        reason: 'NO_TARGET',
        weight: 40,
        missingPeriods: [],
        message: '2026 yılı için hedef yok',
      },
    ]);
    expect(indicatorOf(response, 'PG1.1.1')).toMatchObject({ target: null, actual: 130000, rate: null });
    expect(firstTarget(response).rate).toBeNull();
  });
});

describe('progress engine: keep-level indicators (B = A)', () => {
  const keep = (direction: EngineIndicator['direction'], actual: number) =>
    lone({ direction, baseline: 50, targets: { '2025': 50 }, values: { '2025-H2': { value: actual } } });

  it('uses C / B for artis and counts at most 100 even with clamping off', () => {
    const response = computeProgress(
      singleTargetPlan([keep('artis', 60)], { clampTargetRates: false }),
      YEAR_2025,
    );
    expect(indicatorOf(response)).toMatchObject({ formula: 'KEEP_LEVEL', rate: 120, rateUsed: 100 });
    expect(firstTarget(response).rate).toBe(100);
    expect(response.explanation.en.some((line) => line.includes('B = A'))).toBe(true);
  });

  it('uses B / C for azalis', () => {
    const better = computeProgress(
      singleTargetPlan([keep('azalis', 40)], { clampTargetRates: false }),
      YEAR_2025,
    );
    expect(indicatorOf(better)).toMatchObject({ formula: 'KEEP_LEVEL', rate: 125, rateUsed: 100 });
    const worse = computeProgress(singleTargetPlan([keep('azalis', 80)]), YEAR_2025);
    expect(indicatorOf(worse)).toMatchObject({ formula: 'KEEP_LEVEL', rate: 62.5, rateUsed: 62.5 });
  });

  it('caps at 100 the same way when clamping is on', () => {
    expect(rateUsedInRollUp(120, 'KEEP_LEVEL', true)).toBe(100);
    expect(rateUsedInRollUp(120, 'KEEP_LEVEL', false)).toBe(100);
    expect(rateUsedInRollUp(-20, 'KEEP_LEVEL', true)).toBe(0);
    expect(rateUsedInRollUp(-20, 'KEEP_LEVEL', false)).toBe(-20);
  });
});

describe('progress engine: rates outside [0, 100]', () => {
  it('keeps the raw rate on the indicator and clamps only what enters the roll-up', () => {
    const above = lone({
      code: 'PG1',
      weight: 50,
      targets: { '2025': 10 },
      values: { '2025-H2': { value: 20 } },
    });
    const below = lone({
      code: 'PG2',
      weight: 50,
      baseline: 10,
      targets: { '2025': 20 },
      values: { '2025-H2': { value: 5 } },
    });
    const clamped = computeProgress(singleTargetPlan([above, below]), YEAR_2025);
    expect(indicatorOf(clamped, 'PG1')).toMatchObject({ rate: 200, rateUsed: 100 });
    expect(indicatorOf(clamped, 'PG2')).toMatchObject({ rate: -50, rateUsed: 0 });
    expect(firstTarget(clamped).rate).toBe(50);
    const raw = computeProgress(singleTargetPlan([above, below], { clampTargetRates: false }), YEAR_2025);
    expect(indicatorOf(raw, 'PG1')).toMatchObject({ rate: 200, rateUsed: 200 });
    expect(indicatorOf(raw, 'PG2')).toMatchObject({ rate: -50, rateUsed: -50 });
    expect(firstTarget(raw).rate).toBe(75);
  });
});

describe('progress engine: decreasing indicators', () => {
  it('needs no flag under F1: A 10, B 8, C 7 gives 150', () => {
    expect(indicatorRate('F1', 'azalis', 10, 8, 7)).toEqual({ rate: 150, formula: 'F1' });
    expect(indicatorRate('F1', 'artis', 10, 8, 7)).toEqual({ rate: 150, formula: 'F1' });
  });

  it('uses B / C under F2', () => {
    expect(indicatorRate('F2', 'azalis', 10, 8, 10)).toEqual({ rate: 80, formula: 'F2_AZALIS' });
    const days = lone({
      direction: 'azalis',
      method: 'F2',
      targets: { '2025': 8 },
      values: { '2025-H2': { value: 10 } },
    });
    expect(indicatorOf(computeProgress(singleTargetPlan([days]), YEAR_2025))).toMatchObject({
      formula: 'F2_AZALIS',
      rate: 80,
    });
  });
});

describe('progress engine: F2 and value types', () => {
  it('applies F2 when the indicator asks for it', () => {
    const level = lone({
      method: 'F2',
      baseline: 100,
      targets: { '2025': 200 },
      values: { '2025-H2': { value: 150 } },
    });
    expect(indicatorOf(computeProgress(singleTargetPlan([level]), YEAR_2025))).toMatchObject({
      method: 'F2',
      formula: 'F2',
      rate: 75,
    });
  });

  it('defaults donemsel to F2 and restarts its flow every year', () => {
    const events = lone({
      valueType: 'donemsel',
      baseline: 10,
      targets: { '2025': 10, '2026': 12 },
      values: {
        '2025-H1': { value: 4 },
        '2025-H2': { value: 6 },
        '2026-H1': { value: 3 },
        '2026-H2': { value: 5 },
      },
    });
    const year2026 = indicatorOf(computeProgress(singleTargetPlan([events]), YEAR_2026));
    expect(year2026).toMatchObject({
      method: 'F2',
      formula: 'F2',
      actual: 8,
      actualPeriods: ['2026-H1', '2026-H2'],
    });
    expect(year2026.rate).toBeCloseTo(66.666667, 6);
  });

  it('uses only H1 of the year for a mid-year donemsel assessment', () => {
    const events = lone({
      valueType: 'donemsel',
      targets: { '2026': 12 },
      values: { '2025-H1': { value: 4 }, '2025-H2': { value: 6 }, '2026-H1': { value: 3 } },
    });
    expect(indicatorOf(computeProgress(singleTargetPlan([events]), JUNE_2026))).toMatchObject({
      actual: 3,
      actualPeriods: ['2026-H1'],
      rate: 25,
    });
  });

  it('adds kumulatif entries across years to the baseline', () => {
    const trees = lone({
      valueType: 'kumulatif',
      baseline: 1000,
      targets: { '2026': 2000, '2029': 3000 },
      values: {
        '2025-H1': { value: 100 },
        '2025-H2': { value: 200 },
        '2026-H1': { value: 50 },
        '2026-H2': { value: 150 },
      },
    });
    expect(indicatorOf(computeProgress(singleTargetPlan([trees]), YEAR_2026))).toMatchObject({
      method: 'F1',
      formula: 'F1',
      actual: 1500,
      actualPeriods: ['2025-H1', '2025-H2', '2026-H1', '2026-H2'],
      rate: 50,
      planProgress: 25,
    });
  });

  it('makes a kumulatif 2026 NO_DATA when a 2025 entry is missing', () => {
    const trees = lone({
      valueType: 'kumulatif',
      baseline: 1000,
      targets: { '2026': 2000 },
      values: { '2025-H1': { value: 100 }, '2026-H1': { value: 50 }, '2026-H2': { value: 150 } },
    });
    expect(firstTarget(computeProgress(singleTargetPlan([trees]), YEAR_2026)).excluded).toEqual([
      {
        code: 'PG1',
        reason: 'NO_DATA',
        weight: 100,
        missingPeriods: ['2025-H2'],
        message: 'veri girilmedi: 2025 ikinci yarı',
      },
    ]);
  });

  it('has nothing due for a 12-month indicator at mid-year and uses the YYYY entry at year end', () => {
    const yearly = lone({ monitoringMonths: 12, targets: { '2025': 10 }, values: { '2025': { value: 8 } } });
    const june = computeProgress(singleTargetPlan([yearly]), JUNE_2025);
    expect(firstTarget(june).excluded).toEqual([
      {
        code: 'PG1',
        reason: 'NOT_DUE',
        weight: 100,
        missingPeriods: [],
        message: 'bu dönemde ölçülmüyor (yıllık gösterge)',
      },
    ]);
    expect(june.period).toBe('2025-H1');
    expect(indicatorOf(computeProgress(singleTargetPlan([yearly]), YEAR_2025))).toMatchObject({
      actual: 8,
      actualPeriods: ['2025'],
      rate: 80,
    });
  });
});

describe('progress engine: zero denominators', () => {
  const zeroTarget = (actual: number) =>
    lone({ method: 'F2', targets: { '2025': 0 }, values: { '2025-H2': { value: actual } } });

  it('gives 100 with formula EXACT when B = 0 and C = 0', () => {
    const response = computeProgress(singleTargetPlan([zeroTarget(0)]), YEAR_2025);
    expect(indicatorOf(response)).toMatchObject({ formula: 'EXACT', rate: 100, rateUsed: 100 });
    expect(firstTarget(response).rate).toBe(100);
  });

  it('leaves the indicator out with UNDEFINED_RATE when B = 0 and C ≠ 0, still showing C', () => {
    const response = computeProgress(singleTargetPlan([zeroTarget(3)]), YEAR_2025);
    expect(firstTarget(response).excluded).toEqual([
      {
        code: 'PG1',
        reason: 'UNDEFINED_RATE',
        weight: 100,
        missingPeriods: [],
        message: 'oran tanımsız (sıfıra bölme)',
      },
    ]);
    expect(indicatorOf(response)).toMatchObject({ actual: 3, formula: null, rate: null });
    expect(firstTarget(response).rate).toBeNull();
  });

  it('treats C = 0 under F2 for azalis the same way', () => {
    expect(indicatorRate('F2', 'azalis', null, 0, 0)).toEqual({ rate: 100, formula: 'EXACT' });
    expect(indicatorRate('F2', 'azalis', null, 5, 0)).toEqual({ reason: 'UNDEFINED_RATE' });
  });

  it('gives no plan progress when the final-year denominator is zero', () => {
    expect(planProgress('F1', 'artis', 50, 50, 60)).toBeNull();
    expect(planProgress('F2', 'artis', null, 0, 60)).toBeNull();
    expect(planProgress('F2', 'azalis', null, 8, 10)).toBe(80);
  });
});

describe('progress engine: aim aggregation', () => {
  const twoTargets = (costs: [number, number]) =>
    plan(
      [
        aim('A1', [
          target('H1.1', [rateOf(60)], { costEstimate: { '2025': costs[0] } }),
          target('H1.2', [rateOf(90)], { costEstimate: { '2025': costs[1] } }),
        ]),
      ],
      { aimAggregation: 'cost-weighted' },
    );

  it('weights targets by their cost estimate of the assessed year', () => {
    const response = computeProgress(twoTargets([300, 100]), YEAR_2025);
    expect(response.aims[0].targets.map((t) => t.cost)).toEqual([300, 100]);
    expect(response.aims[0].rate).toBe(67.5);
    expect(response.settings.aimAggregation).toBe('cost-weighted');
  });

  it('falls back to the plain mean, and says so, when all costs are zero', () => {
    const response = computeProgress(twoTargets([0, 0]), YEAR_2025);
    expect(response.aims[0].rate).toBe(75);
    expect(response.explanation.tr).toContain(
      'A1: hedeflerin 2025 maliyet tahmini olmadığından düz ortalama alındı.',
    );
    expect(response.explanation.en).toContain(
      'A1: no target has a 2025 cost estimate, so the plain mean is used.',
    );
  });

  it('leaves out targets without a rate or a cost', () => {
    expect(
      aimRate(
        [
          { rate: 60, cost: 100 },
          { rate: 90, cost: null },
          { rate: null, cost: 500 },
        ],
        'cost-weighted',
      ),
    ).toEqual({ rate: 60, fellBackToMean: false });
    expect(aimRate([{ rate: null, cost: 1 }], 'mean')).toEqual({ rate: null, fellBackToMean: false });
  });
});

describe('progress engine: output', () => {
  it('rounds every output number to 6 decimals', () => {
    expect(round6(65.00000000001)).toBe(65);
    expect(round6(-0.0000001)).toBe(0);
    expect(round6(200 / 3)).toBe(66.666667);
    const third = computeProgress(singleTargetPlan([rateOf(100 / 3)]), YEAR_2025);
    expect(indicatorOf(third).rate).toBe(33.333333);
  });

  it('explains the rules in Turkish and English, line for line', () => {
    const { explanation } = computeProgress(singleTargetPlan([parkArea()]), JUNE_2025);
    expect(explanation.tr).toHaveLength(explanation.en.length);
    expect(explanation.tr[0]).toContain('30 Haziran izlemesi');
    expect(explanation.en).toEqual(
      expect.arrayContaining([
        'F1 (default for level and cumulative indicators): GO = (C − A) / (B − A) × 100.',
        'Indicators show the raw GO; it enters the target rate clamped to [0, 100].',
        'Plan-period progress: the same method against the 2029 target, unclamped.',
      ]),
    );
  });
});

describe('progress engine: an indicator added by a plan update (sinceYear)', () => {
  /** Trees planted, kumulatif, counting from 2026 with A = 0 when it was added. */
  const trees = (): EngineIndicator =>
    lone({
      code: 'PG1.1.4',
      weight: 10,
      valueType: 'kumulatif',
      baseline: 0,
      sinceYear: 2026,
      targets: { '2026': 100, '2027': 200 },
      values: { '2026-H1': { value: 30 }, '2026-H2': { value: 50 } },
    });

  it('is no part of its target in the years before it was added: no exclusion, no weight share', () => {
    const progress = computeProgress(
      singleTargetPlan([parkArea(), complaintDays(), trainings(), trees()]),
      YEAR_2025,
    );
    expect(firstTarget(progress).indicators.map((indicator) => indicator.code)).toEqual([
      'PG1.1.1',
      'PG1.1.2',
      'PG1.1.3',
    ]);
    expect(firstTarget(progress)).toMatchObject({ rate: 65, excluded: [], excludedWeightShare: 0 });
  });

  it('counts from its first year, its cumulative C adding entries from that year only', () => {
    const progress = computeProgress(singleTargetPlan([trees()]), YEAR_2026);
    // C = 0 + 30 + 50: no 2025 entries are asked for.
    expect(indicatorOf(progress, 'PG1.1.4')).toMatchObject({ actual: 80, target: 100, rate: 80 });
  });
});

describe('progress engine: coverage and bands', () => {
  it('gives the worked example full coverage and reads HG 65 as warning at year end', () => {
    const h11 = firstTarget(
      computeProgress(singleTargetPlan([parkArea(), complaintDays(), trainings()]), YEAR_2025),
    );
    expect(h11.coverage).toEqual({
      indicatorsWithData: 3,
      indicatorsDue: 3,
      weightShare: 100,
      sufficient: true,
    });
    expect(h11.excludedWeightShare).toBe(0);
    expect(h11.band).toBe('warning');
  });

  it('reads a 30 June rate against the year-end target by the mid-year bands', () => {
    // Only the park area has a June value: 40 % of the way, 40 % of the weight.
    const june = computeProgress(
      singleTargetPlan([parkArea(), complaintDays(), trainings()], { minCoverage: 40 }),
      JUNE_2025,
    );
    const h11 = firstTarget(june);
    expect(h11.rate).toBe(40);
    expect(h11.coverage).toEqual({
      indicatorsWithData: 1,
      indicatorsDue: 3,
      weightShare: 40,
      sufficient: true,
    });
    expect(h11.band).toBe('on-track');
    expect(june.explanation.tr.join(' ')).toContain('yıl sonu hedefine göre, ilk altı ayın sonucudur');
    // The same rate at year end is poor.
    expect(
      computeProgress(
        singleTargetPlan([
          lone({ method: 'F2', targets: { '2025': 100 }, values: { '2025-H2': { value: 40 } } }),
        ]),
        YEAR_2025,
      ).band,
    ).toBe('poor');
  });

  it('reads a plan resting on one indicator of thirty as insufficient, whatever its rate', () => {
    // Ten targets of three indicators; one implausible, unapproved H1 value gives 0 %.
    const targets = Array.from({ length: 10 }, (_, t) =>
      target(
        `H${t + 1}`,
        Array.from({ length: 3 }, (_, i) =>
          lone({
            code: `PG${t + 1}.${i + 1}`,
            weight: i === 0 ? 40 : 30,
            baseline: 6.2,
            targets: { '2025': 8 },
            monitoringMonths: 6,
            values: t === 0 && i === 0 ? { '2025-H1': { value: 3 } } : {},
          }),
        ),
      ),
    );
    const june = computeProgress(plan([aim('A1', targets)]), JUNE_2025);
    // Clamped to 0 in the roll-up: the "%0 düşük" a council member must not read as a verdict.
    expect(june.rate).toBe(0);
    expect(june.coverage.indicatorsWithData).toBe(1);
    expect(june.coverage.indicatorsDue).toBe(30);
    // (40 + 0 × 9) / 10 targets = 4 % of the weight.
    expect(june.coverage.weightShare).toBe(4);
    expect(june.band).toBe('insufficient');
    expect(june.aims[0].band).toBe('insufficient');
    // The first target itself rests on 40 % of its weight: below the default 50 % too.
    expect(june.aims[0].targets[0].coverage.weightShare).toBe(40);
    expect(june.aims[0].targets[0].band).toBe('insufficient');
  });

  it('leaves a yearly indicator out of the due weight at mid-year, and excludedWeightShare is the complement', () => {
    const yearly = { ...complaintDays(), monitoringMonths: 12 as const, values: {} };
    const june = computeProgress(singleTargetPlan([parkArea(), yearly, trainings()]), JUNE_2025);
    const h11 = firstTarget(june);
    expect(h11.excluded.map((item) => [item.code, item.reason])).toEqual([
      ['PG1.1.2', 'NOT_DUE'],
      ['PG1.1.3', 'NO_DATA'],
    ]);
    // Due: park 40 + trainings 25; with data: park 40 → 40 / 65.
    expect(h11.coverage.indicatorsDue).toBe(2);
    expect(h11.coverage.weightShare).toBeCloseTo((40 / 65) * 100, 5);
    expect(h11.excludedWeightShare).toBeCloseTo((25 / 65) * 100, 5);
  });

  it('uses a neutral palette at mid-year when the plan sets no mid-year bands, and states the settings used', () => {
    const june = computeProgress(
      singleTargetPlan([parkArea(), complaintDays(), trainings()], { midYearBands: null, minCoverage: 10 }),
      JUNE_2025,
    );
    expect(firstTarget(june).band).toBe('neutral');
    expect(june.settings).toMatchObject({ minCoverage: 10, midYearBands: null });
    expect(june.explanation.en.join(' ')).toContain('sets no mid-year bands');
  });
});

describe('progress engine: half-year targets', () => {
  it('measures 30 June against the half-year target when the indicator has one, and says so', () => {
    // Park area: A 100,000, half-year target 110,000 for 2025, C 108,000 → (8,000 / 10,000) = 80.
    const park = { ...parkArea(), halfYearTargets: { '2025': 110000 } };
    const june = computeProgress(singleTargetPlan([park]), JUNE_2025);
    expect(indicatorOf(june, 'PG1.1.1')).toMatchObject({
      target: 110000,
      targetBasis: 'half-year',
      rate: 80,
      formula: 'F1',
    });
    expect(june.explanation.tr.join(' ')).toContain('yarıyıl hedefine göre');
    // Without one, 30 June is measured against the year-end target: 40.
    const plain = computeProgress(singleTargetPlan([parkArea()]), JUNE_2025);
    expect(indicatorOf(plain, 'PG1.1.1')).toMatchObject({
      target: 120000,
      targetBasis: 'year-end',
      rate: 40,
    });
    expect(plain.explanation.tr.join(' ')).not.toContain('yarıyıl hedefine göre');
  });

  it('keeps the year-end target at year end even when a half-year target exists', () => {
    const park = { ...parkArea(), halfYearTargets: { '2025': 110000 } };
    expect(indicatorOf(computeProgress(singleTargetPlan([park]), YEAR_2025), 'PG1.1.1')).toMatchObject({
      target: 120000,
      targetBasis: 'year-end',
      rate: 75,
    });
  });
});

describe('progress engine: a plan rate row (computePlanRate)', () => {
  const periods: Period[] = [YEAR_2025, JUNE_2025, YEAR_2026, JUNE_2026];
  /** Every kind of indicator the roll-up meets: rated, clamped, keep-level, missing, not due, no target, added later. */
  const mixed = (settings: EnginePlan['settings']): EnginePlan =>
    plan(
      [
        aim('A1', [
          target('H1.1', [parkArea(), complaintDays(), trainings()], { costEstimate: { '2025': 300 } }),
          target(
            'H1.2',
            [
              lone({
                code: 'PG2',
                valueType: 'donemsel',
                targets: { '2025': 40, '2026': 50 },
                halfYearTargets: { '2025': 15 },
                values: { '2025-H1': { value: 20 }, '2025-H2': { value: 30 }, '2026-H1': { value: 10 } },
              }),
              lone({
                code: 'PG3',
                weight: 30,
                baseline: 5,
                targets: { '2025': 5 },
                values: { '2025-H2': { value: 9 } },
              }),
            ],
            { costEstimate: { '2025': 100, '2026': 50 } },
          ),
        ]),
        aim('A2', [
          target('H2.1', [
            lone({
              code: 'PG4',
              valueType: 'kumulatif',
              baseline: 10,
              targets: { '2025': 30, '2026': 50 },
              values: { '2025-H1': { value: 5 }, '2025-H2': { value: 8 } },
            }),
            lone({
              code: 'PG5',
              monitoringMonths: 12,
              targets: { '2025': 10 },
              values: { '2025': { value: 4 } },
            }),
            lone({ code: 'PG6', weight: 10 }),
            lone({
              code: 'PG7',
              sinceYear: 2026,
              targets: { '2026': 20 },
              values: { '2026-H1': { value: 30 } },
            }),
          ]),
          target('H2.2', [lone({ code: 'PG8', targets: { '2025': 10, '2026': 10 } })]),
        ]),
      ],
      settings,
    );

  it("gives computeProgress's plan and aim figures without the indicators' detail", () => {
    const cases: Array<EnginePlan['settings']> = [
      {},
      { clampTargetRates: false },
      { aimAggregation: 'cost-weighted', midYearBands: null },
    ];
    for (const settings of cases) {
      for (const period of periods) {
        const full = computeProgress(mixed(settings), period);
        expect(computePlanRate(mixed(settings), period)).toEqual({
          rate: full.rate,
          coverage: full.coverage,
          band: full.band,
          aims: full.aims.map(({ code, rate, coverage, band }) => ({ code, rate, coverage, band })),
        });
      }
    }
  });

  it('meets rates, exclusions of several kinds and partial coverage in those cases', () => {
    const reasons = new Set<string>();
    const shares = new Set<number | null>();
    for (const period of periods) {
      const full = computeProgress(mixed({}), period);
      for (const item of full.aims)
        for (const each of item.targets) {
          shares.add(each.coverage.weightShare);
          for (const excluded of each.excluded) reasons.add(excluded.reason);
        }
    }
    expect([...reasons].sort()).toEqual(['NOT_DUE', 'NO_DATA', 'NO_TARGET']);
    expect(shares.size).toBeGreaterThan(3);
  });
});
