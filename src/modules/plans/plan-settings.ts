/**
 * Ranges of the plan settings that decide how figures read and which entries need a note
 * (issue 11): minCoverage, midYearBands and plausibility; and of the deadlines of an assessment
 * period (issue 16): entryDeadlineDays and approvalDeadlineDays. The plan DTO, the plan document
 * parser and the target-card workbook all judge them here, so one value is accepted or refused
 * the same way everywhere. Pure.
 */
import type { ErrorDetail } from '../../contracts/errors.js';
import {
  MAX_DEADLINE_DAYS,
  type MidYearBands,
  type PlanSettings,
  type PlausibilityFactors,
} from '../../contracts/plan-document.js';
import type { Lang } from '../../contracts/validation.js';
import { detailMessage } from '../../common/messages/detail-messages.js';

export const SETTING_RANGE_CODE = 'OUT_OF_RANGE';

/** minCoverage: a share of the weight due, 0–100. */
export function minCoverageProblem(value: number, lang: Lang): string | null {
  if (value >= 0 && value <= 100) return null;
  return detailMessage('OUT_OF_RANGE.minCoverage', { value }, lang);
}

/** midYearBands: 0 ≤ behind ≤ onTrack (null, the neutral palette, is no problem). */
export function midYearBandsProblem(bands: MidYearBands, lang: Lang): string | null {
  if (bands.behind >= 0 && bands.behind <= bands.onTrack) return null;
  return detailMessage('OUT_OF_RANGE.midYearBands', { behind: bands.behind, onTrack: bands.onTrack }, lang);
}

/** plausibility: 0 < low < 1 < high. */
export function plausibilityProblem(factors: PlausibilityFactors, lang: Lang): string | null {
  if (factors.low > 0 && factors.low < 1 && factors.high > 1) return null;
  return detailMessage('OUT_OF_RANGE.plausibility', { low: factors.low, high: factors.high }, lang);
}

/** entryDeadlineDays, approvalDeadlineDays: whole days after the period's end, 0–365. */
export function deadlineDaysProblem(value: number, lang: Lang): string | null {
  if (Number.isInteger(value) && value >= 0 && value <= MAX_DEADLINE_DAYS) return null;
  return detailMessage('OUT_OF_RANGE.deadlineDays', { value, max: MAX_DEADLINE_DAYS }, lang);
}

/**
 * The range problems of `settings` whose values have the right types (a wrong type is reported
 * by the caller's type check, not twice here), with paths under `path`.
 */
export function settingsRangeProblems(settings: unknown, path: string, lang: Lang): ErrorDetail[] {
  if (!isRecord(settings)) return [];
  const problems: ErrorDetail[] = [];
  const add = (field: string, message: string | null): void => {
    if (message !== null) problems.push({ path: `${path}.${field}`, code: SETTING_RANGE_CODE, message });
  };
  const { minCoverage, midYearBands, plausibility, entryDeadlineDays, approvalDeadlineDays } =
    settings as Record<keyof PlanSettings, unknown>;
  if (isNumber(entryDeadlineDays)) add('entryDeadlineDays', deadlineDaysProblem(entryDeadlineDays, lang));
  if (isNumber(approvalDeadlineDays))
    add('approvalDeadlineDays', deadlineDaysProblem(approvalDeadlineDays, lang));
  if (isNumber(minCoverage)) add('minCoverage', minCoverageProblem(minCoverage, lang));
  if (isRecord(midYearBands) && isNumber(midYearBands.onTrack) && isNumber(midYearBands.behind)) {
    add(
      'midYearBands',
      midYearBandsProblem({ onTrack: midYearBands.onTrack, behind: midYearBands.behind }, lang),
    );
  }
  if (isRecord(plausibility) && isNumber(plausibility.low) && isNumber(plausibility.high)) {
    add('plausibility', plausibilityProblem({ low: plausibility.low, high: plausibility.high }, lang));
  }
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
