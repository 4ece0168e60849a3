import { Check, Entity, Unique } from 'typeorm';
import { STEP_STATUSES, type StepStatus } from '../../contracts/preparation.js';
import {
  DateColumn,
  IntegerColumn,
  References,
  TextColumn,
  TextEnumColumn,
  UuidColumn,
} from '../../database/columns.js';
import { VersionedPlanRecord } from '../plans/plan-record.entity.js';
import { PreparationTeamMember } from './preparation-team-member.entity.js';

/** A step of a plan's preparation programme, owned by a team member, in order. */
@Entity('preparation_steps')
@Unique('preparation_steps_plan_id_position_key', ['planId', 'position'])
@Check('preparation_steps_due_date_check', `due_date >= start_date`)
@Check('preparation_steps_done_date_check', `(status = 'done') = (done_date IS NOT NULL)`)
export class PreparationStep extends VersionedPlanRecord('preparation_steps') {
  @TextColumn()
  title!: string;

  @UuidColumn({ nullable: true, index: 'preparation_steps_owner_id_idx' })
  ownerId!: string | null;

  @References(() => PreparationTeamMember, 'preparation_steps', 'owner_id', 'SET NULL')
  owner?: PreparationTeamMember | null;

  @DateColumn()
  startDate!: string;

  @DateColumn()
  dueDate!: string;

  @TextEnumColumn('preparation_steps', 'status', STEP_STATUSES)
  status!: StepStatus;

  /** Set exactly when the step is done. */
  @DateColumn({ nullable: true })
  doneDate!: string | null;

  @IntegerColumn()
  position!: number;
}
