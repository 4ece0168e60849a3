import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type { PlanDocument } from '../../src/contracts/plan-document.js';
import type { PlanVersionResponse, VersionDiffLine } from '../../src/contracts/plan-versions.js';
import type { IndicatorProgress, ProgressResponse, TargetProgress } from '../../src/contracts/progress.js';
import type { IndicatorResponse, PlanResponse } from '../../src/contracts/resources.js';
import type { ValidationResponse } from '../../src/contracts/validation.js';
import type { WorklistResponse } from '../../src/contracts/workflow.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import type { ApiClient, ApiResponse } from '../support/api-client.js';
import { expectError } from '../support/expect-error.js';
import { useTestApp } from '../support/use-test-app.js';
import { plannerAndAdmin, importPlan as importPlanDocument, ok } from '../support/requests.js';
import { istanbulDate } from '../../src/common/clock.js';

/**
 * Plan updates (güncelleme, domain.md 5 UPDATE_RULES and 6): a planner proposes a new version for
 * the remaining years (yearly targets, weights, added indicators, target card fields); it is in
 * force only once the institution's administrator approves it ("Mayor approves updates"); the
 * previous values stay beside the new ones, and every year is computed against the version in
 * force for it — targets, weights and which indicators a target has.
 */

const INSTITUTION = 'Güncelleme Belediyesi';
const PASSWORD = 'a-long-password';
const TODAY = istanbulDate();
const REASON = 'Kamulaştırma gecikmesi nedeniyle park hedefleri revize edildi';

// Several sign-ins and many requests per test: the shared machine may be slow.
jest.setTimeout(30_000);

const t = useTestApp();
let planner: { client: ApiClient; id: string };
let admin: { client: ApiClient; id: string };

beforeAll(async () => {
  // Every plan of this file belongs to one institution, with one planner and one administrator.
  const first = await importPlan();
  const institutionId = (await t.api.get<PlanResponse>(first.route)).body.institution.id;
  ({ planner, admin } = await plannerAndAdmin(t, institutionId, 'updates.test', PASSWORD));
}, 60_000);

/** The worked example (in force, 2025–2029) as a fresh plan; answers its base route. */
async function importPlan(): Promise<{ id: string; route: string }> {
  const { planId, plan } = await importPlanDocument(
    t.api,
    workedExampleDocument({ institutionName: INSTITUTION }),
  );
  return { id: planId, route: plan };
}

/** Rows per table, versions with their status, weights and yearly targets: proves a refusal changed nothing. */
async function snapshot(planId: string): Promise<unknown> {
  const [extra] = await t.dataSource.query<Array<Record<string, unknown>>>(
    `SELECT (SELECT string_agg(number || ':' || status, ',' ORDER BY number) FROM plan_versions WHERE plan_id = $1) AS versions,
            (SELECT string_agg(code || '=' || weight || '@' || coalesce(since_year, 0), ',' ORDER BY code)
               FROM indicators WHERE plan_id = $1) AS weights,
            (SELECT string_agg(indicator_id || ':' || year || '=' || value, ',' ORDER BY indicator_id, year)
               FROM indicator_targets WHERE plan_id = $1) AS targets,
            (SELECT string_agg(code || coalesce(cost_estimate::text, '') || coalesce(risks::text, ''), ',' ORDER BY code)
               FROM targets WHERE plan_id = $1) AS cards`,
    [planId],
  );
  return { rows: await t.countRows(), ...extra };
}

/** A refused request (`status`, `code`) that left the plan's snapshot as it was; answers the error body. */
async function refusedAsBefore<B = ErrorBody>(
  plan: { id: string },
  status: number,
  code: string,
  request: () => Promise<ApiResponse>,
): Promise<B> {
  const before = await snapshot(plan.id);
  const body = expectError<B>(await request(), status, code);
  expect(await snapshot(plan.id)).toEqual(before);
  return body;
}

/** A fresh plan (the worked example) with version 2 proposed by `proposer`: PG1.2.1's `year` target (80) to `value`. */
async function planWithProposal(
  proposer: { client: ApiClient },
  reason: string,
  year = 2027,
  value = 85,
): Promise<{ id: string; route: string }> {
  const plan = await importPlan();
  await ok(
    proposer.client.post(`${plan.route}/updates`, {
      effectiveYear: year,
      reason,
      targets: { 'PG1.2.1': { [year]: value } },
    }),
    201,
  );
  return plan;
}

function allIndicators(progress: ProgressResponse): IndicatorProgress[] {
  return progress.aims.flatMap((aim) => aim.targets.flatMap((target) => target.indicators));
}

function indicator(progress: ProgressResponse, code: string): IndicatorProgress {
  const found = allIndicators(progress).find((item) => item.code === code);
  if (!found) throw new Error(`no ${code} in progress`);
  return found;
}

function target(progress: ProgressResponse, code: string): TargetProgress {
  const found = progress.aims.flatMap((aim) => aim.targets).find((item) => item.code === code);
  if (!found) throw new Error(`no ${code} in progress`);
  return found;
}

async function progress(route: string, period: string): Promise<ProgressResponse> {
  return ok(t.api.get<ProgressResponse>(`${route}/progress?period=${period}`));
}

describe('a proposed update of yearly targets, approved by the administrator', () => {
  let plan: { id: string; route: string };
  let before2025: ProgressResponse;
  let before2027: ProgressResponse;
  let proposed: PlanVersionResponse;

  beforeAll(async () => {
    plan = await importPlan();
    before2025 = await progress(plan.route, '2025');
    before2027 = await progress(plan.route, '2027');
    proposed = await ok(
      planner.client.post<PlanVersionResponse>(`${plan.route}/updates`, {
        effectiveYear: 2027,
        reason: REASON,
        decisionDate: '2026-11-05',
        decisionNumber: '2026/212',
        targets: { 'PG1.1.1': { '2027': 150000, '2028': 170000 }, 'PG1.1.3': { '2029': 110 } },
      }),
      201,
    );
  }, 60_000);

  it('answers version 2 as proposed by the planner, with the old and new value of every changed yearly target', () => {
    expect(proposed).toEqual({
      number: 2,
      status: 'proposed',
      effectiveYear: 2027,
      reason: REASON,
      decisionDate: '2026-11-05',
      decisionNumber: '2026/212',
      proposedBy: planner.id,
      createdAt: expect.any(String),
      decidedBy: null,
      decidedAt: null,
      effectiveDate: null,
      rejectionReason: null,
      changes: [
        { indicator: 'PG1.1.1', year: 2027, old: 160000, new: 150000 },
        { indicator: 'PG1.1.1', year: 2028, old: 180000, new: 170000 },
        { indicator: 'PG1.1.3', year: 2029, old: 100, new: 110 },
      ],
      weightChanges: [],
      addedIndicators: [],
      cardChanges: [],
    });
  });

  it('changes nothing of the plan while it waits: targets and progress stay those of version 1', async () => {
    const read = await ok(t.api.get<IndicatorResponse>(`${plan.route}/indicators/PG1.1.1`));
    expect(read.targets).toMatchObject({ '2027': 160000, '2028': 180000 });
    expect(await progress(plan.route, '2027')).toEqual(before2027);
  });

  it('refuses a second proposal while one waits (409 UPDATE_PENDING with the waiting one)', async () => {
    const second = await refusedAsBefore<ErrorBody & { current: PlanVersionResponse }>(
      plan,
      409,
      'UPDATE_PENDING',
      () =>
        planner.client.post(`${plan.route}/updates`, {
          effectiveYear: 2028,
          reason: 'Bir başka öneri',
          targets: { 'PG1.2.1': { '2028': 95 } },
        }),
    );
    expect(second.current).toMatchObject({ number: 2, status: 'proposed' });
  });

  it('lets no planner approve (403 FORBIDDEN) and refuses a date before the proposal (400 DATE_ORDER)', async () => {
    await refusedAsBefore(plan, 403, 'FORBIDDEN', () =>
      planner.client.post(`${plan.route}/versions/2/approve`, {}),
    );
    const early = await refusedAsBefore(plan, 400, 'DATE_ORDER', () =>
      admin.client.post(`${plan.route}/versions/2/approve`, { date: '2020-01-01' }),
    );
    expect(early.details).toEqual([expect.objectContaining({ path: 'date', code: 'DATE_ORDER' })]);
  });

  it('is put in force by the administrator, who is recorded with the date it came into force', async () => {
    const approved = await ok(
      admin.client.post<PlanVersionResponse>(`${plan.route}/versions/2/approve`, { date: TODAY }),
    );
    expect(approved).toEqual({
      ...proposed,
      status: 'approved',
      decidedBy: admin.id,
      decidedAt: expect.any(String),
      effectiveDate: TODAY,
    });
    const read = await ok(t.api.get<IndicatorResponse>(`${plan.route}/indicators/PG1.1.1`));
    expect(read.targets).toMatchObject({ '2026': 140000, '2027': 150000, '2028': 170000 });
  });

  it('lists version 1 (the plan as first in force) and the update', async () => {
    const versions = await ok(t.api.get<PlanVersionResponse[]>(`${plan.route}/versions`));
    expect(versions).toEqual([
      {
        number: 1,
        status: 'approved',
        effectiveYear: 2025,
        reason: expect.any(String),
        decisionDate: '2024-09-05',
        decisionNumber: '2024/138',
        proposedBy: null,
        createdAt: null,
        decidedBy: null,
        decidedAt: null,
        effectiveDate: '2024-09-05',
        rejectionReason: null,
        changes: [],
        weightChanges: [],
        addedIndicators: [],
        cardChanges: [],
      },
      expect.objectContaining({ number: 2, status: 'approved' }),
    ]);
  });

  it('shows the difference of version 2 against version 1 with indicator names; version 1 has none', async () => {
    expect(await ok(t.api.get<VersionDiffLine[]>(`${plan.route}/versions/2/diff`))).toEqual([
      { kind: 'target', indicator: 'PG1.1.1', name: 'Park alanı', year: 2027, old: 160000, new: 150000 },
      { kind: 'target', indicator: 'PG1.1.1', name: 'Park alanı', year: 2028, old: 180000, new: 170000 },
      { kind: 'target', indicator: 'PG1.1.3', name: 'Eğitim sayısı', year: 2029, old: 100, new: 110 },
    ]);
    expect(await ok(t.api.get<VersionDiffLine[]>(`${plan.route}/versions/1/diff`))).toEqual([]);
    expectError(await t.api.get(`${plan.route}/versions/3/diff`), 404, 'PLAN_VERSION_NOT_FOUND');
    expectError(await t.api.get(`${plan.route}/versions/zwei/diff`), 404, 'PLAN_VERSION_NOT_FOUND');
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

  it('records the update’s reason and the approving administrator in the audit entries of the changed targets', async () => {
    const rows = await t.dataSource.query<Array<{ reason: string; actor_id: string }>>(
      `SELECT reason, actor_id FROM audit_log
        WHERE plan_id = $1 AND entity = 'indicator_target' AND action = 'update' ORDER BY id`,
      [plan.id],
    );
    expect(rows).toEqual(Array(3).fill({ reason: REASON, actor_id: admin.id }));
  });

  it('refuses to approve it again, or version 1 (409 VERSION_STATUS); version 9 is not found', async () => {
    for (const [version, status, code] of [
      [2, 409, 'VERSION_STATUS'],
      [1, 409, 'VERSION_STATUS'],
      [9, 404, 'PLAN_VERSION_NOT_FOUND'],
    ] as const)
      await refusedAsBefore(plan, status, code, () =>
        admin.client.post(`${plan.route}/versions/${version}/approve`, {}),
      );
  });

  it('refuses a second change of the same indicator-year, changes nothing, but lets other years change', async () => {
    const again = await refusedAsBefore(plan, 400, 'UPDATE_RULES', () =>
      planner.client.post(`${plan.route}/updates`, {
        effectiveYear: 2028,
        reason: 'İkinci güncelleme',
        targets: { 'PG1.1.1': { '2028': 175000 } },
      }),
    );
    expect(again.details).toEqual([
      expect.objectContaining({ path: 'targets.PG1.1.1.2028', code: 'UPDATE_RULES' }),
    ]);

    const other = await ok(
      planner.client.post<PlanVersionResponse>(`${plan.route}/updates`, {
        effectiveYear: 2028,
        reason: 'İkinci güncelleme',
        targets: { 'PG1.1.1': { '2029': 190000 } },
      }),
      201,
    );
    expect(other).toMatchObject({ number: 3, status: 'proposed' });
  });
});

describe('weights, an added indicator and target card fields', () => {
  let plan: { id: string; route: string };
  let before: { p2025: ProgressResponse; p2026: ProgressResponse };
  let approved: PlanVersionResponse;
  const added = {
    target: 'H1.1',
    code: 'PG1.1.4',
    name: 'Dikilen ağaç sayısı',
    unit: 'adet',
    weight: 10,
    direction: 'artis',
    valueType: 'duzey',
    baseline: 0,
    targets: { '2027': 500, '2028': 1000, '2029': 1500 },
  };

  beforeAll(async () => {
    plan = await importPlan();
    // 2026 entries, so 2026 has a rate to compare (PG1.1.x of the worked example have 2025 values only).
    expect((await t.api.post(`${plan.route}/periods`, { period: '2026' })).status).toBe(201);
    for (const [code, value, reason] of [
      ['PG1.1.1', 135000, 'Gecikme'],
      ['PG1.1.2', 7, undefined],
      ['PG1.1.3', 60, 'Salon'],
    ] as const) {
      const path = `${plan.route}/indicators/${code}/values/2026-H2`;
      expect((await t.api.put(path, { value, deviationReason: reason })).status).toBe(201);
    }
    before = { p2025: await progress(plan.route, '2025'), p2026: await progress(plan.route, '2026') };
    const proposal = await ok(
      t.api.post<PlanVersionResponse>(`${plan.route}/updates`, {
        effectiveYear: 2027,
        reason: 'Ağaçlandırma göstergesi eklendi',
        weights: { 'PG1.1.1': 30, 'PG1.1.2': 35 },
        indicators: [added],
        cards: {
          'H1.1': { costEstimate: { '2027': 1350000 }, risks: ['Kamulaştırma gecikmeleri', 'Kuraklık'] },
        },
      }),
      201,
    );
    approved = await ok(admin.client.post<PlanVersionResponse>(`${plan.route}/versions/2/approve`, {}));
    expect(approved).toMatchObject({ number: proposal.number, status: 'approved', effectiveDate: TODAY });
  }, 60_000);

  it('keeps the changes with their old values: weights per target, the added indicator, card fields', () => {
    expect(approved.weightChanges).toEqual([{ indicator: 'PG1.1.1', target: 'H1.1', old: 40, new: 30 }]);
    expect(approved.addedIndicators).toEqual([added]);
    expect(approved.cardChanges).toEqual([
      { target: 'H1.1', field: 'costEstimate', year: 2027, old: 1300000, new: 1350000 },
      {
        target: 'H1.1',
        field: 'risks',
        old: ['Kamulaştırma gecikmeleri'],
        new: ['Kamulaştırma gecikmeleri', 'Kuraklık'],
      },
    ]);
  });

  it('shows weight changes, the added indicator and card changes in the diff', async () => {
    expect(await ok(t.api.get<VersionDiffLine[]>(`${plan.route}/versions/2/diff`))).toEqual([
      { kind: 'weight', indicator: 'PG1.1.1', name: 'Park alanı', target: 'H1.1', old: 40, new: 30 },
      {
        kind: 'indicator',
        indicator: 'PG1.1.4',
        name: 'Dikilen ağaç sayısı',
        target: 'H1.1',
        weight: 10,
        baseline: 0,
        targets: { '2027': 500, '2028': 1000, '2029': 1500 },
      },
      { kind: 'card', target: 'H1.1', field: 'costEstimate', year: 2027, old: 1300000, new: 1350000 },
      {
        kind: 'card',
        target: 'H1.1',
        field: 'risks',
        old: ['Kamulaştırma gecikmeleri'],
        new: ['Kamulaştırma gecikmeleri', 'Kuraklık'],
      },
    ]);
  });

  it('computes the years before the update with the old weights and without the added indicator', async () => {
    const p2025 = await progress(plan.route, '2025');
    expect(p2025).toEqual(before.p2025);
    // domain.md 4.4: HG 65 with the weights 40 / 35 / 25 in force in 2025.
    expect(target(p2025, 'H1.1').rate).toBe(65);
    expect(await progress(plan.route, '2026')).toEqual(before.p2026);
    expect(allIndicators(p2025).map((item) => item.code)).not.toContain('PG1.1.4');
  });

  it('computes the years from the update on with the new weights and the added indicator', async () => {
    const p2027 = await progress(plan.route, '2027');
    expect(target(p2027, 'H1.1').indicators.map((item) => [item.code, item.weight])).toEqual([
      ['PG1.1.1', 30],
      ['PG1.1.2', 35],
      ['PG1.1.3', 25],
      ['PG1.1.4', 10],
    ]);
    expect(indicator(p2027, 'PG1.1.4')).toMatchObject({ baseline: 0, target: 500, finalTarget: 1500 });
    expect(target(p2027, 'H1.1').cost).toBe(1350000);
  });

  it('stores the added indicator as counting from 2027: its read, the worklist and the exported document say so', async () => {
    expect(await ok(t.api.get<IndicatorResponse>(`${plan.route}/indicators/PG1.1.4`))).toMatchObject({
      target: 'H1.1',
      weight: 10,
      sinceYear: 2027,
      targets: { '2027': 500, '2028': 1000, '2029': 1500 },
    });
    expect((await t.api.post(`${plan.route}/periods`, { period: '2027' })).status).toBe(201);
    const worklist = await ok(t.api.get<WorklistResponse>(`${plan.route}/worklist`));
    const expected = (period: string): string[] =>
      (worklist.periods.find((item) => item.period === period)?.entries ?? []).map(
        (entry) => entry.indicator,
      );
    expect(expected('2026')).not.toContain('PG1.1.4');
    expect(expected('2027')).toContain('PG1.1.4');

    const document = await ok(t.api.get<PlanDocument>(`${plan.route}/document`));
    const card = document.plan.aims[0].targets[0];
    expect(card.indicators.map((item) => [item.code, item.weight, item.sinceYear])).toEqual([
      ['PG1.1.1', 30, undefined],
      ['PG1.1.2', 35, undefined],
      ['PG1.1.3', 25, undefined],
      ['PG1.1.4', 10, 2027],
    ]);
    // The document passes every rule: the added indicator needs targets from 2027 on only.
    const validation = await ok(t.api.get<ValidationResponse>(`${plan.route}/validation`));
    expect(validation.errors).toBe(0);
  });

  it('takes no value for the added indicator before its first year', async () => {
    const values = `${plan.route}/indicators/PG1.1.4/values`;
    const early = expectError(await t.api.put(`${values}/2026-H2`, { value: 100 }), 400, 'VALUE_PERIOD');
    expect(early.message).toContain('2027');
    expect(early.details).toEqual([expect.objectContaining({ path: 'period', code: 'VALUE_PERIOD' })]);
    // From 2027 on it is an ordinary indicator (the entry is removed again for the tests below).
    expect((await t.api.put(`${values}/2027-H2`, { value: 100 })).status).toBe(201);
    expect((await t.api.delete(`${values}/2027-H2`)).status).toBeLessThan(300);
  });

  it('refuses weights that no longer sum to 100 with 400 UPDATE_RULES (WEIGHTS_SUM), nothing saved', async () => {
    const body = await refusedAsBefore(plan, 400, 'UPDATE_RULES', () =>
      planner.client.post(`${plan.route}/updates?lang=en`, {
        effectiveYear: 2028,
        reason: 'Ağırlık denemesi',
        weights: { 'PG1.1.1': 20 },
      }),
    );
    expect(body.details).toEqual([
      {
        path: 'weights',
        code: 'WEIGHTS_SUM',
        message: 'The weights of target H1.1 would sum to 90 after the update; they must sum to 100',
      },
    ]);
  });

  it('refuses to change a target the update set for the added indicator (changed once already)', async () => {
    const body = expectError(
      await planner.client.post(`${plan.route}/updates`, {
        effectiveYear: 2028,
        reason: 'Yeni hedef',
        targets: { 'PG1.1.4': { '2029': 2000 } },
      }),
      400,
      'UPDATE_RULES',
    );
    expect(body.details).toEqual([expect.objectContaining({ path: 'targets.PG1.1.4.2029' })]);
  });
});

describe('the approval: four eyes, rejection, and a plan that moved on', () => {
  it('refuses an administrator approving their own proposal (409 SELF_APPROVAL); another administrator may', async () => {
    const plan = await planWithProposal(admin, 'Yönetici önerisi');
    const own = await refusedAsBefore<ErrorBody & { current: PlanVersionResponse }>(
      plan,
      409,
      'SELF_APPROVAL',
      () => admin.client.post(`${plan.route}/versions/2/approve?lang=en`, {}),
    );
    expect(own.current).toMatchObject({ number: 2, status: 'proposed', proposedBy: admin.id });
    expect(own.message).toContain('another person');
    expect(await ok(t.api.post<PlanVersionResponse>(`${plan.route}/versions/2/approve`, {}))).toMatchObject({
      status: 'approved',
    });
  });

  it('lets the administrator reject a proposal: the plan does not change and a new proposal may follow', async () => {
    const plan = await planWithProposal(planner, 'Reddedilecek öneri');
    const before = await snapshot(plan.id);
    expectError(await admin.client.post(`${plan.route}/versions/2/reject`, {}), 400, 'VALIDATION_FAILED');
    const rejected = await ok(
      admin.client.post<PlanVersionResponse>(`${plan.route}/versions/2/reject`, { reason: 'Bütçe yetersiz' }),
    );
    expect(rejected).toMatchObject({
      status: 'rejected',
      decidedBy: admin.id,
      rejectionReason: 'Bütçe yetersiz',
      effectiveDate: null,
    });
    expect(await snapshot(plan.id)).toEqual(
      Object.assign(before as Record<string, unknown>, { versions: '2:rejected' }),
    );
    expectError(await admin.client.post(`${plan.route}/versions/2/approve`, {}), 409, 'VERSION_STATUS');
    expect(indicator(await progress(plan.route, '2027'), 'PG1.2.1').target).toBe(80);
    // The rejected target change was never in force: it may be proposed again.
    expect(
      await ok(
        planner.client.post<PlanVersionResponse>(`${plan.route}/updates`, {
          effectiveYear: 2027,
          reason: 'Yeni öneri',
          targets: { 'PG1.2.1': { '2027': 85 } },
        }),
        201,
      ),
    ).toMatchObject({ number: 3, status: 'proposed' });
  });

  it('refuses to approve a proposal whose effective year was assessed meanwhile (409 UPDATE_OUTDATED)', async () => {
    const plan = await planWithProposal(planner, 'Erken güncelleme', 2026, 75);
    expect((await t.api.post(`${plan.route}/periods`, { period: '2026' })).status).toBe(201);
    expect((await t.api.post(`${plan.route}/periods/2026/close`, {})).status).toBe(200);
    const outdated = await refusedAsBefore(plan, 409, 'UPDATE_OUTDATED', () =>
      admin.client.post(`${plan.route}/versions/2/approve`, {}),
    );
    expect(outdated.details?.map((detail) => detail.path)).toEqual(['effectiveYear']);
  });

  it('refuses to approve once the plan is closed (409 PLAN_STATUS)', async () => {
    const plan = await planWithProposal(planner, 'Kapanmadan önce');
    expect((await t.api.post(`${plan.route}/lifecycle/close`, { date: TODAY })).status).toBe(200);
    await refusedAsBefore(plan, 409, 'PLAN_STATUS', () =>
      admin.client.post(`${plan.route}/versions/2/approve`, {}),
    );
  });
});

describe('UPDATE_RULES refusals change nothing', () => {
  let plan: { id: string; route: string };

  beforeAll(async () => {
    plan = await importPlan();
  }, 60_000);

  const refused = (body: Record<string, unknown>, status: number, code: string): Promise<ErrorBody> =>
    refusedAsBefore(plan, status, code, () =>
      planner.client.post(`${plan.route}/updates`, { reason: 'Deneme', ...body }),
    );

  it.each([
    ['a year before the effective year', { 'PG1.1.1': { '2026': 150000 } }, 'targets.PG1.1.1.2026'],
    ['an unknown indicator', { 'PG9.9.9': { '2027': 1 } }, 'targets.PG9.9.9'],
  ])('refuses %s', async (_case, targets, path) => {
    const body = await refused({ effectiveYear: 2027, targets }, 400, 'UPDATE_RULES');
    expect(body.details).toEqual([expect.objectContaining({ path, code: 'UPDATE_RULES' })]);
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

  it('refuses an added indicator whose code breaks CODE_PREFIX, through the plan rules (400 PLAN_RULES)', async () => {
    const body = await refused(
      {
        effectiveYear: 2027,
        weights: { 'PG1.2.1': 90 },
        indicators: [
          {
            target: 'H1.2',
            code: 'PG7.7.7',
            name: 'Yanlış kodlu',
            weight: 10,
            direction: 'artis',
            valueType: 'duzey',
            baseline: 0,
            targets: { '2027': 1, '2028': 2, '2029': 3 },
          },
        ],
      },
      400,
      'PLAN_RULES',
    );
    expect(body.details?.map((detail) => detail.code)).toEqual(['CODE_PREFIX']);
  });

  it('refuses mission, vision and aims, and malformed cards: they are not part of an update', async () => {
    for (const body of [
      { mission: 'Yeni misyon', targets: { 'PG1.1.1': { '2027': 1 } } },
      { cards: { 'H1.1': { title: 'Yeni başlık' } } },
      { cards: { 'H1.1': { costEstimate: { '2027': -1 } } } },
    ])
      await refused({ effectiveYear: 2027, ...body }, 400, 'VALIDATION_FAILED');
  });

  it('refuses a plan that is not in force with 409 PLAN_STATUS', async () => {
    expect((await t.api.post(`${plan.route}/lifecycle/close`, { date: TODAY })).status).toBe(200);
    const body = await refused(
      { effectiveYear: 2027, targets: { 'PG1.1.1': { '2027': 150000 } } },
      409,
      'PLAN_STATUS',
    );
    expect(body.message).toContain('yalnızca yürürlükteki bir plan güncellenebilir');
  });
});
