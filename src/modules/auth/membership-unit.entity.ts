import { Entity, JoinColumn, ManyToOne } from 'typeorm';
import { KeyColumn, References, UuidColumn } from '../../database/columns.js';
import { Unit } from '../institutions/unit.entity.js';
import { Membership } from './membership.entity.js';

/** A unit a unit manager is bound to. */
@Entity('membership_units')
export class MembershipUnit {
  @KeyColumn('membership_units', 'uuid')
  userId!: string;

  @KeyColumn('membership_units', 'uuid')
  unitId!: string;

  @UuidColumn()
  institutionId!: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'user_id',
      referencedColumnName: 'userId',
      foreignKeyConstraintName: 'membership_units_membership_fkey',
    },
    {
      name: 'institution_id',
      referencedColumnName: 'institutionId',
      foreignKeyConstraintName: 'membership_units_membership_fkey',
    },
  ])
  membership?: Membership;

  @References(() => Unit, 'membership_units', 'unit_id', 'CASCADE')
  unit?: Unit;
}
