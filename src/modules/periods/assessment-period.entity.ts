import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  VersionColumn,
} from 'typeorm';
import type { PeriodStatus } from '../../contracts/workflow.js';
import { Plan } from '../plans/plan.entity.js';

/** An assessment period of a plan ("2025-H1" izleme, "2025" değerlendirme) opened by a planner. */
@Entity('assessment_periods')
@Unique('assessment_periods_plan_id_period_key', ['planId', 'period'])
@Check('assessment_periods_status_check', `status IN ('open', 'closed')`)
@Check('assessment_periods_period_check', `period ~ '^[0-9]{4}(-H1)?$'`)
export class AssessmentPeriod {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'assessment_periods_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  institutionId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'assessment_periods_plan_id_fkey' })
  plan?: Plan;

  @Column({ type: 'text' })
  period!: string;

  @Column({ type: 'text', default: 'open' })
  status!: PeriodStatus;

  @Column({ type: 'uuid', nullable: true })
  openedBy!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  openedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  closedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
