/**
 * Ranges of the plan settings that decide how figures read and which entries need a note
 * (issue 11): minCoverage, midYearBands and plausibility. The plan DTO, the plan document
 * parser and the target-card workbook all judge them here, so one value is accepted or refused
 * the same way everywhere. Pure.
 */
import type { ErrorDetail } from '../../contracts/errors.js';
import type { MidYearBands, PlanSettings, PlausibilityFactors } from '../../contracts/plan-document.js';
import type { Lang } from '../../contracts/validation.js';

export const SETTING_RANGE_CODE = 'OUT_OF_RANGE';

/** minCoverage: a share of the weight due, 0–100. */
export function minCoverageProblem(value: number, lang: Lang): string | null {
  if (value >= 0 && value <= 100) return null;
  return lang === 'en'
    ? `The minimum coverage must be between 0 and 100 (% of the weight due); got ${value}.`
    : `Asgari kapsam 0 ile 100 arasında olmalı (dönemde ölçülen ağırlığın yüzdesi); verilen: ${value}.`;
}

/** midYearBands: 0 ≤ behind ≤ onTrack (null, the neutral palette, is no problem). */
export function midYearBandsProblem(bands: MidYearBands, lang: Lang): string | null {
  if (bands.behind >= 0 && bands.behind <= bands.onTrack) return null;
  return lang === 'en'
    ? `Mid-year bands need 0 ≤ behind ≤ onTrack; got behind ${bands.behind}, onTrack ${bands.onTrack}.`
    : `Ara dönem eşiklerinde 0 ≤ geride (behind) ≤ yolunda (onTrack) olmalı; verilen: geride ${bands.behind}, yolunda ${bands.onTrack}.`;
}

/** plausibility: 0 < low < 1 < high. */
export function plausibilityProblem(factors: PlausibilityFactors, lang: Lang): string | null {
  if (factors.low > 0 && factors.low < 1 && factors.high > 1) return null;
  return lang === 'en'
    ? `Plausibility factors need 0 < low < 1 < high; got low ${factors.low}, high ${factors.high}.`
    : `Olağanlık katsayılarında 0 < alt (low) < 1 < üst (high) olmalı; verilen: alt ${factors.low}, üst ${factors.high}.`;
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
  const { minCoverage, midYearBands, plausibility } = settings as Record<keyof PlanSettings, unknown>;
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
