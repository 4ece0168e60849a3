import { Check, Entity, Index, VersionColumn } from 'typeorm';
import {
  QUESTION_STATUSES,
  QUESTION_SUBJECT_TYPES,
  type QuestionStatus,
  type QuestionSubjectType,
} from '../../contracts/questions.js';
import {
  References,
  TextColumn,
  TextEnumColumn,
  TimestampColumn,
  TimestampNowColumn,
  UuidColumn,
} from '../../database/columns.js';
import { User } from '../auth/user.entity.js';
import { PlanRecord } from '../plans/plan-record.entity.js';

/** A reviewer's question (soru) on an aim, target or indicator of a plan, and the unit's answer. */
@Entity('questions')
@Index('questions_plan_id_status_idx', ['planId', 'status'])
@Check('questions_period_check', `period IS NULL OR period ~ '^[0-9]{4}(-H[12])?$'`)
export class Question extends PlanRecord('questions') {
  @TextEnumColumn('questions', 'subject_type', QUESTION_SUBJECT_TYPES)
  subjectType!: QuestionSubjectType;

  /** The code of the aim, target or indicator (A1, H1.1, PG1.1.1); kept as asked. */
  @TextColumn()
  subjectCode!: string;

  @TextColumn({ nullable: true })
  period!: string | null;

  @TextColumn()
  text!: string;

  @UuidColumn()
  askedBy!: string;

  @References(() => User, 'questions', 'asked_by')
  asker?: User;

  @TimestampNowColumn()
  askedAt!: Date;

  @TextColumn({ nullable: true })
  answer!: string | null;

  @UuidColumn({ nullable: true })
  answeredBy!: string | null;

  @References(() => User, 'questions', 'answered_by')
  answerer?: User | null;

  @TimestampColumn({ nullable: true })
  answeredAt!: Date | null;

  @TextEnumColumn('questions', 'status', QUESTION_STATUSES, { default: 'open' })
  status!: QuestionStatus;

  @UuidColumn({ nullable: true })
  closedBy!: string | null;

  @References(() => User, 'questions', 'closed_by')
  closer?: User | null;

  @TimestampColumn({ nullable: true })
  closedAt!: Date | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
