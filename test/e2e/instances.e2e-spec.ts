import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ProgressResponse } from '../../src/contracts/progress.js';
import { MIGRATIONS } from '../../src/database/migrations/index.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { expectError } from '../support/expect-error.js';
import { importPlan, ok } from '../support/requests.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

// Pusula as several instances on one PostgreSQL (docs/deployment.md, "Several instances"): two
// apps started at once on one new database, each answering from its own memory where it keeps
// any, must agree on every figure and every refusal.

let database: TestDatabase;
let first: TestApp;
let second: TestApp;

beforeAll(async () => {
  database = await createTestDatabase();
  // Started at once: the migrations run under an advisory lock, so one instance migrates and the
  // other finds nothing pending.
  // Behind a load balancer: the client address is X-Forwarded-For's, as each test sets it.
  const env = { PUSULA_TRUST_PROXY: 'true' };
  [first, second] = await Promise.all([createTestApp(env, { database }), createTestApp(env, { database })]);
}, 120_000);

afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
  await database?.drop();
});

describe('two instances on one database', () => {
  it('ran each migration once although both started together', async () => {
    const rows = await first.ownerQuery<{ name: string; runs: number }>(
      'SELECT name, count(*)::int AS runs FROM migrations GROUP BY name',
    );
    expect(rows).toHaveLength(MIGRATIONS.length);
    expect(rows.every((row) => row.runs === 1)).toBe(true);
  });

  it('shows a value entered through one in the progress the other has cached, at once', async () => {
    const { plan } = await importPlan(
      first.api,
      workedExampleDocument({ institutionName: 'İki Süreç Belediyesi' }),
    );
    await ok(first.api.post(`${plan}/periods`, { period: '2026-H1' }), 201);
    const progress = async (app: TestApp): Promise<ProgressResponse> =>
      ok(app.api.get<ProgressResponse>(`${plan}/progress?period=2026-H1&basis=all`));
    // The second instance computes and keeps the figures before the entry.
    const before = await progress(second);
    const pg121 = (answer: ProgressResponse) => answer.aims[0].targets[1].indicators[0];
    expect(pg121(before).actual).toBeNull();
    await ok(first.api.put(`${plan}/indicators/PG1.2.1/values/2026-H1`, { value: 65 }), 201);
    const after = await progress(second);
    expect(pg121(after).actual).toBe(65);
    expect(after).toEqual(await progress(first));
  });

  it('refuses through one an entry in a period the other closed', async () => {
    const { plan } = await importPlan(
      first.api,
      workedExampleDocument({ institutionName: 'Kapanan Dönem Belediyesi' }),
    );
    await ok(first.api.post(`${plan}/periods`, { period: '2026-H1' }), 201);
    // The second instance has seen the period open (a draft saved) before the first closes it.
    await ok(second.api.put(`${plan}/indicators/PG1.2.1/values/2026-H1`, { value: 61 }), 201);
    await ok(first.api.post(`${plan}/periods/2026-H1/close`, {}));
    const rows = await second.countRows();
    expectError(
      await second.api.put(`${plan}/indicators/PG1.1.1/values/2026-H1`, { value: 130000 }),
      409,
      'PERIOD_CLOSED',
    );
    expect(await second.countRows()).toEqual(rows);
  });

  it('locks an e-mail after five failed sign-ins spread over both instances', async () => {
    const email = 'iki-surec@instances.test';
    const password = 'iki süreç parolası 1';
    await ok(first.api.post('/api/users', { email, name: 'İki Süreç', password }), 201);
    const signIn = async (app: TestApp, guess: string) =>
      fetch(`${app.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.77' },
        body: JSON.stringify({ email, password: guess }),
      });
    for (const app of [first, second, first, second, first])
      expect((await signIn(app, 'yanlış parola 123')).status).toBe(401);
    // The right password, through the instance that saw only two failures: locked all the same.
    const locked = await signIn(second, password);
    expect(locked.status).toBe(423);
    expect(((await locked.json()) as { code: string }).code).toBe('ACCOUNT_LOCKED');
  });

  it('holds the 50 attempts a minute of one client address across both instances', async () => {
    const address = '203.0.113.150';
    // Each attempt with another e-mail: no account's lock gets in the way, only the address gate.
    const attempt = async (app: TestApp, index: number) =>
      fetch(`${app.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ email: `adres-${index}@instances.test`, password: 'yanlış parola 123' }),
      });
    // 25 through each, at once: the limit of one instance alone would let all of them through twice over.
    const statuses = await Promise.all(
      Array.from({ length: 50 }, (_, index) => attempt(index % 2 === 0 ? first : second, index)),
    ).then((answers) => answers.map((answer) => answer.status));
    expect(statuses.filter((status) => status === 401)).toHaveLength(50);
    const rows = await second.countRows();
    for (const [app, index] of [
      [first, 50],
      [second, 51],
    ] as const) {
      const refused = await attempt(app, index);
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(((await refused.json()) as { code: string }).code).toBe('TOO_MANY_ATTEMPTS');
    }
    // A refused attempt reaches no account's counters: only the address's own row changed.
    const after = await second.countRows();
    expect({ ...after, sign_in_address_limits: 0 }).toEqual({ ...rows, sign_in_address_limits: 0 });
    const [limit] = await first.ownerQuery<{ attempts: number }>(
      'SELECT attempts FROM sign_in_address_limits WHERE address = $1',
      [address],
    );
    expect(limit.attempts).toBe(52);
    // Another address is not held back.
    const elsewhere = await fetch(`${second.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.151' },
      body: JSON.stringify({ email: 'adres-0@instances.test', password: 'yanlış parola 123' }),
    });
    expect(elsewhere.status).toBe(401);
  });
});
