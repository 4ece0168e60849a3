import { Entity, Index } from 'typeorm';
import { ROLES, type Role } from '../../contracts/auth.js';
import { CreatedAtColumn, KeyColumn, References, TextEnumColumn } from '../../database/columns.js';
import { Institution } from '../institutions/institution.entity.js';
import { User } from './user.entity.js';

/** A user's role in one institution. */
@Entity('memberships')
@Index('memberships_institution_id_idx', ['institutionId'])
export class Membership {
  @KeyColumn('memberships', 'uuid')
  userId!: string;

  @KeyColumn('memberships', 'uuid')
  institutionId!: string;

  @References(() => User, 'memberships', 'user_id', 'CASCADE')
  user?: User;

  @References(() => Institution, 'memberships', 'institution_id', 'CASCADE')
  institution?: Institution;

  @TextEnumColumn('memberships', 'role', ROLES)
  role!: Role;

  @CreatedAtColumn()
  createdAt!: Date;
}
