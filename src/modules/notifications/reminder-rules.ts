/**
 * The reminder scan's rules (issue 16 point 3), pure: who is reminded of what on an Istanbul
 * calendar day. Each reminder has an event key and the event's day, and a user gets one
 * notification per key and day (the unique index notifications_user_id_event_key_event_day_key),
 * so a reminder is found on every day of its window, not only on its first day: a scan that did
 * not run on that day (the server was down) still sends it, and a second scan sends nothing new.
 */
import type { Role } from '../../contracts/auth.js';
import type { NotificationKind } from '../../contracts/notifications.js';
import { addDays, daysBetween } from '../../contracts/preparation-timeline.js';
import type { PeriodDates } from '../periods/assessment-periods.js';

/** How many days a reminder's window stays open after its first day. */
export const REMINDER_WINDOW_DAYS = 7;

/** Days after the entry deadline an entry still missing is escalated: the planners, then the admins. */
export const ESCALATION_DAYS: ReadonlyArray<{ days: number; role: Role }> = [
  { days: 7, role: 'planner' },
  { days: 14, role: 'admin' },
];

/** A member of an institution as the scan addresses them. */
export interface ScanMember {
  userId: string;
  role: Role;
  /** Units a unit manager answers for (empty for other roles). */
  unitIds: readonly string[];
}

/** An open assessment period of a plan, with its dates under the plan's settings. */
export interface ScanPeriod {
  institutionId: string;
  planId: string;
  planTitle: string;
  period: string;
  /** The Istanbul day it was opened. */
  openedOn: string;
  dates: PeriodDates;
  /** Entries owed (missing, draft or returned) per responsible unit id. */
  owedByUnit: ReadonlyMap<string, number>;
}

/** Submitted values of a plan waiting for approval, and the Istanbul day the oldest was submitted. */
export interface ScanWaiting {
  institutionId: string;
  planId: string;
  planTitle: string;
  count: number;
  oldestOn: string;
}

/** A statutory deadline of the calendar (council deadline, performance programme). */
export interface ScanCalendarEvent {
  institutionId: string;
  id: string;
  date: string;
  /** The event's title in Turkish and in English (the inbox and the mail speak the user's language). */
  titleTr: string;
  titleEn: string;
}

export interface ScanInput {
  today: string;
  /** Days a submitted value may wait before its approvers are reminded (PUSULA_APPROVAL_REMINDER_DAYS). */
  approvalWaitingDays: number;
  periods: readonly ScanPeriod[];
  waiting: readonly ScanWaiting[];
  events: readonly ScanCalendarEvent[];
  /** Members per institution id. */
  members: ReadonlyMap<string, readonly ScanMember[]>;
}

/** The values a notification's text names (notification-texts.ts). */
export type NotificationParams = Record<string, string | number>;

/** A notification to create, before the user's channel is known. */
export interface NotificationDraft {
  userId: string;
  institutionId: string | null;
  kind: NotificationKind;
  eventKey: string;
  eventDay: string;
  params: NotificationParams;
  link: string;
}

/** Whether `today` is in the window that opens on `first` (and lasts `days` days). */
export function inWindow(today: string, first: string, days = REMINDER_WINDOW_DAYS): boolean {
  return today >= first && today < addDays(first, days);
}

/** The reminders of one day. */
export function reminderDrafts(input: ScanInput): NotificationDraft[] {
  return [
    ...input.periods.flatMap((period) => periodDrafts(input, period)),
    ...input.waiting.flatMap((waiting) => waitingDrafts(input, waiting)),
    ...input.events.flatMap((event) => calendarDrafts(input, event)),
  ];
}

function membersOf(input: ScanInput, institutionId: string, role: Role): readonly ScanMember[] {
  return (input.members.get(institutionId) ?? []).filter((member) => member.role === role);
}

/**
 * A reminder a period owes today, before it is addressed: its kind, key, day, text and link, and
 * who it is for. `unit_manager`: each unit manager of the institution whose units owe entries in
 * the period, with the sum of what their units owe as `count`; another role: each member of that
 * role, with all the period owes as `count`, when it owes anything. The scan addresses them in
 * SQL (NotificationsRepository.insertPeriodReminders) the way addressPeriodReminder does here.
 */
export interface PeriodReminder {
  institutionId: string;
  planId: string;
  period: string;
  kind: NotificationKind;
  eventKey: string;
  eventDay: string;
  audience: Role;
  /** The text's values but the count, which the addressing adds. */
  params: NotificationParams;
  link: string;
}

/** Which of a period's reminders are due on `today` (the owed entries are not read here). */
export function periodReminders(today: string, period: Omit<ScanPeriod, 'owedByUnit'>): PeriodReminder[] {
  const { entryDeadline } = period.dates;
  const place = { plan: period.planTitle, period: period.period, deadline: entryDeadline };
  const key = `${period.planId}:${period.period}`;
  const of = { institutionId: period.institutionId, planId: period.planId, period: period.period };
  const reminders: PeriodReminder[] = [];
  const toUnitManagers = (kind: NotificationKind, eventDay: string, first: string, last: string): void => {
    if (today < first || today > last) return;
    reminders.push({
      ...of,
      kind,
      eventKey: `${kind}:${key}`,
      eventDay,
      audience: 'unit_manager',
      params: place,
      link: `#/plans/${period.planId}/entry`,
    });
  };
  // Opened: said once, in the week after the opening, to each unit manager who owes an entry.
  toUnitManagers(
    'period-opened',
    period.openedOn,
    period.openedOn,
    addDays(period.openedOn, REMINDER_WINDOW_DAYS - 1),
  );
  // 7 days before the deadline (until the 1-day reminder takes over), then 1 day before (until the deadline).
  toUnitManagers('entry-deadline-7', entryDeadline, addDays(entryDeadline, -7), addDays(entryDeadline, -2));
  toUnitManagers('entry-deadline-1', entryDeadline, addDays(entryDeadline, -1), entryDeadline);
  for (const { days, role } of ESCALATION_DAYS) {
    const first = addDays(entryDeadline, days);
    if (!inWindow(today, first)) continue;
    reminders.push({
      ...of,
      kind: 'entry-escalation',
      eventKey: `entry-escalation-${days}:${key}`,
      eventDay: first,
      audience: role,
      params: { ...place, days },
      link: `#/plans/${period.planId}/approvals`,
    });
  }
  return reminders;
}

/** A period reminder's notifications from the institution's members and the entries owed per unit. */
export function addressPeriodReminder(
  reminder: PeriodReminder,
  members: readonly ScanMember[],
  owedByUnit: ReadonlyMap<string, number>,
): NotificationDraft[] {
  const { institutionId, kind, eventKey, eventDay, params, link } = reminder;
  const draft = (userId: string, count: number): NotificationDraft => ({
    userId,
    institutionId,
    kind,
    eventKey,
    eventDay,
    params: { ...params, count },
    link,
  });
  const addressed = members.filter((member) => member.role === reminder.audience);
  if (reminder.audience === 'unit_manager') {
    return addressed.flatMap((member) => {
      // Entries a unit manager owes in a period: the sum over their units; nothing owed, no reminder.
      const count = member.unitIds.reduce((sum, unitId) => sum + (owedByUnit.get(unitId) ?? 0), 0);
      return count === 0 ? [] : [draft(member.userId, count)];
    });
  }
  const owed = [...owedByUnit.values()].reduce((sum, count) => sum + count, 0);
  return owed === 0 ? [] : addressed.map((member) => draft(member.userId, owed));
}

function periodDrafts(input: ScanInput, period: ScanPeriod): NotificationDraft[] {
  const members = input.members.get(period.institutionId) ?? [];
  return periodReminders(input.today, period).flatMap((reminder) =>
    addressPeriodReminder(reminder, members, period.owedByUnit),
  );
}

/**
 * Approvers (planners and admins) hear of values waiting more than N days on the day the oldest
 * crosses N days, then once a week while they still wait.
 */
function waitingDrafts(input: ScanInput, waiting: ScanWaiting): NotificationDraft[] {
  const waited = daysBetween(waiting.oldestOn, input.today);
  if (waited < input.approvalWaitingDays) return [];
  const weeks = Math.floor((waited - input.approvalWaitingDays) / REMINDER_WINDOW_DAYS);
  const eventDay = addDays(waiting.oldestOn, input.approvalWaitingDays + weeks * REMINDER_WINDOW_DAYS);
  return toPlannersAndAdmins(input, {
    institutionId: waiting.institutionId,
    kind: 'approval-waiting',
    eventKey: `approval-waiting:${waiting.planId}`,
    eventDay,
    params: { plan: waiting.planTitle, count: waiting.count, days: waited },
    link: `#/plans/${waiting.planId}/approvals`,
  });
}

/** `draft` for each planner and admin of its institution. */
function toPlannersAndAdmins(
  input: ScanInput,
  draft: Omit<NotificationDraft, 'userId'> & { institutionId: string },
): NotificationDraft[] {
  return [
    ...membersOf(input, draft.institutionId, 'planner'),
    ...membersOf(input, draft.institutionId, 'admin'),
  ].map((member) => ({ ...draft, userId: member.userId }));
}

/** A council or performance programme deadline in the next 7 days: the planners and admins. */
function calendarDrafts(input: ScanInput, event: ScanCalendarEvent): NotificationDraft[] {
  if (!inWindow(input.today, addDays(event.date, -REMINDER_WINDOW_DAYS))) return [];
  return toPlannersAndAdmins(input, {
    institutionId: event.institutionId,
    kind: 'calendar-deadline',
    eventKey: `calendar-deadline:${event.id}`,
    eventDay: event.date,
    params: { titleTr: event.titleTr, titleEn: event.titleEn, date: event.date },
    link: '#/calendar',
  });
}
