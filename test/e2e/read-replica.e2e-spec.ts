import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { LoggerService } from '@nestjs/common';
import type { ProgressResponse } from '../../src/contracts/progress.js';
import type { PublicPlanSummary } from '../../src/contracts/public.js';
import type { ImportResponse } from '../../src/contracts/resources.js';
import { REPLICA_APPLICATION_NAME } from '../../src/database/replica-connection.js';
import { REPLICA_RETRY_MS, WRITE_STAMP_COOKIE } from '../../src/database/replica-routing.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { createTestApp, TEST_ADMIN, type TestApp } from '../support/create-test-app.js';
import { importPlan, ok } from '../support/requests.js';
import { secondPlanner } from '../support/corrections.js';
import {
  postgresBinaries,
  startStreamingReplica,
  type StreamingReplica,
} from '../support/streaming-replica.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// Reads from a real PostgreSQL streaming replica (docs/deployment.md#read-replica): a primary and a
// hot standby started from the machine's PostgreSQL programs, and two app instances with
// DATABASE_URL on the primary and DATABASE_REPLICA_URL on the standby. Pausing the standby's replay
// makes its answers visibly older than the primary's, which tells where each read came from.

const BIN = postgresBinaries();
/** The ports this test may start its two servers on (the first two that are free). */
const PORTS = [55424, 55425, 55426, 55427, 55428, 55429];

if (!BIN) {
  // Only where the server programs are missing (.ci/run installs Debian's postgresql package).
  process.stderr.write(
    'read-replica e2e skipped: initdb, pg_ctl, pg_basebackup and postgres were not found under ' +
      '/usr/lib/postgresql/<version>/bin (apt-get install postgresql)\n',
  );
}
const describeWithServers = BIN ? describe : describe.skip;

let servers: StreamingReplica;
let database: TestDatabase;
let first: TestApp;
let second: TestApp;
/** What both instances log (Nest's Logger writes to the logger of the app created last). */
const log: Array<{ level: string; message: string }> = [];

function captureLog(lines: Array<{ level: string; message: string }>): LoggerService {
  const keep = (level: string) => (message: unknown) => {
    lines.push({ level, message: String(message) });
  };
  return {
    log: keep('log'),
    warn: keep('warn'),
    error: keep('error'),
    debug: keep('debug'),
    verbose: keep('verbose'),
  };
}

beforeAll(async () => {
  if (!BIN) return;
  servers = await startStreamingReplica(BIN, PORTS);
  database = await createTestDatabase(servers.primaryAdminUrl);
  await servers.caughtUp();
  const env = { DATABASE_REPLICA_URL: servers.onReplica(database.url) };
  first = await createTestApp(env, { database, logger: captureLog(log) });
  second = await createTestApp(env, { database, logger: captureLog(log) });
}, 180_000);

afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
  await database?.drop();
  await servers?.close();
}, 120_000);

/** A browser-like client of one instance: the session cookie, and the write stamp cookie it is given. */
class CookieClient {
  readonly cookies = new Map<string, string>();
  constructor(private readonly app: TestApp) {}

  on(app: TestApp): CookieClient {
    const other = new CookieClient(app);
    for (const [name, value] of this.cookies) other.cookies.set(name, value);
    return other;
  }

  async send<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const response = await fetch(`${this.app.baseUrl}${path}`, {
      method,
      headers: {
        origin: this.app.baseUrl,
        cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  }
}

/** The institutions of the published plans, as the public list shows them to `client`. */
const publishedBy = async (client: TestApp['anonymous']): Promise<string[]> =>
  (await ok(client.get<PublicPlanSummary[]>('/api/public/plans')))
    .map((plan) => plan.institution.name)
    .sort();

const replicaConnections = async (): Promise<Array<{ query: string }>> =>
  servers.replicaQuery<{ query: string }>(
    'postgres',
    `SELECT query FROM pg_stat_activity WHERE usename = $1 AND application_name = $2`,
    [database.runtimeRole, REPLICA_APPLICATION_NAME],
  );

/** GET /api/health of `app`: its status code and body. */
async function health(app: TestApp): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${app.baseUrl}/api/health`);
  return { status: response.status, body: (await response.json()) as unknown };
}

const pauseReplay = () => servers.replicaQuery('postgres', 'SELECT pg_wal_replay_pause()');
const resumeReplay = () => servers.replicaQuery('postgres', 'SELECT pg_wal_replay_resume()');

describeWithServers('a streaming replica behind DATABASE_REPLICA_URL', () => {
  it('answers the public pages from the replica, as pg_stat_activity on it shows', async () => {
    const { plan } = await importPlan(
      first.api,
      workedExampleDocument({ institutionName: 'Birinci Belediye' }),
    );
    await ok(first.api.post(`${plan}/publish`));
    await servers.caughtUp();
    expect(await publishedBy(first.anonymous)).toEqual(['Birinci Belediye']);
    const connections = await replicaConnections();
    expect(connections.length).toBeGreaterThan(0);
    // The pool's connections show their last statement: the public list's, not only the probe's.
    expect(connections.filter((row) => /FROM "(plans|institutions)"/.test(row.query))).not.toEqual([]);
  });

  it('shows a writer its own write at once, on either instance, while others read the lagging replica', async () => {
    const writer = new CookieClient(first);
    expect((await writer.send('POST', '/api/auth/login', TEST_ADMIN)).status).toBe(200);
    await pauseReplay();
    try {
      const imported = await writer.send<ImportResponse>(
        'POST',
        '/api/plans/import',
        workedExampleDocument({ institutionName: 'Çerez Belediyesi' }),
      );
      expect(imported.status).toBe(201);
      expect((await writer.send('POST', `/api/plans/${imported.body.id}/publish`)).status).toBe(200);
      expect(writer.cookies.get(WRITE_STAMP_COOKIE)).toMatch(/^[0-9A-F]+(%2F|\/)[0-9A-F]+$/);

      const both = ['Birinci Belediye', 'Çerez Belediyesi'];
      // The writer, with its stamp, on the instance it wrote through and on the other one.
      for (const client of [writer, writer.on(second)]) {
        const answer = await client.send<PublicPlanSummary[]>('GET', '/api/public/plans');
        expect(answer.body.map((plan) => plan.institution.name).sort()).toEqual(both);
      }
      // Anyone else reads the replica, which has not replayed the publication yet.
      expect(await publishedBy(first.anonymous)).toEqual(['Birinci Belediye']);
      expect(await publishedBy(second.anonymous)).toEqual(['Birinci Belediye']);

      await resumeReplay();
      await servers.caughtUp();
      expect(await publishedBy(second.anonymous)).toEqual(both);
    } finally {
      await resumeReplay();
    }
  });

  it('reads a closed period’s progress from the replica, except for the user who just wrote', async () => {
    const { plan, planId } = await importPlan(
      first.api,
      workedExampleDocument({ institutionName: 'Kapanış Belediyesi' }),
    );
    const reader = await secondPlanner(first, planId);
    await ok(first.api.post(`${plan}/periods`, { period: '2026-H1' }), 201);
    await ok(first.api.put(`${plan}/indicators/PG1.2.1/values/2026-H1`, { value: 65 }), 201);
    await ok(first.api.post(`${plan}/periods/2026-H1/close`, {}));
    await servers.caughtUp();
    const route = `${plan}/progress?period=2026-H1&basis=all`;
    const pg121 = (answer: ProgressResponse) => answer.aims[0].targets[1].indicators[0].actual;
    expect(pg121(await ok(reader.get<ProgressResponse>(route)))).toBe(65);

    await pauseReplay();
    try {
      // The period reopened, a new figure entered and the period closed again, by the admin (a
      // bearer token: its stamp is kept beside its session in the instance it wrote through).
      await ok(first.api.post(`${plan}/periods/2026-H1/reopen`, {}));
      const entered = await first.api.put(`${plan}/indicators/PG1.2.1/values/2026-H1`, { value: 70 });
      expect([200, 201]).toContain(entered.status);
      await ok(first.api.post(`${plan}/periods/2026-H1/close`, {}));
      expect(pg121(await ok(first.api.get<ProgressResponse>(route)))).toBe(70);
      // The other planner reads the replica, which still has the period as it was.
      expect(pg121(await ok(reader.get<ProgressResponse>(route)))).toBe(65);
      await resumeReplay();
      await servers.caughtUp();
      expect(pg121(await ok(reader.get<ProgressResponse>(route)))).toBe(70);
    } finally {
      await resumeReplay();
    }
  });

  it('reads from the primary while the replica is down, with no error; health says so; logged once', async () => {
    expect((await health(first)).body).toMatchObject({
      status: 'ok',
      replica: { status: 'up', reads: 'replica' },
    });
    await servers.stopReplica();
    try {
      for (let read = 0; read < 5; read += 1) {
        expect(await publishedBy(first.anonymous)).toEqual(['Birinci Belediye', 'Çerez Belediyesi']);
        expect(await publishedBy(second.anonymous)).toEqual(['Birinci Belediye', 'Çerez Belediyesi']);
      }
      const down = await health(first);
      expect(down.status).toBe(200);
      expect(down.body).toMatchObject({
        status: 'ok',
        database: { status: 'up' },
        replica: {
          status: 'down',
          reads: 'primary',
          since: expect.any(String),
          error: expect.stringMatching(/^connection /),
        },
      });
      // The health answer is public: it names no address of the replica.
      expect(JSON.stringify(down.body)).not.toContain(String(servers.replicaPort));
      // Ten reads and a health check later: one line from each instance.
      const downLines = log.filter((line) => line.message.includes('The read replica does not answer'));
      expect(downLines.map((line) => line.level)).toEqual(['warn', 'warn']);
    } finally {
      await servers.startReplica();
    }
    // Back: after the retry pause the reads go to it again, and that is logged once too.
    await new Promise((resolve) => setTimeout(resolve, REPLICA_RETRY_MS + 200));
    await servers.caughtUp();
    expect(await publishedBy(first.anonymous)).toEqual(['Birinci Belediye', 'Çerez Belediyesi']);
    expect((await health(first)).body).toMatchObject({
      replica: { status: 'up', reads: 'replica', lagBytes: expect.any(Number) },
    });
    expect(await publishedBy(second.anonymous)).toEqual(['Birinci Belediye', 'Çerez Belediyesi']);
    expect(log.filter((line) => line.message.includes('The read replica answers again'))).toHaveLength(2);
  }, 60_000);

  it('starts with the replica down, reads from the primary, and takes the replica when it answers', async () => {
    await servers.stopReplica();
    const lines: Array<{ level: string; message: string }> = [];
    let third: TestApp | undefined;
    try {
      third = await createTestApp(
        { DATABASE_REPLICA_URL: servers.onReplica(database.url) },
        { database, logger: captureLog(lines) },
      );
      expect(await publishedBy(third.anonymous)).toEqual(['Birinci Belediye', 'Çerez Belediyesi']);
      expect((await health(third)).body).toMatchObject({
        status: 'ok',
        replica: { status: 'down' },
      });
      expect((third.dataSource.driver as unknown as { slaves: unknown[] }).slaves).toHaveLength(0);
      await servers.startReplica();
      await servers.caughtUp();
      await new Promise((resolve) => setTimeout(resolve, REPLICA_RETRY_MS + 200));
      expect(await publishedBy(third.anonymous)).toEqual(['Birinci Belediye', 'Çerez Belediyesi']);
      expect((await health(third)).body).toMatchObject({
        replica: { status: 'up', reads: 'replica' },
      });
      // The pool TypeORM's replication could not open at start was added when the replica answered.
      expect((third.dataSource.driver as unknown as { slaves: unknown[] }).slaves).toHaveLength(1);
    } finally {
      await third?.close();
      await servers.startReplica().catch(() => undefined);
    }
  }, 60_000);
});
