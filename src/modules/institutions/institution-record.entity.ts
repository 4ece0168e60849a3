import { IdColumn, References, UuidColumn, VersionedRecord } from '../../database/columns.js';
import { Institution } from './institution.entity.js';

/**
 * The columns a record an institution keeps of its own starts with, when people edit it one by
 * one: its uuid `id`, the institution (indexed, `<table>_institution_id_idx`) and the relation to
 * it, deleted with it (`<table>_institution_id_fkey`, ON DELETE CASCADE), and VersionedRecord's
 * made, changed and version. An entity extends `VersionedInstitutionRecord('<table>')`.
 */
export function VersionedInstitutionRecord(table: string) {
  abstract class VersionedInstitutionRecordOf extends VersionedRecord {
    id!: string;
    institutionId!: string;
    institution?: Institution;
  }
  const prototype = VersionedInstitutionRecordOf.prototype;
  IdColumn(table)(prototype, 'id');
  UuidColumn({ index: `${table}_institution_id_idx` })(prototype, 'institutionId');
  References(() => Institution, table, 'institution_id', 'CASCADE')(prototype, 'institution');
  return VersionedInstitutionRecordOf;
}
