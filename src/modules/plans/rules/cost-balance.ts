/** COST_BALANCE: the resources cover the costs each year; a card's activities stay within its estimate. */
import { sumExact } from '../../progress/actual-value.js';
import { at, forEachTarget, sameNumber, TARGET_STEP, type RuleChecker } from './rule-context.js';

export const costBalance: RuleChecker = {
  code: 'COST_BALANCE',
  severity: 'warning',
  check({ doc, years, num }, report) {
    const plan = doc.plan;
    const costing = plan.costing;
    if (costing?.resources) {
      const targets = plan.aims.flatMap((aim) => aim.targets);
      for (const year of years) {
        const key = String(year);
        const targetSum = sumExact(targets.map((target) => target.costEstimate?.[key] ?? 0));
        const need = sumExact([targetSum, costing.generalAdministration?.[key] ?? 0]);
        const resourceSum = sumExact(costing.resources.map((resource) => resource.amounts[key] ?? 0));
        if (sameNumber(need, resourceSum)) continue;
        report.add(at.resourceBalance, 'plan.costing.resources', 'COST_BALANCE.resources', {
          year,
          need: num(need),
          resources: num(resourceSum),
        });
      }
    }

    // The card's activities cannot cost more than its estimate for the year.
    forEachTarget(doc, ({ aimIndex, target, targetIndex, path }) => {
      const activities = target.activities ?? [];
      if (!target.costEstimate || activities.length === 0) return;
      for (const year of years) {
        const key = String(year);
        const activitySum = sumExact(activities.map((activity) => activity.cost?.[key] ?? 0));
        const estimate = target.costEstimate[key] ?? 0;
        if (activitySum <= estimate || sameNumber(activitySum, estimate)) continue;
        report.add(
          at.target(aimIndex, targetIndex, TARGET_STEP.activityCosts),
          `${path}.costEstimate[${JSON.stringify(key)}]`,
          'COST_BALANCE.activities',
          { target: target.code, year, sum: num(activitySum), estimate: num(estimate) },
        );
      }
    });
  },
};
