import { Check, Entity, Unique, VersionColumn } from 'typeorm';
import { PERIOD_STATUSES, type PeriodStatus } from '../../contracts/workflow.js';
import {
  TextColumn,
  TextEnumColumn,
  TimestampColumn,
  TimestampNowColumn,
  UuidColumn,
} from '../../database/columns.js';
import { PlanRecord } from '../plans/plan-record.entity.js';

/** An assessment period of a plan ("2025-H1" izleme, "2025" değerlendirme) opened by a planner. */
@Entity('assessment_periods')
@Unique('assessment_periods_plan_id_period_key', ['planId', 'period'])
@Check('assessment_periods_period_check', `period ~ '^[0-9]{4}(-H1)?$'`)
export class AssessmentPeriod extends PlanRecord('assessment_periods') {
  @TextColumn()
  period!: string;

  @TextEnumColumn('assessment_periods', 'status', PERIOD_STATUSES, { default: 'open' })
  status!: PeriodStatus;

  @UuidColumn({ nullable: true })
  openedBy!: string | null;

  @TimestampNowColumn()
  openedAt!: Date;

  @UuidColumn({ nullable: true })
  closedBy!: string | null;

  @TimestampColumn({ nullable: true })
  closedAt!: Date | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
