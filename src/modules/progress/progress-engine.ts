/**
 * The progress engine of domain.md 4.1–4.2: indicator realisation rates (GO), target rates
 * (HG), aim and plan rates for one assessed period, with the rules used spelt out so every
 * number can be explained from the response alone. Pure: no framework, no I/O.
 */
import {
  DEFAULT_PLAN_SETTINGS,
  type AimAggregation,
  type Direction,
  type IndicatorBasics,
  type IndicatorDoc,
  type Method,
  type PlanSettings,
  type ValueType,
} from '../../contracts/plan-document.js';
import type {
  AimProgress,
  ExcludedIndicator,
  ExclusionReason,
  IndicatorProgress,
  PlanRateResponse,
  ProgressResponse,
  ProgressSettings,
  RateFormula,
  TargetProgress,
} from '../../contracts/progress.js';
import { computeActual, type ActualResult } from './actual-value.js';
import { bandSettings, combinedCoverage, rateBand, targetCoverage } from './coverage.js';
import { formatPeriod, type Period } from '../periods/period-keys.js';
import { periodLabel, periodLabels } from '../../contracts/labels.js';

/** What the engine reads of an indicator: structurally a subset of IndicatorDoc. */
export interface EngineIndicator
  extends
    IndicatorBasics,
    Pick<IndicatorDoc, 'method' | 'baseline' | 'targets' | 'halfYearTargets' | 'monitoringMonths'> {
  unit?: string | null;
  /** Added by a plan update: not part of its target before this year, and C counts from it. */
  sinceYear?: number;
  values?: Record<string, { value: number }>;
}

/** An indicator's stored row as the reads select it: what the engine reads of it, by column name. */
export interface EngineIndicatorRow {
  id: string;
  code: string;
  name: string;
  unit: string | null;
  weight: number;
  direction: Direction;
  value_type: ValueType;
  method: Method | null;
  baseline: number | null;
  monitoring_months: 6 | 12 | null;
  since_year: number | null;
  half_year_targets: Record<string, number> | null;
}

/** The engine's indicator from its row, its yearly targets and its entries; `weight` as it was read. */
export function engineIndicator(
  row: EngineIndicatorRow,
  targets: Record<string, number>,
  values: Record<string, { value: number }>,
  weight = row.weight,
): EngineIndicator {
  // Optional fields set one by one (no spread of a temporary object): 41,400 of them in a union.
  const indicator: EngineIndicator = {
    code: row.code,
    name: row.name,
    unit: row.unit,
    weight,
    direction: row.direction,
    valueType: row.value_type,
    baseline: row.baseline,
    targets,
    values,
  };
  if (row.method) indicator.method = row.method;
  if (row.half_year_targets) indicator.halfYearTargets = row.half_year_targets;
  if (row.monitoring_months) indicator.monitoringMonths = row.monitoring_months;
  if (row.since_year) indicator.sinceYear = row.since_year;
  return indicator;
}

export interface EngineTarget {
  code: string;
  title: string;
  responsibleUnit?: string | null;
  costEstimate?: Record<string, number>;
  indicators: EngineIndicator[];
}

export interface EngineAim {
  code: string;
  title: string;
  targets: EngineTarget[];
}

/** What the engine reads of a plan: a PlanDoc is assignable to it. */
export interface EnginePlan {
  startYear: number;
  endYear: number;
  settings?: Partial<PlanSettings>;
  aims: EngineAim[];
}

/** A realisation rate and the formula that gave it, or why there is none. */
export type RateOutcome =
  | { rate: number; formula: RateFormula }
  | { reason: Extract<ExclusionReason, 'NO_BASELINE' | 'UNDEFINED_RATE'> };

/** domain.md 4.3: donemsel flows restart every year, so they default to F2; the rest to F1. */
export function defaultMethod(indicator: Pick<EngineIndicator, 'method' | 'valueType'>): Method {
  return indicator.method ?? (indicator.valueType === 'donemsel' ? 'F2' : 'F1');
}

/** GO of domain.md 4.1 from A (baseline), B (target) and C (actual). */
export function indicatorRate(
  method: Method,
  direction: Direction,
  baseline: number | null,
  target: number,
  actual: number,
): RateOutcome {
  if (method === 'F2') {
    return ratioOutcome(direction, target, actual, direction === 'azalis' ? 'F2_AZALIS' : 'F2');
  }
  if (baseline === null) return { reason: 'NO_BASELINE' };
  // domain.md 4.1: F1 is undefined when B = A (keep-level), so C / B (B / C for azalis) is used.
  if (target === baseline) return ratioOutcome(direction, target, actual, 'KEEP_LEVEL');
  return { rate: ((actual - baseline) / (target - baseline)) * 100, formula: 'F1' };
}

/** The rate an indicator brings into its target's roll-up. */
export function rateUsedInRollUp(rate: number, formula: RateFormula, clamp: boolean): number {
  const used = clamp ? Math.min(Math.max(rate, 0), 100) : rate;
  // domain.md 4.1: a keep-level indicator counts at most 100 in roll-ups, clamp or not.
  return formula === 'KEEP_LEVEL' ? Math.min(used, 100) : used;
}

/**
 * Progress towards the final plan-year target (plan dönemi ilerleme): the same method,
 * unclamped; null when a denominator is zero or F1 lacks the baseline.
 */
export function planProgress(
  method: Method,
  direction: Direction,
  baseline: number | null,
  finalTarget: number,
  actual: number,
): number | null {
  if (method === 'F2') return ratio(direction, finalTarget, actual);
  if (baseline === null || finalTarget === baseline) return null;
  return ((actual - baseline) / (finalTarget - baseline)) * 100;
}

/** HG of domain.md 4.2: Σ wᵢ·rateᵢ / Σ wᵢ over the indicators with data; null if none or Σ w = 0. */
export function weightedRate(items: { weight: number; rate: number }[]): number | null {
  const totalWeight = sum(items.map((item) => item.weight));
  if (totalWeight === 0) return null;
  return sum(items.map((item) => item.weight * item.rate)) / totalWeight;
}

/**
 * An aim's rate from its targets' rates (domain.md 4.2): plain mean, or cost-weighted over the
 * targets with a cost above 0, falling back to the mean when no such cost exists.
 */
export function aimRate(
  targets: { rate: number | null; cost: number | null }[],
  aggregation: AimAggregation,
): { rate: number | null; fellBackToMean: boolean } {
  const rated = targets.filter(
    (target): target is { rate: number; cost: number | null } => target.rate !== null,
  );
  if (aggregation === 'mean' || rated.length === 0) {
    return { rate: mean(rated.map((t) => t.rate)), fellBackToMean: false };
  }
  const costed = rated.flatMap((t) =>
    t.cost !== null && t.cost > 0 ? [{ weight: t.cost, rate: t.rate }] : [],
  );
  const rate = weightedRate(costed);
  return rate === null
    ? { rate: mean(rated.map((t) => t.rate)), fellBackToMean: true }
    : { rate, fellBackToMean: false };
}

/** Progress of a whole plan for one assessed period (already validated by the caller). */
export function computeProgress(plan: EnginePlan, period: Period): ProgressResponse {
  const { settings, aims, fallbackAims, rate, coverage, band } = computeRates(plan, period, targetProgress);
  const response: ProgressResponse = {
    period: formatPeriod(period),
    year: period.year,
    rate,
    coverage,
    band,
    settings,
    explanation: explain(plan, period, settings, aims, fallbackAims),
    aims,
  };
  return roundNumbers(response);
}

/**
 * The plan's and its aims' rates, coverage and bands for one assessed period, as computeProgress
 * gives them (the same computation, rounded alike), without the indicators' detail and the
 * explanation: one plan's row in a list of plan rates (the union-wide and national views).
 */
export function computePlanRate(
  plan: EnginePlan,
  period: Period,
): Pick<PlanRateResponse, 'rate' | 'coverage' | 'band' | 'aims'> {
  const { rate, coverage, band, aims } = computeRates(plan, period, targetRate);
  return roundNumbers({
    rate,
    coverage,
    band,
    aims: aims.map((aim) => ({ code: aim.code, rate: aim.rate, coverage: aim.coverage, band: aim.band })),
  });
}

/**
 * The rates of the plan, its aims, targets and indicators, unrounded: what both of the above read.
 * `assess` gives each target's figures: with the indicators' detail and the exclusions
 * (targetProgress), or only what a list row rolls up (targetRate), by the same roll-up.
 */
function computeRates<T extends TargetFigures>(
  plan: EnginePlan,
  period: Period,
  assess: (target: EngineTarget, plan: EnginePlan, period: Period, settings: ProgressSettings) => T,
) {
  const settings: ProgressSettings = {
    clampTargetRates: plan.settings?.clampTargetRates ?? DEFAULT_PLAN_SETTINGS.clampTargetRates,
    aimAggregation: plan.settings?.aimAggregation ?? DEFAULT_PLAN_SETTINGS.aimAggregation,
    ...bandSettings(plan.settings),
  };
  const midYear = period.half !== null;
  const fallbackAims: string[] = [];
  const aims = plan.aims.map((aim) => {
    const targets = aim.targets.map((target) => assess(target, plan, period, settings));
    const result = aimRate(targets, settings.aimAggregation);
    if (result.fellBackToMean) fallbackAims.push(aim.code);
    const coverage = combinedCoverage(
      targets.map((item) => item.coverage),
      settings.minCoverage,
    );
    return {
      code: aim.code,
      title: aim.title,
      rate: result.rate,
      coverage,
      band: rateBand(result.rate, coverage, midYear, settings),
      targets,
    };
  });
  const rate = mean(aims.flatMap((aim) => (aim.rate === null ? [] : [aim.rate])));
  // The plan's share is the mean over all its targets, not the mean of the aims' means.
  const coverage = combinedCoverage(
    aims.flatMap((aim) => aim.targets.map((item) => item.coverage)),
    settings.minCoverage,
  );
  return { settings, aims, fallbackAims, rate, coverage, band: rateBand(rate, coverage, midYear, settings) };
}

/** What an aim's roll-up reads of a target. */
type TargetFigures = Pick<TargetProgress, 'code' | 'rate' | 'weightWithData' | 'coverage' | 'band' | 'cost'>;

/** What a target's roll-up reads of one of its indicators. */
interface RollUpItem {
  weight: number;
  /** Not excluded as not due in the period. */
  due: boolean;
  /** The rate it brings into the target's rate, null without one. */
  rateUsed: number | null;
}

/** The target's indicators as in force in the assessed year: one a later update added is not one of them. */
function indicatorsInForce(target: EngineTarget, plan: EnginePlan, period: Period): EngineIndicator[] {
  return target.indicators.filter((indicator) => (indicator.sinceYear ?? plan.startYear) <= period.year);
}

/** HG, its coverage and band from its indicators' roll-up items (domain.md 4.2). */
function rollUpTarget(
  target: EngineTarget,
  period: Period,
  settings: ProgressSettings,
  items: readonly RollUpItem[],
): TargetFigures {
  const withData: Array<{ weight: number; rate: number }> = [];
  for (const item of items)
    if (item.rateUsed !== null) withData.push({ weight: item.weight, rate: item.rateUsed });
  const coverage = targetCoverage(
    items.map((item) => ({ weight: item.weight, due: item.due, withData: item.rateUsed !== null })),
    settings.minCoverage,
  );
  const rate = weightedRate(withData);
  return {
    code: target.code,
    rate,
    weightWithData: sum(withData.map((item) => item.weight)),
    coverage,
    band: rateBand(rate, coverage, period.half !== null, settings),
    cost: target.costEstimate?.[String(period.year)] ?? null,
  };
}

/** A target's rate, coverage and band without its indicators' detail: a list row's roll-up. */
function targetRate(
  target: EngineTarget,
  plan: EnginePlan,
  period: Period,
  settings: ProgressSettings,
): TargetFigures {
  const items = indicatorsInForce(target, plan, period).map((indicator): RollUpItem => {
    const { outcome } = indicatorOutcome(indicator, plan, period);
    return {
      weight: indicator.weight,
      due: 'rate' in outcome || outcome.reason !== 'NOT_DUE',
      rateUsed:
        'rate' in outcome ? rateUsedInRollUp(outcome.rate, outcome.formula, settings.clampTargetRates) : null,
    };
  });
  return rollUpTarget(target, period, settings, items);
}

function targetProgress(
  target: EngineTarget,
  plan: EnginePlan,
  period: Period,
  settings: ProgressSettings,
): TargetProgress {
  const clamp = settings.clampTargetRates;
  const assessed = indicatorsInForce(target, plan, period).map((indicator) =>
    assessIndicator(indicator, plan, period, clamp),
  );
  const figures = rollUpTarget(
    target,
    period,
    settings,
    assessed.map(({ progress, exclusion }) => ({
      weight: progress.weight,
      due: exclusion?.reason !== 'NOT_DUE',
      rateUsed: progress.rateUsed,
    })),
  );
  const { rate, weightWithData, coverage, band, cost } = figures;
  const excluded = assessed.flatMap(({ exclusion }) => (exclusion ? [exclusion] : []));
  const indicators = assessed.map(({ progress }) => ({
    ...progress,
    // Weights are renormalised over the indicators with data (domain.md 4.2).
    effectiveWeight:
      progress.rateUsed === null || weightWithData === 0 ? null : (progress.weight / weightWithData) * 100,
  }));
  return {
    code: target.code,
    title: target.title,
    responsibleUnit: target.responsibleUnit ?? null,
    rate,
    weightWithData,
    excludedWeightShare: coverage.weightShare === null ? 0 : 100 - coverage.weightShare,
    coverage,
    band,
    cost,
    excluded,
    indicators,
  };
}

type Exclusion = { reason: ExclusionReason; missingPeriods?: string[] };

/**
 * One indicator's figures for one assessed period, as computeProgress gives them (A, B and its
 * basis, C and the entries it rests on, GO), with the entries C misses: what an entry row of the
 * worklist and the approval queue shows beside the number entered.
 */
export function indicatorFigures(
  indicator: EngineIndicator,
  plan: Pick<EnginePlan, 'startYear' | 'endYear'>,
  period: Period,
): IndicatorProgress & { missingPeriods: string[] } {
  const { progress, exclusion } = assessIndicator(indicator, plan, period, true);
  return roundNumbers({ ...progress, missingPeriods: exclusion?.missingPeriods ?? [] });
}

/** An indicator's B (and its basis), C and GO, or why it has none: what its detail and its roll-up share. */
function indicatorOutcome(
  indicator: EngineIndicator,
  plan: Pick<EnginePlan, 'startYear'>,
  period: Period,
): {
  method: Method;
  halfYearTarget: number | null;
  target: number | null;
  actualResult: ActualResult;
  outcome: { rate: number; formula: RateFormula } | Exclusion;
} {
  const method = defaultMethod(indicator);
  // At 30 June B is the year-end target, unless the indicator sets its own half-year target.
  const halfYearTarget =
    period.half === 1 ? (indicator.halfYearTargets?.[String(period.year)] ?? null) : null;
  const target = halfYearTarget ?? indicator.targets[String(period.year)] ?? null;
  const actualResult = computeActual(indicator, period, Math.max(plan.startYear, indicator.sinceYear ?? 0));
  const outcome: { rate: number; formula: RateFormula } | Exclusion =
    target === null
      ? { reason: 'NO_TARGET' }
      : actualResult.status === 'NO_DATA'
        ? { reason: 'NO_DATA', missingPeriods: actualResult.missingPeriods }
        : actualResult.status !== 'ok'
          ? { reason: actualResult.status }
          : indicatorRate(method, indicator.direction, indicator.baseline, target, actualResult.actual);
  return { method, halfYearTarget, target, actualResult, outcome };
}

function assessIndicator(
  indicator: EngineIndicator,
  plan: Pick<EnginePlan, 'startYear' | 'endYear'>,
  period: Period,
  clamp: boolean,
): { progress: IndicatorProgress; exclusion: ExcludedIndicator | null } {
  const { method, halfYearTarget, target, actualResult, outcome } = indicatorOutcome(indicator, plan, period);
  const finalTarget = indicator.targets[String(plan.endYear)] ?? null;
  const actual = actualResult.status === 'ok' ? actualResult.actual : null;

  const rated = 'rate' in outcome ? outcome : null;
  const progress: IndicatorProgress = {
    code: indicator.code,
    name: indicator.name,
    unit: indicator.unit ?? null,
    weight: indicator.weight,
    direction: indicator.direction,
    valueType: indicator.valueType,
    method,
    formula: rated?.formula ?? null,
    baseline: indicator.baseline,
    target,
    targetBasis: halfYearTarget === null ? 'year-end' : 'half-year',
    actual,
    actualPeriods: actualResult.status === 'ok' ? actualResult.periods : [],
    rate: rated?.rate ?? null,
    rateUsed: rated ? rateUsedInRollUp(rated.rate, rated.formula, clamp) : null,
    effectiveWeight: null,
    finalTarget,
    planProgress:
      actual === null || finalTarget === null
        ? null
        : planProgress(method, indicator.direction, indicator.baseline, finalTarget, actual),
  };
  if ('rate' in outcome) return { progress, exclusion: null };
  const missingPeriods = outcome.missingPeriods ?? [];
  return {
    progress,
    exclusion: {
      code: indicator.code,
      reason: outcome.reason,
      weight: indicator.weight,
      missingPeriods,
      message: exclusionMessage(outcome.reason, period.year, missingPeriods),
    },
  };
}

function exclusionMessage(reason: ExclusionReason, year: number, missingPeriods: string[]): string {
  switch (reason) {
    case 'NO_DATA':
      return `veri girilmedi: ${periodLabels(missingPeriods, 'tr')}`;
    case 'NOT_DUE':
      return 'bu dönemde ölçülmüyor (yıllık gösterge)';
    case 'NO_TARGET':
      return `${year} yılı için hedef yok`;
    case 'NO_BASELINE':
      return 'başlangıç değeri yok';
    case 'UNDEFINED_RATE':
      return 'oran tanımsız (sıfıra bölme)';
  }
}

function explain(
  plan: EnginePlan,
  period: Period,
  settings: ProgressSettings,
  aims: AimProgress[],
  fallbackAims: string[],
): { tr: string[]; en: string[] } {
  const year = period.year;
  const indicators = aims.flatMap((aim) => aim.targets.flatMap((target) => target.indicators));
  const formulas = new Set(indicators.map((indicator) => indicator.formula));
  const zeroDivision =
    formulas.has('EXACT') ||
    aims.some((aim) =>
      aim.targets.some((target) => target.excluded.some((e) => e.reason === 'UNDEFINED_RATE')),
    );
  const tr: string[] = [];
  const en: string[] = [];
  const line = (turkish: string, english: string): void => {
    tr.push(turkish);
    en.push(english);
  };

  line(
    `Dönem ${periodLabel(formatPeriod(period), 'tr')} (${period.half ? '30 Haziran izlemesi' : 'yıl sonu değerlendirmesi'}): A başlangıç değeri, B ${year} yıl sonu hedefi, C dönem sonundaki gerçekleşme değeridir.`,
    `Period ${formatPeriod(period)} (${period.half ? '30 June monitoring' : 'year-end assessment'}): A is the baseline, B the ${year} year-end target, C the actual value at the end of the period.`,
  );
  line(
    'F1 (düzey ve kümülatif göstergelerde varsayılan): GO = (C − A) / (B − A) × 100.',
    'F1 (default for level and cumulative indicators): GO = (C − A) / (B − A) × 100.',
  );
  line(
    'F2 (dönemsel göstergelerde varsayılan): GO = C / B × 100; azalış yönlü göstergelerde GO = B / C × 100.',
    'F2 (default for per-year flows): GO = C / B × 100; for decreasing indicators GO = B / C × 100.',
  );
  if (formulas.has('KEEP_LEVEL')) {
    line(
      'F1’de B = A ise (düzeyi koruma): GO = C / B × 100 (azalışta B / C × 100); hedef oranına en çok 100 olarak katılır.',
      'Under F1 with B = A (keep the level): GO = C / B × 100 (B / C × 100 when decreasing); it counts at most 100 in the target rate.',
    );
  }
  if (zeroDivision) {
    line(
      'Payda sıfırsa: C = B ise GO = 100, değilse oran tanımsızdır ve gösterge dışarıda kalır.',
      'With a zero denominator: GO = 100 when C = B, otherwise the rate is undefined and the indicator is left out.',
    );
  }
  line(
    settings.clampTargetRates
      ? 'Göstergede ham GO gösterilir; hedef oranına [0, 100] aralığına kırpılarak katılır.'
      : 'Göstergede ham GO gösterilir; hedef oranına kırpılmadan katılır (plan ayarı).',
    settings.clampTargetRates
      ? 'Indicators show the raw GO; it enters the target rate clamped to [0, 100].'
      : 'Indicators show the raw GO; it enters the target rate unclamped (plan setting).',
  );
  line(
    'Hedef oranı HG = Σ wᵢ × GOᵢ / Σ wᵢ, yalnızca verisi olan göstergeler üzerinden: verisi olmayan gösterge 0 sayılmaz, dışarıda bırakılır ve kalan ağırlıklar 100’e ölçeklenir; dışarıda kalanlar ve ağırlık payları hedefte listelenir.',
    'Target rate HG = Σ wᵢ × GOᵢ / Σ wᵢ over the indicators with data only: an indicator without data is not counted as 0 but left out, and the remaining weights are rescaled to 100; the left-out indicators and their weight share are listed on the target.',
  );
  if (settings.aimAggregation === 'mean') {
    line(
      'Amaç oranı: oranı olan hedeflerin düz ortalaması (hesaplanmış görünüm).',
      'Aim rate: plain mean of the targets that have a rate (a computed view).',
    );
  } else {
    line(
      `Amaç oranı: oranı olan hedeflerin ${year} maliyet tahminiyle ağırlıklı ortalaması; maliyeti olmayan hedefler katılmaz (hesaplanmış görünüm).`,
      `Aim rate: mean of the targets that have a rate, weighted by their ${year} cost estimate; targets without a cost are left out (a computed view).`,
    );
    for (const code of fallbackAims) {
      line(
        `${code}: hedeflerin ${year} maliyet tahmini olmadığından düz ortalama alındı.`,
        `${code}: no target has a ${year} cost estimate, so the plain mean is used.`,
      );
    }
  }
  line(
    'Plan oranı: oranı olan amaçların düz ortalaması (hesaplanmış görünüm; rehberler tanımlamaz).',
    'Plan rate: plain mean of the aims that have a rate (a computed view; the guides define none).',
  );
  line(
    `Kapsam: her oranın yanında dönemde ölçülmesi gereken göstergelerden kaçının verisiyle hesaplandığı ve bunların ağırlık payı yazılır; amaç ve planda pay, hedeflerin paylarının ortalamasıdır (verisi olmayan hedef 0 sayılır). Payı %${formatShare(settings.minCoverage)} altında kalan oran renklendirilmez, "yetersiz veri" olarak okunur.`,
    `Coverage: beside every rate stand how many of the indicators due in the period it rests on and their weight share; for an aim and the plan the share is the mean of their targets' shares (a target without data counts 0). A rate resting on less than ${formatShare(settings.minCoverage)}% of the weight is not coloured and reads "insufficient data".`,
  );
  if (indicators.some((indicator) => indicator.targetBasis === 'half-year')) {
    line(
      'Yarıyıl hedefi olan göstergelerde 30 Haziran oranı, yıl sonu hedefi yerine o yarıyıl hedefine göre hesaplanır.',
      'For indicators with a half-year target, the 30 June rate is measured against that target instead of the year-end target.',
    );
  }
  if (period.half !== null) {
    const bands = settings.midYearBands;
    line(
      bands === null
        ? 'Ara dönem oranı yıl sonu hedefine göre, ilk altı ayın sonucudur; plan ara dönem eşiği tanımlamadığından renklendirilmez.'
        : `Ara dönem oranı yıl sonu hedefine göre, ilk altı ayın sonucudur; ara dönem eşikleriyle okunur: %${formatShare(bands.onTrack)} ve üzeri yolunda, %${formatShare(bands.behind)} altı geride, arası izlenmeli.`,
      bands === null
        ? 'A mid-year rate is the first six months measured against the year-end target; the plan sets no mid-year bands, so it is not coloured.'
        : `A mid-year rate is the first six months measured against the year-end target; it reads by the mid-year bands: ${formatShare(bands.onTrack)}% or more on track, below ${formatShare(bands.behind)}% behind, in between to watch.`,
    );
  }
  line(
    `Plan dönemi ilerlemesi: aynı yöntemle ${plan.endYear} hedefine göre, kırpılmadan.`,
    `Plan-period progress: the same method against the ${plan.endYear} target, unclamped.`,
  );
  line('Sayılar 6 ondalığa yuvarlanmıştır.', 'Numbers are rounded to 6 decimals.');
  return { tr, en };
}

/** Direction-aware ratio × 100 (C / B, or B / C when decreasing); null on a zero denominator. */
function ratio(direction: Direction, target: number, actual: number): number | null {
  const [numerator, denominator] = direction === 'azalis' ? [target, actual] : [actual, target];
  return denominator === 0 ? null : (numerator / denominator) * 100;
}

function ratioOutcome(
  direction: Direction,
  target: number,
  actual: number,
  formula: RateFormula,
): RateOutcome {
  const rate = ratio(direction, target, actual);
  if (rate !== null) return { rate, formula };
  return actual === target ? { rate: 100, formula: 'EXACT' } : { reason: 'UNDEFINED_RATE' };
}

/** A setting's percentage as written in an explanation line (40, 12.5). */
function formatShare(value: number): string {
  return String(round6(value));
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : sum(values) / values.length;
}

/** Rounds a number to 6 decimals, to drop float noise such as 65.00000000001. */
export function round6(value: number): number {
  // Scaling stays exact below 1e9 (× 1e6 < 2^53); larger magnitudes carry no 6-decimal noise to remove.
  const rounded = Math.abs(value) < 1e9 ? Math.round(value * 1e6) / 1e6 : value;
  return rounded === 0 ? 0 : rounded;
}

/**
 * Rounds every number of the freshly built response in place (the computation itself stays
 * unrounded); the response is the engine's own, so nothing shared is mutated.
 */
function roundNumbers<T>(value: T): T {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      value[index] = typeof item === 'number' ? round6(item) : roundNumbers(item);
    }
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const item = record[key];
      record[key] = typeof item === 'number' ? round6(item) : roundNumbers(item);
    }
  }
  return value;
}
