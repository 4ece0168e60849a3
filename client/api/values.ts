import type { IndicatorResponse, IndicatorValueResponse } from '../../src/contracts/resources.js';
import type {
  CorrectionDecisionRequest,
  CorrectValueRequest,
  DraftValueRequest,
  RejectCorrectionRequest,
  ReturnValueRequest,
  ValueTransitionRequest,
} from '../../src/contracts/workflow.js';
import { http } from './http.js';

/**
 * Entries of indicators and their workflow steps (docs/api.md "Values and their workflow"):
 * a unit enters a draft (PUT) and submits it; a planner approves or returns it with a comment. An
 * approved value is corrected in two steps: one planner proposes, another approves or rejects.
 * Every write takes the version the client read: another stored version answers 409
 * STALE_VERSION with the entry as it is now in `current`.
 */

const indicatorsPath = (planId: string): string => `/plans/${encodeURIComponent(planId)}/indicators`;
const valuePath = (planId: string, code: string, period: string): string =>
  `${indicatorsPath(planId)}/${encodeURIComponent(code)}/values/${encodeURIComponent(period)}`;
const langQuery = (lang: 'tr' | 'en' | undefined) => ({ lang });

/** The plan's indicators (target card rows): baseline A, yearly targets B, unit, value type. */
export function listIndicators(planId: string, signal?: AbortSignal): Promise<IndicatorResponse[]> {
  return http.get<IndicatorResponse[]>(indicatorsPath(planId), { signal });
}

/** Every entry of one indicator by period, whatever its status. */
export function listValues(
  planId: string,
  code: string,
  signal?: AbortSignal,
): Promise<IndicatorValueResponse[]> {
  return http.get<IndicatorValueResponse[]>(`${indicatorsPath(planId)}/${encodeURIComponent(code)}/values`, {
    signal,
  });
}

/** Creates or replaces the draft of an entry period (a field left out is cleared). */
export function putValue(
  planId: string,
  code: string,
  period: string,
  body: DraftValueRequest,
  lang?: 'tr' | 'en',
): Promise<IndicatorValueResponse> {
  return http.put<IndicatorValueResponse>(valuePath(planId, code, period), body, { query: langQuery(lang) });
}

/** A workflow step on one entry: POST …/values/:period/<action>, answering the entry as it is then. */
function step<B>(action: string) {
  return (
    planId: string,
    code: string,
    period: string,
    body: B,
    lang?: 'tr' | 'en',
  ): Promise<IndicatorValueResponse> =>
    http.post<IndicatorValueResponse>(`${valuePath(planId, code, period)}/${action}`, body, {
      query: langQuery(lang),
    });
}

/** draft | returned → submitted; 400 DEVIATION_REASON when a year-end C ≠ B has no reason. */
export const submitValue = step<ValueTransitionRequest>('submit');

/** submitted → draft, by the unit before anyone approves it; 409 VALUE_STATUS otherwise. */
export const withdrawValue = step<ValueTransitionRequest>('withdraw');

/** submitted → approved; 409 SELF_APPROVAL for whoever entered or submitted it. */
export const approveValue = step<ValueTransitionRequest>('approve');

/** submitted → returned to the unit with the planner's comment. */
export const returnValue = step<ReturnValueRequest>('return');

/**
 * Proposes a correction of an approved value (202): the value stays as it is, with the proposal in
 * `pendingCorrection`, until another planner or admin approves it. 409 CORRECTION_PENDING when one
 * waits already (`current` is that one); 400 DEVIATION_REASON as if it were applied.
 */
export const proposeCorrection = step<CorrectValueRequest>('correct');

/** Puts the waiting correction `id` in force; 409 SELF_APPROVAL for its proposer. */
export const approveCorrection = step<CorrectionDecisionRequest>('correct/approve');

/** Rejects the waiting correction with a comment (withdraws it when the caller proposed it). */
export const rejectCorrection = step<RejectCorrectionRequest>('correct/reject');
