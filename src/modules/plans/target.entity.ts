import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  VersionColumn,
} from 'typeorm';
import type { ActivityDoc, YearAmounts } from '../../contracts/plan-document.js';
import { Unit } from '../institutions/unit.entity.js';
import { Aim } from './aim.entity.js';

/** A target (hedef, H1.1) with its target card (hedef kartı) fields. */
@Entity('targets')
@Unique('targets_plan_id_code_key', ['planId', 'code'])
export class Target {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'targets_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  institutionId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @Index('targets_aim_id_idx')
  @Column({ type: 'uuid' })
  aimId!: string;

  @ManyToOne(() => Aim, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'aim_id', foreignKeyConstraintName: 'targets_aim_id_fkey' })
  aim?: Aim;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'integer' })
  position!: number;

  /** sorumlu birim: exactly one (RESPONSIBLE_UNIT). */
  @Index('targets_responsible_unit_id_idx')
  @Column({ type: 'uuid' })
  responsibleUnitId!: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_unit_id', foreignKeyConstraintName: 'targets_responsible_unit_id_fkey' })
  responsibleUnit?: Unit;

  @Column({ type: 'jsonb', nullable: true })
  risks!: string[] | null;

  @Column({ type: 'jsonb', nullable: true })
  controls!: string[] | null;

  @Column({ type: 'jsonb', nullable: true })
  strategies!: string[] | null;

  @Column({ type: 'jsonb', nullable: true })
  activities!: ActivityDoc[] | null;

  @Column({ type: 'jsonb', nullable: true })
  costEstimate!: YearAmounts | null;

  @Column({ type: 'jsonb', nullable: true })
  findings!: string[] | null;

  @Column({ type: 'jsonb', nullable: true })
  needs!: string[] | null;

  @VersionColumn()
  version!: number;
}
