import { Check, Entity, Index, Unique } from 'typeorm';
import type { EconomicCode } from '../../contracts/programme.js';
import { JsonColumn, NumericColumn, References, TextColumn, UuidColumn } from '../../database/columns.js';
import { ValueWorkflowPlanRecord } from '../plans/plan-record.entity.js';
import { ProgrammeActivity } from './programme-activity.entity.js';

const TABLE = 'programme_activity_progress_entries';

/**
 * The progress of an activity of an accepted programme in an assessment period ("2008-H1",
 * "2008"): % done with a note, and the budget spent by first-level economic code, in the value
 * workflow (draft → submitted → approved, or returned with a comment).
 */
@Entity(TABLE)
@Unique(`${TABLE}_activity_id_period_key`, ['activityId', 'period'])
@Index(`${TABLE}_plan_id_idx`, ['planId'])
@Check(`${TABLE}_percent_check`, `percent >= 0 AND percent <= 100`)
@Check(`${TABLE}_spending_check`, `jsonb_typeof(spending) = 'object'`)
export class ProgrammeActivityProgress extends ValueWorkflowPlanRecord(TABLE) {
  @UuidColumn()
  activityId!: string;

  @References(() => ProgrammeActivity, TABLE, 'activity_id', 'CASCADE')
  activity?: ProgrammeActivity;

  @TextColumn()
  period!: string;

  /** 0–100. */
  @NumericColumn()
  percent!: number;

  @TextColumn({ nullable: true })
  note!: string | null;

  /** TL spent (bütçe gerçekleşmesi) by first-level economic code; an absent code was not reported. */
  @JsonColumn()
  spending!: Partial<Record<EconomicCode, number>>;
}
