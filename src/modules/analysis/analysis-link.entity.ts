import { Entity, Unique } from 'typeorm';
import { CreatedAtColumn, References, UuidColumn } from '../../database/columns.js';
import { PlanRecord } from '../plans/plan-record.entity.js';
import { Target } from '../plans/target.entity.js';
import { AnalysisItem } from './analysis-item.entity.js';

/** A target card of the plan that answers a finding or need (many to many, same plan). */
@Entity('analysis_links')
@Unique('analysis_links_item_id_target_id_key', ['itemId', 'targetId'])
export class AnalysisLink extends PlanRecord('analysis_links') {
  @UuidColumn()
  itemId!: string;

  @References(() => AnalysisItem, 'analysis_links', 'item_id', 'CASCADE')
  item?: AnalysisItem;

  @UuidColumn({ index: 'analysis_links_target_id_idx' })
  targetId!: string;

  @References(() => Target, 'analysis_links', 'target_id', 'CASCADE')
  target?: Target;

  @CreatedAtColumn()
  createdAt!: Date;
}
