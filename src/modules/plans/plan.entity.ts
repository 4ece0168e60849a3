import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { CostingDoc, PlanSettings, PlanStatus } from '../../contracts/plan-document.js';
import { Institution } from '../institutions/institution.entity.js';

@Entity('plans')
@Check('plans_status_check', `status IN ('taslak', 'meclis-onayinda', 'yururlukte', 'kapandi')`)
@Check('plans_years_check', `end_year >= start_year`)
export class Plan {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'plans_pkey' })
  id!: string;

  @Index('plans_institution_id_idx')
  @Column({ type: 'uuid' })
  institutionId!: string;

  @ManyToOne(() => Institution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'plans_institution_id_fkey' })
  institution?: Institution;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'integer' })
  startYear!: number;

  @Column({ type: 'integer' })
  endYear!: number;

  /** null when the document did not say; the effective status is then derived (plan.mapper). */
  @Column({ type: 'text', nullable: true })
  status!: PlanStatus | null;

  @Column({ type: 'text', nullable: true })
  mission!: string | null;

  @Column({ type: 'text', nullable: true })
  vision!: string | null;

  @Column({ type: 'date', nullable: true })
  submittedToCouncil!: string | null;

  @Column({ type: 'date', nullable: true })
  councilDecisionDate!: string | null;

  @Column({ type: 'text', nullable: true })
  councilDecisionNumber!: string | null;

  /** The date the close step gave (kapandı). */
  @Column({ type: 'date', nullable: true })
  closedOn!: string | null;

  /** Population when the plan was made: POPULATION_DUTY is judged on it. */
  @Column({ type: 'integer', nullable: true })
  population!: number | null;

  /** The local election the plan follows: ELECTION_DEADLINE is judged on it. */
  @Column({ type: 'date', nullable: true })
  electionDate!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  settings!: Partial<PlanSettings> | null;

  @Column({ type: 'jsonb', nullable: true })
  costing!: CostingDoc | null;

  /** When the plan was published for the public transparency pages; null: not published. */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** Moved by database triggers on every change of aims, targets, indicators, yearly targets and values. */
  @Column({ type: 'bigint', default: 0, select: false, insert: false, update: false })
  contentVersion!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
