import { Entity, Unique, VersionColumn } from 'typeorm';
import type { ActivityDoc, YearAmounts } from '../../contracts/plan-document.js';
import {
  IdColumn,
  IntegerColumn,
  JsonColumn,
  References,
  TextColumn,
  UuidColumn,
} from '../../database/columns.js';
import { Unit } from '../institutions/unit.entity.js';
import { Aim } from './aim.entity.js';

/** A target (hedef, H1.1) with its target card (hedef kartı) fields. */
@Entity('targets')
@Unique('targets_plan_id_code_key', ['planId', 'code'])
export class Target {
  @IdColumn('targets')
  id!: string;

  @UuidColumn()
  institutionId!: string;

  @UuidColumn()
  planId!: string;

  @UuidColumn({ index: 'targets_aim_id_idx' })
  aimId!: string;

  @References(() => Aim, 'targets', 'aim_id', 'CASCADE')
  aim?: Aim;

  @TextColumn()
  code!: string;

  @TextColumn()
  title!: string;

  @IntegerColumn()
  position!: number;

  /** sorumlu birim: exactly one (RESPONSIBLE_UNIT). */
  @UuidColumn({ index: 'targets_responsible_unit_id_idx' })
  responsibleUnitId!: string;

  @References(() => Unit, 'targets', 'responsible_unit_id', 'RESTRICT')
  responsibleUnit?: Unit;

  @JsonColumn({ nullable: true })
  risks!: string[] | null;

  @JsonColumn({ nullable: true })
  controls!: string[] | null;

  @JsonColumn({ nullable: true })
  strategies!: string[] | null;

  @JsonColumn({ nullable: true })
  activities!: ActivityDoc[] | null;

  @JsonColumn({ nullable: true })
  costEstimate!: YearAmounts | null;

  @JsonColumn({ nullable: true })
  findings!: string[] | null;

  @JsonColumn({ nullable: true })
  needs!: string[] | null;

  @VersionColumn()
  version!: number;
}
