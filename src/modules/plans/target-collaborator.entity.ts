import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Unit } from '../institutions/unit.entity.js';
import { Target } from './target.entity.js';

/** işbirliği yapılacak birim: a unit collaborating on a target (never its responsible unit). */
@Entity('target_collaborators')
export class TargetCollaborator {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'target_collaborators_pkey' })
  targetId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'target_collaborators_pkey' })
  unitId!: string;

  @ManyToOne(() => Target, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_id', foreignKeyConstraintName: 'target_collaborators_target_id_fkey' })
  target?: Target;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'target_collaborators_unit_id_fkey' })
  unit?: Unit;

  @Column({ type: 'uuid' })
  institutionId!: string;

  @Column({ type: 'integer' })
  position!: number;
}
