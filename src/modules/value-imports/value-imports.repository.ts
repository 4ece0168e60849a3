import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ValueType } from '../../contracts/plan-document.js';
import type { IndicatorValue } from '../indicators/indicator-value.entity.js';

/** An indicator as the values workbook needs it, with its aim, target and responsible unit. */
export interface WorkbookIndicator {
  id: string;
  code: string;
  name: string;
  unit: string | null;
  baseline: number | null;
  valueType: ValueType;
  monitoringMonths: 6 | 12 | null;
  /** First year of an indicator added by an update; null for the plan's own. */
  sinceYear: number | null;
  aim: string;
  target: string;
  responsibleUnitId: string;
  responsibleUnit: string;
}

/** A new or changed entry the import writes. */
export interface EntryWrite {
  indicatorId: string;
  period: string;
  value: number;
  note: string | null;
  deviationReason: string | null;
  evidenceUrl: string | null;
  /** Outside the plausible range and written with a note (olağan dışı). */
  implausible: boolean;
}

/** Every column of indicator_values under its entity name, so rows read here are IndicatorValue-shaped. */
const VALUE_COLUMNS = `v.id, v.institution_id AS "institutionId", v.plan_id AS "planId", v.indicator_id AS "indicatorId",
  v.period, v.value, v.note, v.deviation_reason AS "deviationReason", v.status, v.evidence_url AS "evidenceUrl",
  v.entered_by AS "enteredBy", v.submitted_by AS "submittedBy", v.submitted_at AS "submittedAt",
  v.approved_by AS "approvedBy", v.approved_at AS "approvedAt", v.return_comment AS "returnComment",
  v.original_value AS "originalValue", v.correction_reason AS "correctionReason", v.revised, v.implausible,
  v.created_at AS "createdAt", v.updated_at AS "updatedAt", v.version`;

/** The narrow reads and the bulk writes of the values workbook (one statement per kind of write). */
@Injectable()
export class ValueImportsRepository {
  async findInstitutionName(manager: EntityManager, institutionId: string): Promise<string> {
    const rows = await manager.query<Array<{ name: string }>>('SELECT name FROM institutions WHERE id = $1', [
      institutionId,
    ]);
    return rows[0]?.name ?? '';
  }

  /** Indicators in plan order (aim, target, indicator); only those of `unitIds` when given. */
  async findIndicators(
    manager: EntityManager,
    planId: string,
    unitIds: string[] | null,
  ): Promise<WorkbookIndicator[]> {
    const rows = await manager.query<
      Array<{
        id: string;
        code: string;
        name: string;
        unit: string | null;
        baseline: number | null;
        value_type: ValueType;
        monitoring_months: number | null;
        since_year: number | null;
        aim: string;
        target: string;
        responsible_unit_id: string;
        responsible_unit: string;
      }>
    >(
      `SELECT i.id, i.code, i.name, i.unit, i.baseline, i.value_type, i.monitoring_months, i.since_year,
              a.code AS aim, t.code AS target, t.responsible_unit_id, u.name AS responsible_unit
         FROM indicators i
         JOIN targets t ON t.id = i.target_id
         JOIN aims a ON a.id = t.aim_id
         JOIN units u ON u.id = t.responsible_unit_id
        WHERE i.plan_id = $1 AND ($2::uuid[] IS NULL OR t.responsible_unit_id = ANY($2::uuid[]))
        ORDER BY a.position, t.position, i.position`,
      [planId, unitIds],
    );
    return rows.map((row) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      unit: row.unit,
      baseline: row.baseline,
      valueType: row.value_type,
      monitoringMonths: row.monitoring_months === 12 ? 12 : row.monitoring_months === 6 ? 6 : null,
      sinceYear: row.since_year,
      aim: row.aim,
      target: row.target,
      responsibleUnitId: row.responsible_unit_id,
      responsibleUnit: row.responsible_unit,
    }));
  }

  /** Entries of the plan in these entry periods. */
  findEntries(manager: EntityManager, planId: string, periods: string[]): Promise<IndicatorValue[]> {
    return manager.query<IndicatorValue[]>(
      `SELECT ${VALUE_COLUMNS} FROM indicator_values v WHERE v.plan_id = $1 AND v.period = ANY($2::text[])`,
      [planId, periods],
    );
  }

  /** Every entry of these indicators, whatever the period (DEVIATION_REASON reads them all). */
  findAllEntries(manager: EntityManager, indicatorIds: string[]): Promise<IndicatorValue[]> {
    return manager.query<IndicatorValue[]>(
      `SELECT ${VALUE_COLUMNS} FROM indicator_values v WHERE v.indicator_id = ANY($1::uuid[])`,
      [indicatorIds],
    );
  }

  /** Yearly targets (B) of these indicators: indicator id → year → value. */
  async findTargets(
    manager: EntityManager,
    indicatorIds: string[],
  ): Promise<Map<string, Record<string, number>>> {
    const rows = await manager.query<Array<{ indicator_id: string; year: number; value: number }>>(
      'SELECT indicator_id, year, value FROM indicator_targets WHERE indicator_id = ANY($1::uuid[])',
      [indicatorIds],
    );
    const targets = new Map<string, Record<string, number>>();
    for (const row of rows) {
      const yearly = targets.get(row.indicator_id) ?? {};
      yearly[String(row.year)] = row.value;
      targets.set(row.indicator_id, yearly);
    }
    return targets;
  }

  /** New entries in one statement; the audit trigger records each row. */
  async insertEntries(
    manager: EntityManager,
    plan: { id: string; institutionId: string },
    writes: EntryWrite[],
    status: 'draft' | 'submitted',
    actorId: string | null,
  ): Promise<void> {
    if (writes.length === 0) return;
    await manager.query(
      `INSERT INTO indicator_values (institution_id, plan_id, indicator_id, period, value, note, deviation_reason,
                                     evidence_url, implausible, status, entered_by, submitted_by, submitted_at, version)
       SELECT $1::uuid, $2::uuid, d.indicator_id, d.period, d.value, d.note, d.deviation_reason, d.evidence_url,
              d.implausible, $3::text, $4::uuid, CASE WHEN $3::text = 'submitted' THEN $4::uuid END,
              CASE WHEN $3::text = 'submitted' THEN now() END, 1
         FROM unnest($5::uuid[], $6::text[], $7::numeric[], $8::text[], $9::text[], $10::text[], $11::boolean[])
              AS d(indicator_id, period, value, note, deviation_reason, evidence_url, implausible)`,
      [
        plan.institutionId,
        plan.id,
        status,
        actorId,
        writes.map((write) => write.indicatorId),
        writes.map((write) => write.period),
        ...fieldColumns(writes),
      ],
    );
  }

  /** Changed entries in one statement, as a PUT replaces them (and submits them when asked). */
  async updateEntries(
    manager: EntityManager,
    writes: Array<EntryWrite & { id: string }>,
    status: 'draft' | 'submitted',
    actorId: string | null,
  ): Promise<void> {
    if (writes.length === 0) return;
    await manager.query(
      `UPDATE indicator_values v
          SET value = d.value, note = d.note, deviation_reason = d.deviation_reason, evidence_url = d.evidence_url,
              implausible = d.implausible, status = $1::text, entered_by = $2::uuid,
              submitted_by = CASE WHEN $1::text = 'submitted' THEN $2::uuid ELSE v.submitted_by END,
              submitted_at = CASE WHEN $1::text = 'submitted' THEN now() ELSE v.submitted_at END,
              version = v.version + 1, updated_at = now()
         FROM unnest($3::uuid[], $4::numeric[], $5::text[], $6::text[], $7::text[], $8::boolean[])
              AS d(id, value, note, deviation_reason, evidence_url, implausible)
        WHERE v.id = d.id`,
      [status, actorId, writes.map((write) => write.id), ...fieldColumns(writes)],
    );
  }

  /** Unchanged draft or returned entries → submitted, as the submit step does. */
  async submitEntries(manager: EntityManager, ids: string[], actorId: string | null): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(
      `UPDATE indicator_values
          SET status = 'submitted', submitted_by = $1::uuid, submitted_at = now(), version = version + 1, updated_at = now()
        WHERE id = ANY($2::uuid[])`,
      [actorId, ids],
    );
  }
}

/** The fields entries write, one array per column in the statements' order: value, note, deviation reason, evidence, implausible. */
function fieldColumns(writes: EntryWrite[]): unknown[][] {
  return [
    writes.map((write) => write.value),
    writes.map((write) => write.note),
    writes.map((write) => write.deviationReason),
    writes.map((write) => write.evidenceUrl),
    writes.map((write) => write.implausible),
  ];
}
