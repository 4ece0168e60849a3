import type {
  AnalysisItemKind,
  AnalysisItemResponse,
  AnalysisLinkResponse,
  AnalysisPart,
  AnalysisResponse,
  AnalysisRowResponse,
  PreviousPlanEvaluationResponse,
  PreviousReasonsRequest,
} from '../../src/contracts/analysis.js';
import { http } from './http.js';

/**
 * The situation analysis (durum analizi) of a plan: the rows of its parts, the findings and needs
 * and the targets that answer them. A row's change takes the version read (409 STALE_VERSION).
 */

const path = (planId: string, rest = ''): string => `/plans/${encodeURIComponent(planId)}/analysis${rest}`;

/** A row's fields as sent: a null clears an optional field on a change. */
export type RowBody = Record<string, string | number | string[] | null>;

export function getAnalysis(planId: string, signal?: AbortSignal): Promise<AnalysisResponse> {
  return http.get<AnalysisResponse>(path(planId), { signal });
}

export function addRow(planId: string, part: AnalysisPart, body: RowBody): Promise<AnalysisRowResponse> {
  return http.post<AnalysisRowResponse>(path(planId, `/${part}`), body);
}

export function updateRow(
  planId: string,
  part: AnalysisPart,
  rowId: string,
  body: RowBody & { version: number },
): Promise<AnalysisRowResponse> {
  return http.patch<AnalysisRowResponse>(path(planId, `/${part}/${encodeURIComponent(rowId)}`), body);
}

export function deleteRow(planId: string, part: AnalysisPart, rowId: string): Promise<void> {
  return http.delete(path(planId, `/${part}/${encodeURIComponent(rowId)}`));
}

export interface ItemBody {
  kind: AnalysisItemKind;
  text: string;
  origin?: { part: AnalysisPart; rowId?: string | null } | null;
}

/** Without a code the server numbers it T1, T2… or İ1, İ2…. */
export function addItem(planId: string, body: ItemBody): Promise<AnalysisItemResponse> {
  return http.post<AnalysisItemResponse>(path(planId, '/findings'), body);
}

export function updateItem(
  planId: string,
  code: string,
  body: Partial<ItemBody> & { version: number },
): Promise<AnalysisItemResponse> {
  return http.patch<AnalysisItemResponse>(path(planId, `/findings/${encodeURIComponent(code)}`), body);
}

/** Its links to targets go with it. */
export function deleteItem(planId: string, code: string): Promise<void> {
  return http.delete(path(planId, `/findings/${encodeURIComponent(code)}`));
}

/** A target (by its code) answers a finding or need (by its code). */
export function addLink(planId: string, code: string, target: string): Promise<AnalysisLinkResponse> {
  return http.post<AnalysisLinkResponse>(path(planId, '/links'), { code, target });
}

export function deleteLink(planId: string, code: string, target: string): Promise<void> {
  return http.delete(path(planId, `/links/${encodeURIComponent(code)}/${encodeURIComponent(target)}`));
}

/** Part B filled from the previous plan: its targets' figures as GET progress answers, and the reasons. */
export function getPreviousPlan(
  planId: string,
  signal?: AbortSignal,
): Promise<PreviousPlanEvaluationResponse> {
  return http.get<PreviousPlanEvaluationResponse>(path(planId, '/previous-plan'), { signal });
}

/** Writes, changes or (reason null) removes the reasons for targets of the previous plan, all or none. */
export function saveReasons(
  planId: string,
  reasons: PreviousReasonsRequest['reasons'],
): Promise<PreviousPlanEvaluationResponse> {
  return http.put<PreviousPlanEvaluationResponse>(path(planId, '/previous-plan/reasons'), { reasons });
}
