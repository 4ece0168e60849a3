import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { MeResponse } from '../../src/contracts/auth.js';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type { ImportResponse, PlanResponse } from '../../src/contracts/resources.js';
import type { AssessmentPeriodResponse } from '../../src/contracts/workflow.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import type { ApiClient } from '../support/api-client.js';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { expectError } from '../support/expect-error.js';
import { ok } from '../support/requests.js';

/**
 * Closing an assessment period locks its entries (domain.md 6), so it waits until no value of it
 * is still submitted: a submitted value is approved or returned first, never locked unreviewed.
 */

const PASSWORD = 'a-long-password';

// Several sign-ins and many requests per test: the shared machine may be slow.
jest.setTimeout(30_000);

let t: TestApp;
let plan: string;
let park: ApiClient;
let zabita: ApiClient;

beforeAll(async () => {
  t = await createTestApp();
  const imported = await t.api.post<ImportResponse>('/api/plans/import', workedExampleDocument());
  expect(imported.status).toBe(201);
  plan = `/api/plans/${imported.body.id}`;
  const institutionId = (await t.api.get<PlanResponse>(plan)).body.institution.id;
  const manager = async (email: string, unit: string): Promise<ApiClient> => {
    const created = await t.api.post<MeResponse>('/api/users', { email, name: email, password: PASSWORD });
    const granted = await t.api.put(`/api/institutions/${institutionId}/members/${created.body.id}`, {
      role: 'unit_manager',
      units: [unit],
    });
    expect([created.status, granted.status]).toEqual([201, 200]);
    return t.login(email, PASSWORD);
  };
  park = await manager('park@periods.test', 'PARK');
  zabita = await manager('zabita@periods.test', 'ZABITA');
}, 60_000);
afterAll(async () => {
  await t.close();
});

/** A value entered and submitted by the unit that is responsible for it. */
async function submitted(client: ApiClient, code: string, period: string, value: number): Promise<void> {
  const route = `${plan}/indicators/${code}/values/${period}`;
  await ok(client.put(route, { value, deviationReason: 'Sapma' }), 201);
  await ok(client.post(`${route}/submit`, {}));
}

async function periodRows(): Promise<unknown> {
  return t.dataSource.query(`SELECT period, status, version FROM assessment_periods ORDER BY period`);
}

describe('closing an assessment period while values wait for review', () => {
  it('answers 409 PERIOD_HAS_SUBMITTED with the count per unit, and closes once every value is reviewed', async () => {
    await ok(t.api.post(`${plan}/periods`, { period: '2026' }), 201);
    await ok(t.api.post(`${plan}/periods`, { period: '2026-H1' }), 201);
    await submitted(park, 'PG1.1.1', '2026-H2', 131000);
    await submitted(park, 'PG1.1.2', '2026-H2', 6);
    await submitted(zabita, 'PG1.2.1', '2026-H2', 68);
    // A submitted value of another period does not hold this one back, nor does a draft.
    await submitted(park, 'PG1.1.3', '2026-H1', 62);
    await ok(zabita.put(`${plan}/indicators/PG1.2.1/values/2026-H1`, { value: 65 }), 201);

    const before = { rows: await t.countRows(), periods: await periodRows() };
    const refused = expectError<ErrorBody & { current: AssessmentPeriodResponse }>(
      await t.api.post(`${plan}/periods/2026/close?lang=en`, {}),
      409,
      'PERIOD_HAS_SUBMITTED',
    );
    expect(refused.message).toBe(
      '3 submitted value(s) of 2026 year end wait for approval or return; the period cannot be closed yet',
    );
    expect(refused.details).toEqual([
      {
        path: 'units.PARK',
        code: 'PERIOD_HAS_SUBMITTED',
        message: 'Park ve Bahçeler Müdürlüğü: 2 submitted value(s)',
      },
      {
        path: 'units.ZABITA',
        code: 'PERIOD_HAS_SUBMITTED',
        message: 'Zabıta Müdürlüğü: 1 submitted value(s)',
      },
    ]);
    expect(refused.current).toMatchObject({ period: '2026', status: 'open', version: 1 });
    expect({ rows: await t.countRows(), periods: await periodRows() }).toEqual(before);

    // Turkish by default.
    const turkish = expectError(
      await t.api.post(`${plan}/periods/2026/close`, {}),
      409,
      'PERIOD_HAS_SUBMITTED',
    );
    expect(turkish.details?.map((detail) => detail.message)).toEqual([
      'Park ve Bahçeler Müdürlüğü: 2 onaya gönderilmiş değer',
      'Zabıta Müdürlüğü: 1 onaya gönderilmiş değer',
    ]);

    // Reviewed: one approved, one returned; PARK still has one waiting.
    await ok(t.api.post(`${plan}/indicators/PG1.1.1/values/2026-H2/approve`, {}));
    await ok(t.api.post(`${plan}/indicators/PG1.2.1/values/2026-H2/return`, { comment: 'Kanıt eksik' }));
    const still = expectError(
      await t.api.post(`${plan}/periods/2026/close`, {}),
      409,
      'PERIOD_HAS_SUBMITTED',
    );
    expect(still.details?.map((detail) => detail.path)).toEqual(['units.PARK']);

    await ok(t.api.post(`${plan}/indicators/PG1.1.2/values/2026-H2/approve`, {}));
    const closed = await ok(t.api.post<AssessmentPeriodResponse>(`${plan}/periods/2026/close`, {}));
    expect(closed).toMatchObject({ period: '2026', status: 'closed', version: 2 });
    // The 2026-H1 period, with a value still submitted, stays open and refuses too.
    expectError(await t.api.post(`${plan}/periods/2026-H1/close`, {}), 409, 'PERIOD_HAS_SUBMITTED');
  });
});
