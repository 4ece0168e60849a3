import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '../../contracts/auth.js';
import type { NotificationChannel, NotificationKind } from '../../contracts/notifications.js';
import type { InstitutionKind, PlanSettings, PlanStatus } from '../../contracts/plan-document.js';
import type { PeriodStatus } from '../../contracts/workflow.js';
import type { NotificationDraft, PeriodReminder, ScanMember } from './reminder-rules.js';

/** An open assessment period as the scan reads it. */
export interface OpenPeriodRow {
  institution_id: string;
  plan_id: string;
  title: string;
  period: string;
  opened_on: string;
  settings: Partial<PlanSettings> | null;
}

/** Submitted values of a plan waiting for approval. */
export interface WaitingRow {
  institution_id: string;
  plan_id: string;
  title: string;
  count: number;
  oldest_on: string;
}

/** Notifications inserted of one kind and channel. */
export interface InsertedCount {
  kind: NotificationKind;
  channel: NotificationChannel;
  count: number;
}

/** A plan as the scan's calendar part reads it, beside its institution's kind (no plan: nulls). */
export interface CalendarPlanRow {
  institution_id: string;
  institution_kind: InstitutionKind;
  id: string | null;
  title: string;
  start_year: number;
  end_year: number;
  status: PlanStatus | null;
  population: number | null;
  election_date: string | null;
  submitted_to_council: string | null;
  council_decision_date: string | null;
  council_decision_number: string | null;
  settings: Partial<PlanSettings> | null;
  published_at: Date | null;
}

/**
 * The entry period an indicator `i` owes in the assessment period `o` (o.year, o.half1): the
 * SQL of entryPeriodsIn (assessment-periods.ts), null when it owes none (a yearly one at 30 June).
 */
const OWED_ENTRY_PERIOD = `CASE WHEN o.half1 THEN CASE WHEN COALESCE(i.monitoring_months, 6) = 6 THEN o.year || '-H1' END
              WHEN COALESCE(i.monitoring_months, 6) = 6 THEN o.year || '-H2'
              ELSE o.year::text END`;

/**
 * The reads and writes of the notifications: set-based, so that a reminder scan over every
 * institution is a handful of queries whatever their number (docs/performance.md).
 */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Inserts the drafts that are new (one per user, event key and day: the unique key), each with
   * the user's channel for its kind (in-app when there is no SMTP), skipping deactivated users.
   * Answers how many rows were inserted of each kind and channel (counted in the statement: the
   * rows themselves are not sent back).
   */
  async insertDrafts(
    manager: EntityManager,
    drafts: readonly NotificationDraft[],
    smtp: boolean,
  ): Promise<InsertedCount[]> {
    if (drafts.length === 0) return [];
    // The drafts go as one JSON document (one JSON.stringify, read by json_to_recordset), not as
    // seven arrays the driver escapes element by element (docs/performance.md, issue 16).
    return manager.query<InsertedCount[]>(
      `WITH made AS (
         INSERT INTO notifications (institution_id, user_id, kind, params, link, event_key, event_day, channel)
         SELECT d."institutionId", d."userId", d.kind, d.params, d.link, d."eventKey", d."eventDay",
                CASE WHEN $2 THEN COALESCE(s.channels ->> d.kind, 'email') ELSE 'in-app' END
           FROM json_to_recordset($1::json) AS d("institutionId" uuid, "userId" uuid, kind text, params jsonb,
                                                 link text, "eventKey" text, "eventDay" date)
           JOIN users u ON u.id = d."userId" AND u.deactivated_at IS NULL
           LEFT JOIN notification_settings s ON s.user_id = d."userId"
         ON CONFLICT (user_id, event_key, event_day) DO NOTHING
         RETURNING kind, channel
       )
       SELECT kind, channel, count(*)::int AS count FROM made GROUP BY kind, channel`,
      [JSON.stringify(drafts.map(draftRecord)), smtp],
    );
  }

  /**
   * Makes the notifications of the periods' reminders (periodReminders in reminder-rules.ts) in
   * one statement: the entries owed (missing, draft or returned) are counted per target in a hash
   * aggregate (with the owing ones counted by a filter, not a join condition the planner would
   * misjudge), summed per responsible unit, and each reminder addressed as addressPeriodReminder
   * addresses it: a unit manager gets the sum over their units, when above 0; a role's members get
   * all the period owes, when above 0. The new ones (the unique key per user, event and day) are
   * inserted as insertDrafts inserts, in a fixed order; nothing travels to Node and back
   * (docs/performance.md, issue 16). Answers the counts per kind and channel.
   */
  async insertPeriodReminders(
    manager: EntityManager,
    reminders: readonly PeriodReminder[],
    smtp: boolean,
  ): Promise<InsertedCount[]> {
    if (reminders.length === 0) return [];
    return manager.query<InsertedCount[]>(
      `WITH r AS (
         SELECT * FROM json_to_recordset($1::json) AS r("institutionId" uuid, "planId" uuid, period text, kind text,
                  "eventKey" text, "eventDay" date, audience text, params jsonb, link text)
       ), o AS (
         SELECT DISTINCT r."planId" AS plan_id, r.period, substr(r.period, 1, 4)::int AS year,
                r.period LIKE '%-H1' AS half1
           FROM r
       ), e AS (
         SELECT o.plan_id, o.period, i.id AS indicator_id, i.target_id, ${OWED_ENTRY_PERIOD} AS entry_period
           FROM o JOIN indicators i ON i.plan_id = o.plan_id AND COALESCE(i.since_year, 0) <= o.year
       ), per_target AS (
         SELECT e.plan_id, e.period, e.target_id,
                count(*) FILTER (WHERE v.id IS NULL OR v.status IN ('draft', 'returned')) AS owed
           FROM e LEFT JOIN indicator_values v ON v.indicator_id = e.indicator_id AND v.period = e.entry_period
          WHERE e.entry_period IS NOT NULL
          GROUP BY e.plan_id, e.period, e.target_id
       ), per_unit AS (
         SELECT p.plan_id, p.period, t.responsible_unit_id AS unit_id, sum(p.owed)::int AS owed
           FROM per_target p JOIN targets t ON t.id = p.target_id
          WHERE p.owed > 0
          GROUP BY p.plan_id, p.period, t.responsible_unit_id
       ), per_manager AS (
         -- What each unit manager's units owe: joined as the units' rows, not looked up per reminder.
         SELECT u.plan_id, u.period, m.institution_id, m.user_id, sum(u.owed)::int AS owed
           FROM per_unit u
           JOIN membership_units mu ON mu.unit_id = u.unit_id
           JOIN memberships m ON m.user_id = mu.user_id AND m.institution_id = mu.institution_id
                             AND m.role = 'unit_manager'
          GROUP BY u.plan_id, u.period, m.institution_id, m.user_id
       ), addressed AS (
         SELECT r."institutionId", p.user_id, r.kind, r.params, r.link, r."eventKey", r."eventDay", p.owed AS count
           FROM r
           JOIN per_manager p ON p.plan_id = r."planId" AND p.period = r.period
                             AND p.institution_id = r."institutionId"
          WHERE r.audience = 'unit_manager'
         UNION ALL
         SELECT r."institutionId", m.user_id, r.kind, r.params, r.link, r."eventKey", r."eventDay", total.owed
           FROM r
           JOIN (SELECT plan_id, period, sum(owed)::int AS owed FROM per_unit GROUP BY plan_id, period) total
             ON total.plan_id = r."planId" AND total.period = r.period
           JOIN memberships m ON m.institution_id = r."institutionId" AND m.role = r.audience
          WHERE r.audience <> 'unit_manager'
       ), made AS (
         INSERT INTO notifications (institution_id, user_id, kind, params, link, event_key, event_day, channel)
         SELECT a."institutionId", a.user_id, a.kind, a.params || jsonb_build_object('count', a.count), a.link,
                a."eventKey", a."eventDay",
                CASE WHEN $2 THEN COALESCE(s.channels ->> a.kind, 'email') ELSE 'in-app' END
           FROM addressed a
           JOIN users u ON u.id = a.user_id AND u.deactivated_at IS NULL
           LEFT JOIN notification_settings s ON s.user_id = a.user_id
          WHERE a.count > 0
          -- One order for every instance: two scans at once wait for each other's keys in turn.
          ORDER BY a.user_id, a."eventKey", a."eventDay"
         ON CONFLICT (user_id, event_key, event_day) DO NOTHING
         RETURNING kind, channel
       )
       SELECT kind, channel, count(*)::int AS count FROM made GROUP BY kind, channel`,
      [JSON.stringify(reminders), smtp],
    );
  }

  /** Unit managers of an institution who answer for one of `unitIds`. */
  async findUnitManagers(manager: EntityManager, unitIds: readonly string[]): Promise<string[]> {
    if (unitIds.length === 0) return [];
    const rows = await manager.query<Array<{ user_id: string }>>(
      `SELECT DISTINCT mu.user_id
         FROM membership_units mu
         JOIN memberships m ON m.user_id = mu.user_id AND m.institution_id = mu.institution_id
        WHERE m.role = 'unit_manager' AND mu.unit_id = ANY($1::uuid[])`,
      [unitIds],
    );
    return rows.map((row) => row.user_id);
  }

  /** Members of an institution with one of `roles`. */
  async findMembersWithRole(
    manager: EntityManager,
    institutionId: string,
    roles: readonly Role[],
  ): Promise<string[]> {
    const rows = await manager.query<Array<{ user_id: string }>>(
      `SELECT user_id FROM memberships WHERE institution_id = $1 AND role = ANY($2::text[])`,
      [institutionId, roles],
    );
    return rows.map((row) => row.user_id);
  }

  /** Every open assessment period with its plan's title and settings, and the Istanbul day it opened. */
  async findOpenPeriods(): Promise<OpenPeriodRow[]> {
    return this.dataSource.query<OpenPeriodRow[]>(
      `SELECT ap.institution_id, ap.plan_id, p.title, ap.period, p.settings,
              to_char(ap.opened_at AT TIME ZONE 'Europe/Istanbul', 'YYYY-MM-DD') AS opened_on
         FROM assessment_periods ap
         JOIN plans p ON p.id = ap.plan_id
        WHERE ap.status = 'open'`,
    );
  }

  /** Per plan: submitted values waiting for approval, and the Istanbul day the oldest was submitted. */
  async findWaiting(): Promise<WaitingRow[]> {
    return this.dataSource.query<WaitingRow[]>(
      `SELECT v.institution_id, v.plan_id, p.title, count(*)::int AS count,
              to_char(min(v.submitted_at) AT TIME ZONE 'Europe/Istanbul', 'YYYY-MM-DD') AS oldest_on
         FROM indicator_values v
         JOIN plans p ON p.id = v.plan_id
        WHERE v.status = 'submitted' AND v.submitted_at IS NOT NULL
        GROUP BY v.institution_id, v.plan_id, p.title`,
    );
  }

  /**
   * Every institution's kind with each of its plans, only the columns the calendar rules read
   * (one row per plan; an institution without a plan has one row of nulls): the scan's calendar
   * part without building plan entities.
   */
  async findCalendarPlans(): Promise<CalendarPlanRow[]> {
    return this.dataSource.query<CalendarPlanRow[]>(
      `SELECT i.id AS institution_id, i.kind AS institution_kind, p.id, p.title, p.start_year, p.end_year,
              p.status, p.population, p.election_date, p.submitted_to_council, p.council_decision_date,
              p.council_decision_number, p.settings, p.published_at
         FROM institutions i
         LEFT JOIN plans p ON p.institution_id = i.id`,
    );
  }

  /** Every assessment period's plan, key and status. */
  async findPeriodStatuses(): Promise<Array<{ plan_id: string; period: string; status: PeriodStatus }>> {
    return this.dataSource.query('SELECT plan_id, period, status FROM assessment_periods');
  }

  /** The members of the institutions `ids`, with the units of the unit managers. */
  async findMembers(ids: readonly string[]): Promise<Map<string, ScanMember[]>> {
    const members = new Map<string, ScanMember[]>();
    if (ids.length === 0) return members;
    const rows = await this.dataSource.query<
      Array<{ user_id: string; institution_id: string; role: Role; unit_ids: string[] }>
    >(
      `SELECT m.user_id, m.institution_id, m.role,
              COALESCE(array_agg(mu.unit_id::text) FILTER (WHERE mu.unit_id IS NOT NULL), '{}') AS unit_ids
         FROM memberships m
         JOIN users u ON u.id = m.user_id AND u.deactivated_at IS NULL
         LEFT JOIN membership_units mu ON mu.user_id = m.user_id AND mu.institution_id = m.institution_id
        WHERE m.institution_id = ANY($1::uuid[])
        GROUP BY m.user_id, m.institution_id, m.role`,
      [ids],
    );
    for (const row of rows) {
      const list = members.get(row.institution_id) ?? [];
      list.push({ userId: row.user_id, role: row.role, unitIds: row.unit_ids });
      members.set(row.institution_id, list);
    }
    return members;
  }
}

/** A draft as one record of the insert's JSON document: its own fields, nothing else. */
function draftRecord(draft: NotificationDraft): NotificationDraft {
  const { userId, institutionId, kind, eventKey, eventDay, params, link } = draft;
  return { userId, institutionId, kind, eventKey, eventDay, params, link };
}
