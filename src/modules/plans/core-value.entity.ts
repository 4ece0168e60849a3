import { Entity, Unique } from 'typeorm';
import { IdColumn, IntegerColumn, References, TextColumn, UuidColumn } from '../../database/columns.js';
import { Plan } from './plan.entity.js';

/** A core value (temel değer): an ordered list of title + description per plan. */
@Entity('core_values')
@Unique('core_values_plan_id_position_key', ['planId', 'position'])
export class CoreValue {
  @IdColumn('core_values')
  id!: string;

  @UuidColumn()
  institutionId!: string;

  @UuidColumn()
  planId!: string;

  @References(() => Plan, 'core_values', 'plan_id', 'CASCADE')
  plan?: Plan;

  @IntegerColumn()
  position!: number;

  @TextColumn()
  title!: string;

  @TextColumn({ nullable: true })
  description!: string | null;
}
