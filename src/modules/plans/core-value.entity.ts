import { Entity, Unique } from 'typeorm';
import { IntegerColumn, TextColumn } from '../../database/columns.js';
import { PlanRecord } from './plan-record.entity.js';

/** A core value (temel değer): an ordered list of title + description per plan. */
@Entity('core_values')
@Unique('core_values_plan_id_position_key', ['planId', 'position'])
export class CoreValue extends PlanRecord('core_values') {
  @IntegerColumn()
  position!: number;

  @TextColumn()
  title!: string;

  @TextColumn({ nullable: true })
  description!: string | null;
}
