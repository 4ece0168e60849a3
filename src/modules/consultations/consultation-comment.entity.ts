import { Check, Entity, Index, Unique } from 'typeorm';
import { COMMENT_STATUSES, type CommentStatus } from '../../contracts/consultations.js';
import {
  References,
  TextColumn,
  TextEnumColumn,
  TimestampColumn,
  UuidColumn,
} from '../../database/columns.js';
import { AnalysisItem } from '../analysis/analysis-item.entity.js';
import { VersionedPlanRecord } from '../plans/plan-record.entity.js';
import { Target } from '../plans/target.entity.js';
import { Consultation } from './consultation.entity.js';

/**
 * An anonymous comment on a consultation and its moderation. The e-mail, the address digest and
 * the hidden reason never leave the institution (public responses are built without them).
 */
@Entity('consultation_comments')
@Unique('consultation_comments_consultation_id_text_key_key', ['consultationId', 'textKey'])
@Index('consultation_comments_address_key_created_at_idx', ['addressKey', 'createdAt'])
@Check('consultation_comments_hidden_reason_check', `status <> 'hidden' OR hidden_reason IS NOT NULL`)
export class ConsultationComment extends VersionedPlanRecord('consultation_comments') {
  @UuidColumn()
  consultationId!: string;

  @References(() => Consultation, 'consultation_comments', 'consultation_id', 'CASCADE')
  consultation?: Consultation;

  @TextColumn()
  text!: string;

  /** Digest of the normalised text: the same text twice on a consultation is one comment. */
  @TextColumn()
  textKey!: string;

  @TextColumn({ nullable: true })
  authorName!: string | null;

  @TextColumn({ nullable: true })
  authorEmail!: string | null;

  /** The aim or target code it is about. */
  @TextColumn({ nullable: true })
  subjectCode!: string | null;

  @TextEnumColumn('consultation_comments', 'status', COMMENT_STATUSES, { default: 'pending' })
  status!: CommentStatus;

  @TextColumn({ nullable: true })
  hiddenReason!: string | null;

  @TextColumn({ nullable: true })
  answer!: string | null;

  @TimestampColumn({ nullable: true })
  answeredAt!: Date | null;

  @UuidColumn({ nullable: true, index: 'consultation_comments_linked_item_id_idx' })
  linkedItemId!: string | null;

  @References(() => AnalysisItem, 'consultation_comments', 'linked_item_id', 'SET NULL')
  linkedItem?: AnalysisItem | null;

  @UuidColumn({ nullable: true, index: 'consultation_comments_linked_target_id_idx' })
  linkedTargetId!: string | null;

  @References(() => Target, 'consultation_comments', 'linked_target_id', 'SET NULL')
  linkedTarget?: Target | null;

  /** Digest of the sender's address, for the rate limit. */
  @TextColumn()
  addressKey!: string;
}
