import type {
  CommentResponse,
  CommentStatus,
  ConsultationResponse,
  PublicComment,
} from '../../contracts/consultations.js';
import type { ConsultationComment } from './consultation-comment.entity.js';
import { consultationPhase } from './consultation-rules.js';
import type { Consultation } from './consultation.entity.js';
import type { LinkCodes } from './consultations.repository.js';

const NO_COUNTS: Record<CommentStatus, number> = { pending: 0, published: 0, hidden: 0 };

/** A consultation as members see it, with its phase on `today` and its comments by status. */
export function toConsultationResponse(
  row: Consultation,
  today: string,
  counts: Record<CommentStatus, number> | undefined,
): ConsultationResponse {
  return {
    id: row.id,
    planId: row.planId,
    title: row.title,
    description: row.description,
    scope: row.scope,
    aimCode: row.aimCode,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    phase: consultationPhase(row, today),
    openedAt: row.openedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    counts: counts ?? NO_COUNTS,
    version: row.version,
  };
}

/** A comment as the moderation queue shows it: what the public sees, and the e-mail and moderation. */
export function toCommentResponse(
  comment: ConsultationComment,
  links: LinkCodes | undefined,
): CommentResponse {
  return {
    ...toPublicComment(comment, links),
    authorEmail: comment.authorEmail,
    status: comment.status,
    hiddenReason: comment.hiddenReason,
    version: comment.version,
  };
}

/** A published comment for the public: named fields only, so the e-mail, address and notes never leave. */
export function toPublicComment(comment: ConsultationComment, links: LinkCodes | undefined): PublicComment {
  return {
    id: comment.id,
    text: comment.text,
    authorName: comment.authorName,
    subjectCode: comment.subjectCode,
    answer: comment.answer,
    answeredAt: comment.answeredAt?.toISOString() ?? null,
    linkedFinding: links?.finding ?? null,
    linkedTarget: links?.target ?? null,
    createdAt: comment.createdAt.toISOString(),
  };
}
