import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { MeResponse } from '../../src/contracts/auth.js';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type { PlanDocument, PlanStatus } from '../../src/contracts/plan-document.js';
import type { PlanVersionResponse } from '../../src/contracts/plan-versions.js';
import type { ProgressResponse } from '../../src/contracts/progress.js';
import type { PlanResponse } from '../../src/contracts/resources.js';
import type { ValidationResponse } from '../../src/contracts/validation.js';
import type { ValueStatus } from '../../src/contracts/workflow.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import type { ApiResponse } from '../support/api-client.js';
import { expectError } from '../support/expect-error.js';
import { importPlan as importPlanDocument, ok, type ImportedPlan } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

/**
 * Issue 9, point 2: a plan in force changes its structure and content only through a plan update
 * that the institution's administrator approves (before: DELETE of an aim or target, POST of an
 * indicator and PATCH of the mission went through, and deleting a target destroyed its approved
 * values with no version recorded); a plan with the council keeps what it votes on; and nothing
 * that holds approved values is ever deleted, whatever the plan's status.
 */

jest.setTimeout(30_000);

const PASSWORD = 'kestane-Ağacı-7319';
const DAYS_AGO_30 = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
let serial = 0;

const t = useTestApp();

/** The worked example (in force unless `status` says otherwise) under a fresh institution name. */
async function importPlan(
  options: { status?: PlanStatus; valueStatus?: ValueStatus | null; pastDeadline?: boolean } = {},
): Promise<ImportedPlan> {
  serial += 1;
  const document = workedExampleDocument({
    institutionName: `Bütünlük Belediyesi ${serial}`,
    valueStatus: options.valueStatus,
  });
  if (options.status) document.plan.status = options.status;
  if (options.status === 'taslak' || options.status === 'meclis-onayinda') {
    delete document.plan.councilDecision;
    // A draft is judged on today for ELECTION_DEADLINE: an election a month ago keeps it in time.
    if (!options.pastDeadline) document.institution.electionDate = DAYS_AGO_30;
  }
  if (options.status === 'taslak') delete document.plan.submittedToCouncil;
  return importPlanDocument(t.api, document);
}

/** Everything of the plan (its document, values and statuses included) and the row counts. */
async function state(planId: string): Promise<unknown> {
  const document = await t.api.get<PlanDocument>(`/api/plans/${planId}/document`);
  return { document: document.body, rows: await t.countRows() };
}

/** A write that must be refused with `status`/`code` and change nothing of the plan. */
async function refused(
  planId: string,
  status: number,
  code: string,
  request: () => Promise<ApiResponse>,
): Promise<ErrorBody> {
  const before = await state(planId);
  const body = expectError(await request(), status, code);
  expect(await state(planId)).toEqual(before);
  return body;
}

const newIndicator = {
  target: 'H1.1',
  code: 'PG1.1.4',
  name: 'Dikilen ağaç',
  weight: 10,
  direction: 'artis',
  valueType: 'duzey',
  baseline: 0,
  targets: { '2027': 100, '2028': 200, '2029': 300 },
};

describe('a plan in force changes only through an approved update', () => {
  // Submitted (not approved) values: these refusals are the content lock's, not the approved-values guard's.
  let inForce: ImportedPlan;
  beforeAll(async () => {
    inForce = await importPlan({ valueStatus: null });
    expect((await t.api.get<PlanResponse>(inForce.plan)).body.status).toBe('yururlukte');
  });

  it('refuses DELETE of an aim, a target and an indicator with 409 CONTENT_VIA_UPDATE; nothing is deleted', async () => {
    for (const [path, code] of [
      ['aims/A1', 'A1'],
      ['targets/H1.1', 'H1.1'],
      ['indicators/PG1.1.1', 'PG1.1.1'],
    ]) {
      const body = await refused(inForce.planId, 409, 'CONTENT_VIA_UPDATE', () =>
        t.api.delete(`${inForce.plan}/${path}?lang=en`),
      );
      expect(body.message).toContain(`POST /api/plans/${inForce.planId}/updates`);
      expect(body.details).toEqual([
        {
          path: 'code',
          code: 'CONTENT_VIA_UPDATE',
          message: `Deleting ${code}: no plan update carries it (an update keeps mission, vision, aims and the rest of the plan, UPDATE_RULES)`,
        },
      ]);
    }
  });

  it('refuses POST of an indicator (409 INDICATORS_VIA_UPDATE: an update adds it), of an aim, a target and a core value', async () => {
    const indicator = await refused(inForce.planId, 409, 'INDICATORS_VIA_UPDATE', () =>
      t.api.post(`${inForce.plan}/indicators?lang=en`, { ...newIndicator, targets: { '2025': 1 } }),
    );
    expect(indicator.details).toEqual([
      {
        path: 'code',
        code: 'INDICATORS_VIA_UPDATE',
        message: 'Adding PG1.1.4: through the "indicators" of a plan update',
      },
    ]);
    await refused(inForce.planId, 409, 'CONTENT_VIA_UPDATE', () =>
      t.api.post(`${inForce.plan}/aims`, { code: 'A2', title: 'Yeni amaç' }),
    );
    await refused(inForce.planId, 409, 'CONTENT_VIA_UPDATE', () =>
      t.api.post(`${inForce.plan}/targets`, {
        aim: 'A1',
        code: 'H1.3',
        title: 'Yeni',
        responsibleUnit: 'PARK',
      }),
    );
    await refused(inForce.planId, 409, 'CONTENT_VIA_UPDATE', () =>
      t.api.post(`${inForce.plan}/core-values`, { title: 'Katılımcılık' }),
    );
    await refused(inForce.planId, 409, 'CONTENT_VIA_UPDATE', () =>
      t.api.patch(`${inForce.plan}/core-values/1`, { title: 'Şeffaflık' }),
    );
    await refused(inForce.planId, 409, 'CONTENT_VIA_UPDATE', () =>
      t.api.delete(`${inForce.plan}/core-values/1`),
    );
  });

  it('refuses PATCH of the mission and the other content fields; a form sent back unchanged and the colour bands pass', async () => {
    const mission = await refused(inForce.planId, 409, 'CONTENT_VIA_UPDATE', () =>
      t.api.patch(`${inForce.plan}?lang=en`, { mission: 'Yeni misyon' }),
    );
    expect(mission.details).toEqual([
      {
        path: 'mission',
        code: 'CONTENT_VIA_UPDATE',
        message:
          'Changing mission: no plan update carries it (an update keeps mission, vision, aims and the rest of the plan, UPDATE_RULES)',
      },
    ]);
    const several = await refused(inForce.planId, 409, 'CONTENT_VIA_UPDATE', () =>
      t.api.patch(inForce.plan, {
        title: 'Başka plan',
        vision: 'Başka vizyon',
        costing: { generalAdministration: { '2025': 1 } },
        settings: { clampTargetRates: false, aimAggregation: 'cost-weighted' },
      }),
    );
    expect(several.details?.map((detail) => detail.path)).toEqual([
      'title',
      'vision',
      'costing',
      'settings.clampTargetRates',
      'settings.aimAggregation',
    ]);
    // What PlanResponse gives, sent back, changes nothing; the colour bands are no content.
    const read = (await t.api.get<PlanResponse>(inForce.plan)).body;
    const patched = await ok(
      t.api.patch<PlanResponse>(inForce.plan, {
        title: read.title,
        mission: read.mission,
        vision: read.vision,
        settings: { ...read.settings, statusThresholds: { good: 90, warning: 60 } },
      }),
    );
    expect(patched.settings.statusThresholds).toEqual({ good: 90, warning: 60 });
    expect(patched.mission).toBe(read.mission);
  });

  it('refuses PATCH of an aim title, a target card and an indicator field, naming the update field that carries each', async () => {
    await refused(inForce.planId, 409, 'CONTENT_VIA_UPDATE', () =>
      t.api.patch(`${inForce.plan}/aims/A1`, { title: 'Başka amaç' }),
    );
    const lists = await refused(inForce.planId, 409, 'CARDS_VIA_UPDATE', () =>
      t.api.patch(`${inForce.plan}/targets/H1.1?lang=en`, {
        risks: ['Yeni risk'],
        costEstimate: { '2027': 5 },
      }),
    );
    expect(lists.details).toEqual([
      {
        path: 'costEstimate',
        code: 'CARDS_VIA_UPDATE',
        message: 'Changing H1.1 costEstimate: through the "cards" of a plan update',
      },
      {
        path: 'risks',
        code: 'CARDS_VIA_UPDATE',
        message: 'Changing H1.1 risks: through the "cards" of a plan update',
      },
    ]);
    const card = await refused(inForce.planId, 409, 'CONTENT_VIA_UPDATE', () =>
      t.api.patch(`${inForce.plan}/targets/H1.1`, {
        title: 'Başka hedef',
        responsibleUnit: 'ZABITA',
        risks: ['Yeni'],
      }),
    );
    expect(card.details?.map((detail) => [detail.path, detail.code])).toEqual([
      ['title', 'CONTENT_VIA_UPDATE'],
      ['responsibleUnit', 'CONTENT_VIA_UPDATE'],
      ['risks', 'CARDS_VIA_UPDATE'],
    ]);
    await refused(inForce.planId, 409, 'CONTENT_VIA_UPDATE', () =>
      t.api.patch(`${inForce.plan}/indicators/PG1.1.1`, { name: 'Başka ad', targets: { '2025': 1 } }),
    );
    // The card as TargetResponse gives it, sent back, changes nothing.
    const target = (await t.api.get<Record<string, unknown>>(`${inForce.plan}/targets/H1.1`)).body;
    await ok(
      t.api.patch(`${inForce.plan}/targets/H1.1`, {
        title: target.title,
        responsibleUnit: target.responsibleUnit,
        collaboratingUnits: target.collaboratingUnits,
        risks: target.risks,
        controls: target.controls,
        activities: target.activities,
        costEstimate: target.costEstimate,
      }),
    );
  });

  it('carries what it refused through an update the administrator approves: targets, weights and an added indicator reach progress', async () => {
    const { planId, plan, institutionId } = await importPlan();
    const email = `yonetici-${planId}@integrity.test`;
    const user = await ok(
      t.api.post<MeResponse>('/api/users', { email, name: 'Yönetici', password: PASSWORD }),
      201,
    );
    await ok(t.api.put(`/api/institutions/${institutionId}/members/${user.id}`, { role: 'admin' }));
    const admin = await t.login(email, PASSWORD);

    await refused(planId, 409, 'TARGETS_VIA_UPDATE', () =>
      t.api.patch(`${plan}/indicators/PG1.1.1`, {
        targets: { '2025': 120000, '2026': 140000, '2027': 150000, '2028': 180000, '2029': 200000 },
      }),
    );
    const proposed = await ok(
      t.api.post<PlanVersionResponse>(`${plan}/updates`, {
        effectiveYear: 2027,
        reason: 'Kamulaştırma gecikti',
        targets: { 'PG1.1.1': { '2027': 150000 } },
        weights: { 'PG1.1.1': 30 },
        indicators: [newIndicator],
      }),
      201,
    );
    await ok(admin.post(`${plan}/versions/${proposed.number}/approve`, {}));
    const of = (progress: ProgressResponse, code: string) =>
      progress.aims[0].targets[0].indicators.find((indicator) => indicator.code === code);
    const y2027 = await ok(t.api.get<ProgressResponse>(`${plan}/progress?period=2027`));
    expect(of(y2027, 'PG1.1.1')).toMatchObject({ weight: 30, target: 150000 });
    expect(of(y2027, 'PG1.1.4')).toMatchObject({ weight: 10, target: 100 });
    // 2025 keeps the version in force then: old weight, no added indicator.
    const y2025 = await ok(t.api.get<ProgressResponse>(`${plan}/progress?period=2025`));
    expect(of(y2025, 'PG1.1.1')).toMatchObject({ weight: 40, target: 120000 });
    expect(of(y2025, 'PG1.1.4')).toBeUndefined();
  });
});

describe('a plan with the council keeps what the council votes on', () => {
  it('refuses content edits naming the withdraw step; withdrawn to a draft, it is changed and submitted again', async () => {
    const { planId, plan } = await importPlan({ status: 'meclis-onayinda', valueStatus: null });
    const body = await refused(planId, 409, 'CONTENT_VIA_UPDATE', () =>
      t.api.patch(`${plan}?lang=en`, { mission: 'Meclis öncesi düzeltme' }),
    );
    expect(body.message).toContain(`POST /api/plans/${planId}/lifecycle/withdraw`);
    await refused(planId, 409, 'CONTENT_VIA_UPDATE', () => t.api.delete(`${plan}/targets/H1.2`));

    const early = expectError(
      await t.api.post(`${plan}/lifecycle/withdraw`, { date: '2024-09-01' }),
      400,
      'DATE_ORDER',
    );
    expect(early.details?.[0].path).toBe('date');
    const withdrawn = await ok(
      t.api.post<PlanResponse>(`${plan}/lifecycle/withdraw`, { date: '2024-09-03' }),
    );
    expect(withdrawn).toMatchObject({ status: 'taslak', submittedToCouncil: null });
    const audit = await t.dataSource.query<Array<{ reason: string }>>(
      `SELECT reason FROM audit_log WHERE plan_id = $1 AND entity = 'plan' AND action = 'update' ORDER BY id DESC LIMIT 1`,
      [planId],
    );
    expect(audit).toEqual([{ reason: 'meclisten geri çekildi: 2024-09-03' }]);
    expect((await ok(t.api.patch<PlanResponse>(plan, { mission: 'Meclis öncesi düzeltme' }))).mission).toBe(
      'Meclis öncesi düzeltme',
    );
    expectError(await t.api.post(`${plan}/lifecycle/withdraw`, { date: '2024-09-04' }), 409, 'PLAN_STATUS');
    const again = await ok(t.api.post<PlanResponse>(`${plan}/lifecycle/submit`, { date: '2024-09-06' }));
    expect(again).toMatchObject({ status: 'meclis-onayinda', submittedToCouncil: '2024-09-06' });
  });

  it('is withdrawn past the election deadline too: the draft is late, which ELECTION_DEADLINE warns of and never blocks', async () => {
    const { plan } = await importPlan({ status: 'meclis-onayinda', pastDeadline: true });
    const withdrawn = await ok(
      t.api.post<PlanResponse>(`${plan}/lifecycle/withdraw`, { date: '2024-09-03' }),
    );
    expect(withdrawn).toMatchObject({ status: 'taslak', submittedToCouncil: null });
    expect(withdrawn.preparation).toMatchObject({ deadline: '2024-09-30', judgedOn: { basis: 'today' } });
    expect(withdrawn.preparation.daysLate).toBeGreaterThan(0);
    const validation = await ok(t.api.get<ValidationResponse>(`${plan}/validation`));
    expect(validation.issues.map(({ code, severity }) => [code, severity])).toEqual([
      ['ELECTION_DEADLINE', 'warning'],
    ]);
  });
});

describe('approved values are never deleted', () => {
  it('refuses to delete an indicator, a target or an aim holding approved values, even in a draft (409 HOLDS_APPROVED_VALUES)', async () => {
    const { planId, plan } = await importPlan({ status: 'taslak' });
    const indicator = await refused(planId, 409, 'HOLDS_APPROVED_VALUES', () =>
      t.api.delete(`${plan}/indicators/PG1.1.1?lang=en`),
    );
    expect(indicator).toMatchObject({
      message:
        'PG1.1.1 holds 2 approved value(s) of 1 indicator(s) and cannot be deleted: approved values are never deleted',
      details: [
        {
          path: 'indicators.PG1.1.1',
          code: 'HOLDS_APPROVED_VALUES',
          message: 'PG1.1.1: 2 approved value(s) of 1 indicator(s)',
        },
      ],
    });
    const target = await refused(planId, 409, 'HOLDS_APPROVED_VALUES', () =>
      t.api.delete(`${plan}/targets/H1.1?lang=en`),
    );
    expect(target.details?.map((detail) => [detail.path, detail.message])).toEqual([
      ['indicators.PG1.1.1', 'PG1.1.1: 2 approved value(s) of 1 indicator(s)'],
      ['indicators.PG1.1.2', 'PG1.1.2: 1 approved value(s) of 1 indicator(s)'],
      ['indicators.PG1.1.3', 'PG1.1.3: 1 approved value(s) of 1 indicator(s)'],
    ]);
    const aim = await refused(planId, 409, 'HOLDS_APPROVED_VALUES', () =>
      t.api.delete(`${plan}/aims/A1?lang=en`),
    );
    expect(aim.message).toBe(
      'A1 holds 5 approved value(s) of 4 indicator(s) and cannot be deleted: approved values are never deleted',
    );
    expect(aim.details?.map((detail) => [detail.path, detail.message])).toEqual([
      ['targets.H1.1', 'H1.1: 4 approved value(s) of 3 indicator(s)'],
      ['targets.H1.2', 'H1.2: 1 approved value(s) of 1 indicator(s)'],
    ]);
    // A plan in force answers the same: the approved values, not the update route, are the reason.
    const inForce = await importPlan();
    await refused(inForce.planId, 409, 'HOLDS_APPROVED_VALUES', () =>
      t.api.delete(`${inForce.plan}/targets/H1.2`),
    );
  });

  it('deletes what holds no approved value in a draft, its other values with it', async () => {
    const { planId, plan } = await importPlan({ status: 'taslak', valueStatus: 'submitted' });
    const rows = await t.countRows();
    await ok(t.api.delete(`${plan}/targets/H1.2`), 204);
    expect(await t.countRows()).toMatchObject({
      targets: rows.targets - 1,
      indicators: rows.indicators - 1,
      indicator_values: rows.indicator_values - 1,
    });
    expect((await t.api.get<PlanResponse>(`/api/plans/${planId}`)).body.counts.targets).toBe(1);
  });

  it('refuses to delete a plan (a closed one too) or an institution holding approved values', async () => {
    const { planId, plan, institutionId } = await importPlan({ status: 'kapandi' });
    const title = '2025-2029 Stratejik Planı';
    const planRefusal = await refused(planId, 409, 'HOLDS_APPROVED_VALUES', () =>
      t.api.delete(`${plan}?lang=en`),
    );
    expect(planRefusal).toMatchObject({
      message: `${title} holds 5 approved value(s) of 4 indicator(s) and cannot be deleted: approved values are never deleted`,
      details: [
        {
          path: 'aims.A1',
          code: 'HOLDS_APPROVED_VALUES',
          message: 'A1: 5 approved value(s) of 4 indicator(s)',
        },
      ],
    });
    const name = (await t.api.get<{ name: string }>(`/api/institutions/${institutionId}`)).body.name;
    const institution = await refused(planId, 409, 'HOLDS_APPROVED_VALUES', () =>
      t.api.delete(`/api/institutions/${institutionId}?lang=en`),
    );
    expect(institution).toMatchObject({
      message: `${name} holds 5 approved value(s) of 4 indicator(s) and cannot be deleted: approved values are never deleted`,
      details: [
        {
          path: `plans.${planId}`,
          code: 'HOLDS_APPROVED_VALUES',
          message: `${title} (2025–2029): 5 approved value(s) of 4 indicator(s)`,
        },
      ],
    });
    // Without approved values, both go.
    const draft = await importPlan({ status: 'taslak', valueStatus: 'submitted' });
    await ok(t.api.delete(draft.plan), 204);
    await ok(t.api.delete(`/api/institutions/${draft.institutionId}`), 204);
  });

  it('the database itself refuses to delete an approved value, directly or through a cascade', async () => {
    const { planId } = await importPlan({ status: 'taslak' });
    const before = await state(planId);
    await expect(
      t.dataSource.query(`DELETE FROM indicator_values WHERE plan_id = $1 AND status = 'approved'`, [planId]),
    ).rejects.toMatchObject({ driverError: { code: '23503' } });
    await expect(t.dataSource.query('DELETE FROM plans WHERE id = $1', [planId])).rejects.toMatchObject({
      driverError: { code: '23503' },
    });
    expect(await state(planId)).toEqual(before);
    // Entries that are not approved are deleted as before (the workflow's DELETE of a draft).
    await t.dataSource.query(
      `UPDATE indicator_values SET status = 'draft' WHERE plan_id = $1 AND period = '2025-H1'`,
      [planId],
    );
    await t.dataSource.query(`DELETE FROM indicator_values WHERE plan_id = $1 AND status = 'draft'`, [
      planId,
    ]);
  });
});
