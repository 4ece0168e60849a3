import type { PlanResponse } from '../../../src/contracts/resources.js';

/**
 * The year the activity report workspace opens at: ?year= when it is a plan year; else the last
 * ended year that has a performance programme (an activity report reports on a programme, so that
 * is where its figures are); else the last plan year that has ended, within the plan.
 */
export function reportYear(
  plan: Pick<PlanResponse, 'startYear' | 'endYear'>,
  asked: string | null,
  programmeYears: readonly number[],
  today: string,
): number {
  const wanted = Number(asked);
  if (asked !== null && Number.isInteger(wanted) && wanted >= plan.startYear && wanted <= plan.endYear)
    return wanted;
  const lastEnded = Number(today.slice(0, 4)) - 1;
  const reported = programmeYears.filter(
    (year) => year >= plan.startYear && year <= Math.min(plan.endYear, lastEnded),
  );
  if (reported.length > 0) return Math.max(...reported);
  return Math.min(plan.endYear, Math.max(plan.startYear, lastEnded));
}
