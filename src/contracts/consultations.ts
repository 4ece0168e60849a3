/**
 * Public consultation on a draft plan (issue 13 points 6–8): a planner opens the plan, or a part
 * of it, for comment; anyone comments without an account; comments wait for moderation and the
 * public sees only the published ones with the institution's answers. Dates are Istanbul
 * calendar dates (YYYY-MM-DD), both inclusive.
 */

/** What a consultation covers: the whole plan, the mission and vision, the aims, or one aim's targets. */
export const CONSULTATION_SCOPES = ['plan', 'mission-vision', 'aims', 'aim-targets'] as const;
export type ConsultationScope = (typeof CONSULTATION_SCOPES)[number];

/**
 * draft: not opened yet (only members see it); scheduled: opened, its first day not come;
 * open: comments are taken; closed: its last day passed or a planner closed it.
 */
export type ConsultationPhase = 'draft' | 'scheduled' | 'open' | 'closed';

/** A comment waits (pending), is shown (published) or is hidden with a reason. */
export const COMMENT_STATUSES = ['pending', 'published', 'hidden'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** The most characters a comment's text may have. */
export const COMMENT_MAX_LENGTH = 2000;

export interface ConsultationRequest {
  title: string;
  description?: string | null;
  scope: ConsultationScope;
  /** The aim whose targets are consulted: required for `aim-targets`, refused for any other scope. */
  aimCode?: string | null;
  opensOn: string;
  closesOn: string;
}

export type ConsultationChange = Partial<ConsultationRequest> & { version?: number };

/** What every view of a consultation, the members' and the public's, says of it. */
export interface ConsultationBasics {
  id: string;
  planId: string;
  title: string;
  description: string | null;
  scope: ConsultationScope;
  aimCode: string | null;
  opensOn: string;
  closesOn: string;
}

export interface ConsultationResponse extends ConsultationBasics {
  phase: ConsultationPhase;
  openedAt: string | null;
  closedAt: string | null;
  /** Comments by status (members only). */
  counts: Record<CommentStatus, number>;
  version: number;
}

/** A comment as a planner sees it: what the public sees, the e-mail and the moderation included. */
export interface CommentResponse extends PublicComment {
  authorEmail: string | null;
  status: CommentStatus;
  hiddenReason: string | null;
  version: number;
}

/** What the moderation queue takes: publish, hide (with a reason) or answer. */
export interface ModerationRequest {
  action: 'publish' | 'hide' | 'answer';
  reason?: string;
  answer?: string;
  version?: number;
}

/** A comment's links to where it went: a finding or need, a target (null removes a link). */
export interface CommentLinkRequest {
  finding?: string | null;
  target?: string | null;
}

/** An anonymous comment. `website` is a honeypot field a person never sees nor fills. */
export interface PublicCommentRequest {
  text: string;
  name?: string | null;
  email?: string | null;
  subjectCode?: string | null;
  website?: string;
}

/** The answer to an anonymous comment, the same whether it was stored or dropped as a bot's. */
export interface PublicCommentReceipt {
  status: 'pending';
}

/** A consultation on the public page: no moderation data, no counts of hidden comments. */
export interface PublicConsultationSummary extends ConsultationBasics {
  institutionId: string;
  planTitle: string;
  institutionName: string;
  phase: 'open' | 'closed';
  publishedComments: number;
}

/** A published comment: the name if one was given; never the e-mail, the address or a note. */
export interface PublicComment {
  id: string;
  text: string;
  authorName: string | null;
  /** The aim or target code it is about, or null for the consultation as a whole. */
  subjectCode: string | null;
  answer: string | null;
  answeredAt: string | null;
  /** Where the comment went: a finding or need (analysis item code) and a target of the plan, by code. */
  linkedFinding: string | null;
  linkedTarget: string | null;
  createdAt: string;
}

/** An aim or target a comment may be about, with its title. */
export interface ConsultationSubject {
  code: string;
  title: string;
  kind: 'aim' | 'target';
}

export interface PublicConsultation extends PublicConsultationSummary {
  subjects: ConsultationSubject[];
  comments: PublicComment[];
  results: ConsultationResults;
}

/** Counts of the comments by subject and by day: every comment for members, published ones publicly. */
export interface ConsultationResults {
  total: number;
  bySubject: Array<{ subjectCode: string | null; count: number }>;
  /** Istanbul calendar days with comments, in order. */
  byDay: Array<{ day: string; count: number }>;
}
