import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { PlanDocument } from '../../src/contracts/plan-document.js';
import type { PlanRateResponse, ProgressResponse } from '../../src/contracts/progress.js';
import type { ImportResponse } from '../../src/contracts/resources.js';
import { reportUrl } from '../../src/contracts/reports.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { expectError } from '../support/expect-error.js';

/**
 * What a figure rests on, over HTTP: the basis (approved values by default, every entered value
 * when a staff screen asks for it), coverage and band beside every rate, and the period every
 * screen opens on.
 *
 * The plan is the worked example (domain.md 4.4): its 2025 values are approved historical data
 * (H1.1 65.0, H1.2 90.0, aim 77.5); the tests add values that wait for approval.
 */

let t: TestApp;
let serial = 0;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function importDocument(doc: PlanDocument): Promise<string> {
  const response = await t.api.post<ImportResponse>('/api/plans/import', doc);
  expect(response.status).toBe(201);
  return `/api/plans/${response.body.id}`;
}

/** The worked example plus values that wait for approval (status submitted). */
function exampleWithPending(pending: Record<string, Record<string, number>>): PlanDocument {
  serial += 1;
  const doc = workedExampleDocument({ institutionName: `Kapsam Belediyesi ${serial}` });
  for (const target of doc.plan.aims[0].targets) {
    for (const indicator of target.indicators) {
      for (const [period, value] of Object.entries(pending[indicator.code] ?? {})) {
        indicator.values = { ...indicator.values, [period]: { value, status: 'submitted' } };
      }
    }
  }
  return doc;
}

async function progress(plan: string, query: string): Promise<ProgressResponse> {
  const response = await t.api.get<ProgressResponse>(`${plan}/progress${query}`);
  expect(response.status).toBe(200);
  return response.body;
}

describe('the basis of a figure', () => {
  it('counts approved values only unless "all" is asked for, and says which it used', async () => {
    // A pending 2026-H1 park value of 130,000: (130,000 − 100,000) / (140,000 − 100,000) = 75.
    const plan = await importDocument(exampleWithPending({ 'PG1.1.1': { '2026-H1': 130000 } }));
    const approved = await progress(plan, '?period=2026-H1');
    expect(approved.basis).toBe('approved');
    expect(approved.rate).toBeNull();
    expect(approved.coverage).toMatchObject({ indicatorsWithData: 0, weightShare: 0, sufficient: false });
    expect(approved.band).toBe('none');
    const all = await progress(plan, '?period=2026-H1&basis=all');
    expect(all.basis).toBe('all');
    const h11 = all.aims[0].targets[0];
    expect(h11.rate).toBe(75);
    // One of the three 6-monthly indicators of H1.1 (40 of 100) and none of H1.2: (40 + 0) / 2.
    expect(h11.coverage).toEqual({
      indicatorsWithData: 1,
      indicatorsDue: 3,
      weightShare: 40,
      sufficient: false,
    });
    expect(all.coverage).toMatchObject({ indicatorsWithData: 1, indicatorsDue: 4, weightShare: 20 });
    expect(all.band).toBe('insufficient');
    expect(await progress(plan, '?period=2026-H1&basis=approved')).toEqual(approved);
  });

  it('gives the public the same figures as the council view on the same period', async () => {
    const plan = await importDocument(exampleWithPending({ 'PG1.1.1': { '2026-H1': 130000 } }));
    expect((await t.api.post(`${plan}/publish`, {})).status).toBe(200);
    const planId = plan.split('/').at(-1) as string;
    const council = await progress(plan, '?period=2025');
    const citizens = await t.anonymous.get<ProgressResponse>(
      `/api/public/plans/${planId}/progress?period=2025`,
    );
    expect(citizens.status).toBe(200);
    expect(council.rate).toBe(77.5);
    expect(citizens.body.rate).toBe(council.rate);
    expect(citizens.body.coverage).toEqual(council.coverage);
    expect(citizens.body.band).toBe(council.band);
    // At 2026-H1 the pending value moves neither.
    const councilJune = await progress(plan, '?period=2026-H1');
    const citizensJune = await t.anonymous.get<ProgressResponse>(
      `/api/public/plans/${planId}/progress?period=2026-H1`,
    );
    expect([councilJune.rate, citizensJune.body.rate]).toEqual([null, null]);
  });

  it('gives the council view, the İzleme workbook and the public page one number, which a pending value moves in none', async () => {
    // PG1.1.2 has no 30 June 2025 value in the worked example; here one waits for approval.
    const plan = await importDocument(exampleWithPending({ 'PG1.1.2': { '2025-H1': 40 } }));
    expect((await t.api.post(`${plan}/publish`, {})).status).toBe(200);
    const planId = plan.split('/').at(-1) as string;
    const council = await progress(plan, '?period=2025-H1');
    const withPending = await progress(plan, '?period=2025-H1&basis=all');
    const citizens = await t.anonymous.get<ProgressResponse>(
      `/api/public/plans/${planId}/progress?period=2025-H1`,
    );
    const workbook = new ExcelJS.Workbook();
    const file = await fetch(`${t.baseUrl}${reportUrl(planId, 'monitoring', '2025-H1')}`, {
      headers: { authorization: `Bearer ${t.api.token ?? ''}` },
    });
    expect(file.status).toBe(200);
    await workbook.xlsx.load(await file.arrayBuffer());
    const sheet = workbook.getWorksheet('İzleme 2025-H1');
    const planRow = [...Array(sheet?.rowCount ?? 0).keys()]
      .map((index) => sheet?.getRow(index + 1))
      .find((row) => row?.getCell(2).text.startsWith('Plan gerçekleşme oranı'));

    // The pending value would move the rate (all entered values), so the test can tell.
    expect(withPending.rate).not.toBe(council.rate);
    // Approved basis everywhere: the 30 June figures of the worked example, the same number.
    expect(council.basis).toBe('approved');
    expect(council.rate).toBe(40);
    expect(citizens.body.rate).toBe(council.rate);
    expect(citizens.body.coverage).toEqual(council.coverage);
    expect(planRow?.getCell(8).value).toBe(council.rate);
  });

  it('refuses an unknown basis with 400 BASIS_INVALID in both languages', async () => {
    const plan = await importDocument(exampleWithPending({}));
    const tr = expectError(await t.api.get(`${plan}/progress?basis=hepsi`), 400, 'BASIS_INVALID');
    expect(tr.message).toContain('onay bekleyenler dahil');
    expect(tr.details).toEqual([{ path: 'basis', code: 'BASIS_INVALID', message: tr.message }]);
    const en = expectError(await t.api.get(`${plan}/progress?basis=hepsi&lang=en`), 400, 'BASIS_INVALID');
    expect(en.message).toContain('awaiting approval');
    expectError(await t.api.get('/api/progress?period=2025&basis=x'), 400, 'BASIS_INVALID');
  });

  it('gives the union-wide view the basis, coverage and band of each plan', async () => {
    const plan = await importDocument(exampleWithPending({ 'PG1.1.1': { '2026-H1': 130000 } }));
    const planId = plan.split('/').at(-1) as string;
    const rowOf = async (query: string): Promise<PlanRateResponse> => {
      const response = await t.api.get<PlanRateResponse[]>(`/api/progress?period=2026-H1${query}`);
      expect(response.status).toBe(200);
      return response.body.find((row) => row.planId === planId) as PlanRateResponse;
    };
    expect(await rowOf('')).toMatchObject({ basis: 'approved', rate: null, band: 'none' });
    const all = await rowOf('&basis=all');
    expect(all).toMatchObject({ basis: 'all', rate: 75, band: 'insufficient' });
    expect(all.coverage.weightShare).toBe(20);
  });
});

describe('the period a screen opens on', () => {
  it('opens on the latest period with approved values, not on a newer one holding only a pending value', async () => {
    // Today's latest ended period would be a later half year; the approved data are of 2025.
    const plan = await importDocument(exampleWithPending({ 'PG1.1.1': { '2026-H1': 3 } }));
    const opened = await progress(plan, '');
    expect(opened.period).toBe('2025');
    expect(opened.rate).toBe(77.5);
    expect(opened.coverage).toEqual({
      indicatorsWithData: 4,
      indicatorsDue: 4,
      weightShare: 100,
      sufficient: true,
    });
    expect(opened.band).toBe('warning');
  });

  it('opens on the latest closed period with approved values once periods are closed', async () => {
    const plan = await importDocument(exampleWithPending({}));
    for (const period of ['2025-H1', '2025']) {
      expect((await t.api.post(`${plan}/periods`, { period })).status).toBe(201);
    }
    // Close the year-end period only: 2025 is closed, 2025-H1 open; both hold approved values.
    const periods = await t.api.get<Array<{ period: string; version: number }>>(`${plan}/periods`);
    const year = periods.body.find((item) => item.period === '2025');
    const closed = await t.api.post(`${plan}/periods/2025/close`, { version: year?.version });
    expect(closed.status).toBe(200);
    expect((await progress(plan, '')).period).toBe('2025');
  });
});
