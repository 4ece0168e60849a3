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
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { ValueStatus } from '../../contracts/workflow.js';
import { Indicator } from './indicator.entity.js';

/** One entry of an indicator for an entry period ("2025-H1", "2025-H2" or "2025"). */
@Entity('indicator_values')
@Unique('indicator_values_indicator_id_period_key', ['indicatorId', 'period'])
@Check('indicator_values_status_check', `status IN ('draft', 'submitted', 'approved', 'returned')`)
export class IndicatorValue {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'indicator_values_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  institutionId!: string;

  @Index('indicator_values_plan_id_idx')
  @Column({ type: 'uuid' })
  planId!: string;

  @Column({ type: 'uuid' })
  indicatorId!: string;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'indicator_values_indicator_id_fkey' })
  indicator?: Indicator;

  @Column({ type: 'text' })
  period!: string;

  @Column({ type: 'numeric' })
  value!: number;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** sapma nedeni (DEVIATION_REASON). */
  @Column({ type: 'text', nullable: true })
  deviationReason!: string | null;

  /** Workflow state (domain.md 6): the database default 'approved' covers imports. */
  @Column({ type: 'text', default: 'approved' })
  status!: ValueStatus;

  @Column({ type: 'text', nullable: true })
  evidenceUrl!: string | null;

  @Column({ type: 'uuid', nullable: true })
  enteredBy!: string | null;

  @Column({ type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  approvedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  returnComment!: string | null;

  /** The first approved value, kept by the first correction after approval. */
  @Column({ type: 'numeric', nullable: true })
  originalValue!: number | null;

  @Column({ type: 'text', nullable: true })
  correctionReason!: string | null;

  @Column({ type: 'boolean', default: false })
  revised!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
