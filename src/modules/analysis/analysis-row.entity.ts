import { Check, Entity, Unique } from 'typeorm';
import { ANALYSIS_PARTS, type AnalysisPart, type StoredFields } from '../../contracts/analysis.js';
import { IntegerColumn, JsonColumn, TextEnumColumn } from '../../database/columns.js';
import { VersionedPlanRecord } from '../plans/plan-record.entity.js';

/**
 * A row of one part of a plan's situation analysis, in order within its part. `fields` holds the
 * part's own fields (AnalysisRowFields of contracts/analysis.ts), checked by the server per part
 * (analysis-fields.ts) before any write.
 */
@Entity('analysis_rows')
@Unique('analysis_rows_plan_id_part_position_key', ['planId', 'part', 'position'])
@Check('analysis_rows_fields_check', `jsonb_typeof(fields) = 'object'`)
export class AnalysisRow extends VersionedPlanRecord('analysis_rows') {
  @TextEnumColumn('analysis_rows', 'part', ANALYSIS_PARTS)
  part!: AnalysisPart;

  @IntegerColumn()
  position!: number;

  @JsonColumn()
  fields!: StoredFields;
}
