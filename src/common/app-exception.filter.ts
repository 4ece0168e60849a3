import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { PusulaRequest } from './request-user.js';
import { QueryFailedError } from 'typeorm';
import type { ErrorBody } from '../contracts/errors.js';
import { AppError, ConflictError } from './app-error.js';

/** Fastify's own request errors (body parsing, size) → stable codes. */
const FASTIFY_CODES: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'MALFORMED_JSON',
    message: 'The request body is not valid JSON',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'MALFORMED_JSON', message: 'The request body is empty' },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: 'The request body is larger than the limit',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'The request body must be application/json',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'BAD_REQUEST',
    message: 'Content-Length does not match the body',
  },
};

/** PostgreSQL data exceptions: 22003 numeric value out of range, 22021 invalid character (NUL), 22P05 untranslatable character. */
const UNSTORABLE_VALUE_CODES = new Set(['22003', '22021', '22P05']);

const HTTP_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'ROUTE_NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  408: 'REQUEST_TIMEOUT',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  431: 'HEADERS_TOO_LARGE',
};

/** Maps any thrown error to the one error body of the API (docs/api.md). */
export function toErrorBody(error: unknown, logger: Logger): ErrorBody {
  if (error instanceof AppError) {
    return {
      statusCode: error.statusCode,
      code: error.code,
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
      ...(error instanceof ConflictError && error.current !== undefined ? { current: error.current } : {}),
    };
  }
  // Nest hands Fastify's request errors over wrapped in an HttpException, the original as cause.
  const cause = error instanceof HttpException ? error.cause : error;
  const fastifyCode = (cause as { code?: unknown } | null | undefined)?.code;
  if (typeof fastifyCode === 'string' && FASTIFY_CODES[fastifyCode]) {
    const known = FASTIFY_CODES[fastifyCode];
    return { statusCode: known.status, code: known.code, message: known.message };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const message =
      typeof response === 'object' &&
      response !== null &&
      'message' in response &&
      typeof response.message === 'string'
        ? response.message
        : error.message;
    return { statusCode: status, code: HTTP_CODES[status] ?? 'HTTP_ERROR', message };
  }
  if (error instanceof QueryFailedError) {
    const driverError = error.driverError as { code?: string; constraint?: string };
    if (driverError.code === '23505') {
      return {
        statusCode: 409,
        code: 'DUPLICATE',
        message: `A record with the same key already exists (${driverError.constraint ?? 'unique'})`,
      };
    }
    if (driverError.code === '23503') {
      return {
        statusCode: 409,
        code: 'IN_USE',
        message: `The record is referenced by others (${driverError.constraint ?? 'foreign key'})`,
      };
    }
    // A value PostgreSQL cannot store (a NUL character, an integer beyond 2^31 − 1) is the client's error.
    if (driverError.code !== undefined && UNSTORABLE_VALUE_CODES.has(driverError.code)) {
      return {
        statusCode: 400,
        code: 'INVALID_VALUE',
        message: 'A value in the request cannot be stored (out of range or an invalid character)',
      };
    }
  }
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return {
      statusCode: status,
      code: HTTP_CODES[status] ?? 'BAD_REQUEST',
      message: (error as Error).message,
    };
  }
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return { statusCode: 500, code: 'INTERNAL_ERROR', message: 'An unexpected error occurred' };
}

@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('AppExceptionFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const body = toErrorBody(error, this.logger);
    const http = host.switchToHttp();
    if (body.statusCode === 401 || body.statusCode === 403) {
      this.logger.warn(refusalLine(body, http.getRequest<PusulaRequest>()));
    }
    void http.getResponse<FastifyReply>().status(body.statusCode).send(body);
  }
}

/**
 * One log line per refused caller (401, 403): status, code, method, path (no query string),
 * client address (behind a trusted proxy, the forwarded one) and the signed-in user, if any.
 */
export function refusalLine(body: ErrorBody, request: PusulaRequest): string {
  const path = (request.url ?? '').split('?')[0];
  // Control characters would let a path forge a log line.
  const clean = (text: string): string =>
    Array.from(text, (char) => (char < ' ' || char === '\u007f' ? '?' : char)).join('');
  return clean(
    `${body.statusCode} ${body.code} ${request.method} ${path} from ${request.ip} user ${request.user?.id ?? '-'}`,
  );
}
