import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join, sep } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import type { NestApplicationOptions } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { LogController, type FastifyInstance, type FastifyRequest } from 'fastify';
import type { AppConfig } from './config/app-config.js';
import { AppError } from './common/app-error.js';
import { crossSiteRefusal, hasCookie, trustedOriginSet } from './common/csrf.js';
import { fastifyServerOptions } from './common/http-server.js';
import { jsonDepth, jsonTooDeep, keepRawJson, MAX_JSON_DEPTH } from './common/json-body.js';
import { decodeReason, requestContext, requestLang } from './common/request-context.js';
import {
  isWorkbookUploadRoute,
  registerWorkbookUploads,
  XLSX_CONTENT_TYPE,
} from './workbooks/workbook-upload.js';
import { SESSION_COOKIE } from './modules/auth/auth.service.js';
import { ReadReplica } from './database/read-replica.service.js';
import { WRITE_STAMP_COOKIE, WRITE_STAMP_SECONDS } from './database/replica-routing.js';
import { MetricsService } from './modules/metrics/metrics.service.js';
import type { AppLogging } from './common/app-logger.js';
import { REQUEST_ID_HEADER, requestIdFrom, safeUrl } from './common/log-redaction.js';

/**
 * The Nest options of every app (main.ts, the tests, the bench): no body parsers of Nest's own
 * (it would add an urlencoded one); configureApp registers the app's.
 */
export const APP_OPTIONS = { bodyParser: false } satisfies NestApplicationOptions;

/**
 * The Fastify adapter of every app (main.ts, the tests, the bench): limits and timeouts of the
 * config, each request's id (X-Request-Id when it is a plain token, else a new UUID), and the
 * app's pino logger when there is one (Fastify's own lines carry the request id as `reqId`).
 */
export function createHttpAdapter(config: AppConfig, logging?: AppLogging): FastifyAdapter {
  return new FastifyAdapter({
    ...fastifyServerOptions(config),
    genReqId: (request: IncomingMessage) => requestIdFrom(request.headers[REQUEST_ID_HEADER]),
    logController: new RequestLineController({ requestIdLogLabel: 'reqId' }),
    ...(logging ? { loggerInstance: logging.root } : {}),
  });
}

/**
 * Fastify's request logging without its two lines per request ("incoming request", "request
 * completed" with the raw URL and headers): configureApp's onResponse hook writes one line from
 * what is safe to log. Fastify's error lines stay (a request that failed in Fastify itself).
 */
class RequestLineController extends LogController {
  override incomingRequest(): void {}
  override requestCompleted(...args: Parameters<LogController['requestCompleted']>): void {
    if (args[0]) super.requestCompleted(...args);
  }
}

/**
 * Everything a started app needs beyond its modules; shared by main.ts and the tests. With
 * `logging` (main.ts, the tests by default), every line logged while a request runs carries its
 * id, and each answered request is logged once.
 */
export async function configureApp(
  app: NestFastifyApplication,
  config: AppConfig,
  logging?: AppLogging,
): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  // First of all hooks: the id is answered on every response, refusals by later hooks included.
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    if (logging) logging.pino.runInContext(() => done(), { bindings: { reqId: request.id } });
    else done();
  });
  const metrics = app.get(MetricsService);
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url;
    metrics.observeRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    request.log.info(
      {
        method: request.method,
        url: safeUrl(request.url),
        route,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        address: request.ip,
      },
      'request completed',
    );
    done();
  });
  // Security headers; the Swagger UI needs its own inline scripts and styles.
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    },
  });
  await app.register(cookie);
  // The only bodies: JSON, and .xlsx files on the upload routes (workbooks/workbook-upload.ts).
  fastify.removeAllContentTypeParsers();
  registerJsonBodies(fastify);
  registerWorkbookUploads(app);
  // A context per request: the auth guard records the caller in it for the audit trail, and every
  // message of the request is written in the language read here once.
  fastify.addHook('onRequest', (request, _reply, done) => {
    requestContext.run(
      {
        actor: null,
        reason: decodeReason(request.headers['x-pusula-reason']),
        lang: requestLang(request.query, request.headers['accept-language']),
        writeStamp: request.cookies?.[WRITE_STAMP_COOKIE] ?? null,
      },
      done,
    );
  });
  if (config.databaseReplicaUrl) registerWriteStamps(fastify, app.get(ReadReplica), config);
  const trustedOrigins = trustedOriginSet(config.corsOrigins);
  fastify.addHook('onRequest', (request, _reply, done) => {
    done(csrfCheck(request, trustedOrigins));
  });
  fastify.addHook('onRequest', (request, _reply, done) => {
    done(mediaTypeCheck(request));
  });
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (isPrivateAnswer(request.url) && !reply.hasHeader('cache-control')) {
      void reply.header('cache-control', 'no-store');
    }
    done(null, payload);
  });
  // CORS is closed unless origins are configured.
  if (config.corsOrigins.length > 0) app.enableCors({ origin: config.corsOrigins, credentials: true });

  app.setGlobalPrefix('api');
  app.enableShutdownHooks();
  await serveClient(app);

  const openApi = new DocumentBuilder()
    .setTitle('Pusula API')
    .setDescription(
      'Stratejik plan ve performans izleme — strategic plans, target cards, indicator values and progress ' +
        'computed as domain.md section 4 defines. Errors: { statusCode, code, message, details? }.',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });
}

/**
 * JSON bodies: Fastify's own parser (secure-json-parse, which refuses `__proto__` and
 * `constructor.prototype`), behind the nesting limit of common/json-body.ts.
 */
function registerJsonBodies(fastify: FastifyInstance): void {
  const fastifyJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const bytes = body as Buffer;
    if (jsonDepth(bytes, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
      done(jsonTooDeep(), undefined);
      return;
    }
    // Fastify's parser answers through `done` and returns nothing to wait for.
    void fastifyJson(request, bytes as unknown as string, (error, value) => {
      if (!error) keepRawJson(value, bytes);
      done(error, value);
    });
  });
}

/** 403 CSRF_ORIGIN for a state-changing cookie request from another site (common/csrf.ts). */
function csrfCheck(request: FastifyRequest, trustedOrigins: ReadonlySet<string>): AppError | undefined {
  const header = (name: string): string | undefined => {
    const value = request.headers[name];
    // A repeated header is joined: conflicting values never read as one allowed value.
    return Array.isArray(value) ? value.join(', ') : value;
  };
  const refusal = crossSiteRefusal(
    {
      method: request.method,
      hasSessionCookie: hasCookie(header('cookie'), SESSION_COOKIE),
      authorization: header('authorization'),
      secFetchSite: header('sec-fetch-site'),
      origin: header('origin'),
      referer: header('referer'),
      // Host, or X-Forwarded-Host when PUSULA_TRUST_PROXY trusts the proxy that sent it.
      host: request.host,
    },
    trustedOrigins,
  );
  if (refusal === null) return undefined;
  return new AppError(403, 'CSRF_ORIGIN', { detail: refusal, origin: header('origin') ?? header('referer') });
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * With a read replica: every successful write answers with the write stamp cookie (the primary's
 * WAL position after it), so that the client's next lag-tolerant reads wait for the replica to
 * hold it (database/read-replica.service.ts). A stamp that cannot be read is left out: the write
 * stands, and the session's own stamp in this process still covers it.
 */
function registerWriteStamps(fastify: FastifyInstance, replica: ReadReplica, config: AppConfig): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (!BODY_METHODS.has(request.method) || reply.statusCode >= 400) return payload;
    const stamp = await replica.stampWrite().catch(() => null);
    if (stamp) {
      void reply.setCookie(WRITE_STAMP_COOKIE, stamp, {
        path: '/api',
        httpOnly: true,
        sameSite: 'lax',
        secure: config.cookieSecure,
        maxAge: WRITE_STAMP_SECONDS,
      });
    }
    return payload;
  });
}

/**
 * 415 UNSUPPORTED_MEDIA_TYPE before a body is read, unless it is JSON, or an .xlsx file on a
 * workbook upload route: no HTML form (urlencoded, multipart, text/plain) reaches a route. A
 * request without a body (a lifecycle step) needs no content type.
 */
function mediaTypeCheck(request: FastifyRequest): AppError | undefined {
  if (!BODY_METHODS.has(request.method)) return undefined;
  const { headers } = request;
  const length = headers['content-length'];
  const hasBody =
    headers['transfer-encoding'] !== undefined || (length !== undefined && Number(length) !== 0);
  if (!hasBody) return undefined;
  const mediaType = (headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType === 'application/json') return undefined;
  const upload = isWorkbookUploadRoute(request.routeOptions.config);
  if (upload && mediaType === XLSX_CONTENT_TYPE) return undefined;
  return new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', {
    upload: upload ? XLSX_CONTENT_TYPE : undefined,
    got: mediaType || undefined,
    none: mediaType ? undefined : 1,
  });
}

/**
 * Answers that must not be kept by a browser or a proxy: everything under /api but the public
 * transparency API and the API docs (the signed-in caller's data, reports, the sign-in token).
 */
function isPrivateAnswer(url: string): boolean {
  const path = url.split('?')[0];
  if (path !== '/api' && !path.startsWith('/api/')) return false;
  return !/^\/api\/(public|docs)(\/|$)/.test(path);
}

/** The built web client (`vite build` → dist/client): the same folder from src/ (tests) and dist/ (npm start). */
export const CLIENT_DIR = join(import.meta.dirname, '..', 'dist', 'client');

/** The client needs no inline script or style (it styles through the CSSOM), unlike the Swagger UI. */
const CLIENT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves the web client at / with a strict CSP: hashed /assets/* cached for a year, index.html
 * revalidated every time so a new build is picked up at once. Without a build (an API-only
 * checkout, the e2e tests) / leads to the API docs instead.
 */
async function serveClient(app: NestFastifyApplication): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  if (!existsSync(join(CLIENT_DIR, 'index.html'))) {
    fastify.get('/', (_request, reply) => reply.redirect('/api/docs'));
    return;
  }
  await app.register(fastifyStatic, {
    root: CLIENT_DIR,
    prefix: '/',
    // Routes for the files present at start only: every other path stays the API's 404.
    wildcard: false,
    decorateReply: false,
    cacheControl: false,
    setHeaders(reply, path) {
      reply.header('content-security-policy', CLIENT_CSP);
      const hashed = path.startsWith(join(CLIENT_DIR, 'assets') + sep);
      reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}
