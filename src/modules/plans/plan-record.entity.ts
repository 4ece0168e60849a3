import { IdColumn, References, UuidColumn } from '../../database/columns.js';
import { Plan } from './plan.entity.js';

/**
 * The columns a row that belongs to one plan starts with: its uuid `id`, the institution and the
 * plan it belongs to (denormalised for the access checks and the audit trail), and the relation to
 * the plan, deleted with it (`<table>_plan_id_fkey`, ON DELETE CASCADE). An entity extends
 * `PlanRecord('<table>')`.
 */
export function PlanRecord(table: string) {
  abstract class PlanRecordOf {
    id!: string;
    institutionId!: string;
    planId!: string;
    plan?: Plan;
  }
  const prototype = PlanRecordOf.prototype;
  IdColumn(table)(prototype, 'id');
  UuidColumn()(prototype, 'institutionId');
  UuidColumn()(prototype, 'planId');
  References(() => Plan, table, 'plan_id', 'CASCADE')(prototype, 'plan');
  return PlanRecordOf;
}
