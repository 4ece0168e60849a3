import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { PusulaRequest } from './request-user.js';
import { QueryFailedError } from 'typeorm';
import type { ErrorBody } from '../contracts/errors.js';
import type { ErrorCode } from '../contracts/error-codes.js';
import type { Lang } from '../contracts/validation.js';
import { AppError, ConflictError } from './app-error.js';
import { errorMessage, type MessageParams } from './messages/index.js';
import { requestLang } from './request-context.js';

/** Fastify's own request errors (body parsing, size) → stable codes. */
const FASTIFY_CODES: Record<string, { status: number; code: ErrorCode; params?: MessageParams }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'MALFORMED_JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'MALFORMED_JSON', params: { empty: 1 } },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'PAYLOAD_TOO_LARGE' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'BAD_REQUEST' },
};

/** PostgreSQL data exceptions: 22003 numeric value out of range, 22021 invalid character (NUL), 22P05 untranslatable character. */
const UNSTORABLE_VALUE_CODES = new Set(['22003', '22021', '22P05']);

const HTTP_CODES: Record<number, ErrorCode> = {
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

/**
 * Maps any thrown error to the one error body of the API (docs/api.md), its message in `lang`: an
 * app error that carries params, and every error the filter names itself, take the catalogue's
 * text (src/common/messages/).
 */
export function toErrorBody(error: unknown, logger: Logger, lang: Lang = 'tr'): ErrorBody {
  const text = (code: ErrorCode, params: MessageParams = {}): string => errorMessage(code, params, lang);
  if (error instanceof AppError) {
    return {
      statusCode: error.statusCode,
      code: error.code,
      message: error.params ? text(error.code, error.params) : error.message,
      ...(error.details ? { details: error.details } : {}),
      ...(error instanceof ConflictError && error.current !== undefined ? { current: error.current } : {}),
    };
  }
  // Nest hands Fastify's request errors over wrapped in an HttpException, the original as cause.
  const cause = error instanceof HttpException ? error.cause : error;
  const fastifyCode = (cause as { code?: unknown } | null | undefined)?.code;
  if (typeof fastifyCode === 'string' && FASTIFY_CODES[fastifyCode]) {
    const known = FASTIFY_CODES[fastifyCode];
    return { statusCode: known.status, code: known.code, message: text(known.code, known.params) };
  }
  if (error instanceof HttpException) {
    // Nest's own texts ("Cannot GET /api/x") are English: the code's catalogue text replaces them.
    const status = error.getStatus();
    const code = HTTP_CODES[status] ?? 'HTTP_ERROR';
    return { statusCode: status, code, message: text(code) };
  }
  if (error instanceof QueryFailedError) {
    const driverError = error.driverError as { code?: string; constraint?: string };
    if (driverError.code === '23505') {
      return {
        statusCode: 409,
        code: 'DUPLICATE',
        message: text('DUPLICATE', { constraint: driverError.constraint ?? 'unique' }),
      };
    }
    if (driverError.code === '23503') {
      return {
        statusCode: 409,
        code: 'IN_USE',
        message: text('IN_USE', { constraint: driverError.constraint ?? 'foreign key' }),
      };
    }
    // A value PostgreSQL cannot store (a NUL character, an integer beyond 2^31 − 1) is the client's error.
    if (driverError.code !== undefined && UNSTORABLE_VALUE_CODES.has(driverError.code)) {
      return { statusCode: 400, code: 'INVALID_VALUE', message: text('INVALID_VALUE') };
    }
  }
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = HTTP_CODES[status] ?? 'BAD_REQUEST';
    return { statusCode: status, code, message: text(code) };
  }
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return { statusCode: 500, code: 'INTERNAL_ERROR', message: text('INTERNAL_ERROR') };
}

@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('AppExceptionFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<PusulaRequest>();
    const body = toErrorBody(
      error,
      this.logger,
      requestLang(request.query, request.headers['accept-language']),
    );
    if (body.statusCode === 401 || body.statusCode === 403) {
      this.logger.warn(refusalLine(body, request));
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
