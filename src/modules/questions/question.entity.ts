import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import type { QuestionStatus, QuestionSubjectType } from '../../contracts/questions.js';
import { User } from '../auth/user.entity.js';
import { Plan } from '../plans/plan.entity.js';

/** A reviewer's question (soru) on an aim, target or indicator of a plan, and the unit's answer. */
@Entity('questions')
@Index('questions_plan_id_status_idx', ['planId', 'status'])
@Check('questions_subject_type_check', `subject_type IN ('aim', 'target', 'indicator')`)
@Check('questions_status_check', `status IN ('open', 'answered', 'closed')`)
@Check('questions_period_check', `period IS NULL OR period ~ '^[0-9]{4}(-H[12])?$'`)
export class Question {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'questions_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  institutionId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'questions_plan_id_fkey' })
  plan?: Plan;

  @Column({ type: 'text' })
  subjectType!: QuestionSubjectType;

  /** The code of the aim, target or indicator (A1, H1.1, PG1.1.1); kept as asked. */
  @Column({ type: 'text' })
  subjectCode!: string;

  @Column({ type: 'text', nullable: true })
  period!: string | null;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'uuid' })
  askedBy!: string;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'asked_by', foreignKeyConstraintName: 'questions_asked_by_fkey' })
  asker?: User;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  askedAt!: Date;

  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Column({ type: 'uuid', nullable: true })
  answeredBy!: string | null;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'answered_by', foreignKeyConstraintName: 'questions_answered_by_fkey' })
  answerer?: User | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ type: 'text', default: 'open' })
  status!: QuestionStatus;

  @Column({ type: 'uuid', nullable: true })
  closedBy!: string | null;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'closed_by', foreignKeyConstraintName: 'questions_closed_by_fkey' })
  closer?: User | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
