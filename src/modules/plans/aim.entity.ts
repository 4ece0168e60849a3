import { Entity, Unique, VersionColumn } from 'typeorm';
import { IntegerColumn, TextColumn } from '../../database/columns.js';
import { PlanRecord } from './plan-record.entity.js';

/** A strategic aim (amaç, A1). */
@Entity('aims')
@Unique('aims_plan_id_code_key', ['planId', 'code'])
export class Aim extends PlanRecord('aims') {
  @TextColumn()
  code!: string;

  @TextColumn()
  title!: string;

  @IntegerColumn()
  position!: number;

  @VersionColumn()
  version!: number;
}
