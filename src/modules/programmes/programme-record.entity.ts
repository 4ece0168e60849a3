import { IntegerColumn, References, TextColumn, UuidColumn } from '../../database/columns.js';
import { Unit } from '../institutions/unit.entity.js';
import { VersionedPlanRecord } from '../plans/plan-record.entity.js';
import { Programme } from './programme.entity.js';

/**
 * The columns a programme's own record starts with (its PHs, activities, programmes and
 * sub-programmes, goals): VersionedPlanRecord's, and the programme it belongs to with the relation
 * to it, deleted with it (`<table>_programme_id_fkey`, ON DELETE CASCADE). `indexed` adds the
 * index `<table>_programme_id_idx`, for a table whose unique key does not start with programme_id.
 */
export function VersionedProgrammeRecord(table: string, { indexed = false }: { indexed?: boolean } = {}) {
  abstract class VersionedProgrammeRecordOf extends VersionedPlanRecord(table) {
    @UuidColumn(indexed ? { index: `${table}_programme_id_idx` } : {})
    programmeId!: string;

    @References(() => Programme, table, 'programme_id', 'CASCADE')
    programme?: Programme;
  }
  return VersionedProgrammeRecordOf;
}

/**
 * An activity (faaliyet/proje) of a programme, in either format: VersionedProgrammeRecord's
 * columns, its code and name, its place in its parent's list, and its responsible spending unit
 * (indexed, `<table>_unit_id_idx`), null once the unit is gone (PP_ACTIVITY_UNIT; a write always
 * names one).
 */
export function ProgrammeActivityRecord(table: string) {
  abstract class ProgrammeActivityRecordOf extends VersionedProgrammeRecord(table) {
    /** Its code within the programme (F01, F02, … in the classic format). */
    @TextColumn()
    code!: string;

    @TextColumn()
    name!: string;

    @UuidColumn({ nullable: true, index: `${table}_unit_id_idx` })
    unitId!: string | null;

    @References(() => Unit, table, 'unit_id', 'SET NULL')
    unit?: Unit | null;

    @IntegerColumn()
    position!: number;
  }
  return ProgrammeActivityRecordOf;
}
