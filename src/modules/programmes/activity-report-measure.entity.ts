import { Entity, Index, Unique } from 'typeorm';
import { VALUE_STATUSES, type ValueStatus } from '../../contracts/workflow.js';
import {
  IntegerColumn,
  References,
  TextColumn,
  TextEnumColumn,
  TimestampColumn,
  UuidColumn,
} from '../../database/columns.js';
import { VersionedPlanRecord } from '../plans/plan-record.entity.js';
import { Target } from '../plans/target.entity.js';

/**
 * The measures taken or planned for a target in a report year (Alınan/Alınacak Önlemler): written
 * by the target's responsible unit, approved by the planner, in the states of the value workflow.
 */
@Entity('activity_report_measures')
@Unique('activity_report_measures_target_id_year_key', ['targetId', 'year'])
@Index('activity_report_measures_plan_id_year_idx', ['planId', 'year'])
export class ActivityReportMeasure extends VersionedPlanRecord('activity_report_measures') {
  @UuidColumn()
  targetId!: string;

  @References(() => Target, 'activity_report_measures', 'target_id', 'CASCADE')
  target?: Target;

  @IntegerColumn()
  year!: number;

  @TextColumn()
  measures!: string;

  @TextEnumColumn('activity_report_measures', 'status', VALUE_STATUSES)
  status!: ValueStatus;

  @TextColumn({ nullable: true })
  returnComment!: string | null;

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
}
