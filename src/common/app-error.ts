import type { ErrorCode } from '../contracts/error-codes.js';
import type { ErrorDetail } from '../contracts/errors.js';
import { errorMessage, type MessageParams } from './messages/index.js';

/**
 * A message: the final text, or the params of the code's catalogue message (src/common/messages/),
 * which is then written in the request's language.
 */
export type ErrorText = string | MessageParams;

/** The few errors services throw; the exception filter turns each into the one error body. */
export class AppError extends Error {
  /** Set when the message comes from the catalogue: the filter writes it in the request's language. */
  public readonly params?: MessageParams;

  constructor(
    public readonly statusCode: number,
    public readonly code: ErrorCode,
    message: ErrorText = {},
    public readonly details?: ErrorDetail[],
  ) {
    super(typeof message === 'string' ? message : errorMessage(code, message));
    if (typeof message !== 'string') this.params = message;
    this.name = new.target.name;
  }
}

/** 400: the request breaks a rule; details lists every problem. */
export class BadRequestError extends AppError {
  constructor(code: ErrorCode, message?: ErrorText, details?: ErrorDetail[]) {
    super(400, code, message, details);
  }
}

/** 404: unknown id or code (also for ids of other institutions, so existence does not leak). */
export class NotFoundError extends AppError {
  constructor(code: ErrorCode, message?: ErrorText) {
    super(404, code, message);
  }
}

/** 409: the request conflicts with the current state (duplicate code, record in use, stale version). */
export class ConflictError extends AppError {
  constructor(
    code: ErrorCode,
    message?: ErrorText,
    details?: ErrorDetail[],
    public readonly current?: unknown,
  ) {
    super(409, code, message, details);
  }
}

/** 404 PLAN_NOT_FOUND: the one way to say a plan id is unknown (or not the caller's to see). */
export function planNotFound(id?: string): NotFoundError {
  return new NotFoundError('PLAN_NOT_FOUND', id === undefined ? {} : { id });
}

/** 404 INSTITUTION_NOT_FOUND. */
export function institutionNotFound(id?: string): NotFoundError {
  return new NotFoundError('INSTITUTION_NOT_FOUND', id === undefined ? {} : { id });
}

/** 404 INDICATOR_NOT_FOUND for a code of the plan. */
export function indicatorNotFound(code: string): NotFoundError {
  return new NotFoundError('INDICATOR_NOT_FOUND', { code });
}

/** 404 TARGET_NOT_FOUND for a code of the plan. */
export function targetNotFound(code: string): NotFoundError {
  return new NotFoundError('TARGET_NOT_FOUND', { code });
}

/** 404 AIM_NOT_FOUND for a code of the plan. */
export function aimNotFound(code: string): NotFoundError {
  return new NotFoundError('AIM_NOT_FOUND', { code });
}

/** 404 UNIT_NOT_FOUND for a code of the institution. */
export function unitNotFound(code: string): NotFoundError {
  return new NotFoundError('UNIT_NOT_FOUND', { code });
}

/**
 * The record of `records` whose code is `code` (an aim, target, indicator or unit); when none is,
 * the error `notFound` makes for the code (a 404 of the kind, or a 400 for a code a request names).
 */
export function getByCode<T extends { code: string }>(
  records: readonly T[],
  code: string,
  notFound: (code: string) => AppError,
): T {
  const record = records.find((item) => item.code === code);
  if (!record) throw notFound(code);
  return record;
}
