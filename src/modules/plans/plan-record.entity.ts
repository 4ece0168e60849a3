import { VALUE_STATUSES, type ValueStatus } from '../../contracts/workflow.js';
import {
  IdColumn,
  References,
  TextColumn,
  TextEnumColumn,
  TimestampColumn,
  UuidColumn,
  VersionedRecord,
} from '../../database/columns.js';
import { Plan } from './plan.entity.js';

/**
 * The columns a row that belongs to one plan starts with: its uuid `id`, the institution and the
 * plan it belongs to (denormalised for the access checks and the audit trail), and the relation to
 * the plan, deleted with it (`<table>_plan_id_fkey`, ON DELETE CASCADE). An entity extends
 * `PlanRecord('<table>')`, or `VersionedPlanRecord('<table>')` when people edit it one by one, or
 * `ValueWorkflowPlanRecord('<table>')` when it also goes through the value workflow.
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

/**
 * The columns of a record in the value workflow (domain.md 6: draft → submitted → approved, or
 * returned with a comment): its status, kept to VALUE_STATUSES by `<table>_status_check` (with the
 * database default `statusDefault` when given), who entered, submitted and approved it and when,
 * and the approver's comment on a return; with VersionedRecord's made, changed and version.
 * Indicator values extend it directly (their plan has no foreign key); the other records of a plan
 * extend `ValueWorkflowPlanRecord('<table>')`.
 */
export function ValueWorkflowRecord(table: string, statusDefault?: ValueStatus) {
  abstract class ValueWorkflowRecordOf extends VersionedRecord {
    @TextEnumColumn(
      table,
      'status',
      VALUE_STATUSES,
      statusDefault === undefined ? {} : { default: statusDefault },
    )
    status!: ValueStatus;

    @UuidColumn({ nullable: true })
    enteredBy!: string | null;

    @UuidColumn({ nullable: true })
    submittedBy!: string | null;

    @TimestampColumn({ nullable: true })
    submittedAt!: Date | null;

    @UuidColumn({ nullable: true })
    approvedBy!: string | null;

    @TimestampColumn({ nullable: true })
    approvedAt!: Date | null;

    @TextColumn({ nullable: true })
    returnComment!: string | null;
  }
  return ValueWorkflowRecordOf;
}

/** A plan's row in the value workflow: PlanRecord's columns and ValueWorkflowRecord's. */
export function ValueWorkflowPlanRecord(table: string) {
  abstract class ValueWorkflowPlanRecordOf extends ValueWorkflowRecord(table) {
    id!: string;
    institutionId!: string;
    planId!: string;
    plan?: Plan;
  }
  declarePlanColumns(ValueWorkflowPlanRecordOf.prototype, table);
  return ValueWorkflowPlanRecordOf;
}

function declarePlanColumns(prototype: object, table: string): void {
  IdColumn(table)(prototype, 'id');
  UuidColumn()(prototype, 'institutionId');
  UuidColumn()(prototype, 'planId');
  References(() => Plan, table, 'plan_id', 'CASCADE')(prototype, 'plan');
}
