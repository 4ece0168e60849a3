import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { AuditEntryResponse } from '../../contracts/audit.js';
import type { PlanDocument } from '../../contracts/plan-document.js';
import type { ValueStatus } from '../../contracts/workflow.js';
import { AuditLog } from '../audit/audit-log.entity.js';
import { toPlanDocument } from '../plans/plan-document.mapper.js';
import { loadPlanRows } from '../plans/plan-storage.repository.js';
import { toAuditEntryResponse } from '../audit/audit.mapper.js';
import { entryKey, type EntryDetail } from './rate-sheets.js';

/** What the reports read beside the plan document and the progress: entries' people, the audit trail. */
@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The plan document without its entries (a report shows entries from the progress and `entryDetails`). */
  async loadDocument(planId: string): Promise<PlanDocument> {
    return toPlanDocument(await loadPlanRows(this.dataSource.manager, planId, { values: false }));
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
}
