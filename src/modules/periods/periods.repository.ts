import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { spendingTotal } from '../../contracts/programme.js';
import type {
  ActivityQueueItem,
  ApprovalQueueCorrection,
  ApprovalQueueItem,
} from '../../contracts/workflow.js';
import {
  engineIndicator,
  type EngineIndicator,
  type EngineIndicatorRow,
} from '../progress/progress-engine.js';
import { parsePeriod } from './period-keys.js';
import { allEntryPeriodsIn } from './assessment-periods.js';
import { ENTRY_ACTIVITY_ID, MONITORED_ACTIVITIES } from './monitored-activities.sql.js';
import type { WorklistActivity, WorklistIndicator, WorklistProgress, WorklistValue } from './worklist.js';

/**
 * From an indicator `i` to its target `t`, aim `a` and responsible unit `u`: what the reads name
 * an indicator by, and plan order (a.position, t.position, i.position).
 */
const TARGET_AIM_UNIT = `JOIN targets t ON t.id = i.target_id
         JOIN aims a ON a.id = t.aim_id
         JOIN units u ON u.id = t.responsible_unit_id`;

/** What names a queued row: its indicator, target and responsible unit, and its entry period. */
interface QueuePlace {
  indicator: string;
  name: string;
  target: string;
  unit: string;
  period: string;
}

/** The QueuePlace columns of a queued row `r` (an entry or a correction), joined as TARGET_AIM_UNIT. */
const queuePlaceColumns = (r: string): string =>
  `i.code AS indicator, i.name, t.code AS target, u.code AS unit, ${r}.period`;

/** The rows `r` of the plan $1 in `status`, with their indicator, target, aim and unit, in plan order. */
const queued = (r: string, status: string): string => `${TARGET_AIM_UNIT}
        WHERE ${r}.plan_id = $1 AND ${r}.status = '${status}'
        ORDER BY a.position, t.position, i.position, ${r}.period`;

/** The narrow reads of the worklist and the approval queue, in plan order (aim, target, indicator). */
@Injectable()
export class PeriodsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findOpenPeriods(planId: string): Promise<string[]> {
    const rows = await this.dataSource.query<Array<{ period: string }>>(
      `SELECT period FROM assessment_periods WHERE plan_id = $1 AND status = 'open'`,
      [planId],
    );
    return rows.map((row) => row.period);
  }

  async unitExists(institutionId: string, code: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      'SELECT 1 FROM units WHERE institution_id = $1 AND code = $2',
      [institutionId, code],
    );
    return rows.length > 0;
  }

  /** Indicators with their target and responsible unit; only those of `unit` when given. */
  async findIndicators(planId: string, unit: string | undefined): Promise<WorklistIndicator[]> {
    const rows = await this.dataSource.query<
      Array<Omit<WorklistIndicator, 'monitoringMonths'> & { monitoringMonths: number | null }>
    >(
      `SELECT i.code, i.name, t.code AS target, u.code AS unit, i.monitoring_months AS "monitoringMonths",
              i.since_year AS "sinceYear"
         FROM indicators i
         ${TARGET_AIM_UNIT}
        WHERE i.plan_id = $1 AND ($2::text IS NULL OR u.code = $2)
        ORDER BY a.position, t.position, i.position`,
      [planId, unit ?? null],
    );
    return rows.map((row) => ({ ...row, monitoringMonths: row.monitoringMonths === 12 ? 12 : 6 }));
  }

  /**
   * Submitted values whose entry period belongs to the assessment period `period`, counted per
   * responsible unit (by unit code); read inside the closing transaction.
   */
  async countSubmittedByUnit(
    manager: EntityManager,
    planId: string,
    period: string,
  ): Promise<Array<{ unit: string; name: string; submitted: number }>> {
    const assessed = parsePeriod(period);
    if (!assessed) return [];
    // Values and activity progress entries (issue 14) wait alike.
    return manager.query<Array<{ unit: string; name: string; submitted: number }>>(
      `SELECT unit, name, count(*)::int AS submitted FROM (
         SELECT u.code AS unit, u.name AS name
           FROM indicator_values v
           JOIN indicators i ON i.id = v.indicator_id
           JOIN targets t ON t.id = i.target_id
           JOIN units u ON u.id = t.responsible_unit_id
          WHERE v.plan_id = $1 AND v.status = 'submitted' AND v.period = ANY($2::text[])
         UNION ALL
         SELECT u.code, u.name
           FROM programme_activity_progress_entries e
           JOIN ${MONITORED_ACTIVITIES} a ON a.id = ${ENTRY_ACTIVITY_ID}
           JOIN units u ON u.id = a.unit_id
          WHERE e.plan_id = $1 AND e.status = 'submitted' AND e.period = $3
       ) waiting
        GROUP BY unit, name ORDER BY unit`,
      [planId, allEntryPeriodsIn(assessed), period],
    );
  }

  /**
   * The activities of the accepted (or published) programmes of `years`, with their PH and
   * responsible unit; only those of `unit` when given; in programme order.
   */
  async findActivities(
    planId: string,
    years: number[],
    unit: string | undefined,
  ): Promise<WorklistActivity[]> {
    return this.dataSource.query<WorklistActivity[]>(
      `SELECT p.year, a.code AS activity, a.name, a.group_code AS "programmeTarget", u.code AS unit
         FROM ${MONITORED_ACTIVITIES} a
         JOIN programmes p ON p.id = a.programme_id
         JOIN units u ON u.id = a.unit_id
        WHERE a.plan_id = $1 AND p.status IN ('accepted', 'published') AND p.year = ANY($2::int[])
          AND ($3::text IS NULL OR u.code = $3)
        ORDER BY p.year, a.sort, a.code`,
      [planId, years, unit ?? null],
    );
  }

  /** The activities' progress entries of `periods` (any status). */
  async findProgress(planId: string, periods: string[]): Promise<WorklistProgress[]> {
    const rows = await this.dataSource.query<
      Array<Omit<WorklistProgress, 'spendingTotal'> & { spending: Record<string, number> }>
    >(
      `SELECT p.year, a.code AS activity, e.period, e.status, e.percent, e.spending, e.version,
              e.return_comment AS "returnComment"
         FROM programme_activity_progress_entries e
         JOIN ${MONITORED_ACTIVITIES} a ON a.id = ${ENTRY_ACTIVITY_ID}
         JOIN programmes p ON p.id = a.programme_id
        WHERE e.plan_id = $1 AND e.period = ANY($2::text[])`,
      [planId, periods],
    );
    return rows.map(({ spending, ...row }) => ({ ...row, spendingTotal: spendingTotal(spending) }));
  }

  /** Submitted activity progress entries with their activity, PH and unit, in programme order. */
  async findSubmittedProgress(
    planId: string,
  ): Promise<Array<Omit<ActivityQueueItem, 'assessmentPeriod' | 'approvalDeadline' | 'overdue'>>> {
    const rows = await this.dataSource.query<
      Array<
        Omit<
          ActivityQueueItem,
          'assessmentPeriod' | 'approvalDeadline' | 'overdue' | 'spendingTotal' | 'submittedAt'
        > & {
          submittedAt: Date | null;
        }
      >
    >(
      `SELECT p.year, a.code AS activity, a.name, a.group_code AS "programmeTarget", COALESCE(u.code, '') AS unit,
              e.period, e.percent, e.note, e.spending, e.submitted_by AS "submittedBy",
              e.submitted_at AS "submittedAt", e.version
         FROM programme_activity_progress_entries e
         JOIN ${MONITORED_ACTIVITIES} a ON a.id = ${ENTRY_ACTIVITY_ID}
         JOIN programmes p ON p.id = a.programme_id
         LEFT JOIN units u ON u.id = a.unit_id
        WHERE e.plan_id = $1 AND e.status = 'submitted'
        ORDER BY p.year, e.period, a.sort, a.code`,
      [planId],
    );
    return rows.map((row) => ({
      ...row,
      spendingTotal: spendingTotal(row.spending),
      submittedAt: row.submittedAt ? row.submittedAt.toISOString() : null,
    }));
  }

  async findValues(planId: string, periods: string[]): Promise<WorklistValue[]> {
    return this.dataSource.query<WorklistValue[]>(
      `SELECT i.code AS indicator, v.period, v.status, v.value, v.version, v.return_comment AS "returnComment",
              v.implausible
         FROM indicator_values v
         JOIN indicators i ON i.id = v.indicator_id
        WHERE v.plan_id = $1 AND v.period = ANY($2::text[])`,
      [planId, periods],
    );
  }

  /**
   * What the engine reads of every indicator of the plan (A, B, half-year targets, method) with
   * all its entries whatever their status, by code: what an entry row's figures are computed from.
   */
  async findFigureIndicators(planId: string): Promise<Map<string, EngineIndicator>> {
    const [indicators, targets, values] = await Promise.all([
      this.dataSource.query<EngineIndicatorRow[]>(
        `SELECT id, code, name, unit, weight, direction, value_type, method, baseline, monitoring_months,
                since_year, half_year_targets
           FROM indicators WHERE plan_id = $1`,
        [planId],
      ),
      this.dataSource.query<Array<{ indicator_id: string; year: number; value: number }>>(
        'SELECT indicator_id, year, value FROM indicator_targets WHERE plan_id = $1',
        [planId],
      ),
      this.dataSource.query<Array<{ indicator_id: string; period: string; value: number }>>(
        'SELECT indicator_id, period, value FROM indicator_values WHERE plan_id = $1',
        [planId],
      ),
    ]);
    const byId = new Map(indicators.map((row) => [row.id, engineIndicator(row, {}, {})]));
    for (const row of targets) {
      const indicator = byId.get(row.indicator_id);
      if (indicator) indicator.targets[String(row.year)] = row.value;
    }
    for (const row of values) {
      const indicator = byId.get(row.indicator_id);
      if (indicator?.values) indicator.values[row.period] = { value: row.value };
    }
    return new Map([...byId.values()].map((indicator) => [indicator.code, indicator]));
  }

  /** Submitted values with their responsible unit. */
  async findSubmitted(planId: string): Promise<
    Array<
      Omit<
        ApprovalQueueItem,
        'assessmentPeriod' | 'figures' | 'plausibility' | 'approvalDeadline' | 'overdue'
      > & {
        unit: string;
      }
    >
  > {
    const rows = await this.dataSource.query<
      Array<
        QueuePlace & {
          value: number;
          deviationReason: string | null;
          note: string | null;
          evidenceUrl: string | null;
          submittedBy: string | null;
          submittedAt: Date | null;
          version: number;
          implausible: boolean;
        }
      >
    >(
      `SELECT ${queuePlaceColumns('v')}, v.value, v.deviation_reason AS "deviationReason", v.note,
              v.evidence_url AS "evidenceUrl", v.submitted_by AS "submittedBy", v.submitted_at AS "submittedAt",
              v.version, v.implausible
         FROM indicator_values v
         JOIN indicators i ON i.id = v.indicator_id
         ${queued('v', 'submitted')}`,
      [planId],
    );
    return rows.map((row) => ({
      ...row,
      submittedAt: row.submittedAt ? row.submittedAt.toISOString() : null,
    }));
  }

  /**
   * Corrections waiting for a second person, in every period (closed ones too: corrections are
   * allowed after closing), with the value in force beside the proposed one, in plan order.
   */
  async findPendingCorrections(
    planId: string,
  ): Promise<Array<Omit<ApprovalQueueCorrection, 'assessmentPeriod'>>> {
    const rows = await this.dataSource.query<
      Array<
        QueuePlace & {
          id: string;
          currentValue: number;
          value: number;
          reason: string;
          currentDeviationReason: string | null;
          deviationReason: string | null;
          proposedBy: string | null;
          proposedAt: Date;
        }
      >
    >(
      `SELECT c.id, ${queuePlaceColumns('c')}, v.value AS "currentValue", c.value, c.reason,
              v.deviation_reason AS "currentDeviationReason", c.deviation_reason AS "deviationReason",
              c.proposed_by AS "proposedBy", c.proposed_at AS "proposedAt"
         FROM value_corrections c
         JOIN indicator_values v ON v.id = c.value_id
         JOIN indicators i ON i.id = c.indicator_id
         ${queued('c', 'proposed')}`,
      [planId],
    );
    return rows.map((row) => ({ ...row, proposedAt: row.proposedAt.toISOString() }));
  }
}
