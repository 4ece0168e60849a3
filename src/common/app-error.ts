import type { ErrorDetail } from '../contracts/errors.js';

/** The few errors services throw; the exception filter turns each into the one error body. */
export class AppError extends Error {
  constructor(
    public readonly statusCode: number,
    public readonly code: string,
    message: string,
    public readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** 400: the request breaks a rule; details lists every problem. */
export class BadRequestError extends AppError {
  constructor(code: string, message: string, details?: ErrorDetail[]) {
    super(400, code, message, details);
  }
}

/** 404: unknown id or code (also for ids of other institutions, so existence does not leak). */
export class NotFoundError extends AppError {
  constructor(code: string, message: string) {
    super(404, code, message);
  }
}

/** 409: the request conflicts with the current state (duplicate code, record in use, stale version). */
export class ConflictError extends AppError {
  constructor(
    code: string,
    message: string,
    details?: ErrorDetail[],
    public readonly current?: unknown,
  ) {
    super(409, code, message, details);
  }
}
