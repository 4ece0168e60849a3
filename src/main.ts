import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module.js';
import { createAppLogging } from './common/app-logger.js';
import { APP_OPTIONS, configureApp, createHttpAdapter } from './app.setup.js';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config.js';
import { DEMO_ADMIN, seedDemo } from './database/seed-demo.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './database/embedded-database.js';

async function bootstrap(): Promise<void> {
  const logger = new Logger('Pusula');
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  const logging = createAppLogging(config);
  // From here on every line is the app's structured log (LOG_FORMAT), also Nest's own.
  Logger.overrideLogger(logging.nest);

  let embedded: EmbeddedDatabase | null = null;
  if (!config.databaseUrl) {
    embedded = await startEmbeddedDatabase(config.dataDir, config.embeddedDbPort, (line) => logger.log(line));
  }
  const databaseUrl = config.databaseUrl ?? (embedded as EmbeddedDatabase).url;
  // The embedded cluster's superuser migrates; the app runs as its login role pusula_app.
  if (embedded) config = { ...config, databaseMigrationUrl: embedded.migrationUrl };
  if (embedded && !config.adminEmail) {
    // The local demo's administrator (README); a server with DATABASE_URL must name its own.
    config = {
      ...config,
      adminEmail: DEMO_ADMIN.email,
      adminPassword: config.adminPassword ?? DEMO_ADMIN.password,
    };
  }

  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(config, databaseUrl),
    createHttpAdapter(config, logging),
    {
      ...APP_OPTIONS,
      logger: logging.nest,
      // A failed start (e.g. a refused runtime role) reaches the catch below: one line, no stack.
      abortOnError: false,
    },
  );
  await configureApp(app, config, logging);
  // Runs the bootstrap hooks (the first administrator) before the demo adds its users.
  await app.init();

  // The cluster's first worker seeds the demo on the embedded database its primary created.
  if ((embedded?.created && config.demo) || process.env.PUSULA_CLUSTER_SEED_DEMO === 'true') {
    await seedDemo(app, (line) => logger.log(line));
  }

  const stopEmbedded = async (): Promise<void> => {
    if (embedded) await embedded.stop();
    embedded = null;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void app
        .close()
        .then(stopEmbedded)
        .finally(() => process.exit(0));
    });
  }

  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  logger.log(
    `Pusula is ready: http://${shown}:${config.port} — API docs at http://${shown}:${config.port}/api/docs`,
  );
  logger.log(`Database: ${embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'DATABASE_URL'}`);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`Pusula could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
