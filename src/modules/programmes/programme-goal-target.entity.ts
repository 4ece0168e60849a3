import { Entity, Unique } from 'typeorm';
import { IntegerColumn, References, UuidColumn } from '../../database/columns.js';
import { PlanRecord } from '../plans/plan-record.entity.js';
import { Target } from '../plans/target.entity.js';
import { ProgrammeGoal } from './programme-goal.entity.js';

/** A link of a sub-programme goal to a plan target it serves (many-to-many); it goes with the target. */
@Entity('programme_goal_targets')
@Unique('programme_goal_targets_goal_id_target_id_key', ['goalId', 'targetId'])
export class ProgrammeGoalTarget extends PlanRecord('programme_goal_targets') {
  @UuidColumn()
  goalId!: string;

  @References(() => ProgrammeGoal, 'programme_goal_targets', 'goal_id', 'CASCADE')
  goal?: ProgrammeGoal;

  @UuidColumn({ index: 'programme_goal_targets_target_id_idx' })
  targetId!: string;

  @References(() => Target, 'programme_goal_targets', 'target_id', 'CASCADE')
  target?: Target;

  @IntegerColumn()
  position!: number;
}
