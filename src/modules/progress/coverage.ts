/**
 * What a rate rests on (coverage) and how it reads (its band). Pure: the engine calls these for
 * every target, aim and plan, so every screen, workbook and public answer shows the same.
 */
import {
  DEFAULT_MID_YEAR_BANDS,
  DEFAULT_MIN_COVERAGE,
  DEFAULT_STATUS_THRESHOLDS,
  type PlanSettings,
} from '../../contracts/plan-document.js';
import type { Coverage, ProgressSettings, RateBand } from '../../contracts/progress.js';

/** One indicator as coverage sees it: due in the period or not, and whether it entered the rate. */
export interface CoverageItem {
  weight: number;
  due: boolean;
  withData: boolean;
}

/**
 * A target's coverage: the indicators due and those with data, and the share of the due weight
 * that has data. Nothing due gives a null share (the target is not assessed in this period).
 */
export function targetCoverage(items: CoverageItem[], minCoverage: number): Coverage {
  const due = items.filter((item) => item.due);
  const withData = due.filter((item) => item.withData);
  const dueWeight = sum(due.map((item) => item.weight));
  const weightShare =
    due.length === 0
      ? null
      : dueWeight === 0
        ? // Weights of 0 everywhere: the count is all there is to go by.
          (withData.length / due.length) * 100
        : (sum(withData.map((item) => item.weight)) / dueWeight) * 100;
  return finish(withData.length, due.length, weightShare, minCoverage);
}

/**
 * An aim's or the plan's coverage from its targets': counts add up; the share is the mean of
 * the targets' shares, a target without data counting 0 and a target with nothing due left out.
 */
export function combinedCoverage(targets: Coverage[], minCoverage: number): Coverage {
  const assessed = targets.flatMap((coverage) =>
    coverage.weightShare === null ? [] : [coverage.weightShare],
  );
  return finish(
    sum(targets.map((coverage) => coverage.indicatorsWithData)),
    sum(targets.map((coverage) => coverage.indicatorsDue)),
    assessed.length === 0 ? null : sum(assessed) / assessed.length,
    minCoverage,
  );
}

function finish(
  indicatorsWithData: number,
  indicatorsDue: number,
  weightShare: number | null,
  minCoverage: number,
): Coverage {
  return {
    indicatorsWithData,
    indicatorsDue,
    weightShare,
    sufficient: weightShare !== null && weightShare >= minCoverage,
  };
}

/** The settings that decide how rates read, with the defaults filled in. */
export function bandSettings(
  settings: Partial<PlanSettings> | undefined,
): Pick<ProgressSettings, 'minCoverage' | 'statusThresholds' | 'midYearBands'> {
  return {
    minCoverage: settings?.minCoverage ?? DEFAULT_MIN_COVERAGE,
    statusThresholds: settings?.statusThresholds ?? DEFAULT_STATUS_THRESHOLDS,
    // An explicit null means the institution wants no mid-year colours (a neutral palette).
    midYearBands: settings?.midYearBands === undefined ? DEFAULT_MID_YEAR_BANDS : settings.midYearBands,
  };
}

/**
 * How a rate reads. A year-end rate uses the year-end bands; a mid-year rate (measured against
 * the year-end target) the mid-year bands, or neutral without them. A rate whose coverage is
 * below the minimum reads "insufficient" whatever its value; no rate reads "none".
 * A rate on a boundary takes the better band.
 */
export function rateBand(
  rate: number | null,
  coverage: Pick<Coverage, 'sufficient'>,
  midYear: boolean,
  settings: Pick<ProgressSettings, 'statusThresholds' | 'midYearBands'>,
): RateBand {
  if (rate === null || !Number.isFinite(rate)) return 'none';
  if (!coverage.sufficient) return 'insufficient';
  if (midYear) {
    const bands = settings.midYearBands;
    if (bands === null) return 'neutral';
    if (rate >= bands.onTrack) return 'on-track';
    return rate < bands.behind ? 'behind' : 'watch';
  }
  if (rate >= settings.statusThresholds.good) return 'good';
  return rate >= settings.statusThresholds.warning ? 'warning' : 'poor';
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
