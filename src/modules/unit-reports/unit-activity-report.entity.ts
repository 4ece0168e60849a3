import { Entity, Unique } from 'typeorm';
import { VALUE_STATUSES, type ValueStatus } from '../../contracts/workflow.js';
import {
  IntegerColumn,
  References,
  TextColumn,
  TextEnumColumn,
  TimestampColumn,
  UuidColumn,
} from '../../database/columns.js';
import { Unit } from '../institutions/unit.entity.js';
import { VersionedPlanRecord } from '../plans/plan-record.entity.js';

const TABLE = 'unit_activity_reports';

/**
 * A unit's activity report (birim faaliyet raporu) of a plan year, due at the end of February of
 * the next year: the problems and proposals its manager writes, in the value workflow (draft →
 * submitted → approved, or returned with a comment). Its results are computed on every read.
 */
@Entity(TABLE)
@Unique(`${TABLE}_plan_id_year_unit_id_key`, ['planId', 'year', 'unitId'])
export class UnitActivityReport extends VersionedPlanRecord(TABLE) {
  @IntegerColumn()
  year!: number;

  @UuidColumn({ index: `${TABLE}_unit_id_idx` })
  unitId!: string;

  @References(() => Unit, TABLE, 'unit_id', 'CASCADE')
  unit?: Unit;

  /** sorunlar */
  @TextColumn({ nullable: true })
  problems!: string | null;

  /** öneriler */
  @TextColumn({ nullable: true })
  proposals!: string | null;

  @TextEnumColumn(TABLE, 'status', VALUE_STATUSES)
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
