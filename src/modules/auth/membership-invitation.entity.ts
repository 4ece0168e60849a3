import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { Role } from '../../contracts/auth.js';
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
@Check('membership_invitations_role_check', `role IN ('admin', 'planner', 'unit_manager', 'reviewer')`)
export class MembershipInvitation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'membership_invitations_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  institutionId!: string;

  @ManyToOne(() => Institution, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'institution_id',
    foreignKeyConstraintName: 'membership_invitations_institution_id_fkey',
  })
  institution?: Institution;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'membership_invitations_user_id_fkey' })
  user?: User;

  @Column({ type: 'text' })
  role!: Role;

  /** The units of a unit manager; units deleted meanwhile are left out on acceptance. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  unitIds!: string[];

  @Column({ type: 'uuid', nullable: true })
  invitedBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by', foreignKeyConstraintName: 'membership_invitations_invited_by_fkey' })
  inviter?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
