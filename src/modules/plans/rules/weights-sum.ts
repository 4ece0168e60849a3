/** WEIGHTS_SUM: the indicator weights of a target add up to 100. */
import { sumExact } from '../../progress/actual-value.js';
import { at, forEachTarget, TARGET_STEP, type RuleChecker } from './rule-context.js';

/** WEIGHTS_SUM tolerance, for weights typed with decimals (33.3 + 33.3 + 33.4). */
export const WEIGHT_TOLERANCE = 1e-6;

export const weightsSum: RuleChecker = {
  code: 'WEIGHTS_SUM',
  severity: 'error',
  check({ doc, num }, report) {
    forEachTarget(doc, ({ aimIndex, target, targetIndex, path }) => {
      // A target without indicators is TARGET_HAS_INDICATOR's.
      if (target.indicators.length === 0) return;
      const weightSum = sumExact(target.indicators.map((indicator) => indicator.weight));
      if (Math.abs(weightSum - 100) <= WEIGHT_TOLERANCE) return;
      report.add(
        at.target(aimIndex, targetIndex, TARGET_STEP.indicators),
        `${path}.indicators`,
        'WEIGHTS_SUM',
        { target: target.code, sum: num(weightSum) },
      );
    });
  },
};
