import { Check, Entity, Unique } from 'typeorm';
import { ANALYSIS_PARTS, type AnalysisPart, type StoredFields } from '../../contracts/analysis.js';
import {
  IdColumn,
  IntegerColumn,
  JsonColumn,
  References,
  TextEnumColumn,
  UuidColumn,
  VersionedRecord,
} from '../../database/columns.js';
import { Plan } from '../plans/plan.entity.js';

/**
 * A row of one part of a plan's situation analysis, in order within its part. `fields` holds the
 * part's own fields (AnalysisRowFields of contracts/analysis.ts), checked by the server per part
 * (analysis-fields.ts) before any write.
 */
@Entity('analysis_rows')
@Unique('analysis_rows_plan_id_part_position_key', ['planId', 'part', 'position'])
@Check('analysis_rows_fields_check', `jsonb_typeof(fields) = 'object'`)
export class AnalysisRow extends VersionedRecord {
  @IdColumn('analysis_rows')
  id!: string;

  @UuidColumn()
  institutionId!: string;

  @UuidColumn()
  planId!: string;

  @References(() => Plan, 'analysis_rows', 'plan_id', 'CASCADE')
  plan?: Plan;

  @TextEnumColumn('analysis_rows', 'part', ANALYSIS_PARTS)
  part!: AnalysisPart;

  @IntegerColumn()
  position!: number;

  @JsonColumn()
  fields!: StoredFields;
}
