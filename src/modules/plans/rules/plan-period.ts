/** PLAN_PERIOD: five consecutive years, and yearly amounts only for those years. */
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
      report.add(
        at.planPeriod,
        'plan.endYear',
        `plan dönemi ${plan.startYear}–${plan.endYear}; ${PLAN_YEARS} ardışık takvim yılı olmalı (${plan.startYear}–${plan.startYear + PLAN_YEARS - 1})`,
        `plan period ${plan.startYear}–${plan.endYear}; it must be ${PLAN_YEARS} consecutive calendar years (${plan.startYear}–${plan.startYear + PLAN_YEARS - 1})`,
      );
    }
    const yearKeys = (
      position: Position,
      amounts: YearAmounts | undefined,
      path: string,
      tr: string,
      en: string,
    ): void => checkYearKeys(context, report, position, amounts, path, tr, en);

    const costing = plan.costing;
    if (costing) {
      yearKeys(
        at.generalAdministration,
        costing.generalAdministration,
        'plan.costing.generalAdministration',
        'genel yönetim giderleri',
        'general administration',
      );
      costing.resources?.forEach((resource, index) => {
        yearKeys(
          at.resourceYears,
          resource.amounts,
          `plan.costing.resources[${index}].amounts`,
          `${resource.source} kaynağı`,
          `resource ${resource.source}`,
        );
      });
    }

    forEachTarget(doc, ({ aimIndex, target, targetIndex, path }) => {
      (target.activities ?? []).forEach((activity, index) => {
        const position = at.activity(aimIndex, targetIndex, index, ACTIVITY_STEP.years);
        const activityPath = `${path}.activities[${index}]`;
        const label = activity.code ?? activity.name;
        yearKeys(
          position,
          activity.cost,
          `${activityPath}.cost`,
          `${label} faaliyet maliyeti`,
          `cost of activity ${label}`,
        );
        yearKeys(
          position,
          activity.offBudgetCost,
          `${activityPath}.offBudgetCost`,
          `${label} bütçe dışı maliyeti`,
          `off-budget cost of activity ${label}`,
        );
      });
      yearKeys(
        at.target(aimIndex, targetIndex, TARGET_STEP.costEstimate),
        target.costEstimate,
        `${path}.costEstimate`,
        `${target.code} maliyet tahmini`,
        `${target.code} cost estimate`,
      );
    });

    forEachIndicator(doc, ({ aimIndex, targetIndex, indicator, indicatorIndex, indicatorPath }) => {
      const code = indicator.code;
      const sincePosition = at.indicator(aimIndex, targetIndex, indicatorIndex, INDICATOR_STEP.sinceYear);
      // An indicator a plan update added counts from its first year: targets start there.
      const since = indicator.sinceYear ?? plan.startYear;
      if (indicator.sinceYear !== undefined && !context.years.includes(indicator.sinceYear)) {
        report.add(
          sincePosition,
          `${indicatorPath}.sinceYear`,
          `${code} göstergesinin ilk yılı ${indicator.sinceYear} plan döneminin (${plan.startYear}–${plan.endYear}) dışında`,
          `the first year ${indicator.sinceYear} of indicator ${code} is outside the plan period (${plan.startYear}–${plan.endYear})`,
        );
      }
      for (const key of Object.keys(indicator.targets).sort()) {
        if (!inPlan(key) || Number(key) >= since) continue;
        report.add(
          sincePosition,
          `${indicatorPath}.targets[${JSON.stringify(key)}]`,
          `${code} göstergesi ${since} yılından geçerli; ${key} yılı için hedefi olamaz`,
          `indicator ${code} counts from ${since}; it can have no target for ${key}`,
        );
      }
      yearKeys(
        at.indicator(aimIndex, targetIndex, indicatorIndex, INDICATOR_STEP.targetYears),
        indicator.targets,
        `${indicatorPath}.targets`,
        `${code} göstergesinin hedefi`,
        `target of indicator ${code}`,
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
  tr: string,
  en: string,
): void {
  const { startYear, endYear } = doc.plan;
  for (const key of Object.keys(amounts ?? {}).sort()) {
    if (inPlan(key)) continue;
    report.add(
      position,
      `${path}[${JSON.stringify(key)}]`,
      `${tr}: ${key} yılı plan dönemi (${startYear}–${endYear}) dışında`,
      `${en}: year ${key} is outside the plan period (${startYear}–${endYear})`,
    );
  }
}
