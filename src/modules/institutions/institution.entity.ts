import { Check, Entity, Unique } from 'typeorm';
import { INSTITUTION_KINDS, type InstitutionKind } from '../../contracts/plan-document.js';
import {
  IdColumn,
  IntegerColumn,
  TextColumn,
  TextEnumColumn,
  VersionedRecord,
} from '../../database/columns.js';

@Entity('institutions')
@Unique('institutions_name_key', ['name'])
@Check('institutions_population_check', `population IS NULL OR population >= 0`)
export class Institution extends VersionedRecord {
  @IdColumn('institutions')
  id!: string;

  @TextColumn()
  name!: string;

  @TextEnumColumn('institutions', 'kind', INSTITUTION_KINDS)
  kind!: InstitutionKind;

  @IntegerColumn({ nullable: true })
  population!: number | null;
}
