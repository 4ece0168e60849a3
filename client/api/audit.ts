import type { AuditPageResponse, AuditQuery } from '../../src/contracts/audit.js';
import { http } from './http.js';

/**
 * A page of a plan's audit trail, newest first (reviewer, planner, admin; a unit manager gets
 * 403). `indicator` narrows it to one indicator: itself, its yearly targets and its values.
 */
export function listAuditEntries(
  planId: string,
  query: AuditQuery,
  signal?: AbortSignal,
): Promise<AuditPageResponse> {
  return http.get<AuditPageResponse>(`/plans/${encodeURIComponent(planId)}/audit`, {
    query: { ...query },
    signal,
  });
}
