import { Entity, Index, Unique } from 'typeorm';
import { TEAM_ROLES, type TeamRole } from '../../contracts/preparation.js';
import { IntegerColumn, References, TextColumn, TextEnumColumn, UuidColumn } from '../../database/columns.js';
import { User } from '../auth/user.entity.js';
import { Unit } from '../institutions/unit.entity.js';
import { VersionedPlanRecord } from '../plans/plan-record.entity.js';

/**
 * A member of a plan's strategic planning team (stratejik planlama ekibi): a user of the
 * institution, or a named outsider without an account. `name` is kept for both, so a member stays
 * named when the user's account is deleted.
 */
@Entity('preparation_team_members')
@Unique('preparation_team_members_plan_id_position_key', ['planId', 'position'])
@Unique('preparation_team_members_plan_id_user_id_key', ['planId', 'userId'])
@Index('preparation_team_members_plan_id_coordinator_key', ['planId'], {
  unique: true,
  where: `role = 'coordinator'`,
})
export class PreparationTeamMember extends VersionedPlanRecord('preparation_team_members') {
  @UuidColumn({ nullable: true, index: 'preparation_team_members_user_id_idx' })
  userId!: string | null;

  @References(() => User, 'preparation_team_members', 'user_id', 'SET NULL')
  user?: User | null;

  @TextColumn()
  name!: string;

  /** An outsider's title or body. */
  @TextColumn({ nullable: true })
  title!: string | null;

  @TextEnumColumn('preparation_team_members', 'role', TEAM_ROLES)
  role!: TeamRole;

  @UuidColumn({ nullable: true, index: 'preparation_team_members_unit_id_idx' })
  unitId!: string | null;

  @References(() => Unit, 'preparation_team_members', 'unit_id', 'SET NULL')
  unit?: Unit | null;

  @IntegerColumn()
  position!: number;
}
