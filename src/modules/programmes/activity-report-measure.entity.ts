import { Entity, Index, Unique } from 'typeorm';
import { IntegerColumn, References, TextColumn, UuidColumn } from '../../database/columns.js';
import { ValueWorkflowPlanRecord } from '../plans/plan-record.entity.js';
import { Target } from '../plans/target.entity.js';

/**
 * The measures taken or planned for a target in a report year (Alınan/Alınacak Önlemler): written
 * by the target's responsible unit, approved by the planner, in the states of the value workflow.
 */
@Entity('activity_report_measures')
@Unique('activity_report_measures_target_id_year_key', ['targetId', 'year'])
@Index('activity_report_measures_plan_id_year_idx', ['planId', 'year'])
export class ActivityReportMeasure extends ValueWorkflowPlanRecord('activity_report_measures') {
  @UuidColumn()
  targetId!: string;

  @References(() => Target, 'activity_report_measures', 'target_id', 'CASCADE')
  target?: Target;

  @IntegerColumn()
  year!: number;

  @TextColumn()
  measures!: string;
}
