import type { IndicatorResponse, TargetResponse } from '../../src/contracts/resources.js';
import { http } from './http.js';

/** One indicator of a plan by its code: baseline A, yearly targets B, unit, value type, frequency. */
export function getIndicator(planId: string, code: string, signal?: AbortSignal): Promise<IndicatorResponse> {
  return http.get<IndicatorResponse>(
    `/plans/${encodeURIComponent(planId)}/indicators/${encodeURIComponent(code)}`,
    {
      signal,
    },
  );
}

/** One target card by its code (the indicator page names its target and responsible unit). */
export function getTarget(planId: string, code: string, signal?: AbortSignal): Promise<TargetResponse> {
  return http.get<TargetResponse>(
    `/plans/${encodeURIComponent(planId)}/targets/${encodeURIComponent(code)}`,
    {
      signal,
    },
  );
}
