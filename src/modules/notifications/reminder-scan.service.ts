import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CalendarEventKind } from '../../contracts/calendar.js';
import type { ReminderRunResponse } from '../../contracts/notifications.js';
import { addDays } from '../../contracts/preparation-timeline.js';
import { istanbulDate } from '../../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { calendarEvents } from '../calendar/calendar-rules.js';
import { toCalendarPlan, type CalendarPlanSource } from '../calendar/calendar.mapper.js';
import { periodDates } from '../periods/assessment-periods.js';
import { parsePeriod } from '../periods/period-keys.js';
import { NotificationsRepository, type CalendarPlanRow } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';
import {
  ESCALATION_DAYS,
  REMINDER_WINDOW_DAYS,
  reminderDrafts,
  type ScanCalendarEvent,
  type ScanPeriod,
} from './reminder-rules.js';

/** The calendar's deadlines the planners and admins are reminded of (issue 16 point 3). */
const REMINDED_EVENTS: ReadonlySet<CalendarEventKind> = new Set([
  'council-deadline',
  'programme-start',
  'programme-budget',
]);

/**
 * The daily reminder scan (issue 16 point 3): reads every institution's open periods, owed
 * entries, waiting approvals and calendar deadlines in a few set-based queries, lets the pure
 * rules (reminder-rules.ts) say who is reminded of what today, and makes the notifications the
 * unique key does not already hold.
 */
@Injectable()
export class ReminderScanService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: NotificationsRepository,
    private readonly notifications: NotificationsService,
  ) {}

  async scan(today: string = istanbulDate()): Promise<ReminderRunResponse> {
    const open = await this.repository.findOpenPeriods();
    const dated = open.flatMap((row) => {
      const assessed = parsePeriod(row.period);
      return assessed ? [{ row, dates: periodDates(assessed, row.settings) }] : [];
    });
    // Only the periods a rule can speak of today: just opened, near their deadline, or escalated.
    const lastEscalation = Math.max(...ESCALATION_DAYS.map((step) => step.days)) + REMINDER_WINDOW_DAYS;
    const active = dated.filter(
      ({ row, dates }) =>
        today < addDays(row.opened_on, REMINDER_WINDOW_DAYS) ||
        (today >= addDays(dates.entryDeadline, -REMINDER_WINDOW_DAYS) &&
          today < addDays(dates.entryDeadline, lastEscalation)),
    );
    // The owed entries, the waiting approvals, the calendar and the members of the institutions
    // with an active period at once, each on its own connection.
    const activeInstitutions = new Set(active.map(({ row }) => row.institution_id));
    const [owed, waitingRows, events, activeMembers] = await Promise.all([
      this.repository.findOwed(active.map(({ row }) => ({ planId: row.plan_id, period: row.period }))),
      this.repository.findWaiting(),
      this.calendarDeadlines(today),
      this.repository.findMembers([...activeInstitutions]),
    ]);
    const owedOf = new Map<string, Map<string, number>>();
    for (const row of owed) {
      const key = `${row.plan_id}|${row.period}`;
      const units = owedOf.get(key) ?? new Map<string, number>();
      units.set(row.unit_id, row.owed);
      owedOf.set(key, units);
    }
    const periods: ScanPeriod[] = active.map(({ row, dates }) => ({
      institutionId: row.institution_id,
      planId: row.plan_id,
      planTitle: row.title,
      period: row.period,
      openedOn: row.opened_on,
      dates,
      owedByUnit: owedOf.get(`${row.plan_id}|${row.period}`) ?? new Map<string, number>(),
    }));
    const waiting = waitingRows.map((row) => ({
      institutionId: row.institution_id,
      planId: row.plan_id,
      planTitle: row.title,
      count: row.count,
      oldestOn: row.oldest_on,
    }));
    // Then the members of the institutions only a waiting approval or a deadline brings in.
    const others = new Set(
      [...waiting, ...events].map((row) => row.institutionId).filter((id) => !activeInstitutions.has(id)),
    );
    const members = new Map([...activeMembers, ...(await this.repository.findMembers([...others]))]);
    const drafts = reminderDrafts({
      today,
      approvalWaitingDays: this.config.approvalReminderDays,
      periods,
      waiting,
      events,
      members,
    });
    const byKind = await this.dataSource.transaction((manager) => this.notifications.notify(manager, drafts));
    const created = Object.values(byKind).reduce((sum, count) => sum + count, 0);
    return { day: today, created, byKind };
  }

  /**
   * The council and programme deadlines of every institution in the next week, in both
   * languages: only those kinds are drafted, and the English titles only where there is one.
   * The plans are read as plain rows (the columns the rules read), not as entities.
   */
  private async calendarDeadlines(today: string): Promise<ScanCalendarEvent[]> {
    const [rows, periods] = await Promise.all([
      this.repository.findCalendarPlans(),
      this.repository.findPeriodStatuses(),
    ]);
    const range = { from: today, to: addDays(today, REMINDER_WINDOW_DAYS) };
    const institutions = groupBy(rows, (row) => row.institution_id);
    const periodsOf = groupBy(periods, (row) => row.plan_id);
    return [...institutions].flatMap(([institutionId, plans]) => {
      const input = {
        institution: { kind: plans[0].institution_kind },
        plans: plans.flatMap((row) =>
          row.id === null ? [] : [toCalendarPlan(planOf(row, row.id), periodsOf.get(row.id) ?? [])],
        ),
        kinds: REMINDED_EVENTS,
      };
      const due = calendarEvents(input, range, today, 'tr').filter((event) => event.state === 'upcoming');
      if (due.length === 0) return [];
      const english = new Map(
        calendarEvents(input, range, today, 'en').map((event) => [event.id, event.title]),
      );
      return due.map((event) => ({
        institutionId,
        id: event.id,
        date: event.date,
        titleTr: event.title,
        titleEn: english.get(event.id) ?? event.title,
      }));
    });
  }
}

/** A plan row of the calendar part as the calendar mapper reads a plan. */
function planOf(row: CalendarPlanRow, id: string): CalendarPlanSource {
  return {
    id,
    title: row.title,
    startYear: row.start_year,
    endYear: row.end_year,
    status: row.status,
    population: row.population,
    electionDate: row.election_date,
    submittedToCouncil: row.submitted_to_council,
    councilDecisionDate: row.council_decision_date,
    councilDecisionNumber: row.council_decision_number,
    settings: row.settings,
    publishedAt: row.published_at,
  };
}

/** The rows by a key of theirs, each list in the rows' order. */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
