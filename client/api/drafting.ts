import type { TargetCardResponse, TargetCardSaveRequest } from '../../src/contracts/drafting.js';
import { http } from './http.js';

const cardPath = (planId: string, code: string): string =>
  `/plans/${encodeURIComponent(planId)}/targets/${encodeURIComponent(code)}/card`;

/** A target card as stored, with the plan's validation (GET …/targets/:code/card). */
export function getTargetCard(
  planId: string,
  code: string,
  signal?: AbortSignal,
): Promise<TargetCardResponse> {
  return http.get<TargetCardResponse>(cardPath(planId, code), { signal });
}

/**
 * Saves the whole card at once (all or nothing): 400 with details at card-relative paths, 409
 * STALE_VERSION with the card as stored now in `current`.
 */
export function saveTargetCard(
  planId: string,
  code: string,
  body: TargetCardSaveRequest,
): Promise<TargetCardResponse> {
  return http.put<TargetCardResponse>(cardPath(planId, code), body);
}

/** The 409's `current` is a card (and not some other record). */
export function isTargetCard(value: unknown): value is TargetCardResponse {
  if (typeof value !== 'object' || value === null) return false;
  const card = value as Partial<TargetCardResponse>;
  return (
    typeof card.target === 'object' &&
    card.target !== null &&
    typeof card.target.version === 'number' &&
    Array.isArray(card.indicators)
  );
}
