import 'reflect-metadata';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module.js';
import { configureApp } from '../../src/app.setup.js';
import { loadConfig } from '../../src/config/app-config.js';
import { ApiClient } from './api-client.js';
import { createTestDatabase } from './test-database.js';

export interface TestApp {
  app: NestFastifyApplication;
  api: ApiClient;
  dataSource: DataSource;
  baseUrl: string;
  /** Rows per table: proves that a rejected request changed nothing. */
  countRows(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

export const TABLES = [
  'institutions',
  'units',
  'plans',
  'core_values',
  'aims',
  'targets',
  'target_collaborators',
  'indicators',
  'indicator_targets',
  'indicator_values',
] as const;

/** The real AppModule on a fresh database with the real migrations, listening on a free port. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ DATABASE_URL: database.url, PUSULA_DEMO: 'false', LOG_LEVEL: 'error', ...env });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.register(config, database.url)],
  }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(
    new FastifyAdapter({ bodyLimit: config.bodyLimit }),
    {
      logger: ['error'],
    },
  );
  configureApp(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataSource = app.get(DataSource);
  return {
    app,
    api: new ApiClient(baseUrl),
    dataSource,
    baseUrl,
    async countRows() {
      const sql = TABLES.map(
        (table) => `SELECT '${table}' AS name, count(*)::int AS count FROM ${table}`,
      ).join(' UNION ALL ');
      const rows = await dataSource.query<Array<{ name: string; count: number }>>(sql);
      return Object.fromEntries(rows.map((row) => [row.name, row.count]));
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
