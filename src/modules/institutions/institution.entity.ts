import { Check, Entity, Unique, VersionColumn } from 'typeorm';
import { INSTITUTION_KINDS, type InstitutionKind } from '../../contracts/plan-document.js';
import {
  CreatedAtColumn,
  IdColumn,
  IntegerColumn,
  TextColumn,
  TextEnumColumn,
  UpdatedAtColumn,
} from '../../database/columns.js';

@Entity('institutions')
@Unique('institutions_name_key', ['name'])
@Check('institutions_population_check', `population IS NULL OR population >= 0`)
export class Institution {
  @IdColumn('institutions')
  id!: string;

  @TextColumn()
  name!: string;

  @TextEnumColumn('institutions', 'kind', INSTITUTION_KINDS)
  kind!: InstitutionKind;

  @IntegerColumn({ nullable: true })
  population!: number | null;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
