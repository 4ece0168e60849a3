/** PLAN_PERIOD: five consecutive years, and yearly amounts only for those years. */
import type { YearAmountsOf } from '../../../common/messages/rule-messages.js';
import type { YearAmounts } from '../../../contracts/plan-document.js';
import {
  ACTIVITY_STEP,
  at,
  forEachIndicator,
  forEachTarget,
  INDICATOR_STEP,
  TARGET_STEP,
  type Position,
  type RuleChecker,
  type RuleContext,
  type RuleReport,
} from './rule-context.js';

/** PLAN_PERIOD: 5 consecutive calendar years. */
export const PLAN_YEARS = 5;

export const planPeriod: RuleChecker = {
  code: 'PLAN_PERIOD',
  severity: 'error',
  check(context, report) {
    const { doc, inPlan } = context;
    const plan = doc.plan;
    if (plan.endYear - plan.startYear !== PLAN_YEARS - 1) {
      report.add(at.planPeriod, 'plan.endYear', 'PLAN_PERIOD.years', {
        start: plan.startYear,
        end: plan.endYear,
        years: PLAN_YEARS,
        last: plan.startYear + PLAN_YEARS - 1,
      });
    }
    const yearKeys = (
      position: Position,
      amounts: YearAmounts | undefined,
      path: string,
      of: YearAmountsOf,
      name = '',
    ): void => checkYearKeys(context, report, position, amounts, path, of, name);

    const costing = plan.costing;
    if (costing) {
      yearKeys(
        at.generalAdministration,
        costing.generalAdministration,
        'plan.costing.generalAdministration',
        'generalAdministration',
      );
      costing.resources?.forEach((resource, index) => {
        yearKeys(
          at.resourceYears,
          resource.amounts,
          `plan.costing.resources[${index}].amounts`,
          'resource',
          resource.source,
        );
      });
    }

    forEachTarget(doc, ({ aimIndex, target, targetIndex, path }) => {
      (target.activities ?? []).forEach((activity, index) => {
        const position = at.activity(aimIndex, targetIndex, index, ACTIVITY_STEP.years);
        const activityPath = `${path}.activities[${index}]`;
        const label = activity.code ?? activity.name;
        yearKeys(position, activity.cost, `${activityPath}.cost`, 'activityCost', label);
        yearKeys(position, activity.offBudgetCost, `${activityPath}.offBudgetCost`, 'offBudgetCost', label);
      });
      yearKeys(
        at.target(aimIndex, targetIndex, TARGET_STEP.costEstimate),
        target.costEstimate,
        `${path}.costEstimate`,
        'costEstimate',
        target.code,
      );
    });

    forEachIndicator(doc, ({ indicator, indicatorPath, positionAt }) => {
      const code = indicator.code;
      const sincePosition = positionAt(INDICATOR_STEP.sinceYear);
      // An indicator a plan update added counts from its first year: targets start there.
      const since = indicator.sinceYear ?? plan.startYear;
      if (indicator.sinceYear !== undefined && !context.years.includes(indicator.sinceYear)) {
        report.add(sincePosition, `${indicatorPath}.sinceYear`, 'PLAN_PERIOD.sinceOutside', {
          code,
          since: indicator.sinceYear,
          start: plan.startYear,
          end: plan.endYear,
        });
      }
      for (const key of Object.keys(indicator.targets).sort()) {
        if (!inPlan(key) || Number(key) >= since) continue;
        report.add(
          sincePosition,
          `${indicatorPath}.targets[${JSON.stringify(key)}]`,
          'PLAN_PERIOD.targetBeforeSince',
          { code, since, year: key },
        );
      }
      yearKeys(
        positionAt(INDICATOR_STEP.targetYears),
        indicator.targets,
        `${indicatorPath}.targets`,
        'indicatorTargets',
        code,
      );
    });
  },
};

/** Yearly amounts only for the plan's years. */
function checkYearKeys(
  { doc, inPlan }: RuleContext,
  report: RuleReport,
  position: Position,
  amounts: YearAmounts | undefined,
  path: string,
  of: YearAmountsOf,
  name: string,
): void {
  const { startYear, endYear } = doc.plan;
  for (const key of Object.keys(amounts ?? {}).sort()) {
    if (inPlan(key)) continue;
    report.add(position, `${path}[${JSON.stringify(key)}]`, 'PLAN_PERIOD.yearOutside', {
      of,
      name,
      year: key,
      start: startYear,
      end: endYear,
    });
  }
}
