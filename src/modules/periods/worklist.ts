import { zeroCounts } from '../../contracts/numbers.js';
import type {
  ActivityWorklistEntry,
  ApprovalQueueItem,
  EntryFigures,
  ApprovalQueueUnit,
  EntryState,
  UnitCounts,
  ValueStatus,
  WorklistEntry,
  WorklistPeriod,
} from '../../contracts/workflow.js';
import { indicatorFigures, type EngineIndicator } from '../progress/progress-engine.js';
import { parsePeriod, type MonitoringMonths } from './period-keys.js';
import {
  assessmentPeriodOf,
  compareAssessmentPeriods,
  entryPeriodsIn,
  periodDates,
  type DeadlineSettings,
} from './assessment-periods.js';

/**
 * A unit manager's worklist and a planner's approval queue (domain.md 6): which entries the
 * open assessment periods expect, in which state they are, and counts per responsible unit.
 */

export interface WorklistIndicator {
  code: string;
  name: string;
  target: string;
  /** Responsible unit code. */
  unit: string;
  monitoringMonths: MonitoringMonths;
  /** Added by a plan update: expected from this year on only. */
  sinceYear?: number | null;
}

export interface WorklistValue {
  indicator: string;
  period: string;
  status: ValueStatus;
  value: number;
  version: number;
  returnComment: string | null;
  implausible: boolean;
}

/** An activity of an accepted programme (its year), as the worklist names it. */
export interface WorklistActivity {
  year: number;
  activity: string;
  name: string;
  programmeTarget: string;
  /** Responsible unit code. */
  unit: string;
}

/** A progress entry of an activity (by the programme's year and the activity's code) for a period. */
export interface WorklistProgress {
  year: number;
  activity: string;
  period: string;
  status: ValueStatus;
  percent: number;
  spendingTotal: number;
  version: number;
  returnComment: string | null;
}

/** What an entry of an indicator (by code) for an entry period means: see entryFigures. */
export type FiguresOf = (indicator: string, period: string) => EntryFigures;

/**
 * What an entry means for its assessment period (issue 11 point 6): C by the value type, B and
 * the rate, as the progress engine computes them from `indicator` (its A, targets and entries).
 * A first-half entry makes the 30 June C; a second-half or yearly one the year-end C.
 */
export function entryFigures(
  indicator: EngineIndicator,
  plan: { startYear: number; endYear: number },
  period: string,
): EntryFigures {
  const assessmentPeriod = assessmentPeriodOf(period) ?? period;
  const assessed = parsePeriod(assessmentPeriod);
  const figures = assessed ? indicatorFigures(indicator, plan, assessed) : null;
  return {
    valueType: indicator.valueType,
    unit: indicator.unit ?? null,
    assessmentPeriod,
    baseline: indicator.baseline,
    actual: figures?.actual ?? null,
    actualPeriods: figures?.actualPeriods ?? [],
    missingPeriods: figures?.missingPeriods ?? [],
    target: figures?.target ?? null,
    targetBasis: figures?.targetBasis ?? 'year-end',
    rate: figures?.rate ?? null,
  };
}

/** States a unit still owes something for. */
const OWED: ReadonlySet<EntryState> = new Set(['missing', 'draft', 'returned']);

/** An expected entry's state from its stored row (none: missing), and whether it is late. */
function entryStatus(
  row: { status: ValueStatus; version: number; returnComment: string | null } | undefined,
  today: string,
  entryDeadline: string,
): Pick<WorklistEntry, 'state' | 'late' | 'version' | 'returnComment'> {
  const state: EntryState = row ? row.status : 'missing';
  return {
    state,
    late: OWED.has(state) && today > entryDeadline,
    version: row?.version ?? null,
    returnComment: row?.returnComment ?? null,
  };
}

/**
 * Expected entries per open assessment period, in the indicators' order. An entry is late when
 * it is still owed (missing, draft or returned) and the period's entry deadline (the plan's
 * `entryDeadlineDays` after its end) is before `today`: an entry owed after the period's end but
 * before the deadline is not late.
 */
export function buildWorklist(
  openPeriods: readonly string[],
  indicators: readonly WorklistIndicator[],
  values: readonly WorklistValue[],
  today: string,
  figuresOf: FiguresOf,
  settings: DeadlineSettings | null = null,
  monitored: { activities: readonly WorklistActivity[]; progress: readonly WorklistProgress[] } = {
    activities: [],
    progress: [],
  },
): WorklistPeriod[] {
  const byKey = new Map(values.map((row) => [`${row.indicator}|${row.period}`, row]));
  const progressByKey = new Map(
    monitored.progress.map((row) => [`${row.year}|${row.activity}|${row.period}`, row]),
  );
  return [...openPeriods].sort(compareAssessmentPeriods).flatMap((text) => {
    const assessed = parsePeriod(text);
    if (!assessed || assessed.half === 2) return [];
    const dates = periodDates(assessed, settings);
    const members = indicators.filter((indicator) => (indicator.sinceYear ?? 0) <= assessed.year);
    const entries: WorklistEntry[] = members.flatMap((indicator) =>
      entryPeriodsIn(assessed, indicator.monitoringMonths).map((period) => {
        const row = byKey.get(`${indicator.code}|${period}`);
        return {
          assessmentPeriod: text,
          period,
          indicator: indicator.code,
          name: indicator.name,
          target: indicator.target,
          unit: indicator.unit,
          ...entryStatus(row, today, dates.entryDeadline),
          value: row?.value ?? null,
          implausible: row?.implausible ?? false,
          figures: figuresOf(indicator.code, period),
        };
      }),
    );
    // An activity of the year's accepted programme reports once per assessment period (issue 14).
    const activities: ActivityWorklistEntry[] = monitored.activities
      .filter((activity) => activity.year === assessed.year)
      .map((activity) => {
        const row = progressByKey.get(`${activity.year}|${activity.activity}|${text}`);
        return {
          assessmentPeriod: text,
          period: text,
          activity: activity.activity,
          name: activity.name,
          programmeTarget: activity.programmeTarget,
          unit: activity.unit,
          ...entryStatus(row, today, dates.entryDeadline),
          percent: row?.percent ?? null,
          spendingTotal: row?.spendingTotal ?? null,
        };
      });
    return [{ period: text, ...dates, entries, units: countByUnit(entries), activities }];
  });
}

/** Counts per responsible unit, by unit code. */
export function countByUnit(entries: readonly WorklistEntry[]): UnitCounts[] {
  const counts = new Map<string, UnitCounts>();
  for (const entry of entries) {
    let unit = counts.get(entry.unit);
    if (!unit) {
      unit = { unit: entry.unit, ...zeroCounts() };
      counts.set(entry.unit, unit);
    }
    unit.expected += 1;
    unit[entry.state] += 1;
    if (entry.late) unit.late += 1;
  }
  return [...counts.values()].sort((a, b) => a.unit.localeCompare(b.unit));
}

/** Submitted values grouped by responsible unit (by unit code), each group in the given order. */
export function groupApprovalQueue(
  items: ReadonlyArray<ApprovalQueueItem & { unit: string }>,
): ApprovalQueueUnit[] {
  const groups = new Map<string, ApprovalQueueUnit>();
  for (const { unit, ...item } of items) {
    let group = groups.get(unit);
    if (!group) {
      group = { unit, count: 0, items: [] };
      groups.set(unit, group);
    }
    group.count += 1;
    group.items.push(item);
  }
  return [...groups.values()].sort((a, b) => a.unit.localeCompare(b.unit));
}
