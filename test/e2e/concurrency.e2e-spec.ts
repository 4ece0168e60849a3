import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import {
  cardSaveRequest,
  type TargetCardResponse,
  type TargetCardSaveRequest,
} from '../../src/contracts/drafting.js';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type {
  ImportResponse,
  IndicatorValueResponse,
  PlanResponse,
  TargetResponse,
} from '../../src/contracts/resources.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import type { ApiClient, ApiResponse } from '../support/api-client.js';
import { createTestApp, TEST_ADMIN, type TestApp } from '../support/create-test-app.js';
import { addMember } from '../support/requests.js';

/**
 * Racing clients against one record: optimistic versions on indicator values (409 STALE_VERSION
 * carrying the record as it is now) and last-writer-wins edits of a target card. Whatever the
 * interleaving, the audit trail must hold exactly the writes that were accepted, in the order
 * they were stored: nothing lost, nothing invented.
 */

const PASSWORD = 'race-kalem-sari-1';
const ROUNDS = 15;
const VALUE_WRITERS = 7;
const TARGET_EDITORS = 3;
const EDITS_PER_CLIENT = 5;

interface Writer {
  email: string;
  client: ApiClient;
}

let t: TestApp;
let planId: string;
let plan: string;

beforeAll(async () => {
  t = await createTestApp();
  // A draft: planners race on its target card below (a plan in force changes only through updates).
  const document = workedExampleDocument({ institutionName: 'Yarış Belediyesi' });
  document.plan.status = 'taslak';
  const imported = await t.api.post<ImportResponse>('/api/plans/import', document);
  expect(imported.status).toBe(201);
  planId = imported.body.id;
  plan = `/api/plans/${planId}`;
  const opened = await t.api.post(`${plan}/periods`, { period: '2025-H1' });
  expect(opened.status).toBe(201);
}, 120_000);
afterAll(async () => {
  await t.close();
});

/** Users with one role in the plan's institution, each signed in with a session of their own. */
async function writers(prefix: string, count: number, role: string, units?: string[]): Promise<Writer[]> {
  const institutionId = (await t.api.get<PlanResponse>(plan)).body.institution.id;
  const result: Writer[] = [];
  for (let index = 1; index <= count; index += 1) {
    const email = `${prefix}-${index}@race.test`;
    const { client } = await addMember(t, {
      email,
      name: email,
      password: PASSWORD,
      institutionId,
      role,
      units,
    });
    result.push({ email, client });
  }
  return result;
}

async function auditedUpdates<K extends string>(
  entity: string,
  entityId: string,
  field: K,
): Promise<Array<Record<K, string> & { actor_email: string }>> {
  return t.dataSource.query(
    `SELECT new_value->>'${field}' AS "${field}", actor_email FROM audit_log
      WHERE entity = $1 AND action = 'update' AND entity_id = $2 ORDER BY id`,
    [entity, entityId],
  );
}

describe('indicator values under racing writers', () => {
  it('answers stale writes 409 STALE_VERSION with the current record and audits every accepted write once, in order', async () => {
    const route = `${plan}/indicators/PG1.1.3/values/2025-H1`;
    // Values far outside A = 50 … B = 100 are implausible (issue 11): each write carries its note.
    const created = await t.api.put<IndicatorValueResponse>(route, { value: 1, note: 'Yarış' });
    expect({ status: created.status, version: created.body.version }).toEqual({ status: 201, version: 1 });
    const clients: Writer[] = [
      { email: TEST_ADMIN.email, client: t.api },
      ...(await writers('park', VALUE_WRITERS, 'unit_manager', ['PARK'])),
    ];

    const accepted: Array<{ value: number; email: string; read: number; stored: number }> = [];
    const conflicts: Array<{ read: number; current: IndicatorValueResponse }> = [];
    const unexpected: Array<ApiResponse<unknown>> = [];
    await Promise.all(
      clients.map(async ({ email, client }, index) => {
        for (let round = 0; round < ROUNDS; round += 1) {
          const values = await client.get<IndicatorValueResponse[]>(`${plan}/indicators/PG1.1.3/values`);
          const read = values.body.find((item) => item.period === '2025-H1')!.version;
          const value = (index + 1) * 1000 + round;
          const response = await client.put<IndicatorValueResponse & ErrorBody>(route, {
            value,
            note: 'Yarış',
            version: read,
          });
          if (response.status === 200) accepted.push({ value, email, read, stored: response.body.version });
          else if (response.status === 409 && response.body.code === 'STALE_VERSION') {
            conflicts.push({ read, current: response.body.current as IndicatorValueResponse });
          } else unexpected.push(response);
        }
      }),
    );

    expect(unexpected).toEqual([]);
    expect(accepted.length + conflicts.length).toBe(clients.length * ROUNDS);
    expect(conflicts.length).toBeGreaterThan(0);
    // Each accepted write stored the version after the one it read: versions 2, 3, … without gaps or repeats.
    const inOrder = [...accepted].sort((a, b) => a.stored - b.stored);
    expect(inOrder.map((write) => write.stored)).toEqual(inOrder.map((_, position) => position + 2));
    expect(accepted.filter((write) => write.stored !== write.read + 1)).toEqual([]);
    // A conflict carries the record as it was stored by an accepted write newer than what was read.
    const byVersion = new Map(accepted.map((write) => [write.stored, write.value]));
    for (const { read, current } of conflicts) {
      expect(current).toMatchObject({ period: '2025-H1', status: 'draft' });
      expect(current.version).toBeGreaterThan(read);
      expect(current.value).toBe(current.version === 1 ? 1 : byVersion.get(current.version));
    }

    const [{ id }] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT v.id FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
        WHERE v.plan_id = $1 AND i.code = 'PG1.1.3' AND v.period = '2025-H1'`,
      [planId],
    );
    expect(await auditedUpdates('indicator_value', id, 'value')).toEqual(
      inOrder.map((write) => ({ value: String(write.value), actor_email: write.email })),
    );
    const stored = (await t.api.get<IndicatorValueResponse[]>(`${plan}/indicators/PG1.1.3/values`)).body.find(
      (item) => item.period === '2025-H1',
    );
    expect(stored).toMatchObject({
      value: inOrder[inOrder.length - 1].value,
      version: 1 + accepted.length,
      status: 'draft',
    });
  }, 60_000);
});

describe('refused value writes', () => {
  it('roll back their transaction: no connection is left inside one, and the next write on the indicator goes through', async () => {
    const route = `${plan}/indicators/PG1.1.2/values/2025-H1`;
    const created = await t.api.put<IndicatorValueResponse>(route, { value: 9, note: 'İlk' });
    expect({ status: created.status, version: created.body.version }).toEqual({ status: 201, version: 1 });
    // More refusals than the app's pool has connections, each refused after its locks were taken.
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const stale = await t.api.put<ErrorBody>(route, { value: 8, note: 'Eski', version: 7 });
      expect({ status: stale.status, code: stale.body.code }).toEqual({ status: 409, code: 'STALE_VERSION' });
    }
    const [{ open }] = await t.ownerQuery<{ open: number }>(
      `SELECT count(*)::int AS open FROM pg_stat_activity
        WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
    );
    expect(open).toBe(0);
    // A transaction left open would still hold the indicator's lock: this write would wait for ever.
    const next = await t.api.put<IndicatorValueResponse>(route, { value: 7.5, note: 'Sonra', version: 1 });
    expect({ status: next.status, version: next.body.version, value: next.body.value }).toEqual({
      status: 200,
      version: 2,
      value: 7.5,
    });
    const [{ id }] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT v.id FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
        WHERE v.plan_id = $1 AND i.code = 'PG1.1.2' AND v.period = '2025-H1'`,
      [planId],
    );
    expect(await auditedUpdates('indicator_value', id, 'value')).toEqual([
      { value: '7.5', actor_email: TEST_ADMIN.email },
    ]);
  }, 60_000);
});

describe('target card edits under racing planners', () => {
  it('applies concurrent PATCHes one after another or refuses them cleanly, and audits each applied title once', async () => {
    const editors: Writer[] = [
      { email: TEST_ADMIN.email, client: t.api },
      ...(await writers('planner', TARGET_EDITORS, 'planner')),
    ];
    const edits = editors.flatMap(({ email, client }, index) =>
      Array.from({ length: EDITS_PER_CLIENT }, (_, round) => ({
        email,
        client,
        title: `Yeşil alanlar ${index + 1}.${round + 1}`,
      })),
    );

    const responses = await Promise.all(
      edits.map(async ({ email, client, title }) => ({
        email,
        title,
        response: await client.patch<TargetResponse & ErrorBody>(`${plan}/targets/H1.1`, { title }),
      })),
    );

    const refused = responses.filter(({ response }) => response.status !== 200);
    // Refusals are clean conflicts with the one error body, never a 500.
    for (const { response } of refused) {
      expect({ status: response.status, body: response.body }).toMatchObject({
        status: 409,
        body: { statusCode: 409, code: expect.any(String), message: expect.any(String) },
      });
    }
    const applied = responses.filter(({ response }) => response.status === 200);
    expect(applied.length).toBeGreaterThan(0);
    // The answer is read after the commit, so it may already show a later writer's title (reported).
    const titles = applied.map(({ title }) => title);
    for (const { response } of applied) expect(titles).toContain(response.body.title);

    const [{ id }] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM targets WHERE plan_id = $1 AND code = 'H1.1'`,
      [planId],
    );
    const audited = await auditedUpdates('target', id, 'title');
    const byTitle = (a: { title: string }, b: { title: string }): number => a.title.localeCompare(b.title);
    expect([...audited].sort(byTitle)).toEqual(
      applied.map(({ title, email }) => ({ title, actor_email: email })).sort(byTitle),
    );
    const target = await t.api.get<TargetResponse>(`${plan}/targets/H1.1`);
    expect(target.body.title).toBe(audited[audited.length - 1].title);
  }, 60_000);
});

describe('target card saves racing on one version', () => {
  it('stores exactly one of the saves sent with the same version; the others get 409 STALE_VERSION with the card as stored', async () => {
    const route = `${plan}/targets/H1.2/card`;
    const read = await t.api.get<TargetCardResponse>(route);
    expect(read.status).toBe(200);
    const savers: Writer[] = [
      { email: TEST_ADMIN.email, client: t.api },
      ...(await writers('card-planner', TARGET_EDITORS, 'planner')),
    ];
    const saves = savers.map(({ email, client }, index) => {
      const request = cardSaveRequest(read.body);
      request.title = `Sokak ağaçlandırması ${index + 1}`;
      request.indicators[0].name = `${request.indicators[0].name} (${index + 1})`;
      return { email, client, request };
    });
    const before = await t.countRows();

    // Another transaction holds the plan row while every save arrives, so they all start together
    // from the same stored card: each must wait for the lock and read the card only once it holds it
    // (reading it before, or in the same snapshot as the lock, would let several saves through).
    const holder = new pg.Client({ connectionString: t.ownerUrl });
    await holder.connect();
    let responses: Array<{
      email: string;
      request: TargetCardSaveRequest;
      response: ApiResponse<TargetCardResponse & ErrorBody>;
    }>;
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT id FROM plans WHERE id = $1 FOR UPDATE', [planId]);
      const pending = Promise.all(
        saves.map(async ({ email, client, request }) => ({
          email,
          request,
          response: await client.put<TargetCardResponse & ErrorBody>(route, request),
        })),
      );
      await waitForLockWaiters(saves.length);
      await holder.query('COMMIT');
      responses = await pending;
    } finally {
      await holder.end();
    }

    const applied = responses.filter(({ response }) => response.status === 200);
    expect(applied).toHaveLength(1);
    const [winner] = applied;
    const stored = await t.api.get<TargetCardResponse>(route);
    // The winner's answer is the card as stored, its validation the whole plan's.
    expect(winner.response.body).toEqual(stored.body);
    expect(stored.body.target).toMatchObject({
      title: winner.request.title,
      version: read.body.target.version + 1,
    });
    expect(stored.body.indicators[0].name).toBe(winner.request.indicators[0].name);
    for (const { response } of responses.filter((item) => item !== winner)) {
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'STALE_VERSION', current: stored.body });
    }
    // The one save changed rows in place: nothing added, nothing removed.
    expect(await t.countRows()).toEqual({ ...before, audit_log: expect.any(Number) });
    const [{ id }] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM targets WHERE plan_id = $1 AND code = 'H1.2'`,
      [planId],
    );
    expect(await auditedUpdates('target', id, 'title')).toEqual([
      { title: winner.request.title, actor_email: winner.email },
    ]);
  }, 60_000);
});

/**
 * Waits until `count` sessions of the database wait for a lock (10 s at most). Asked outside the
 * lock holder's transaction, which would see the activity as it was at its first look.
 */
async function waitForLockWaiters(count: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [{ waiting }] = await t.ownerQuery<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (waiting >= count) return;
    if (Date.now() > deadline) throw new Error(`${waiting} of ${count} saves wait for the plan's lock`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
