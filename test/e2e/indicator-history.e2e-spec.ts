import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AuditEntryResponse, AuditPageResponse } from '../../src/contracts/audit.js';
import type { MeResponse, PersonResponse } from '../../src/contracts/auth.js';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type { ImportResponse, IndicatorValueResponse } from '../../src/contracts/resources.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import type { ApiClient } from '../support/api-client.js';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { expectError } from '../support/expect-error.js';
import { addMember, ok } from '../support/requests.js';

/**
 * What the indicator page reads besides the plan: one indicator's audit history
 * (`GET …/audit?indicator=`) and the names behind the user ids of the plan's values
 * (`GET /api/plans/:planId/people`).
 *
 * The worked example is imported as a draft; in the opened 2026 periods the PARK manager enters and
 * submits PG1.1.1 2026-H1, a planner approves it and proposes a correction that the administrator
 * approves, the manager enters and deletes a 2026-H2 draft, and enters PG1.1.2 2026-H1 (another
 * indicator, which must stay out).
 */

const PASSWORD = 'history-password-1';
let t: TestApp;
let planId: string;
let manager: ApiClient;
let planner: ApiClient;
let reviewer: ApiClient;
let foreign: ApiClient;
const ids: Record<string, string> = {};

async function account(email: string, name: string, institutionId: string, role: string, units?: string[]) {
  const added = await addMember(t, { email, name, password: PASSWORD, institutionId, role, units });
  ids[email] = added.id;
  return added.client;
}

beforeAll(async () => {
  t = await createTestApp();
  // A draft: the indicators are renamed one by one below (a plan in force changes only through updates).
  const document = workedExampleDocument();
  document.plan.status = 'taslak';
  const imported = await t.api.post<ImportResponse>('/api/plans/import', document);
  expect(imported.status).toBe(201);
  planId = imported.body.id;
  const plan = await t.api.get<{ institution: { id: string } }>(`/api/plans/${planId}`);
  const institutionId = plan.body.institution.id;
  const other = await t.api.post<{ id: string }>('/api/institutions', {
    name: 'Komşu Belediyesi',
    kind: 'belediye',
  });
  expect(other.status).toBe(201);

  manager = await account('park@history.test', 'Zeynep Park', institutionId, 'unit_manager', ['PARK']);
  planner = await account('plan@history.test', 'Ali Planlamacı', institutionId, 'planner');
  reviewer = await account('meclis@history.test', 'Can Meclis', institutionId, 'reviewer');
  foreign = await account('komsu@history.test', 'Komşu Planlamacı', other.body.id, 'planner');

  const base = `/api/plans/${planId}`;
  await ok(planner.post(`${base}/periods`, { period: '2026-H1' }), 201);
  await ok(planner.post(`${base}/periods`, { period: '2026' }), 201);
  const value = `${base}/indicators/PG1.1.1/values/2026-H1`;
  await ok(manager.put<IndicatorValueResponse>(value, { value: 125000, note: 'Saha ölçümü' }), 201);
  await ok(manager.post(`${value}/submit`));
  await ok(planner.post(`${value}/approve`));
  await ok(planner.post(`${value}/correct`, { value: 126000, reason: 'Ölçüm hatası' }), 202);
  await ok(t.api.post(`${value}/correct/approve`, {}));
  await ok(manager.put(`${base}/indicators/PG1.1.1/values/2026-H2`, { value: 130000 }), 201);
  await ok(manager.delete(`${base}/indicators/PG1.1.1/values/2026-H2`), 204);
  await ok(manager.put(`${base}/indicators/PG1.1.2/values/2026-H1`, { value: 8 }), 201);
  await ok(planner.patch(`${base}/indicators/PG1.1.1`, { name: 'Park alanı (m²)' }));
  await ok(planner.patch(`${base}/indicators/PG1.1.2`, { name: 'Şikâyet süresi' }));
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('GET /api/plans/:planId/audit?indicator=', () => {
  it("lists only the indicator's own changes: itself, its yearly targets, its values (deleted ones too) and their corrections", async () => {
    const page = await ok(
      reviewer.get<AuditPageResponse>(`/api/plans/${planId}/audit?indicator=PG1.1.1&pageSize=500`),
    );
    const summary = (entry: AuditEntryResponse) => `${entry.entity} ${entry.action} ${entry.period ?? '-'}`;
    // Import: the indicator, 5 yearly targets, 2 values; then 4 steps of 2026-H1 and the
    // correction's proposal and approval, a draft entered and deleted, and the rename. Newest first.
    expect(page.items.map(summary)).toEqual([
      'indicator update -',
      'indicator_value delete 2026-H2',
      'indicator_value insert 2026-H2',
      'value_correction update 2026-H1',
      'indicator_value update 2026-H1',
      'value_correction insert 2026-H1',
      'indicator_value update 2026-H1',
      'indicator_value update 2026-H1',
      'indicator_value insert 2026-H1',
      ...Array<string>(8).fill(expect.stringMatching(/ insert /) as unknown as string),
    ]);
    expect(page.total).toBe(17);
    const imported = page.items.slice(9).map(summary).sort();
    expect(imported).toEqual([
      'indicator insert -',
      ...Array<string>(5).fill('indicator_target insert -'),
      'indicator_value insert 2025-H1',
      'indicator_value insert 2025-H2',
    ]);
    expect(page.items[0]).toMatchObject({
      oldValue: { name: 'Park alanı' },
      newValue: { name: 'Park alanı (m²)' },
      actor: { email: 'plan@history.test' },
    });
    expect(page.items[5]).toMatchObject({
      newValue: { value: 126000, previousValue: 125000, status: 'proposed' },
      reason: 'Ölçüm hatası',
      actor: { email: 'plan@history.test' },
    });
    expect(page.items[4]).toMatchObject({
      oldValue: { value: 125000 },
      newValue: { value: 126000, revised: true },
      reason: 'Ölçüm hatası',
      actor: { email: 'admin@test.local' },
    });
    expect(page.items[3]).toMatchObject({
      oldValue: { status: 'proposed' },
      newValue: { status: 'approved' },
      actor: { email: 'admin@test.local' },
    });
    // Nothing of PG1.1.2 (its value and its rename) slipped in.
    expect(JSON.stringify(page.items)).not.toContain('Şikâyet');
    expect(
      page.items.filter((entry) => entry.entity === 'indicator_value' && entry.newValue?.value === 8),
    ).toEqual([]);
  });

  it('combines with the other filters and pages', async () => {
    const base = `/api/plans/${planId}/audit?indicator=PG1.1.1`;
    const inPeriod = await ok(reviewer.get<AuditPageResponse>(`${base}&period=2026-H1`));
    expect(inPeriod.total).toBe(6);
    const byManager = await ok(reviewer.get<AuditPageResponse>(`${base}&user=park@history.test`));
    expect(byManager.items.map((entry) => `${entry.action} ${entry.period}`)).toEqual([
      'delete 2026-H2',
      'insert 2026-H2',
      'update 2026-H1',
      'insert 2026-H1',
    ]);
    const second = await ok(
      reviewer.get<AuditPageResponse>(`${base}&entity=indicator_target&pageSize=2&page=2`),
    );
    expect({ total: second.total, items: second.items.length }).toEqual({ total: 5, items: 2 });
    const other = await ok(reviewer.get<AuditPageResponse>(`/api/plans/${planId}/audit?indicator=PG1.1.2`));
    // Import: indicator, 5 targets, 1 value; the 2026-H1 draft; the rename.
    expect(other.total).toBe(9);
  });

  it('refuses an unknown or malformed code with 400 and the field, and keeps the roles of the route', async () => {
    const unknown = expectError<ErrorBody>(
      await reviewer.get(`/api/plans/${planId}/audit?indicator=PG9.9.9`),
      400,
      'UNKNOWN_INDICATOR',
    );
    expect(unknown.details).toEqual([
      { path: 'indicator', code: 'UNKNOWN_INDICATOR', message: expect.any(String) },
    ]);
    const malformed = expectError<ErrorBody>(
      await reviewer.get(`/api/plans/${planId}/audit?indicator=${encodeURIComponent('PG 1')}`),
      400,
      'VALIDATION_FAILED',
    );
    expect(malformed.details).toEqual([
      { path: 'indicator', code: 'INVALID_FORMAT', message: expect.any(String) },
    ]);
    expectError(await manager.get(`/api/plans/${planId}/audit?indicator=PG1.1.1`), 403, 'FORBIDDEN');
    expectError(await foreign.get(`/api/plans/${planId}/audit?indicator=PG1.1.1`), 404, 'PLAN_NOT_FOUND');
  });
});

describe('GET /api/plans/:planId/people', () => {
  it('names who entered, submitted and approved values and who decided their corrections, to every role of the institution', async () => {
    // The superadmin imported the plan (so entered its values: an import is an entry, not an
    // approval) and approved the planner's correction.
    const admin = await ok(t.api.get<MeResponse>('/api/auth/me'));
    const expected: PersonResponse[] = [
      { id: ids['plan@history.test'], name: 'Ali Planlamacı' },
      { id: admin.id, name: admin.name },
      { id: ids['park@history.test'], name: 'Zeynep Park' },
    ];
    for (const client of [manager, planner, reviewer]) {
      await expect(ok(client.get<PersonResponse[]>(`/api/plans/${planId}/people`))).resolves.toEqual(
        expected,
      );
    }
  });

  it('is not found for other institutions and unknown plans, and needs a session', async () => {
    expectError(await foreign.get(`/api/plans/${planId}/people`), 404, 'PLAN_NOT_FOUND');
    expectError(
      await t.api.get('/api/plans/00000000-0000-4000-8000-000000000000/people'),
      404,
      'PLAN_NOT_FOUND',
    );
    expectError(await t.anonymous.get(`/api/plans/${planId}/people`), 401, 'UNAUTHORIZED');
  });
});
