import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Indicator } from './indicator.entity.js';

/** B_t: the yearly target of an indicator. */
@Entity('indicator_targets')
@Index('indicator_targets_plan_id_year_idx', ['planId', 'year'])
export class IndicatorTarget {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'indicator_targets_pkey' })
  indicatorId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'indicator_targets_pkey' })
  year!: number;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'indicator_targets_indicator_id_fkey' })
  indicator?: Indicator;

  @Column({ type: 'uuid' })
  institutionId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @Column({ type: 'numeric' })
  value!: number;
}
