import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module.js';
import { APP_OPTIONS, configureApp, createHttpAdapter } from '../../src/app.setup.js';
import { loadConfig } from '../../src/config/app-config.js';
import { ApiClient } from './api-client.js';
import { createTestDatabase } from './test-database.js';

/** The superadmin every test app starts with; `api` is signed in as it. */
export const TEST_ADMIN = { email: 'admin@test.local', password: 'test-admin-password' };

export interface TestApp {
  app: NestFastifyApplication;
  /** Signed in as the superadmin TEST_ADMIN. */
  api: ApiClient;
  /** No token: what an anonymous visitor gets. */
  anonymous: ApiClient;
  /** Signs in and answers a client carrying that user's token. */
  login(email: string, password: string): Promise<ApiClient>;
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
  const config = loadConfig({
    DATABASE_URL: database.url,
    PUSULA_DEMO: 'false',
    LOG_LEVEL: 'error',
    PUSULA_ADMIN_EMAIL: TEST_ADMIN.email,
    PUSULA_ADMIN_PASSWORD: TEST_ADMIN.password,
    ...env,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.register(config, database.url)],
  }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createHttpAdapter(config), {
    ...APP_OPTIONS,
    logger: ['error'],
  });
  await configureApp(app, config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataSource = app.get(DataSource);
  const anonymous = new ApiClient(baseUrl);
  const login = async (email: string, password: string): Promise<ApiClient> => {
    const response = await anonymous.post<{ accessToken: string }>('/api/auth/login', { email, password });
    if (response.status !== 200)
      throw new Error(`login ${email}: ${response.status} ${JSON.stringify(response.body)}`);
    return anonymous.as(response.body.accessToken);
  };
  return {
    app,
    api: await login(TEST_ADMIN.email, TEST_ADMIN.password),
    anonymous,
    login,
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
