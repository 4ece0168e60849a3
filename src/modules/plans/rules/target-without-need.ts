/**
 * TARGET_WITHOUT_NEED (warning): a target that answers no finding or need. Only for a plan whose
 * situation analysis holds at least one finding or need: a plan without one (every plan written
 * before the analysis existed) would otherwise get one warning per target that says nothing.
 */
import { at, forEachTarget, TARGET_STEP, type RuleChecker } from './rule-context.js';

export const targetWithoutNeed: RuleChecker = {
  code: 'TARGET_WITHOUT_NEED',
  severity: 'warning',
  check({ doc }, report) {
    const codes = new Set((doc.plan.analysis?.findings ?? []).map((item) => item.code));
    if (codes.size === 0) return;
    forEachTarget(doc, ({ aimIndex, target, targetIndex, path }) => {
      if ((target.answers ?? []).some((code) => codes.has(code))) return;
      report.add(
        at.target(aimIndex, targetIndex, TARGET_STEP.answers),
        `${path}.answers`,
        'TARGET_WITHOUT_NEED',
        {
          target: target.code,
        },
      );
    });
  },
};
