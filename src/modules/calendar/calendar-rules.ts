/**
 * The statutory calendar of an institution (planning-cycle.md 6, issue 16 point 1), pure: the
 * events computed for every year from the institution's kind and its plans (their election
 * dates, years, settings and assessment periods), each with its dates, title, what it concerns,
 * who must act and whether it is done where the data tells. Dates are Istanbul calendar dates.
 */
import type {
  CalendarActor,
  CalendarConcern,
  CalendarEvent,
  CalendarEventKind,
  CalendarEventState,
} from '../../contracts/calendar.js';
import type { InstitutionKind, PlanStatus } from '../../contracts/plan-document.js';
import { daysInMonth } from '../../contracts/preparation-timeline.js';
import type { Lang } from '../../contracts/validation.js';
import type { PeriodStatus } from '../../contracts/workflow.js';
import { CALENDAR_TEXTS } from '../../common/messages/calendar-texts.js';
import { periodDates, type DeadlineSettings } from '../periods/assessment-periods.js';
import { storedPlanTimeline, type StoredPlanDates } from '../plans/preparation-timeline.js';

/** Kinds bound by the municipal calendar of Law 5393 (council audit, final accounts, mid-year report). */
const MUNICIPAL_KINDS: ReadonlySet<InstitutionKind> = new Set(['belediye', 'buyuksehir']);

/** Statuses whose plan is monitored: its periods, reports and programmes are due. */
const MONITORED: ReadonlySet<PlanStatus> = new Set(['yururlukte', 'kapandi']);

/** What the rules read of a plan. */
export interface CalendarPlan extends StoredPlanDates {
  id: string;
  title: string;
  endYear: number;
  /** The status in effect (effectiveStatus). */
  status: PlanStatus;
  /** The day the plan was published on the website, or null. */
  publishedOn: string | null;
  settings: DeadlineSettings | null;
  /** The assessment periods opened for the plan and their status. */
  periods: ReadonlyArray<{ period: string; status: PeriodStatus }>;
  /**
   * The plan's indicators as the unit filter reads them: the unit responsible for each one's
   * target, how often it is monitored (months; null counts as 6) and its first year (null: the
   * plan's). Repeated combinations may be given once.
   */
  indicatorUnits: readonly IndicatorUnit[];
  /** The unit activity reports approved, by year and unit (issue 14 point 8); absent: none. */
  approvedUnitReports?: ReadonlyArray<{ year: number; unitId: string }>;
}

/**
 * The unit activity reports of `year` are done when every unit responsible for an indicator of
 * the plan has its report approved; unknown (null) while no report of the year is approved.
 */
export function unitReportsDone(plan: CalendarPlan, year: number): boolean | null {
  const approved = new Set(
    (plan.approvedUnitReports ?? []).filter((row) => row.year === year).map((row) => row.unitId),
  );
  if (approved.size === 0) return null;
  return planUnits(plan).every((unitId) => approved.has(unitId));
}

/** An indicator's responsible unit, monitoring and first year (CalendarPlan.indicatorUnits). */
export interface IndicatorUnit {
  unitId: string;
  monitoringMonths: number | null;
  sinceYear: number | null;
}

export interface CalendarInput {
  institution: { kind: InstitutionKind };
  plans: readonly CalendarPlan[];
  /** Only the events that concern this unit (their unitIds hold it); absent: every event. */
  unitId?: string;
  /**
   * Only events of these kinds (the reminder scan asks for its three over every institution);
   * absent: every kind. The others are not even drafted.
   */
  kinds?: ReadonlySet<CalendarEventKind>;
}

/** Whether the input asks for events of `kind`. */
function wants(input: CalendarInput, ...kinds: CalendarEventKind[]): boolean {
  return input.kinds === undefined || kinds.some((kind) => input.kinds?.has(kind));
}

/** An inclusive range of Istanbul calendar dates (YYYY-MM-DD). */
export interface DateRange {
  from: string;
  to: string;
}

/** An event before its title is written and its state judged. */
interface Draft {
  kind: Exclude<CalendarEventKind, 'own'>;
  date: string;
  endDate: string | null;
  concerns: CalendarConcern;
  plan: CalendarPlan | null;
  period: string | null;
  /** The year the title names (a report's or programme's year). */
  year: number;
  programmeYear: number | null;
  actor: CalendarActor;
  done: boolean | null;
  /** The units it concerns (CalendarEvent.unitIds). */
  unitIds: string[];
}

/**
 * The units that owe an entry in the assessment period of `year` (`half` 1: 30 June, when only
 * the six-monthly indicators are assessed; null: the year's end, when every indicator is), among
 * the indicators monitored from that year on: the rule of entryPeriodsIn, by unit.
 */
export function unitsOwingIn(
  indicatorUnits: readonly IndicatorUnit[],
  year: number,
  half: 1 | null,
): string[] {
  const units = new Set<string>();
  for (const row of indicatorUnits) {
    if ((row.sinceYear ?? 0) > year) continue;
    if (half === 1 && (row.monitoringMonths ?? 6) !== 6) continue;
    units.add(row.unitId);
  }
  return [...units].sort();
}

/** Every unit responsible for an indicator of the plan. */
function planUnits(plan: CalendarPlan): string[] {
  return [...new Set(plan.indicatorUnits.map((row) => row.unitId))].sort();
}

/**
 * done when the data says so; late when its last day is before `today` and it is not done; past
 * when its last day is before `today` and the data cannot tell; else upcoming.
 */
export function eventState(
  event: { date: string; endDate: string | null; done: boolean | null },
  today: string,
): CalendarEventState {
  if (event.done === true) return 'done';
  if ((event.endDate ?? event.date) >= today) return 'upcoming';
  return event.done === false ? 'late' : 'past';
}

/** The longest range the calendar answers at once. */
export const MAX_CALENDAR_YEARS = 10;

/**
 * Why a range is refused: `to` before `from`, or more than MAX_CALENDAR_YEARS years apart
 * (both YYYY-MM-DD). Null when it is fine.
 */
export function rangeProblem(range: DateRange): { years?: number } | null {
  if (range.to < range.from) return {};
  const [year, rest] = [Number(range.from.slice(0, 4)), range.from.slice(4)];
  const limit = `${String(year + MAX_CALENDAR_YEARS).padStart(4, '0')}${rest}`;
  return range.to >= limit ? { years: MAX_CALENDAR_YEARS } : null;
}

/** The last day of February of `year`: the 28th, the 29th in a leap year. */
export function endOfFebruary(year: number): string {
  return `${year}-02-${daysInMonth(year, 2)}`;
}

/** The computed events of the institution that overlap `range`, by date (then kind, then plan). */
export function calendarEvents(
  input: CalendarInput,
  range: DateRange,
  today: string,
  lang: Lang,
): CalendarEvent[] {
  const fromYear = Number(range.from.slice(0, 4));
  const toYear = Number(range.to.slice(0, 4));
  const drafts: Draft[] = [];
  // Kinds not asked for are not drafted at all (the reminder scan asks for three over every institution).
  if (
    MUNICIPAL_KINDS.has(input.institution.kind) &&
    wants(input, 'audit-committee-report', 'final-accounts', 'mid-year-report')
  ) {
    for (let year = fromYear; year <= toYear; year += 1) drafts.push(...municipalYear(year));
  }
  for (const plan of input.plans) drafts.push(...planEvents(plan, input, today));
  const kindOrder = (kind: Draft['kind']): number => KIND_ORDER.indexOf(kind);
  const { unitId } = input;
  return drafts
    .filter((draft) => draft.date <= range.to && (draft.endDate ?? draft.date) >= range.from)
    .filter((draft) => unitId === undefined || draft.unitIds.includes(unitId))
    .filter((draft) => wants(input, draft.kind))
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        kindOrder(a.kind) - kindOrder(b.kind) ||
        (a.plan?.startYear ?? 0) - (b.plan?.startYear ?? 0),
    )
    .map((draft) => written(draft, today, lang));
}

const KIND_ORDER: ReadonlyArray<Draft['kind']> = Object.keys(CALENDAR_TEXTS) as Array<Draft['kind']>;

function written(draft: Draft, today: string, lang: Lang): CalendarEvent {
  const title = CALENDAR_TEXTS[draft.kind][lang]({
    plan: draft.plan?.title ?? '',
    period: draft.period ?? '',
    year: draft.year,
  });
  return {
    id: [draft.kind, draft.plan?.id ?? 'institution', draft.period ?? draft.year, draft.date].join(':'),
    kind: draft.kind,
    date: draft.date,
    endDate: draft.endDate,
    title,
    description: null,
    concerns: draft.concerns,
    planId: draft.plan?.id ?? null,
    unitIds: draft.unitIds,
    period: draft.period,
    programmeYear: draft.programmeYear,
    actor: draft.actor,
    done: draft.done,
    state: eventState(draft, today),
    version: null,
  };
}

/** A municipality's own yearly council duties, whatever its plans (planning-cycle.md 6). */
function municipalYear(year: number): Draft[] {
  const base = {
    concerns: 'institution' as const,
    plan: null,
    period: null,
    programmeYear: null,
    done: null,
    unitIds: [],
  };
  return [
    {
      ...base,
      kind: 'audit-committee-report',
      date: `${year}-03-31`,
      endDate: null,
      year: year - 1,
      actor: 'council',
    },
    {
      ...base,
      kind: 'final-accounts',
      date: `${year}-05-01`,
      endDate: `${year}-05-31`,
      year: year - 1,
      actor: 'council',
    },
    {
      ...base,
      kind: 'mid-year-report',
      date: `${year}-07-01`,
      endDate: `${year}-07-31`,
      year,
      actor: 'top-manager',
    },
  ];
}

/** The events of one plan: its council deadline and publication, then its yearly cycle. */
function planEvents(plan: CalendarPlan, input: CalendarInput, today: string): Draft[] {
  const { kind } = input.institution;
  const drafts: Draft[] = [];
  const base = { plan, period: null, programmeYear: null, unitIds: [] };
  const timeline = storedPlanTimeline(plan, { kind }, today);
  if (wants(input, 'council-deadline') && timeline.applies && timeline.deadline !== null) {
    drafts.push({
      ...base,
      kind: 'council-deadline',
      date: timeline.deadline,
      endDate: null,
      concerns: 'plan',
      year: plan.startYear,
      actor: 'top-manager',
      done: plan.submittedToCouncil !== null || plan.councilDecisionDate !== null,
    });
  }
  if (wants(input, 'plan-publication'))
    drafts.push({
      ...base,
      kind: 'plan-publication',
      date: timeline.publicationWeek.from,
      endDate: timeline.publicationWeek.to,
      concerns: 'plan',
      year: plan.startYear,
      actor: 'planner',
      done: plan.publishedOn !== null,
    });
  if (!MONITORED.has(plan.status)) return drafts;
  const programmeKinds = wants(input, 'programme-start', 'programme-budget');
  const periodKinds = wants(input, 'period-end', 'entry-deadline', 'approval-deadline');
  const reportKinds = wants(input, 'monitoring-report', 'unit-activity-reports', 'activity-report');
  const statusOf = new Map(plan.periods.map((row) => [row.period, row.status]));
  for (let year = plan.startYear; year <= plan.endYear; year += 1) {
    const programme = { ...base, concerns: 'programme' as const, year, programmeYear: year, done: null };
    if (programmeKinds)
      drafts.push(
        {
          ...programme,
          kind: 'programme-start',
          date: `${year - 1}-05-31`,
          endDate: null,
          actor: 'top-manager',
        },
        {
          ...programme,
          kind: 'programme-budget',
          date: `${year - 1}-09-01`,
          endDate: `${year - 1}-10-31`,
          actor: 'council',
        },
      );
    for (const half of periodKinds ? ([1, null] as const) : []) {
      const period = half === 1 ? `${year}-H1` : String(year);
      const dates = periodDates({ year, half }, plan.settings);
      const status = statusOf.get(period);
      // Done when the period is closed; not done while it is open; unknown when never opened.
      const closed = status === undefined ? null : status === 'closed';
      const ofPeriod = { ...base, concerns: 'period' as const, period, year, endDate: null };
      const owing = unitsOwingIn(plan.indicatorUnits, year, half);
      drafts.push(
        {
          ...ofPeriod,
          kind: 'period-end',
          date: dates.endDate,
          actor: 'unit_manager',
          done: null,
          unitIds: owing,
        },
        {
          ...ofPeriod,
          unitIds: owing,
          kind: 'entry-deadline',
          date: dates.entryDeadline,
          actor: 'unit_manager',
          done: closed,
        },
        {
          ...ofPeriod,
          kind: 'approval-deadline',
          date: dates.approvalDeadline,
          actor: 'planner',
          done: closed,
        },
      );
    }
    if (!reportKinds) continue;
    drafts.push(
      {
        ...base,
        kind: 'monitoring-report',
        date: `${year}-07-01`,
        endDate: `${year}-07-31`,
        concerns: 'period',
        period: `${year}-H1`,
        year,
        actor: 'planner',
        done: null,
      },
      {
        ...base,
        kind: 'unit-activity-reports',
        date: endOfFebruary(year + 1),
        endDate: null,
        concerns: 'plan',
        year,
        actor: 'unit_manager',
        done: unitReportsDone(plan, year),
        unitIds: planUnits(plan),
      },
      {
        ...base,
        kind: 'activity-report',
        date: `${year + 1}-04-01`,
        endDate: `${year + 1}-04-30`,
        concerns: 'plan',
        year,
        actor: 'council',
        done: null,
      },
    );
  }
  return drafts;
}
