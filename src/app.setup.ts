import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { AppConfig } from './config/app-config.js';
import { decodeReason, requestContext } from './common/request-context.js';

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
  // The front page is the API's own until the web client is served here.
  app
    .getHttpAdapter()
    .getInstance()
    .get('/', (_request, reply) => reply.redirect('/api/docs'));

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
