import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Indicator } from './indicator.entity.js';

/** B_t: the yearly target of an indicator. */
@Entity('indicator_targets')
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

  @Column({ type: 'numeric' })
  value!: number;
}
