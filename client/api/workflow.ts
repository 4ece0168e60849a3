import type {
  ApprovalItem,
  ApprovalQueueResponse,
  ApprovalsResponse,
  WorklistResponse,
} from '../../src/contracts/workflow.js';
import { http } from './http.js';

/**
 * The value workflow of a plan (src/contracts/workflow.ts): what the open assessment periods
 * expect of each unit, and what waits for the planner. `lang: 'en'` asks for English messages
 * on the routes that honour ?lang= (docs/api.md "Language").
 */

const planPath = (planId: string): string => `/plans/${encodeURIComponent(planId)}`;
const langQuery = (lang: 'tr' | 'en' | undefined) => lang;

/** Expected entries of the open periods with their state; `unit` limits them to one responsible unit. */
export function getWorklist(
  planId: string,
  options: { unit?: string; signal?: AbortSignal } = {},
): Promise<WorklistResponse> {
  return http.get<WorklistResponse>(`${planPath(planId)}/worklist`, {
    query: { unit: options.unit },
    signal: options.signal,
  });
}

/** Submitted values by responsible unit (planner, admin). */
export function getApprovalQueue(planId: string, signal?: AbortSignal): Promise<ApprovalQueueResponse> {
  return http.get<ApprovalQueueResponse>(`${planPath(planId)}/approval-queue`, { signal });
}

/**
 * Approves many submitted values at once, all or nothing: a refusal names every refused item
 * in `details` (`items[i]`, the index in `items`) and approves none.
 */
export function approveMany(
  planId: string,
  items: ApprovalItem[],
  lang?: 'tr' | 'en',
): Promise<ApprovalsResponse> {
  return http.post<ApprovalsResponse>(
    `${planPath(planId)}/approvals`,
    { action: 'approve', items },
    { query: { lang: langQuery(lang) } },
  );
}
