import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { CorrectionStatus } from '../../contracts/workflow.js';
import { Plan } from '../plans/plan.entity.js';
import { IndicatorValue } from './indicator-value.entity.js';

/**
 * A correction of an approved value, proposed by one person and put in force by another (four
 * eyes, domain.md 6). It holds the value as the correction would leave it: C, deviation reason,
 * note and evidence link. The approved value stays in force until the proposal is approved.
 */
@Entity('value_corrections')
@Index('value_corrections_value_id_proposed_key', ['valueId'], { unique: true, where: `status = 'proposed'` })
@Index('value_corrections_value_id_idx', ['valueId'])
@Index('value_corrections_plan_id_status_idx', ['planId', 'status'])
@Check('value_corrections_status_check', `status IN ('proposed', 'approved', 'rejected', 'withdrawn')`)
export class ValueCorrection {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'value_corrections_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  institutionId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'value_corrections_plan_id_fkey' })
  plan?: Plan;

  @Column({ type: 'uuid' })
  indicatorId!: string;

  @Column({ type: 'uuid' })
  valueId!: string;

  @ManyToOne(() => IndicatorValue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'value_id', foreignKeyConstraintName: 'value_corrections_value_id_fkey' })
  entry?: IndicatorValue;

  @Column({ type: 'text' })
  period!: string;

  /** C as it stood when the correction was proposed. */
  @Column({ type: 'numeric' })
  previousValue!: number;

  /** The proposed C. */
  @Column({ type: 'numeric' })
  value!: number;

  @Column({ type: 'text', nullable: true })
  deviationReason!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text', nullable: true })
  evidenceUrl!: string | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text', default: 'proposed' })
  status!: CorrectionStatus;

  @Column({ type: 'uuid', nullable: true })
  proposedBy!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  proposedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionComment!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
