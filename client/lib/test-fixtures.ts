import type { Coverage, IndicatorProgress } from '../../src/contracts/progress.js';

/*
 * Progress shapes for the client's unit tests (imported by specs only, never by a screen): each
 * spec names the fields its assertions read and takes the rest from here.
 */

/** An aim or plan with nothing due yet. */
export const NO_COVERAGE: Coverage = {
  indicatorsWithData: 0,
  indicatorsDue: 0,
  weightShare: null,
  sufficient: false,
};

/** An F1 level indicator with no figures, named by its code, overlaid with `fields`. */
export function indicatorProgress(
  fields: Partial<IndicatorProgress> & Pick<IndicatorProgress, 'code' | 'weight'>,
): IndicatorProgress {
  return {
    name: fields.code,
    unit: null,
    direction: 'artis',
    valueType: 'duzey',
    method: 'F1',
    formula: null,
    baseline: null,
    target: null,
    actual: null,
    actualPeriods: [],
    rate: null,
    rateUsed: null,
    effectiveWeight: null,
    finalTarget: null,
    planProgress: null,
    targetBasis: 'year-end',
    ...fields,
  };
}
