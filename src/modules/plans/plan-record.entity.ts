import { IdColumn, References, UuidColumn, VersionedRecord } from '../../database/columns.js';
import { Plan } from './plan.entity.js';

/**
 * The columns a row that belongs to one plan starts with: its uuid `id`, the institution and the
 * plan it belongs to (denormalised for the access checks and the audit trail), and the relation to
 * the plan, deleted with it (`<table>_plan_id_fkey`, ON DELETE CASCADE). An entity extends
 * `PlanRecord('<table>')`, or `VersionedPlanRecord('<table>')` when people edit it one by one.
 */
export function PlanRecord(table: string) {
  abstract class PlanRecordOf {
    id!: string;
    institutionId!: string;
    planId!: string;
    plan?: Plan;
  }
  declarePlanColumns(PlanRecordOf.prototype, table);
  return PlanRecordOf;
}

/** A plan's row with the bookkeeping of a record people edit (VersionedRecord: made, changed, version). */
export function VersionedPlanRecord(table: string) {
  abstract class VersionedPlanRecordOf extends VersionedRecord {
    id!: string;
    institutionId!: string;
    planId!: string;
    plan?: Plan;
  }
  declarePlanColumns(VersionedPlanRecordOf.prototype, table);
  return VersionedPlanRecordOf;
}

function declarePlanColumns(prototype: object, table: string): void {
  IdColumn(table)(prototype, 'id');
  UuidColumn()(prototype, 'institutionId');
  UuidColumn()(prototype, 'planId');
  References(() => Plan, table, 'plan_id', 'CASCADE')(prototype, 'plan');
}
