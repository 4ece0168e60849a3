import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { AppConfig } from './config/app-config.js';
import { decodeReason, requestContext } from './common/request-context.js';
import { registerWorkbookUploads } from './common/workbook-upload.js';

/** Everything a started app needs beyond its modules; shared by main.ts and the tests. */
export async function configureApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
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
  // .xlsx uploads arrive as the raw file body (common/workbook-upload.ts).
  registerWorkbookUploads(app);
  // A context per request: the auth guard records the caller in it for the audit trail.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, _reply, done) => {
      requestContext.run({ actor: null, reason: decodeReason(request.headers['x-pusula-reason']) }, done);
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
