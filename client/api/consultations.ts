import type {
  CommentLinkRequest,
  CommentResponse,
  ConsultationChange,
  ConsultationRequest,
  ConsultationResponse,
  ConsultationResults,
  ModerationRequest,
  PublicCommentReceipt,
  PublicCommentRequest,
  PublicConsultation,
  PublicConsultationSummary,
} from '../../src/contracts/consultations.js';
import { download, http, type DownloadedFile } from './http.js';

/**
 * Public consultation on a draft plan: members prepare, open, close and moderate; anyone reads
 * the published comments and comments without an account (docs/api.md, Public consultation).
 */

const path = (planId: string, rest = ''): string =>
  `/plans/${encodeURIComponent(planId)}/consultations${rest}`;
const one = (planId: string, id: string, rest = ''): string =>
  path(planId, `/${encodeURIComponent(id)}${rest}`);

export function listConsultations(planId: string, signal?: AbortSignal): Promise<ConsultationResponse[]> {
  return http.get<ConsultationResponse[]>(path(planId), { signal });
}

export function getConsultation(
  planId: string,
  id: string,
  signal?: AbortSignal,
): Promise<ConsultationResponse> {
  return http.get<ConsultationResponse>(one(planId, id), { signal });
}

export function createConsultation(planId: string, body: ConsultationRequest): Promise<ConsultationResponse> {
  return http.post<ConsultationResponse>(path(planId), body);
}

export function updateConsultation(
  planId: string,
  id: string,
  body: ConsultationChange,
): Promise<ConsultationResponse> {
  return http.patch<ConsultationResponse>(one(planId, id), body);
}

export function consultationStep(
  planId: string,
  id: string,
  step: 'open' | 'close',
): Promise<ConsultationResponse> {
  return http.post<ConsultationResponse>(one(planId, id, `/${step}`));
}

export function listComments(planId: string, id: string, signal?: AbortSignal): Promise<CommentResponse[]> {
  return http.get<CommentResponse[]>(one(planId, id, '/comments'), { signal });
}

export function moderateComment(
  planId: string,
  id: string,
  commentId: string,
  body: ModerationRequest,
): Promise<CommentResponse> {
  return http.post<CommentResponse>(
    one(planId, id, `/comments/${encodeURIComponent(commentId)}/moderate`),
    body,
  );
}

export function linkComment(
  planId: string,
  id: string,
  commentId: string,
  body: CommentLinkRequest,
): Promise<CommentResponse> {
  return http.patch<CommentResponse>(
    one(planId, id, `/comments/${encodeURIComponent(commentId)}/links`),
    body,
  );
}

export function getResults(planId: string, id: string, signal?: AbortSignal): Promise<ConsultationResults> {
  return http.get<ConsultationResults>(one(planId, id, '/results'), { signal });
}

export function downloadReport(planId: string, id: string): Promise<DownloadedFile> {
  return download(one(planId, id, '/report.xlsx'));
}

// The public

export function listPublicConsultations(
  institutionId: string,
  signal?: AbortSignal,
): Promise<PublicConsultationSummary[]> {
  return http.get<PublicConsultationSummary[]>(
    `/public/institutions/${encodeURIComponent(institutionId)}/consultations`,
    { signal },
  );
}

/** The consultations of the institution whose published plan this is. */
export function listPlanConsultations(
  planId: string,
  signal?: AbortSignal,
): Promise<PublicConsultationSummary[]> {
  return http.get<PublicConsultationSummary[]>(`/public/plans/${encodeURIComponent(planId)}/consultations`, {
    signal,
  });
}

export function getPublicConsultation(id: string, signal?: AbortSignal): Promise<PublicConsultation> {
  return http.get<PublicConsultation>(`/public/consultations/${encodeURIComponent(id)}`, { signal });
}

export function sendComment(id: string, body: PublicCommentRequest): Promise<PublicCommentReceipt> {
  return http.post<PublicCommentReceipt>(`/public/consultations/${encodeURIComponent(id)}/comments`, body);
}
