import { Check, Entity, Index, Unique } from 'typeorm';
import type { EconomicCode } from '../../contracts/programme.js';
import { JsonColumn, NumericColumn, References, TextColumn, UuidColumn } from '../../database/columns.js';
import { ValueWorkflowPlanRecord } from '../plans/plan-record.entity.js';
import { ProgrammeActivity } from './programme-activity.entity.js';
import { ProgrammeBudgetActivity } from './programme-budget-activity.entity.js';

const TABLE = 'programme_activity_progress_entries';

/**
 * The progress of an activity of an accepted programme in an assessment period ("2008-H1",
 * "2008"): % done with a note, and the budget spent by first-level economic code, in the value
 * workflow (draft → submitted → approved, or returned with a comment). The activity is a classic
 * programme's (activityId) or a programme-budget programme's (budgetActivityId), exactly one.
 */
@Entity(TABLE)
@Unique(`${TABLE}_activity_id_period_key`, ['activityId', 'period'])
@Unique(`${TABLE}_budget_activity_period_key`, ['budgetActivityId', 'period'])
@Check(`${TABLE}_one_activity_check`, `num_nonnulls(activity_id, budget_activity_id) = 1`)
@Index(`${TABLE}_plan_id_idx`, ['planId'])
@Check(`${TABLE}_percent_check`, `percent >= 0 AND percent <= 100`)
@Check(`${TABLE}_spending_check`, `jsonb_typeof(spending) = 'object'`)
export class ProgrammeActivityProgress extends ValueWorkflowPlanRecord(TABLE) {
  /** The classic activity; null for a programme-budget activity's entry. */
  @UuidColumn({ nullable: true })
  activityId!: string | null;

  @References(() => ProgrammeActivity, TABLE, 'activity_id', 'CASCADE')
  activity?: ProgrammeActivity | null;

  /** The programme-budget activity; null for a classic activity's entry. */
  @UuidColumn({ nullable: true })
  budgetActivityId!: string | null;

  @References(() => ProgrammeBudgetActivity, TABLE, 'budget_activity_id', 'CASCADE')
  budgetActivity?: ProgrammeBudgetActivity | null;

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
