import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JOB_QUEUES, JobQueue } from '../../src/modules/notifications/job-queue.service.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { expectError } from '../support/expect-error.js';
import { importPlan, ok } from '../support/requests.js';

/**
 * Issue 17, point 7: Prometheus metrics at GET /api/metrics, read back as the text a scraper gets:
 * requests and latency per route pattern, the database pool, the progress caches and the depth of
 * the job queues (pg-boss running in the app), behind the bearer token of PUSULA_METRICS_TOKEN.
 */
const TOKEN = 'metrics-scrape-token-7f3a91c2';

let withToken: TestApp;
let withoutToken: TestApp;

beforeAll(async () => {
  [withToken, withoutToken] = await Promise.all([
    createTestApp({ PUSULA_METRICS_TOKEN: TOKEN, PUSULA_JOBS: 'true' }),
    createTestApp(),
  ]);
}, 120_000);

afterAll(async () => {
  await Promise.all([withToken?.close(), withoutToken?.close()]);
});

async function scrape(app: TestApp, authorization?: string): Promise<Response> {
  return fetch(`${app.baseUrl}/api/metrics`, { headers: authorization ? { authorization } : {} });
}

/** The value of one series, e.g. `pusula_db_pool_max{pool="primary"}`; undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((row) => row.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /api/metrics', () => {
  it('answers 404 as for an unknown path while no token is set, whatever the caller sends', async () => {
    const unknown = await withoutToken.anonymous.get('/api/no-such-route');
    for (const authorization of [undefined, `Bearer ${TOKEN}`]) {
      const response = await scrape(withoutToken, authorization);
      expect(response.status).toBe(404);
      const body = (await response.json()) as { code: string };
      expect(body.code).toBe('ROUTE_NOT_FOUND');
      expect(body).toEqual({ ...(unknown.body as object) });
    }
    // A signed-in superadmin gets no more.
    expectError(await withoutToken.api.get('/api/metrics'), 404, 'ROUTE_NOT_FOUND');
  });

  it('refuses a missing or wrong token with 401 METRICS_TOKEN_INVALID, a session token included', async () => {
    expectError(await withToken.anonymous.get('/api/metrics'), 401, 'METRICS_TOKEN_INVALID');
    expectError(await withToken.api.get('/api/metrics'), 401, 'METRICS_TOKEN_INVALID');
    const wrong = await scrape(withToken, `Bearer ${TOKEN}-`);
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { code: string }).code).toBe('METRICS_TOKEN_INVALID');
  });

  it('counts requests and their latency per route pattern, and the progress caches’ hits and misses', async () => {
    const { plan } = await importPlan(
      withToken.api,
      workedExampleDocument({ institutionName: 'Ölçüm Belediyesi' }),
    );
    await ok(withToken.api.post(`${plan}/periods`, { period: '2026-H1' }), 201);
    const before = await (await scrape(withToken, `Bearer ${TOKEN}`)).text();
    const progress = '/api/plans/:planId/progress';
    const series = `pusula_http_requests_total{method="GET",route="${progress}",status="200"}`;
    const hits = 'pusula_progress_cache_reads_total{cache="answers",result="hit"}';
    const misses = 'pusula_progress_cache_reads_total{cache="answers",result="miss"}';
    for (let read = 0; read < 3; read += 1) await ok(withToken.api.get(`${plan}/progress?period=2026-H1`));

    const response = await scrape(withToken, `Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect((sample(text, series) ?? 0) - (sample(before, series) ?? 0)).toBe(3);
    const histogram = `pusula_http_request_duration_seconds_count{method="GET",route="${progress}"}`;
    expect((sample(text, histogram) ?? 0) - (sample(before, histogram) ?? 0)).toBe(3);
    // The pattern, never the raw URL with the plan's id.
    const planId = String(plan.split('/').pop());
    expect(planId).toMatch(/^[0-9a-f-]{36}$/);
    expect(text).not.toContain(planId);
    // The first read computed the answer, the next two were served from it.
    expect((sample(text, misses) ?? 0) - (sample(before, misses) ?? 0)).toBe(1);
    expect((sample(text, hits) ?? 0) - (sample(before, hits) ?? 0)).toBe(2);
    expect(sample(text, 'pusula_progress_cache_entries{cache="answers"}')).toBeGreaterThanOrEqual(1);
    // The pool of the app's DataSource, and Node's own metrics.
    expect(sample(text, 'pusula_db_pool_max{pool="primary"}')).toBe(10);
    expect(sample(text, 'pusula_db_pool_connections{pool="primary"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'pusula_db_pool_waiting{pool="primary"}')).toBe(0);
    expect(text).toMatch(/^pusula_nodejs_eventloop_lag_p99_seconds /m);
  });

  it('shows the jobs waiting in a queue no worker takes', async () => {
    const boss = withToken.app.get(JobQueue).boss;
    if (!boss) throw new Error('the app runs no jobs');
    // Nobody works the digest queue any more: what is sent there waits.
    await boss.offWork(JOB_QUEUES.digest);
    const waiting = `pusula_job_queue_jobs{queue="${JOB_QUEUES.digest}",state="waiting"}`;
    const deferred = `pusula_job_queue_jobs{queue="${JOB_QUEUES.digest}",state="deferred"}`;
    const before = await (await scrape(withToken, `Bearer ${TOKEN}`)).text();
    expect(sample(before, waiting)).toBe(0);
    await boss.send(JOB_QUEUES.digest, {});
    await boss.send(JOB_QUEUES.digest, {});
    await boss.send(JOB_QUEUES.digest, {}, { startAfter: 3600 });
    const after = await (await scrape(withToken, `Bearer ${TOKEN}`)).text();
    expect(sample(after, waiting)).toBe(2);
    expect((sample(after, deferred) ?? 0) - (sample(before, deferred) ?? 0)).toBe(1);
  });
});
