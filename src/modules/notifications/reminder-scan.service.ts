import { groupBy } from '../../common/objects.js';
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
  periodReminders,
  reminderDrafts,
  type NotificationDraft,
  type ScanCalendarEvent,
} from './reminder-rules.js';

/** The calendar's deadlines the planners and admins are reminded of (issue 16 point 3). */
const REMINDED_EVENTS: ReadonlySet<CalendarEventKind> = new Set([
  'council-deadline',
  'programme-start',
  'programme-budget',
]);

/**
 * The daily reminder scan (issue 16 point 3): reads every institution's open periods, waiting
 * approvals and calendar deadlines in a few set-based queries and lets the pure rules
 * (reminder-rules.ts) say what is due today; the periods' reminders are addressed to the unit
 * managers who owe entries (and escalated to the roles) by PostgreSQL as they are inserted, the
 * others drafted in Node; only the notifications the unique key does not already hold are made.
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
    // Only the periods a rule can speak of today: just opened, near their deadline, or escalated.
    const lastEscalation = Math.max(...ESCALATION_DAYS.map((step) => step.days)) + REMINDER_WINDOW_DAYS;
    const reminders = open.flatMap((row) => {
      const assessed = parsePeriod(row.period);
      if (!assessed) return [];
      const dates = periodDates(assessed, row.settings);
      const active =
        today < addDays(row.opened_on, REMINDER_WINDOW_DAYS) ||
        (today >= addDays(dates.entryDeadline, -REMINDER_WINDOW_DAYS) &&
          today < addDays(dates.entryDeadline, lastEscalation));
      if (!active) return [];
      return periodReminders(today, {
        institutionId: row.institution_id,
        planId: row.plan_id,
        planTitle: row.title,
        period: row.period,
        openedOn: row.opened_on,
        dates,
      });
    });
    // In one transaction: the periods' reminders addressed and inserted by PostgreSQL in one
    // statement while the waiting approvals and the calendar are read and drafted beside it (on
    // other connections), then those drafts inserted.
    const byKind = await this.dataSource.transaction(async (manager) => {
      const [made, drafts] = await Promise.all([
        this.notifications.makePeriodReminders(manager, reminders),
        this.otherDrafts(today),
      ]);
      return this.notifications.notify(manager, drafts, made);
    });
    const created = Object.values(byKind).reduce((sum, count) => sum + count, 0);
    return { day: today, created, byKind };
  }

  /** The reminders of the values waiting for approval and of the calendar's deadlines. */
  private async otherDrafts(today: string): Promise<NotificationDraft[]> {
    const [waitingRows, events] = await Promise.all([
      this.repository.findWaiting(),
      this.calendarDeadlines(today),
    ]);
    const waiting = waitingRows.map((row) => ({
      institutionId: row.institution_id,
      planId: row.plan_id,
      planTitle: row.title,
      count: row.count,
      oldestOn: row.oldest_on,
    }));
    const institutions = new Set([...waiting, ...events].map((row) => row.institutionId));
    return reminderDrafts({
      today,
      approvalWaitingDays: this.config.approvalReminderDays,
      periods: [],
      waiting,
      events,
      members: await this.repository.findMembers([...institutions]),
    });
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
