import {
  DEFAULT_APPROVAL_DEADLINE_DAYS,
  DEFAULT_ENTRY_DEADLINE_DAYS,
  type PlanSettings,
} from '../../contracts/plan-document.js';
import { addDays } from '../../contracts/preparation-timeline.js';
import { type MonitoringMonths, type Period, parsePeriod, periodEndKey } from './period-keys.js';

/**
 * Assessment periods (domain.md 4.3 and 6): a planner opens "YYYY-H1" (30 June izleme) or
 * "YYYY" (year-end değerlendirme) for a plan, and the entries that belong to it can then be
 * entered, submitted and approved. YYYY-H1 holds the YYYY-H1 entries; YYYY holds YYYY-H2
 * (6-monthly indicators) and YYYY (12-monthly ones).
 */

/** The assessment period an entry period belongs to, or null when `entry` is not a period. */
export function assessmentPeriodOf(entry: string): string | null {
  const period = parsePeriod(entry);
  if (!period) return null;
  return period.half === 1 ? `${period.year}-H1` : String(period.year);
}

/** The entry periods of an indicator that fall in an assessment period (none for a yearly one at 30 June). */
export function entryPeriodsIn(assessed: Period, monitoringMonths: MonitoringMonths): string[] {
  if (assessed.half === 1) return monitoringMonths === 6 ? [`${assessed.year}-H1`] : [];
  return [monitoringMonths === 6 ? `${assessed.year}-H2` : String(assessed.year)];
}

/** Every entry period an assessment period holds, whatever the monitoring frequency. */
export function allEntryPeriodsIn(assessed: Period): string[] {
  return [...entryPeriodsIn(assessed, 6), ...entryPeriodsIn(assessed, 12)];
}

/** The last day of an assessment period: 30 June or 31 December (YYYY-MM-DD). */
export function assessmentEndDate(assessed: Period): string {
  return assessed.half === 1 ? `${assessed.year}-06-30` : `${assessed.year}-12-31`;
}

/** The plan settings that set an assessment period's deadlines. */
export type DeadlineSettings = Pick<PlanSettings, 'entryDeadlineDays' | 'approvalDeadlineDays'>;

/** The dates of an assessment period: its last day, and when its entries and approvals are due. */
export interface PeriodDates {
  endDate: string;
  /** The last day an entry is due; owed after it, an entry is late (gecikti). */
  entryDeadline: string;
  /** The last day the planner approves the period's entries. */
  approvalDeadline: string;
}

/**
 * The days after a period's end its entries (default 15) and approvals (default 30) are due
 * under a plan's settings; the approval never before the entry.
 */
export function deadlineDays(settings: DeadlineSettings | null | undefined): {
  entryDays: number;
  approvalDays: number;
} {
  const entryDays = settings?.entryDeadlineDays ?? DEFAULT_ENTRY_DEADLINE_DAYS;
  return {
    entryDays,
    approvalDays: Math.max(settings?.approvalDeadlineDays ?? DEFAULT_APPROVAL_DEADLINE_DAYS, entryDays),
  };
}

/**
 * An assessment period's dates under a plan's settings (issue 16 point 2): the entry deadline
 * `entryDeadlineDays` (default 15) after the period's end, the approval deadline
 * `approvalDeadlineDays` (default 30) after it, never before the entry deadline.
 */
export function periodDates(assessed: Period, settings: DeadlineSettings | null | undefined): PeriodDates {
  const endDate = assessmentEndDate(assessed);
  const { entryDays, approvalDays } = deadlineDays(settings);
  return {
    endDate,
    entryDeadline: addDays(endDate, entryDays),
    approvalDeadline: addDays(endDate, approvalDays),
  };
}

/** Time order: 2025-H1, 2025, 2026-H1, 2026 … */
export function compareAssessmentPeriods(a: string, b: string): number {
  const left = parsePeriod(a);
  const right = parsePeriod(b);
  if (!left || !right) return a.localeCompare(b);
  return periodEndKey(left) - periodEndKey(right);
}
