import { Check, Entity } from 'typeorm';
import { DateColumn, References, TextColumn, UuidColumn } from '../../database/columns.js';
import { VersionedInstitutionRecord } from '../institutions/institution-record.entity.js';
import { User } from '../auth/user.entity.js';

/** A member of a city council's general assembly (genel kurul); `contact` is never public. */
@Entity('council_members')
@Check('council_members_active_to_check', `active_to IS NULL OR active_to >= active_from`)
export class CouncilMember extends VersionedInstitutionRecord('council_members') {
  /** The member's account, when they sign in (a group's chair records its meetings). */
  @UuidColumn({ nullable: true })
  userId!: string | null;

  @References(() => User, 'council_members', 'user_id', 'SET NULL')
  user?: User | null;

  @TextColumn()
  name!: string;

  /** The body the member represents, or null for an individual member. */
  @TextColumn({ nullable: true })
  represents!: string | null;

  @TextColumn({ nullable: true })
  contact!: string | null;

  @DateColumn()
  activeFrom!: string;

  @DateColumn({ nullable: true })
  activeTo!: string | null;
}
