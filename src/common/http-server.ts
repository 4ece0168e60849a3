/**
 * The HTTP server's own limits, set the same way by main.ts, the tests and the bench
 * (`fastifyServerOptions`): its timeouts, and the error body of what Node and Fastify answer
 * before any of the app's code runs: 431 (request line and headers over Node's 16 KiB), 408
 * (a request not received in time) and 400 (not HTTP at all), written on the socket by
 * `clientErrorHandler`; and Fastify's router errors (414 for an over-long path parameter, 400 for
 * a broken percent-encoding), answered by `frameworkErrors` before any hook runs.
 */
import { STATUS_CODES, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyHttpOptions, FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config.js';
import { fastifyTrustProxy } from '../config/app-config.js';
import type { ErrorBody } from '../contracts/errors.js';
import type { Lang } from '../contracts/validation.js';
import { errorMessage } from './messages/index.js';
import { requestLang } from './request-context.js';

/** Fastify's own default, which every route parameter of the API (ids, codes, periods) stays far below. */
export const MAX_PARAM_LENGTH = 100;

/**
 * The Fastify adapter's options: body limit, proxies, and the four timeouts of
 * docs/deployment.md#timeouts. Node checks the headers and request timeouts on a timer
 * (`connectionsCheckingInterval`, 30 s by default, which would let a slow client stay that much
 * longer); it runs every second, or four times per headers timeout when that is shorter.
 */
export function fastifyServerOptions(config: AppConfig): FastifyHttpOptions<Server> {
  const { headers, request, idle, keepAlive } = config.timeouts;
  return {
    bodyLimit: config.bodyLimit,
    trustProxy: fastifyTrustProxy(config.trustProxy),
    connectionTimeout: idle,
    keepAliveTimeout: keepAlive,
    requestTimeout: request,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    http: {
      headersTimeout: headers,
      requestTimeout: request,
      connectionsCheckingInterval: Math.min(1000, Math.ceil(headers / 4)),
    },
    clientErrorHandler,
    frameworkErrors: (error, request, reply) => sendFrameworkError(error, request, reply),
  };
}

/** The router's refusals, which reach neither the hooks nor the exception filter. */
export function frameworkErrorBody(error: Pick<FastifyError, 'code'>, lang: Lang = 'tr'): ErrorBody {
  switch (error.code) {
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return {
        statusCode: 414,
        code: 'URI_TOO_LONG',
        message: errorMessage('URI_TOO_LONG', { limit: MAX_PARAM_LENGTH }, lang),
      };
    case 'FST_ERR_BAD_URL':
      return { statusCode: 400, code: 'BAD_URL', message: errorMessage('BAD_URL', {}, lang) };
    default:
      return { statusCode: 400, code: 'BAD_REQUEST', message: errorMessage('BAD_REQUEST', {}, lang) };
  }
}

function sendFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const body = frameworkErrorBody(error, requestLang(request.query, request.headers['accept-language']));
  void reply.code(body.statusCode).header('cache-control', 'no-store').send(body);
}

/**
 * What Node's HTTP parser refuses before Fastify sees a request, answered in the API's error body
 * (in Turkish: the request's language cannot be read).
 */
export function clientErrorBody(code: string | undefined): ErrorBody {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        statusCode: 431,
        code: 'HEADERS_TOO_LARGE',
        message: errorMessage('HEADERS_TOO_LARGE', {}, 'tr'),
      };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { statusCode: 408, code: 'REQUEST_TIMEOUT', message: errorMessage('REQUEST_TIMEOUT', {}, 'tr') };
    default:
      return { statusCode: 400, code: 'BAD_REQUEST', message: errorMessage('BAD_REQUEST', {}, 'tr') };
  }
}

/**
 * Node's `clientError`: answers in the error body and closes the connection, as Fastify's own
 * handler does with its body. A reset connection gets nothing, nor one whose answer has begun.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const headersSent = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage
    ?.headersSent;
  if (socket.writable && !headersSent) {
    const body = clientErrorBody(error.code);
    const json = JSON.stringify(body);
    socket.write(
      `HTTP/1.1 ${body.statusCode} ${STATUS_CODES[body.statusCode]}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(json)}\r\n` +
        'Cache-Control: no-store\r\n' +
        'Connection: close\r\n\r\n' +
        json,
    );
  }
  socket.destroy(error);
}
