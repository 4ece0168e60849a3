import { Entity, Unique } from 'typeorm';
import {
  STEP_DECISIONS,
  STEP_STAGES,
  type StepDecision,
  type StepStage,
} from '../../contracts/working-groups.js';
import {
  CreatedAtColumn,
  DateColumn,
  IdColumn,
  IntegerColumn,
  References,
  TextColumn,
  TextEnumColumn,
  UuidColumn,
} from '../../database/columns.js';
import { CouncilRecommendation } from './council-recommendation.entity.js';

/** One step of a recommendation's journey: a stage's decision on a date. */
@Entity('council_recommendation_steps')
@Unique('council_recommendation_steps_recommendation_id_position_key', ['recommendationId', 'position'])
export class CouncilRecommendationStep {
  @IdColumn('council_recommendation_steps')
  id!: string;

  @UuidColumn()
  institutionId!: string;

  @UuidColumn()
  recommendationId!: string;

  @References(() => CouncilRecommendation, 'council_recommendation_steps', 'recommendation_id', 'CASCADE')
  recommendation?: CouncilRecommendation;

  @IntegerColumn()
  position!: number;

  @TextEnumColumn('council_recommendation_steps', 'stage', STEP_STAGES)
  stage!: StepStage;

  @DateColumn()
  date!: string;

  @TextEnumColumn('council_recommendation_steps', 'decision', STEP_DECISIONS)
  decision!: StepDecision;

  @TextColumn({ nullable: true })
  note!: string | null;

  @CreatedAtColumn()
  createdAt!: Date;
}
