/** One field problem inside an error body. */
export interface ErrorDetail {
  path: string;
  code: string;
  message: string;
}

/** The one error body of the API: every 4xx and 5xx answers with this shape. */
export interface ErrorBody {
  statusCode: number;
  /** Stable SCREAMING_SNAKE code: PLAN_NOT_FOUND, VALIDATION_FAILED, WEIGHTS_SUM… */
  code: string;
  message: string;
  details?: ErrorDetail[];
  /** A 409 about a record's state carries the record as it is now (stale version, locked value). */
  current?: unknown;
}
