import { Entity, Index } from 'typeorm';
import { KeyColumn, NumericColumn, References, UuidColumn } from '../../database/columns.js';
import { Indicator } from './indicator.entity.js';

/** B_t: the yearly target of an indicator. */
@Entity('indicator_targets')
@Index('indicator_targets_plan_id_year_idx', ['planId', 'year'])
export class IndicatorTarget {
  @KeyColumn('indicator_targets', 'uuid')
  indicatorId!: string;

  @KeyColumn('indicator_targets', 'integer')
  year!: number;

  @References(() => Indicator, 'indicator_targets', 'indicator_id', 'CASCADE')
  indicator?: Indicator;

  @UuidColumn()
  institutionId!: string;

  @UuidColumn()
  planId!: string;

  @NumericColumn()
  value!: number;
}
