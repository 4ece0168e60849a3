import { Check, Entity, Unique } from 'typeorm';
import {
  PROGRAMME_FORMATS,
  PROGRAMME_STATUSES,
  type ProgrammeFormat,
  type ProgrammeStatus,
  type ResourceNeed,
} from '../../contracts/programme.js';
import { DateColumn, IntegerColumn, JsonColumn, TextColumn, TextEnumColumn } from '../../database/columns.js';
import { VersionedPlanRecord } from '../plans/plan-record.entity.js';

/** A plan's performance programme (performans programı) of one of its years. */
@Entity('programmes')
@Unique('programmes_plan_id_year_key', ['planId', 'year'])
@Check('programmes_submitted_check', `status = 'draft' OR submitted_on IS NOT NULL`)
@Check(
  'programmes_decision_check',
  `status NOT IN ('accepted', 'published') OR (decision_date IS NOT NULL AND decision_number IS NOT NULL)`,
)
@Check('programmes_published_check', `status <> 'published' OR published_on IS NOT NULL`)
@Check(
  'programmes_amounts_check',
  `jsonb_typeof(proposal) = 'object' AND jsonb_typeof(general_administration) = 'object' AND jsonb_typeof(transfers) = 'object'`,
)
export class Programme extends VersionedPlanRecord('programmes') {
  @IntegerColumn()
  year!: number;

  @TextEnumColumn('programmes', 'format', PROGRAMME_FORMATS)
  format!: ProgrammeFormat;

  @TextEnumColumn('programmes', 'status', PROGRAMME_STATUSES)
  status!: ProgrammeStatus;

  @DateColumn({ nullable: true })
  submittedOn!: string | null;

  @DateColumn({ nullable: true })
  decisionDate!: string | null;

  @TextColumn({ nullable: true })
  decisionNumber!: string | null;

  /** The day the accepted programme was published (yayımlandı). */
  @DateColumn({ nullable: true })
  publishedOn!: string | null;

  @IntegerColumn({ default: 0 })
  revision!: number;

  /** The budget proposal's resource need by economic code, TL. */
  @JsonColumn()
  proposal!: Record<string, number>;

  @JsonColumn()
  generalAdministration!: ResourceNeed;

  @JsonColumn()
  transfers!: ResourceNeed;
}
