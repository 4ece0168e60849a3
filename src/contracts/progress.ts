import type {
  AimAggregation,
  IndicatorHeading,
  InstitutionKind,
  Method,
  MidYearBands,
} from './plan-document.js';

/** Why an indicator did not enter its target's roll-up. */
export type ExclusionReason =
  /** No entry for a period that the actual value needs ("veri girilmedi"). */
  | 'NO_DATA'
  /** Nothing is due yet, e.g. a yearly indicator at the mid-year assessment. */
  | 'NOT_DUE'
  /** The formula divides by zero (e.g. B = 0 with F2) and C ≠ B. */
  | 'UNDEFINED_RATE'
  /** The plan has no target for the assessed year. */
  | 'NO_TARGET'
  /** The baseline A is missing, so F1 (or a kumulatif C) cannot be computed. */
  | 'NO_BASELINE';

export interface ExcludedIndicator {
  code: string;
  reason: ExclusionReason;
  weight: number;
  /** Entry periods whose values are missing, for NO_DATA. */
  missingPeriods: string[];
  message: string;
}

/** How the indicator's rate was obtained. */
export type RateFormula =
  | 'F1' // (C − A) / (B − A) × 100
  | 'F2' // C / B × 100
  | 'F2_AZALIS' // B / C × 100
  | 'KEEP_LEVEL' // B = A under F1: C / B × 100 (B / C for azalis), at most 100 in roll-ups
  | 'EXACT'; // the formula divides by zero but C = B: 100

export interface IndicatorProgress extends IndicatorHeading {
  method: Method;
  /** The formula actually applied (F1, F2, the B = A rule…); null when there is no data. */
  formula: RateFormula | null;
  /** A: the baseline. */
  baseline: number | null;
  /**
   * B: the target of the assessed year (year-end target, also at mid-year unless the indicator
   * has a half-year target for that year).
   */
  target: number | null;
  /** Which target B is: the year-end target or the indicator's own half-year target. */
  targetBasis: 'year-end' | 'half-year';
  /** C: the actual value at the end of the assessed period, as the value type defines it. */
  actual: number | null;
  /** Entry periods that C is made of. */
  actualPeriods: string[];
  /** Raw realisation rate GO (may be < 0 or > 100); null when there is no data. */
  rate: number | null;
  /** The rate that entered the target's roll-up (clamped, capped); null when left out. */
  rateUsed: number | null;
  /** Weight after renormalisation over indicators with data (sums to 100 within a target). */
  effectiveWeight: number | null;
  /** Final plan-year target. */
  finalTarget: number | null;
  /** Progress towards the final plan-year target (plan dönemi ilerleme), same method, unclamped. */
  planProgress: number | null;
}

/**
 * What a rate rests on: how many of the indicators due in the period entered it and their share
 * of the due weight. Shown beside every rate ("12/30 gösterge, ağırlığın %41'i").
 */
export interface Coverage {
  /** Indicators due in the period whose rate entered the roll-up. */
  indicatorsWithData: number;
  /** Indicators due in the period (a yearly indicator is not due at mid-year). */
  indicatorsDue: number;
  /**
   * Target: Σ weights of the indicators with data / Σ weights of the indicators due × 100.
   * Aim and plan: the mean of their targets' shares, a target without data counting 0 and a
   * target with nothing due left out. null when nothing is due.
   */
  weightShare: number | null;
  /** weightShare reaches the plan's minimum coverage (settings.minCoverage); false when null. */
  sufficient: boolean;
}

/**
 * How a rate reads, from the plan's bands and the period: year-end bands (good, warning, poor),
 * mid-year bands (on-track, watch, behind) or neutral when the plan sets no mid-year bands;
 * insufficient when the coverage is below the plan's minimum; none without a rate.
 */
export const RATE_BANDS = [
  'good',
  'warning',
  'poor',
  'on-track',
  'watch',
  'behind',
  'neutral',
  'insufficient',
  'none',
] as const;
export type RateBand = (typeof RATE_BANDS)[number];

export interface TargetProgress {
  code: string;
  title: string;
  responsibleUnit: string | null;
  /** HG: Σ wᵢ·rateUsedᵢ / Σ wᵢ over indicators with data; null when none has data. */
  rate: number | null;
  /** Σ weights of the indicators that entered the roll-up. */
  weightWithData: number;
  /**
   * Share (%) of the weight due in the period that was left out of the roll-up: the complement
   * of coverage.weightShare (0 when nothing is due).
   */
  excludedWeightShare: number;
  coverage: Coverage;
  band: RateBand;
  /** Cost estimate of the assessed year: the weight under cost-weighted aim aggregation. */
  cost: number | null;
  excluded: ExcludedIndicator[];
  indicators: IndicatorProgress[];
}

export interface AimProgress {
  code: string;
  title: string;
  /** Mean (or cost-weighted mean) of its targets' rates; null when no target has a rate. */
  rate: number | null;
  coverage: Coverage;
  band: RateBand;
  targets: TargetProgress[];
}

export interface ProgressSettings {
  clampTargetRates: boolean;
  aimAggregation: AimAggregation;
  /** Coverage (% of the due weight) below which a rate reads "yetersiz veri". */
  minCoverage: number;
  /** Year-end bands: rate ≥ good is good, ≥ warning is warning, else poor. */
  statusThresholds: { good: number; warning: number };
  /** Mid-year bands (rate ≥ onTrack on track, < behind behind); null: a neutral palette. */
  midYearBands: MidYearBands | null;
}

/**
 * Which values a figure rests on: approved values only (what the council and the public see,
 * the default) or every entered value including those waiting for approval (staff screens, asked
 * for explicitly).
 */
export type ProgressBasis = 'approved' | 'all';

export const PROGRESS_BASES: readonly ProgressBasis[] = ['approved', 'all'];

export interface ProgressResponse {
  planId?: string;
  basis?: ProgressBasis;
  /** The assessed period: "2025" (değerlendirme) or "2025-H1" (izleme). */
  period: string;
  year: number;
  /** Mean of the aims' rates (a computed view: the guides define no plan rate). */
  rate: number | null;
  coverage: Coverage;
  band: RateBand;
  settings: ProgressSettings;
  /** One line per rule used, in Turkish and English, so every number can be explained. */
  explanation: { tr: string[]; en: string[] };
  aims: AimProgress[];
}

/** One plan in the union-wide view: GET /api/progress?period=2025. */
export interface PlanRateResponse {
  planId: string;
  title: string;
  institution: string;
  period: string;
  basis: ProgressBasis;
  /** Mean of the aims' rates; null when no aim has a rate. */
  rate: number | null;
  coverage: Coverage;
  band: RateBand;
  aims: Array<{ code: string; rate: number | null; coverage: Coverage; band: RateBand }>;
}

/**
 * The national comparison: every plan of one kind of institution whose years include the period
 * (GET /api/progress/national?kind=belediye&period=2025), each row as the union-wide view gives it.
 */
export interface NationalComparisonResponse {
  kind: InstitutionKind;
  period: string;
  basis: ProgressBasis;
  /** The plans by rate, highest first; plans without a rate (no aim has one) last, by institution name. */
  plans: PlanRateResponse[];
  /** How many of the plans read in each band (a plan without a rate is in `none`, never counted as 0). */
  bands: Record<RateBand, number>;
}

/** One assessed period of a trend: a rate as GET progress computes it for that period. */
export interface TrendPoint {
  /** "2025-H1" (30 June izleme) or "2025" (year-end değerlendirme). */
  period: string;
  rate: number | null;
  coverage: Coverage;
  band: RateBand;
}

/** A rate across the assessed periods: one point per period of the trend, in the same order. */
export interface TrendSeries {
  code: string;
  title: string;
  points: TrendPoint[];
}

/**
 * GET /api/plans/:planId/progress/trend: the plan's, each aim's and each target's rate over every
 * assessed period that holds a value on the basis (in time order), each point exactly what GET
 * progress answers for that period and basis.
 */
export interface ProgressTrendResponse {
  planId: string;
  basis: ProgressBasis;
  /** The assessed periods of the points, in time order ("2025-H1", "2025", "2026-H1"…). */
  periods: string[];
  plan: { points: TrendPoint[] };
  aims: Array<TrendSeries & { targets: TrendSeries[] }>;
}
