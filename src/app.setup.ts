import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Everything a started app needs beyond its modules; shared by main.ts and the tests. */
export function configureApp(app: NestFastifyApplication): void {
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
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });
}
