import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { ConfigError, loadConfig } from '../config/app-config.js';
import { demoAccountsRefusal } from './demo-accounts.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database.js';
import { DEMO_ADMIN, seedDemo } from './seed-demo.js';

/**
 * `npm run seed:demo`: loads the demo plans and demo accounts into the embedded database, or into
 * DATABASE_URL when PUSULA_DEMO_ACCOUNTS=true allows the accounts' known password there.
 */
async function main(): Promise<void> {
  let config = loadConfig();
  const refusal = demoAccountsRefusal(config);
  if (refusal) {
    console.error(refusal);
    process.exit(1);
  }
  let embedded: EmbeddedDatabase | null = null;
  if (!config.databaseUrl)
    embedded = await startEmbeddedDatabase(config.dataDir, config.embeddedDbPort, (line) =>
      console.log(line),
    );
  const url = config.databaseUrl ?? (embedded as EmbeddedDatabase).url;
  if (embedded) config = { ...config, databaseMigrationUrl: embedded.migrationUrl };
  if (embedded && !config.adminEmail)
    config = {
      ...config,
      adminEmail: DEMO_ADMIN.email,
      adminPassword: config.adminPassword ?? DEMO_ADMIN.password,
    };
  const app = await NestFactory.createApplicationContext(AppModule.register(config, url), {
    logger: ['error', 'warn'],
  });
  try {
    await seedDemo(app, (line) => console.log(line));
  } finally {
    await app.close();
    if (embedded) await embedded.stop();
  }
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError
      ? error.message
      : `Seeding failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
