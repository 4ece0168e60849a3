/** TARGET_HAS_INDICATOR: a target has indicators, each with a baseline A and a target B for every year. */
import {
  at,
  forEachIndicator,
  forEachTarget,
  INDICATOR_STEP,
  TARGET_STEP,
  type RuleChecker,
} from './rule-context.js';

export const targetHasIndicator: RuleChecker = {
  code: 'TARGET_HAS_INDICATOR',
  severity: 'error',
  check({ doc, years }, report) {
    forEachTarget(doc, ({ aimIndex, target, targetIndex, path }) => {
      if (target.indicators.length > 0) return;
      report.add(
        at.target(aimIndex, targetIndex, TARGET_STEP.indicators),
        `${path}.indicators`,
        'TARGET_HAS_INDICATOR.none',
        { target: target.code },
      );
    });
    forEachIndicator(doc, ({ indicator, indicatorPath, positionAt }) => {
      const position = positionAt(INDICATOR_STEP.baselineAndTargets);
      const code = indicator.code;
      if (indicator.baseline === null) {
        report.add(position, `${indicatorPath}.baseline`, 'TARGET_HAS_INDICATOR.noBaseline', { code });
      }
      // An indicator a plan update added counts from its first year.
      const since = indicator.sinceYear ?? doc.plan.startYear;
      const missing = years.filter(
        (year) => year >= since && typeof indicator.targets[String(year)] !== 'number',
      );
      if (missing.length > 0) {
        report.add(position, `${indicatorPath}.targets`, 'TARGET_HAS_INDICATOR.noTargets', {
          code,
          years: missing.join(', '),
        });
      }
    });
  },
};
