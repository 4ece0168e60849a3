import 'reflect-metadata';
import type { LoggerService } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module.js';
import { APP_OPTIONS, configureApp, createHttpAdapter } from '../../src/app.setup.js';
import type { DestinationStream } from 'pino';
import { createAppLogging } from '../../src/common/app-logger.js';
import { loadConfig } from '../../src/config/app-config.js';
import { ApiClient } from './api-client.js';
import { createTestDatabase, type TestDatabase, withClient } from './test-database.js';

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
  /** The app's own DataSource: the runtime role (DML only), or the owner with `singleRole`. */
  dataSource: DataSource;
  /** The name of the role the app runs as. */
  runtimeRole: string;
  /** The owner's URL (TEST_DATABASE_URL's user, a superuser, on this database). */
  ownerUrl: string;
  /** One statement as the owner, outside the app: what the app's role may not do (TRUNCATE, DDL). */
  ownerQuery<T = unknown>(sql: string, params?: unknown[]): Promise<T[]>;
  baseUrl: string;
  /**
   * Rows per table of the database's public schema (every table the migrations create, and any
   * added later, found in pg_class), counted as the owner: proves that a rejected request
   * changed nothing.
   */
  countRows(): Promise<Record<string, number>>;
  /** The database, for another instance on it (TestAppOptions.database). */
  database: TestDatabase;
  close(): Promise<void>;
}

/** The plan tables, in an order TRUNCATE … CASCADE accepts: for files that start each test clean. */
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
  'value_corrections',
  'preparation_team_members',
  'preparation_steps',
  'institution_events',
  'calendar_feed_tokens',
  'analysis_rows',
  'analysis_items',
  'analysis_links',
  'council_members',
  'council_board_members',
  'working_groups',
  'working_group_members',
  'working_group_elections',
  'working_group_meetings',
  'council_recommendations',
  'council_recommendation_steps',
  'notifications',
  'notification_settings',
  'consultations',
  'consultation_comments',
] as const;

export interface TestAppOptions {
  /**
   * Run as production does without DATABASE_MIGRATION_URL: one role (the owner) migrates and
   * serves. By default the app runs as a per-database runtime role that owns nothing, and the
   * owner migrates and grants it (docs/database.md#roles-and-grants).
   */
  singleRole?: boolean;
  /**
   * Receives the app's log through Nest's logger interface instead of the app's pino logger
   * (default: the app's structured log, errors only (LOG_LEVEL=error), to stdout).
   */
  logger?: LoggerService;
  /** Where the app's structured log lines go instead of stdout (the logging e2e reads them back). */
  logDestination?: DestinationStream;
  /**
   * Another instance on the database of an app already running (several instances, a restart):
   * its close leaves the database to the app that made it.
   */
  database?: TestDatabase;
}

/** The real AppModule on a fresh database with the real migrations, listening on a free port. */
export async function createTestApp(
  env: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const databaseUrl = options.singleRole ? database.ownerUrl : database.url;
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    ...(options.singleRole ? {} : { DATABASE_MIGRATION_URL: database.ownerUrl }),
    PUSULA_DEMO: 'false',
    LOG_LEVEL: 'error',
    PUSULA_ADMIN_EMAIL: TEST_ADMIN.email,
    PUSULA_ADMIN_PASSWORD: TEST_ADMIN.password,
    // Cheap argon2id hashes: tests sign in often; the cost itself is exercised in the unit tests and the bench.
    PUSULA_PASSWORD_MEMORY_KIB: '1024',
    PUSULA_PASSWORD_TIME_COST: '1',
    // pg-boss only where a test asks for it (notifications e2e): it would slow every other file.
    PUSULA_JOBS: 'false',
    ...env,
  });
  const logging = options.logger ? undefined : createAppLogging(config, options.logDestination);
  const builder = Test.createTestingModule({
    imports: [AppModule.register(config, databaseUrl)],
  });
  // The database is prepared while the module compiles: its log lines go to this logger.
  builder.setLogger(options.logger ?? (logging as NonNullable<typeof logging>).nest);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createHttpAdapter(config, logging), {
    ...APP_OPTIONS,
    logger: options.logger ?? (logging as NonNullable<typeof logging>).nest,
  });
  await configureApp(app, config, logging);
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
    runtimeRole: (await dataSource.query<Array<{ role: string }>>('SELECT session_user AS role'))[0].role,
    ownerUrl: database.ownerUrl,
    ownerQuery: <T>(sql: string, params: unknown[] = []) =>
      withClient(database.ownerUrl, async (client) => (await client.query(sql, params)).rows as T[]),
    baseUrl,
    countRows: () => countRows(database.ownerUrl),
    database,
    async close() {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}

/**
 * Rows of every table in the public schema, read from pg_class rather than from a list, so a
 * table a new migration adds is counted without anyone remembering it. As the owner: the
 * runtime role may not read every table (the audit seal key).
 */
async function countRows(ownerUrl: string): Promise<Record<string, number>> {
  return withClient(ownerUrl, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        ORDER BY c.relname`,
    );
    if (tables.length === 0) throw new Error('countRows: the database has no tables');
    const sql = tables
      .map(
        ({ name }) =>
          `SELECT ${client.escapeLiteral(name)} AS name, count(*)::int AS count FROM ${client.escapeIdentifier(name)}`,
      )
      .join(' UNION ALL ');
    const { rows } = await client.query<{ name: string; count: number }>(sql);
    return Object.fromEntries(rows.map((row) => [row.name, row.count]));
  });
}
