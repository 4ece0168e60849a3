import { Column, Entity, Index, Unique } from 'typeorm';
import { ROLES, type Role } from '../../contracts/auth.js';
import { CreatedAtColumn, IdColumn, References, TextEnumColumn, UuidColumn } from '../../database/columns.js';
import { Institution } from '../institutions/institution.entity.js';
import { User } from './user.entity.js';

/**
 * A role offered to a user who already belongs to another institution (issue 9, point 11): it
 * becomes a membership only when the user accepts it. Rows exist while the invitation is pending;
 * accepting, declining or cancelling deletes it.
 */
@Entity('membership_invitations')
@Unique('membership_invitations_institution_id_user_id_key', ['institutionId', 'userId'])
@Index('membership_invitations_user_id_idx', ['userId'])
export class MembershipInvitation {
  @IdColumn('membership_invitations')
  id!: string;

  @UuidColumn()
  institutionId!: string;

  @References(() => Institution, 'membership_invitations', 'institution_id', 'CASCADE')
  institution?: Institution;

  @UuidColumn()
  userId!: string;

  @References(() => User, 'membership_invitations', 'user_id', 'CASCADE')
  user?: User;

  @TextEnumColumn('membership_invitations', 'role', ROLES)
  role!: Role;

  /** The units of a unit manager; units deleted meanwhile are left out on acceptance. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  unitIds!: string[];

  @UuidColumn({ nullable: true })
  invitedBy!: string | null;

  @References(() => User, 'membership_invitations', 'invited_by', 'SET NULL')
  inviter?: User;

  @CreatedAtColumn()
  createdAt!: Date;
}
