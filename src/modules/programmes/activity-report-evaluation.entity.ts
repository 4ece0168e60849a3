import { Entity, Index, Unique } from 'typeorm';
import { IntegerColumn, References, TextColumn, UuidColumn } from '../../database/columns.js';
import { Indicator } from '../indicators/indicator.entity.js';
import { VersionedPlanRecord } from '../plans/plan-record.entity.js';

/** The yearly evaluation of an indicator by the criteria of planning-cycle.md 4. */
@Entity('activity_report_evaluations')
@Unique('activity_report_evaluations_indicator_id_year_key', ['indicatorId', 'year'])
@Index('activity_report_evaluations_plan_id_year_idx', ['planId', 'year'])
export class ActivityReportEvaluation extends VersionedPlanRecord('activity_report_evaluations') {
  @UuidColumn()
  indicatorId!: string;

  @References(() => Indicator, 'activity_report_evaluations', 'indicator_id', 'CASCADE')
  indicator?: Indicator;

  @IntegerColumn()
  year!: number;

  /** İlgililik. */
  @TextColumn({ nullable: true })
  relevance!: string | null;

  /** Etkililik. */
  @TextColumn({ nullable: true })
  effectiveness!: string | null;

  /** Etkinlik (efficiency). */
  @TextColumn({ nullable: true })
  efficiency!: string | null;

  /** Sürdürülebilirlik. */
  @TextColumn({ nullable: true })
  sustainability!: string | null;

  /** Etki (impact), optional. */
  @TextColumn({ nullable: true })
  impact!: string | null;
}
