import { Entity, Unique } from 'typeorm';
import { IdColumn, IntegerColumn, References, TextColumn, UuidColumn } from '../../database/columns.js';
import { Institution } from './institution.entity.js';

/** A unit (birim, e.g. Fen İşleri Müdürlüğü): a spending unit that owns targets. */
@Entity('units')
@Unique('units_institution_id_code_key', ['institutionId', 'code'])
export class Unit {
  @IdColumn('units')
  id!: string;

  @UuidColumn()
  institutionId!: string;

  @References(() => Institution, 'units', 'institution_id', 'CASCADE')
  institution?: Institution;

  @TextColumn()
  code!: string;

  @TextColumn()
  name!: string;

  @UuidColumn({ index: 'units_parent_id_idx', nullable: true })
  parentId!: string | null;

  @References(() => Unit, 'units', 'parent_id', 'SET NULL')
  parent?: Unit | null;

  @IntegerColumn({ default: 0 })
  position!: number;
}
