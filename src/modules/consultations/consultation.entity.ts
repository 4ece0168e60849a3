import { Check, Entity, Index } from 'typeorm';
import { CONSULTATION_SCOPES, type ConsultationScope } from '../../contracts/consultations.js';
import { DateColumn, TextColumn, TextEnumColumn, TimestampColumn } from '../../database/columns.js';
import { VersionedPlanRecord } from '../plans/plan-record.entity.js';

/** A plan, or a part of it, opened for public comment between two Istanbul dates. */
@Entity('consultations')
@Index('consultations_institution_id_idx', ['institutionId'])
@Index('consultations_plan_id_idx', ['planId'])
@Check('consultations_aim_code_check', `(scope = 'aim-targets') = (aim_code IS NOT NULL)`)
@Check('consultations_closes_on_check', `closes_on >= opens_on`)
export class Consultation extends VersionedPlanRecord('consultations') {
  @TextColumn()
  title!: string;

  @TextColumn({ nullable: true })
  description!: string | null;

  @TextEnumColumn('consultations', 'scope', CONSULTATION_SCOPES)
  scope!: ConsultationScope;

  /** The aim whose targets are consulted (scope aim-targets only). */
  @TextColumn({ nullable: true })
  aimCode!: string | null;

  @DateColumn()
  opensOn!: string;

  @DateColumn()
  closesOn!: string;

  /** When a planner opened it: before that only members see it. */
  @TimestampColumn({ nullable: true })
  openedAt!: Date | null;

  /** When a planner closed it before its last day passed. */
  @TimestampColumn({ nullable: true })
  closedAt!: Date | null;
}
