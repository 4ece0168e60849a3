import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { AuditEntryResponse } from '../../contracts/audit.js';
import type { PlanDocument } from '../../contracts/plan-document.js';
import type { ValueStatus } from '../../contracts/workflow.js';
import { NotFoundError } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { AuditLog } from '../audit/audit-log.entity.js';
import { toPlanDocument, type PlanRows } from '../plans/plan-document.mapper.js';
import { toAuditEntryResponse } from '../audit/audit.mapper.js';
import { entryKey, type EntryDetail } from './rate-sheets.js';

/** What the reports read beside the plan document and the progress: entries' people, the audit trail. */
@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The plan document without its entries (a report shows entries from the progress and
   * `entryDetails`), built by the one mapper (toPlanDocument) from plain rows: reading the rows
   * as entities costs most of a large plan's export time. Throws PLAN_NOT_FOUND.
   */
  async loadDocument(planId: string): Promise<PlanDocument> {
    if (!isUuid(planId)) throw new NotFoundError('PLAN_NOT_FOUND', `Plan ${planId} not found`);
    // One round of queries side by side; the institution's rows are found through the plan.
    const institutionOf = '(SELECT institution_id FROM plans WHERE id = $1)';
    const [
      [plan],
      [institution],
      units,
      coreValues,
      aims,
      targets,
      collaborators,
      indicators,
      yearlyTargets,
    ] = await Promise.all([
      this.rows('SELECT * FROM plans WHERE id = $1', [planId]),
      this.rows(`SELECT * FROM institutions WHERE id = ${institutionOf}`, [planId]),
      this.rows(`SELECT * FROM units WHERE institution_id = ${institutionOf} ORDER BY position, code`, [
        planId,
      ]),
      this.rows('SELECT * FROM core_values WHERE plan_id = $1 ORDER BY position', [planId]),
      this.rows('SELECT * FROM aims WHERE plan_id = $1 ORDER BY position', [planId]),
      this.rows('SELECT * FROM targets WHERE plan_id = $1 ORDER BY position', [planId]),
      this.rows(
        `SELECT c.* FROM target_collaborators c JOIN targets t ON t.id = c.target_id WHERE t.plan_id = $1`,
        [planId],
      ),
      this.rows('SELECT * FROM indicators WHERE plan_id = $1 ORDER BY position', [planId]),
      this.rows('SELECT indicator_id, year, value FROM indicator_targets WHERE plan_id = $1', [planId]),
    ]);
    if (!plan) throw new NotFoundError('PLAN_NOT_FOUND', `Plan ${planId} not found`);
    // Plain rows carry the entities' columns under the same (camelCase) names.
    return toPlanDocument({
      institution,
      units,
      plan,
      coreValues,
      aims,
      targets,
      collaborators,
      indicators,
      yearlyTargets,
      values: [],
    } as unknown as PlanRows);
  }

  /** Note, deviation reason, workflow state and who entered and approved each entry of the periods. */
  async entryDetails(planId: string, periods: string[]): Promise<Map<string, EntryDetail>> {
    const rows = await this.dataSource.query<
      Array<{
        code: string;
        period: string;
        note: string | null;
        deviation_reason: string | null;
        status: ValueStatus;
        revised: boolean;
        entered_by: string | null;
        approved_by: string | null;
      }>
    >(
      `SELECT i.code, v.period, v.note, v.deviation_reason, v.status, v.revised,
              entered.name AS entered_by, approved.name AS approved_by
         FROM indicator_values v
         JOIN indicators i ON i.id = v.indicator_id
         LEFT JOIN users entered ON entered.id = v.entered_by
         LEFT JOIN users approved ON approved.id = v.approved_by
        WHERE v.plan_id = $1 AND v.period = ANY($2::text[])`,
      [planId, periods],
    );
    return new Map(
      rows.map((row) => [
        entryKey(row.code, row.period),
        {
          note: row.note,
          deviationReason: row.deviation_reason,
          status: row.status,
          revised: row.revised,
          enteredBy: row.entered_by,
          approvedBy: row.approved_by,
        },
      ]),
    );
  }

  /** The plan's audit entries of the entry periods, oldest first. */
  async auditEntries(planId: string, periods: string[]): Promise<AuditEntryResponse[]> {
    const entries = await this.dataSource.getRepository(AuditLog).find({
      where: { planId, period: In(periods) },
      order: { at: 'ASC', id: 'ASC' },
    });
    return entries.map(toAuditEntryResponse);
  }

  /** The indicator code of each of the plan's indicators and entered values, by id. */
  async recordCodes(planId: string): Promise<Map<string, string>> {
    const rows = await this.dataSource.query<Array<{ id: string; code: string }>>(
      `SELECT id, code FROM indicators WHERE plan_id = $1
       UNION ALL
       SELECT v.id, i.code FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id WHERE v.plan_id = $1`,
      [planId],
    );
    return new Map(rows.map((row) => [row.id, row.code]));
  }

  /** Rows with camelCase keys, as the entities name the columns. */
  private async rows(sql: string, parameters: unknown[]): Promise<Array<Record<string, unknown>>> {
    const rows = await this.dataSource.query<Array<Record<string, unknown>>>(sql, parameters);
    if (rows.length === 0) return rows;
    const keys = Object.keys(rows[0]).map((key) => [key, camelCase(key)] as const);
    return rows.map((row) => {
      const record: Record<string, unknown> = {};
      for (const [key, name] of keys) record[name] = row[key];
      return record;
    });
  }
}

function camelCase(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}
