import { Check, Entity, Unique } from 'typeorm';
import { IntegerColumn, JsonColumn, References, TextColumn, UuidColumn } from '../../database/columns.js';
import { VersionedPlanRecord } from '../plans/plan-record.entity.js';
import { ProgrammeGoal } from './programme-goal.entity.js';

/** An indicator of a sub-programme goal with its six figures (BUDGET_INDICATOR_COLUMNS). */
@Entity('programme_goal_indicators')
@Unique('programme_goal_indicators_goal_id_code_key', ['goalId', 'code'])
@Check('programme_goal_indicators_figures_check', `jsonb_typeof(figures) = 'object'`)
export class ProgrammeGoalIndicator extends VersionedPlanRecord('programme_goal_indicators') {
  @UuidColumn()
  goalId!: string;

  @References(() => ProgrammeGoal, 'programme_goal_indicators', 'goal_id', 'CASCADE')
  goal?: ProgrammeGoal;

  @TextColumn()
  code!: string;

  @TextColumn()
  name!: string;

  @TextColumn({ nullable: true })
  unit!: string | null;

  /** The figures by column; a column absent has none. */
  @JsonColumn()
  figures!: Partial<Record<string, number>>;

  @IntegerColumn()
  position!: number;
}
