import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { PlanDocument } from '../../src/contracts/plan-document.js';
import type { PublicPlan } from '../../src/contracts/public.js';
import type { ImportResponse, IndicatorValueResponse, PlanResponse } from '../../src/contracts/resources.js';
import type { ValueImportResponse } from '../../src/contracts/value-imports.js';
import { XLSX_CONTENT_TYPE } from '../../src/contracts/workbooks.js';
import type { ApprovalQueueResponse, ValueStatus } from '../../src/contracts/workflow.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import type { ApiClient } from '../support/api-client.js';
import { expectError } from '../support/expect-error.js';
import { useTestApp } from '../support/use-test-app.js';
import { plannerAndAdmin, importPlan, ok } from '../support/requests.js';

/**
 * Issue 9, point 8: an import is no approval by one person, and a draft is not published.
 * Before: a planner alone imported a plan whose values were all approved and published it, and
 * drafts could be published (the public API showed them as "taslak").
 */

jest.setTimeout(30_000);

const INSTITUTION = 'Aktarım Belediyesi';
const PASSWORD = 'kestane-Ağacı-7319';
const DAYS_AGO_30 = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);

const t = useTestApp();
let planner: { client: ApiClient; id: string };
let admin: { client: ApiClient; id: string };

beforeAll(async () => {
  // The institution exists first (a superadmin's import), so its planner and administrator may import.
  const { institutionId } = await importPlan(t.api, document());
  ({ planner, admin } = await plannerAndAdmin(t, institutionId, 'imports.test', PASSWORD));
}, 60_000);

/** The worked example of the institution; its values approved unless `valueStatus` says otherwise. */
function document(valueStatus?: ValueStatus | null): PlanDocument {
  return workedExampleDocument({ institutionName: INSTITUTION, valueStatus });
}

async function valuesOf(planId: string, code = 'PG1.1.1'): Promise<IndicatorValueResponse[]> {
  return ok(t.api.get<IndicatorValueResponse[]>(`/api/plans/${planId}/indicators/${code}/values`));
}

async function statuses(planId: string): Promise<string[]> {
  const rows = await t.dataSource.query<Array<{ status: string }>>(
    'SELECT DISTINCT status FROM indicator_values WHERE plan_id = $1 ORDER BY status',
    [planId],
  );
  return rows.map((row) => row.status);
}

async function importReason(planId: string): Promise<string[]> {
  const rows = await t.dataSource.query<Array<{ reason: string }>>(
    `SELECT DISTINCT reason FROM audit_log WHERE plan_id = $1 AND entity = 'indicator_value' AND action = 'insert'`,
    [planId],
  );
  return rows.map((row) => row.reason);
}

describe('values of an imported plan document', () => {
  it("a planner's approved values arrive submitted, entered and submitted by the planner, with a warning", async () => {
    const imported = await ok(
      planner.client.post<ImportResponse>('/api/plans/import?lang=en', document()),
      201,
    );
    expect(imported.warnings).toEqual([
      {
        code: 'IMPORTED_AS_SUBMITTED',
        severity: 'warning',
        path: 'plan.aims[0].targets[0].indicators[0].values["2025-H1"].status',
        message:
          '5 approved value(s) were stored as submitted (the first at plan.aims[0].targets[0].indicators[0].values["2025-H1"].status): a planner\'s import approves nothing; another planner or an administrator approves them as usual',
      },
    ]);
    expect(await statuses(imported.id)).toEqual(['submitted']);
    const [first] = await valuesOf(imported.id);
    expect(first).toMatchObject({
      period: '2025-H1',
      status: 'submitted',
      enteredBy: planner.id,
      submittedBy: planner.id,
      submittedAt: expect.any(String),
      approvedBy: null,
    });
    // They wait in the approval queue; the planner cannot approve them, someone else does.
    const queue = await ok(
      planner.client.get<ApprovalQueueResponse>(`/api/plans/${imported.id}/approval-queue`),
    );
    expect(queue.total).toBe(5);
    await ok(t.api.post(`/api/plans/${imported.id}/periods`, { period: '2025-H1' }), 201);
    expectError(
      await planner.client.post(`/api/plans/${imported.id}/indicators/PG1.1.1/values/2025-H1/approve`),
      409,
      'SELF_APPROVAL',
    );
    const approved = await ok(
      admin.client.post<IndicatorValueResponse>(
        `/api/plans/${imported.id}/indicators/PG1.1.1/values/2025-H1/approve`,
      ),
    );
    expect(approved).toMatchObject({ status: 'approved', approvedBy: admin.id });
    expect(await importReason(imported.id)).toEqual(['plan import']);
  });

  it("keeps an administrator's statuses (historical data) and says so in the audit trail", async () => {
    const doc = document();
    doc.plan.aims[0].targets[0].indicators[0].values = {
      '2025-H1': { value: 108000, status: 'approved' },
      '2025-H2': { value: 115000, deviationReason: 'İhale gecikti', status: 'draft' },
    };
    const imported = await ok(admin.client.post<ImportResponse>('/api/plans/import', doc), 201);
    expect(imported.warnings).toEqual([]);
    expect(
      (await valuesOf(imported.id)).map((value) => [value.period, value.status, value.enteredBy]),
    ).toEqual([
      ['2025-H1', 'approved', admin.id],
      ['2025-H2', 'draft', admin.id],
    ]);
    expect(await importReason(imported.id)).toEqual(['plan import; geçmiş veri aktarımı (kurum yöneticisi)']);
    // An export → import round trip by the administrator gives the same statuses back.
    const exported = await ok(t.api.get<PlanDocument>(`/api/plans/${imported.id}/document`));
    const again = await ok(admin.client.post<ImportResponse>('/api/plans/import', exported), 201);
    expect((await ok(t.api.get<PlanDocument>(`/api/plans/${again.id}/document`))).plan).toEqual(
      exported.plan,
    );
  });

  it('stores values without a status as submitted, whoever imports them, a superadmin included', async () => {
    for (const client of [admin.client, t.api]) {
      const imported = await ok(client.post<ImportResponse>('/api/plans/import', document(null)), 201);
      expect(await statuses(imported.id)).toEqual(['submitted']);
      expect(await importReason(imported.id)).toEqual(['plan import']);
    }
  });

  it('a planner makes no approved value through the values workbook either: it is not theirs to upload', async () => {
    const imported = await ok(t.api.post<ImportResponse>('/api/plans/import', document(null)), 201);
    const plan = `/api/plans/${imported.id}`;
    await ok(t.api.post(`${plan}/periods`, { period: '2026-H1' }), 201);
    const route = `${plan}/periods/2026-H1/values-workbook`;
    const file = await fetch(`${t.baseUrl}${route}`, {
      headers: { authorization: `Bearer ${admin.client.token}` },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await file.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Değerler');
    if (!sheet) throw new Error('no Değerler sheet');
    sheet.getCell('J4').value = 130000;
    const body = new Uint8Array(Buffer.from(await workbook.xlsx.writeBuffer()));
    const send = (client: ApiClient): Promise<Response> =>
      fetch(`${t.baseUrl}${route}?submit=true`, {
        method: 'POST',
        body,
        headers: { 'content-type': XLSX_CONTENT_TYPE, authorization: `Bearer ${client.token}` },
      });
    expect((await send(planner.client)).status).toBe(403);
    const uploaded = await send(admin.client);
    expect(uploaded.status).toBe(200);
    expect(((await uploaded.json()) as ValueImportResponse).submitted).toBe(1);
    const entry = (await valuesOf(imported.id, sheet.getCell('C4').value as string)).find(
      (value) => value.period === '2026-H1',
    );
    expect(entry).toMatchObject({ status: 'submitted', submittedBy: admin.id, approvedBy: null });
  });
});

describe('publishing', () => {
  function draft(): PlanDocument {
    const doc = document();
    doc.plan.status = 'taslak';
    delete doc.plan.submittedToCouncil;
    delete doc.plan.councilDecision;
    doc.institution.electionDate = DAYS_AGO_30;
    return doc;
  }

  it('refuses a draft (409 PLAN_STATUS) and publishes it once submitted to the council; unpublishing is always allowed', async () => {
    const { id } = await ok(t.api.post<ImportResponse>('/api/plans/import', draft()), 201);
    const plan = `/api/plans/${id}`;
    const refused = expectError(await planner.client.post(`${plan}/publish?lang=en`), 409, 'PLAN_STATUS');
    expect(refused.message).toBe(
      'The plan is a draft; only a plan submitted to the council, in force or closed can be published',
    );
    expect((await t.api.get<PlanResponse>(plan)).body.publishedAt).toBeNull();
    expectError(await t.anonymous.get(`/api/public/plans/${id}`), 404, 'PLAN_NOT_FOUND');
    // A draft published before this rule can still be taken down.
    await t.dataSource.query('UPDATE plans SET published_at = now() WHERE id = $1', [id]);
    expect((await ok(planner.client.post<PlanResponse>(`${plan}/unpublish`))).publishedAt).toBeNull();

    await ok(planner.client.post(`${plan}/lifecycle/submit`, { date: DAYS_AGO_30 }));
    const published = await ok(planner.client.post<PlanResponse>(`${plan}/publish`));
    expect(published.publishedAt).toEqual(expect.any(String));
    expect((await ok(t.anonymous.get<PublicPlan>(`/api/public/plans/${id}`))).status).toBe('meclis-onayinda');
  });

  it("publishes a planner's imported plan in force without any of its values: none is approved", async () => {
    const { id } = await ok(planner.client.post<ImportResponse>('/api/plans/import', document()), 201);
    await ok(planner.client.post(`/api/plans/${id}/publish`));
    const shown = await ok(t.anonymous.get<PublicPlan>(`/api/public/plans/${id}`));
    const values = shown.aims.flatMap((aim) =>
      aim.targets.flatMap((target) => target.indicators.flatMap((indicator) => indicator.values)),
    );
    expect(values).toEqual([]);
  });
});
