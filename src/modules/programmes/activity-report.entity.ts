import { Entity, Unique } from 'typeorm';
import { IntegerColumn, TextColumn } from '../../database/columns.js';
import { VersionedPlanRecord } from '../plans/plan-record.entity.js';

/** The activity report of a plan year (faaliyet raporu): the text the report writes itself. */
@Entity('activity_reports')
@Unique('activity_reports_plan_id_year_key', ['planId', 'year'])
export class ActivityReport extends VersionedPlanRecord('activity_reports') {
  @IntegerColumn()
  year!: number;

  /** Performans Bilgi Sisteminin Değerlendirilmesi (planning-cycle.md 5, III B 4). */
  @TextColumn({ nullable: true })
  informationSystem!: string | null;
}
