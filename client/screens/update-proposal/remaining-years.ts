import type { PlanVersionResponse } from '../../../src/contracts/plan-versions.js';
import type { PlanResponse } from '../../../src/contracts/resources.js';
import type { AssessmentPeriodResponse } from '../../../src/contracts/workflow.js';

/**
 * The years an update may still change: after the last year with a closed assessment period, and
 * not before the effective year of the last approved update (as the server's UPDATE_RULES).
 */
export function remainingYears(
  plan: Pick<PlanResponse, 'startYear' | 'endYear'>,
  periods: ReadonlyArray<Pick<AssessmentPeriodResponse, 'period' | 'status'>>,
  versions: ReadonlyArray<Pick<PlanVersionResponse, 'status' | 'effectiveYear'>>,
): number[] {
  const closed = periods
    .filter((period) => period.status === 'closed')
    .map((period) => Number(period.period.slice(0, 4)) + 1);
  const lastApproved = versions.filter((version) => version.status === 'approved').at(-1)?.effectiveYear;
  const first = Math.max(plan.startYear, ...closed, lastApproved ?? plan.startYear);
  const years: number[] = [];
  for (let year = first; year <= plan.endYear; year += 1) years.push(year);
  return years;
}
