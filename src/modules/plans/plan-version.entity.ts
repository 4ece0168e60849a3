import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { TargetChange } from '../../contracts/plan-versions.js';
import { Plan } from './plan.entity.js';

/**
 * One update (güncelleme) of a plan in force: number 2 onwards (1 is the plan as first in
 * force, never stored), with the yearly targets it changed, old and new (domain.md 6).
 */
@Entity('plan_versions')
@Unique('plan_versions_plan_id_number_key', ['planId', 'number'])
export class PlanVersion {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'plan_versions_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  institutionId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'plan_versions_plan_id_fkey' })
  plan?: Plan;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'integer' })
  effectiveYear!: number;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'date', nullable: true })
  decisionDate!: string | null;

  @Column({ type: 'text', nullable: true })
  decisionNumber!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'jsonb' })
  changes!: TargetChange[];
}
