import type { CalendarEvent } from '../../contracts/calendar.js';
import type { PeriodStatus } from '../../contracts/workflow.js';
import { istanbulDate } from '../../common/clock.js';
import { effectiveStatus } from '../plans/plan-lifecycle.js';
import type { Plan } from '../plans/plan.entity.js';
import { eventState, type CalendarPlan, type IndicatorUnit } from './calendar-rules.js';
import type { InstitutionEvent } from './institution-event.entity.js';

/** What the calendar rules read of a stored plan: a Plan entity, or a row of those columns. */
export type CalendarPlanSource = Pick<
  Plan,
  | 'id'
  | 'title'
  | 'startYear'
  | 'endYear'
  | 'status'
  | 'population'
  | 'electionDate'
  | 'submittedToCouncil'
  | 'councilDecisionDate'
  | 'councilDecisionNumber'
  | 'settings'
  | 'publishedAt'
>;

/**
 * A stored plan as the calendar rules read it, with its assessment periods and (for the unit
 * filter) its indicators' units; without them no event names a unit.
 */
export function toCalendarPlan(
  plan: CalendarPlanSource,
  periods: ReadonlyArray<{ period: string; status: PeriodStatus }>,
  indicatorUnits: readonly IndicatorUnit[] = [],
  approvedUnitReports: ReadonlyArray<{ year: number; unitId: string }> = [],
): CalendarPlan {
  return {
    ...plan,
    status: effectiveStatus(plan),
    publishedOn: plan.publishedAt === null ? null : istanbulDate(plan.publishedAt),
    settings: plan.settings,
    periods,
    indicatorUnits,
    approvedUnitReports,
  };
}

/** An own event as the calendar answers it, its state judged on `today` (Istanbul). */
export function toOwnEvent(row: InstitutionEvent, today: string): CalendarEvent {
  return {
    id: row.id,
    kind: 'own',
    date: row.date,
    endDate: row.endDate,
    title: row.title,
    description: row.description,
    concerns: row.planId === null ? 'institution' : 'plan',
    planId: row.planId,
    unitIds: row.unitId === null ? [] : [row.unitId],
    period: null,
    programmeYear: null,
    actor: row.actor,
    done: row.done,
    state: eventState(row, today),
    version: row.version,
  };
}
