import { IdColumn, References, UuidColumn, VersionedRecord } from '../../database/columns.js';
import { WorkingGroup } from './working-group.entity.js';

/**
 * The columns a working group's own record starts with (its elections, meetings and
 * recommendations): its uuid `id`, the council (institution) it belongs to, the group (indexed,
 * `<table>_group_id_idx`) and the relation to it, deleted with it (`<table>_group_id_fkey`,
 * ON DELETE CASCADE), and VersionedRecord's made, changed and version.
 */
export function VersionedGroupRecord(table: string) {
  abstract class VersionedGroupRecordOf extends VersionedRecord {
    id!: string;
    institutionId!: string;
    groupId!: string;
    group?: WorkingGroup;
  }
  const prototype = VersionedGroupRecordOf.prototype;
  IdColumn(table)(prototype, 'id');
  UuidColumn()(prototype, 'institutionId');
  UuidColumn({ index: `${table}_group_id_idx` })(prototype, 'groupId');
  References(() => WorkingGroup, table, 'group_id', 'CASCADE')(prototype, 'group');
  return VersionedGroupRecordOf;
}
