/**
 * The institution's calendar (issue 16 point 1, planning-cycle.md 6): the statutory events
 * computed from its kind, its plans and their assessment periods, and the events the
 * institution adds itself. Dates are Istanbul calendar dates (YYYY-MM-DD).
 */
import type { Role } from './auth.js';

/** Events the rules compute (calendar-rules.ts), and `own` for the institution's own events. */
export const CALENDAR_EVENT_KINDS = [
  'council-deadline',
  'plan-publication',
  'unit-activity-reports',
  'audit-committee-report',
  'activity-report',
  'final-accounts',
  'programme-start',
  'period-end',
  'monitoring-report',
  'mid-year-report',
  'programme-budget',
  'entry-deadline',
  'approval-deadline',
  'own',
] as const;
export type CalendarEventKind = (typeof CALENDAR_EVENT_KINDS)[number];

/** What an event is about. */
export type CalendarConcern = 'plan' | 'period' | 'programme' | 'institution';

/** Who must act: a role of Pusula, or a body outside it (the council, the top manager). */
export const CALENDAR_ACTORS = [
  'admin',
  'planner',
  'unit_manager',
  'reviewer',
  'council',
  'top-manager',
] as const;
export type CalendarActor = Role | 'council' | 'top-manager';

/**
 * done: the work is done (derived from the data: the period closed, the plan submitted or
 * published); late: its last day passed and it is not done; past: its last day passed and
 * nothing in the data says whether it was done; upcoming: its last day is today or later.
 */
export type CalendarEventState = 'done' | 'late' | 'past' | 'upcoming';

export interface CalendarEvent {
  /** Stable: the kind, what it concerns and its date for a computed event; the row id for an own event. */
  id: string;
  kind: CalendarEventKind;
  /** First day (YYYY-MM-DD). */
  date: string;
  /** Last day when the event spans days (the publication week, September–October), else null. */
  endDate: string | null;
  /** In the request's language (the catalogue's text); an own event's title as entered. */
  title: string;
  description: string | null;
  concerns: CalendarConcern;
  planId: string | null;
  /**
   * The units the event concerns: for a period's end and entry deadline, the units responsible
   * for an indicator that owes an entry in it; for the unit activity reports, every unit
   * responsible for a target of the plan; for an own event, its unit. Empty otherwise.
   */
  unitIds: string[];
  /** The assessment period (YYYY-H1 or YYYY) an event of a period concerns. */
  period: string | null;
  /** The programme year (the year the performance programme is for) of a programme event. */
  programmeYear: number | null;
  actor: CalendarActor;
  /** Derived from the data where possible, else null. */
  done: boolean | null;
  state: CalendarEventState;
  /** An own event's version (for PATCH); null for a computed one. */
  version: number | null;
}

export interface CalendarResponse {
  institutionId: string;
  from: string;
  to: string;
  /** The unit filter (`?unit=`): only the events that concern this unit; null for all events. */
  unitId: string | null;
  /** The institution's units by code: what the unit filter chooses from and unitIds name. */
  units: CalendarUnit[];
  /** Today in Istanbul, the day the states are judged on. */
  asOf: string;
  events: CalendarEvent[];
}

/** A unit of the institution as the calendar names it. */
export interface CalendarUnit {
  id: string;
  code: string;
  name: string;
}

/** An event the institution adds (POST) or changes (PATCH: every field optional). */
export interface OwnEventRequest {
  title: string;
  date: string;
  endDate?: string | null;
  description?: string | null;
  planId?: string | null;
  /** A unit of the institution the event concerns (a unit's own task). */
  unitId?: string | null;
  actor?: CalendarActor;
  done?: boolean;
}

/** The iCalendar feed of one institution the token opens. */
export interface CalendarFeed {
  institutionId: string;
  institutionName: string;
  /** GET …/calendar.ics?token=…: what a calendar application subscribes to. */
  url: string;
}

/**
 * POST /api/account/calendar-token: a new feed token (the old one stops working). The token is
 * shown this once: the server keeps only its hash.
 */
export interface CalendarTokenResponse {
  createdAt: string;
  /** The feeds of every institution the user belongs to, each URL carrying the token. */
  feeds: CalendarFeed[];
}

/** GET /api/account/calendar-token: whether the user has a feed token, and since when. */
export interface CalendarTokenStatus {
  active: boolean;
  createdAt: string | null;
}
