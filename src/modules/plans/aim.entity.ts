import { Entity, Unique, VersionColumn } from 'typeorm';
import { IdColumn, IntegerColumn, References, TextColumn, UuidColumn } from '../../database/columns.js';
import { Plan } from './plan.entity.js';

/** A strategic aim (amaç, A1). */
@Entity('aims')
@Unique('aims_plan_id_code_key', ['planId', 'code'])
export class Aim {
  @IdColumn('aims')
  id!: string;

  @UuidColumn()
  institutionId!: string;

  @UuidColumn()
  planId!: string;

  @References(() => Plan, 'aims', 'plan_id', 'CASCADE')
  plan?: Plan;

  @TextColumn()
  code!: string;

  @TextColumn()
  title!: string;

  @IntegerColumn()
  position!: number;

  @VersionColumn()
  version!: number;
}
