import { Check, Entity, Unique } from 'typeorm';
import { JsonColumn, References, TextColumn, UuidColumn } from '../../database/columns.js';
import { Indicator } from '../indicators/indicator.entity.js';
import { VersionedPlanRecord } from '../plans/plan-record.entity.js';
import { ProgrammeTarget } from './programme-target.entity.js';

/**
 * What a programme adds to an indicator of one of its PHs: the figures typed for the years t-2,
 * t-1 and t where Pusula has no approved value or yearly target, and the explanation line.
 */
@Entity('programme_indicators')
@Unique('programme_indicators_programme_target_id_indicator_id_key', ['programmeTargetId', 'indicatorId'])
@Check('programme_indicators_entered_check', `jsonb_typeof(entered) = 'object'`)
export class ProgrammeIndicator extends VersionedPlanRecord('programme_indicators') {
  @UuidColumn()
  programmeTargetId!: string;

  @References(() => ProgrammeTarget, 'programme_indicators', 'programme_target_id', 'CASCADE')
  programmeTarget?: ProgrammeTarget;

  @UuidColumn({ index: 'programme_indicators_indicator_id_idx' })
  indicatorId!: string;

  @References(() => Indicator, 'programme_indicators', 'indicator_id', 'CASCADE')
  indicator?: Indicator;

  /** { "2023": 12, … }: figures typed for the programme's years. */
  @JsonColumn()
  entered!: Record<string, number>;

  @TextColumn({ nullable: true })
  explanation!: string | null;
}
