import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Unit } from '../institutions/unit.entity.js';
import { Membership } from './membership.entity.js';

/** A unit a unit manager is bound to. */
@Entity('membership_units')
export class MembershipUnit {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'membership_units_pkey' })
  userId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'membership_units_pkey' })
  unitId!: string;

  @Column({ type: 'uuid' })
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

  @ManyToOne(() => Unit, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'membership_units_unit_id_fkey' })
  unit?: Unit;
}
