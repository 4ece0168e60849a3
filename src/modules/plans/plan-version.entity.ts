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
import type {
  AddedIndicator,
  CardChange,
  PlanUpdateRequest,
  PlanVersionStatus,
  TargetChange,
  WeightChange,
} from '../../contracts/plan-versions.js';
import { Plan } from './plan.entity.js';

/**
 * One update (güncelleme) of a plan in force: number 2 onwards (1 is the plan as first in
 * force, never stored), proposed by a planner and in force once the institution's administrator
 * approves it, with what it changed, old and new (domain.md 6).
 */
@Entity('plan_versions')
@Unique('plan_versions_plan_id_number_key', ['planId', 'number'])
@Check('plan_versions_status_check', `status IN ('proposed', 'approved', 'rejected')`)
// At most one proposal waits for the administrator at a time.
@Index('plan_versions_plan_id_proposed_key', ['planId'], { unique: true, where: "status = 'proposed'" })
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

  @Column({ type: 'text', default: 'approved' })
  status!: PlanVersionStatus;

  /** Who proposed it. */
  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** The proposal as sent (without reason and decision), checked again when it is approved. */
  @Column({ type: 'jsonb', nullable: true })
  request!: Pick<PlanUpdateRequest, 'targets' | 'weights' | 'indicators' | 'cards'> | null;

  @Column({ type: 'jsonb' })
  changes!: TargetChange[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  weightChanges!: WeightChange[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  addedIndicators!: AddedIndicator[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  cardChanges!: CardChange[];

  /** The administrator who approved or rejected it. */
  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** In force from (the approval date). */
  @Column({ type: 'date', nullable: true })
  effectiveDate!: string | null;

  @Column({ type: 'text', nullable: true })
  rejectionReason!: string | null;
}
