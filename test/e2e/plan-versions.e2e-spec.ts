import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type { PlanVersionResponse, VersionDiffLine } from '../../src/contracts/plan-versions.js';
import type { IndicatorProgress, ProgressResponse } from '../../src/contracts/progress.js';
import type { ImportResponse } from '../../src/contracts/resources.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { createTestApp, type TestApp } from '../support/create-test-app.js';

/**
 * Plan updates (güncelleme, domain.md 5 UPDATE_RULES and 6): a new version for the remaining
 * years, the previous targets kept beside the new ones, and every year computed against the
 * version in force for it.
 */

let t: TestApp;
let serial = 0;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

/** The worked example (in force, 2025–2029) as a fresh plan; answers its base route. */
async function importPlan(): Promise<{ id: string; route: string }> {
  serial += 1;
  const response = await t.api.post<ImportResponse>(
    '/api/plans/import',
    workedExampleDocument({ institutionName: `Güncelleme Belediyesi ${serial}` }),
  );
  expect(response.status).toBe(201);
  return { id: response.body.id, route: `/api/plans/${response.body.id}` };
}

/** Rows per table, plan versions and every yearly target value: proves a refusal changed nothing. */
async function snapshot(): Promise<unknown> {
  const [extra] = await t.dataSource.query<Array<{ versions: number; targets: string | null }>>(
    `SELECT (SELECT count(*)::int FROM plan_versions) AS versions,
            (SELECT string_agg(indicator_id || ':' || year || '=' || value, ',' ORDER BY indicator_id, year)
               FROM indicator_targets) AS targets`,
  );
  return { rows: await t.countRows(), ...extra };
}

function indicator(progress: ProgressResponse, code: string): IndicatorProgress {
  const found = progress.aims
    .flatMap((aim) => aim.targets.flatMap((target) => target.indicators))
    .find((item) => item.code === code);
  if (!found) throw new Error(`no ${code} in progress`);
  return found;
}

async function progress(route: string, period: string): Promise<ProgressResponse> {
  const response = await t.api.get<ProgressResponse>(`${route}/progress?period=${period}`);
  expect(response.status).toBe(200);
  return response.body;
}

const REASON = 'Kamulaştırma gecikmesi nedeniyle park hedefleri revize edildi';

describe('a valid update', () => {
  let plan: { id: string; route: string };
  let before2025: ProgressResponse;
  let created: PlanVersionResponse;

  beforeAll(async () => {
    plan = await importPlan();
    before2025 = await progress(plan.route, '2025');
    const response = await t.api.post<PlanVersionResponse>(`${plan.route}/updates`, {
      effectiveYear: 2027,
      reason: REASON,
      decisionDate: '2026-11-05',
      decisionNumber: '2026/212',
      targets: { 'PG1.1.1': { '2027': 150000, '2028': 170000 }, 'PG1.1.3': { '2029': 110 } },
    });
    expect(response.status).toBe(201);
    created = response.body;
  });

  it('answers version 2 with the old and new value of every changed yearly target', () => {
    expect(created).toEqual({
      number: 2,
      effectiveYear: 2027,
      reason: REASON,
      decisionDate: '2026-11-05',
      decisionNumber: '2026/212',
      createdAt: expect.any(String),
      changes: [
        { indicator: 'PG1.1.1', year: 2027, old: 160000, new: 150000 },
        { indicator: 'PG1.1.1', year: 2028, old: 180000, new: 170000 },
        { indicator: 'PG1.1.3', year: 2029, old: 100, new: 110 },
      ],
    });
  });

  it('lists version 1 (the plan as first in force) and the update', async () => {
    const response = await t.api.get<PlanVersionResponse[]>(`${plan.route}/versions`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      {
        number: 1,
        effectiveYear: 2025,
        reason: expect.any(String),
        decisionDate: '2024-09-05',
        decisionNumber: '2024/138',
        createdAt: null,
        changes: [],
      },
      created,
    ]);
  });

  it('shows the difference of version 2 against version 1 with indicator names; version 1 has none', async () => {
    const diff = await t.api.get<VersionDiffLine[]>(`${plan.route}/versions/2/diff`);
    expect(diff.status).toBe(200);
    expect(diff.body).toEqual([
      { indicator: 'PG1.1.1', name: 'Park alanı', year: 2027, old: 160000, new: 150000 },
      { indicator: 'PG1.1.1', name: 'Park alanı', year: 2028, old: 180000, new: 170000 },
      { indicator: 'PG1.1.3', name: 'Eğitim sayısı', year: 2029, old: 100, new: 110 },
    ]);
    expect((await t.api.get<VersionDiffLine[]>(`${plan.route}/versions/1/diff`)).body).toEqual([]);
    const missing = await t.api.get<ErrorBody>(`${plan.route}/versions/3/diff`);
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('PLAN_VERSION_NOT_FOUND');
  });

  it('computes 2025 against the version in force then, and 2027 against the new target', async () => {
    expect(await progress(plan.route, '2025')).toEqual(before2025);
    expect(indicator(before2025, 'PG1.1.1').target).toBe(120000);
    expect(indicator(await progress(plan.route, '2027'), 'PG1.1.1').target).toBe(150000);
    expect(indicator(await progress(plan.route, '2026'), 'PG1.1.1').target).toBe(140000);
    // The final-year target too: 2025 reads the 2029 target in force then, 2027 the updated one.
    expect(indicator(before2025, 'PG1.1.3').finalTarget).toBe(100);
    expect(indicator(await progress(plan.route, '2027'), 'PG1.1.3').finalTarget).toBe(110);
  });

  it('records the update’s reason in the audit entries of the changed targets', async () => {
    const rows = await t.dataSource.query<
      Array<{ entity_id: string; reason: string; old_value: unknown; new_value: unknown }>
    >(
      `SELECT entity_id, reason, old_value, new_value FROM audit_log
        WHERE plan_id = $1 AND entity = 'indicator_target' AND action = 'update' ORDER BY id`,
      [plan.id],
    );
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.reason).toBe(REASON);
  });

  it('refuses a second change of the same indicator-year, changes nothing, but lets other years change', async () => {
    const before = await snapshot();
    const again = await t.api.post<ErrorBody>(`${plan.route}/updates`, {
      effectiveYear: 2028,
      reason: 'İkinci güncelleme',
      targets: { 'PG1.1.1': { '2028': 175000 } },
    });
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({
      code: 'UPDATE_RULES',
      details: [{ path: 'targets.PG1.1.1.2028', code: 'UPDATE_RULES' }],
    });
    expect(await snapshot()).toEqual(before);

    const other = await t.api.post<PlanVersionResponse>(`${plan.route}/updates`, {
      effectiveYear: 2028,
      reason: 'İkinci güncelleme',
      targets: { 'PG1.1.1': { '2029': 190000 } },
    });
    expect(other.status).toBe(201);
    expect(other.body.number).toBe(3);
  });
});

describe('UPDATE_RULES refusals change nothing', () => {
  let plan: { id: string; route: string };

  beforeAll(async () => {
    plan = await importPlan();
  });

  async function refused(body: Record<string, unknown>, status: number, code: string): Promise<ErrorBody> {
    const before = await snapshot();
    const response = await t.api.post<ErrorBody>(`${plan.route}/updates`, { reason: 'Deneme', ...body });
    expect(response.status).toBe(status);
    expect(response.body.code).toBe(code);
    expect(await snapshot()).toEqual(before);
    return response.body;
  }

  it('refuses a year before the effective year', async () => {
    const body = await refused(
      { effectiveYear: 2027, targets: { 'PG1.1.1': { '2026': 150000 } } },
      400,
      'UPDATE_RULES',
    );
    expect(body.details).toEqual([
      expect.objectContaining({ path: 'targets.PG1.1.1.2026', code: 'UPDATE_RULES' }),
    ]);
  });

  it('refuses an effective year whose assessment period is closed', async () => {
    expect((await t.api.post(`${plan.route}/periods`, { period: '2025' })).status).toBe(201);
    expect((await t.api.post(`${plan.route}/periods/2025/close`, {})).status).toBe(200);
    const body = await refused(
      { effectiveYear: 2025, targets: { 'PG1.1.1': { '2025': 150000 } } },
      400,
      'UPDATE_RULES',
    );
    expect(body.details?.map((detail) => detail.path)).toEqual(['effectiveYear']);
  });

  it('refuses an unknown indicator', async () => {
    const body = await refused(
      { effectiveYear: 2027, targets: { 'PG9.9.9': { '2027': 1 } } },
      400,
      'UPDATE_RULES',
    );
    expect(body.details).toEqual([
      expect.objectContaining({ path: 'targets.PG9.9.9', code: 'UPDATE_RULES' }),
    ]);
  });

  it('refuses mission, vision and aims: they are not part of an update', async () => {
    await refused(
      { effectiveYear: 2027, mission: 'Yeni misyon', targets: { 'PG1.1.1': { '2027': 1 } } },
      400,
      'VALIDATION_FAILED',
    );
  });

  it('refuses a plan that is not in force with 409 PLAN_STATUS', async () => {
    expect((await t.api.post(`${plan.route}/lifecycle/close`, { date: '2026-12-31' })).status).toBe(200);
    const body = await refused(
      { effectiveYear: 2027, targets: { 'PG1.1.1': { '2027': 150000 } } },
      409,
      'PLAN_STATUS',
    );
    expect(body.message).toContain('yururlukte');
  });
});
