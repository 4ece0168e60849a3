/**
 * Questions of reviewers (council members, city-council working groups) on an aim, target or
 * indicator of a plan: the responsible unit answers, the reviewer closes. Never public.
 */

export const QUESTION_SUBJECT_TYPES = ['aim', 'target', 'indicator'] as const;
export type QuestionSubjectType = (typeof QUESTION_SUBJECT_TYPES)[number];

/** open → answered (a new answer replaces the last) → closed; an open question may be closed unanswered. */
export const QUESTION_STATUSES = ['open', 'answered', 'closed'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export interface QuestionUser {
  id: string;
  email: string;
  name: string;
}

export interface QuestionResponse {
  id: string;
  subjectType: QuestionSubjectType;
  /** A1, H1.1 or PG1.1.1. */
  subjectCode: string;
  /** The entry or assessment period the question is about (2025-H1), if any. */
  period: string | null;
  text: string;
  askedBy: QuestionUser;
  askedAt: string;
  answer: string | null;
  answeredBy: QuestionUser | null;
  answeredAt: string | null;
  status: QuestionStatus;
  closedAt: string | null;
  version: number;
}

/** Query of `GET /api/plans/:planId/questions`; filters combine with AND. */
export interface QuestionListQuery {
  status?: QuestionStatus;
  /** The subject's code exactly: A1, H1.1 or PG1.1.1. */
  subject?: string;
}

export interface AskQuestionRequest {
  subjectType: QuestionSubjectType;
  subjectCode: string;
  /** YYYY, YYYY-H1 or YYYY-H2. */
  period?: string;
  text: string;
}

export interface AnswerQuestionRequest {
  text: string;
  /** The version read; another stored version answers 409 STALE_VERSION. */
  version?: number;
}

export interface CloseQuestionRequest {
  /** The version read; another stored version answers 409 STALE_VERSION. */
  version?: number;
}
