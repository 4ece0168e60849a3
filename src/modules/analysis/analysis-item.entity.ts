import { Check, Entity, Unique } from 'typeorm';
import {
  ANALYSIS_ITEM_KINDS,
  ANALYSIS_PARTS,
  type AnalysisItemKind,
  type AnalysisPart,
} from '../../contracts/analysis.js';
import { IntegerColumn, References, TextColumn, TextEnumColumn, UuidColumn } from '../../database/columns.js';
import { VersionedPlanRecord } from '../plans/plan-record.entity.js';
import { AnalysisRow } from './analysis-row.entity.js';

/** A finding (tespit) or need (ihtiyaç) of a plan's situation analysis: part J. */
@Entity('analysis_items')
@Unique('analysis_items_plan_id_code_key', ['planId', 'code'])
@Unique('analysis_items_plan_id_position_key', ['planId', 'position'])
@Check('analysis_items_origin_check', `origin_row_id IS NULL OR origin_part IS NOT NULL`)
export class AnalysisItem extends VersionedPlanRecord('analysis_items') {
  @TextEnumColumn('analysis_items', 'kind', ANALYSIS_ITEM_KINDS)
  kind!: AnalysisItemKind;

  /** T1, İ2…: unique within the plan. */
  @TextColumn()
  code!: string;

  @TextColumn()
  text!: string;

  /** The part it was drawn from, and the row when it names one (the row's delete keeps the part). */
  @TextEnumColumn('analysis_items', 'origin_part', ANALYSIS_PARTS, { nullable: true, orNull: true })
  originPart!: AnalysisPart | null;

  @UuidColumn({ nullable: true, index: 'analysis_items_origin_row_id_idx' })
  originRowId!: string | null;

  @References(() => AnalysisRow, 'analysis_items', 'origin_row_id', 'SET NULL')
  originRow?: AnalysisRow | null;

  @IntegerColumn()
  position!: number;
}
