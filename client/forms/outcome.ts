import { ApiError } from '../api/http.js';
import { messageOf, toApiError } from '../lib/errors.js';
import type { SaveOutcome } from './autosave.js';

/**
 * What a failed save means for the form: 409 STALE_VERSION with the record as stored now is a
 * conflict (`isCurrent` checks its shape), a 400 with details is a refusal shown at the fields,
 * anything else (no network, 403, 500) is a failure shown in the status.
 */
export function outcomeOf<C>(error: unknown, isCurrent: (value: unknown) => value is C): SaveOutcome<C> {
  const apiError = toApiError(error);
  if (apiError.status === 409 && apiError.code === 'STALE_VERSION' && isCurrent(apiError.current)) {
    return { kind: 'conflict', current: apiError.current };
  }
  if (apiError.status === 400 || apiError.status === 422) {
    return { kind: 'invalid', code: apiError.code, message: messageOf(apiError), details: apiError.details };
  }
  return { kind: 'failed', code: apiError.code, message: messageOf(apiError) };
}

export { ApiError };
