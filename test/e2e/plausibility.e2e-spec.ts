import { describe, expect, it, jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type { PlanDocument, TargetDoc } from '../../src/contracts/plan-document.js';
import type { ProgressResponse } from '../../src/contracts/progress.js';
import type {
  IndicatorResponse,
  IndicatorValueResponse,
  PlanResponse,
} from '../../src/contracts/resources.js';
import type { ValueImportResponse } from '../../src/contracts/value-imports.js';
import { XLSX_CONTENT_TYPE } from '../../src/contracts/workbooks.js';
import type { ApprovalQueueResponse, WorklistResponse } from '../../src/contracts/workflow.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { KUMULATIF_H1_FIGURES } from '../../src/modules/plans/test-fixtures.js';
import type { ApiResponse } from '../support/api-client.js';
import { expectError } from '../support/expect-error.js';
import { importPlan, ok, refusedUnchanged } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

/**
 * Issue 11 points 1, 4, 6 and 7 over HTTP: the plan settings of the figures, half-year targets,
 * the plausibility rule on entry (one by one and by workbook) and entry rows that say what the
 * number means. Every expected figure is worked out in the comment beside it.
 *
 * The worked example (domain.md 4.4) plus target H1.3 (unit PARK) with one cumulative indicator,
 * trees planted: A = 10,300, B₂₀₂₅ = 16,300, B₂₀₂₆ = 20,000 … no entries.
 */

jest.setTimeout(30_000);

const t = useTestApp();
let serial = 0;

function document(): PlanDocument {
  serial += 1;
  const doc = workedExampleDocument({ institutionName: `Olağanlık Belediyesi ${serial}` });
  const trees: TargetDoc = {
    code: 'H1.3',
    title: 'Kenti ağaçlandırmak',
    responsibleUnit: 'PARK',
    indicators: [
      {
        code: 'PG1.3.1',
        name: 'Dikilen ağaç',
        unit: 'adet',
        weight: 100,
        direction: 'artis',
        valueType: 'kumulatif',
        method: 'F1',
        baseline: 10300,
        targets: { '2025': 16300, '2026': 20000, '2027': 24000, '2028': 28000, '2029': 32000 },
        monitoringMonths: 6,
      },
    ],
  };
  doc.plan.aims[0].targets.push(trees);
  return doc;
}

async function freshPlan(doc = document(), periods = ['2025-H1', '2026-H1']): Promise<string> {
  const { plan } = await importPlan(t.api, doc);
  for (const period of periods) await ok(t.api.post(`${plan}/periods`, { period }), 201);
  return plan;
}

async function valueOf(
  plan: string,
  code: string,
  period: string,
): Promise<IndicatorValueResponse | undefined> {
  const values = await ok(t.api.get<IndicatorValueResponse[]>(`${plan}/indicators/${code}/values`));
  return values.find((value) => value.period === period);
}

describe('plan settings: minCoverage, midYearBands, plausibility', () => {
  it('a PATCH out of range answers 400 with a detail per setting and changes nothing', async () => {
    const plan = await freshPlan(document(), []);
    const body = await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      t.api.patch(plan, {
        settings: {
          minCoverage: 120,
          midYearBands: { onTrack: 20, behind: 40 },
          plausibility: { low: 1.5, high: 3 },
        },
      }),
    );
    expect(body.details?.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'settings.minCoverage', code: 'OUT_OF_RANGE' },
      { path: 'settings.midYearBands', code: 'OUT_OF_RANGE' },
      { path: 'settings.plausibility', code: 'OUT_OF_RANGE' },
    ]);
    expect((await ok(t.api.get<PlanResponse>(plan))).settings).not.toHaveProperty('plausibility');
  });

  it('a plan in force takes them (no rate depends on them), and the plan document carries them both ways', async () => {
    const plan = await freshPlan(document(), []);
    const settings = { minCoverage: 30, midYearBands: null, plausibility: { low: 0.25, high: 4 } };
    const patched = await ok(t.api.patch<PlanResponse>(plan, { settings }));
    expect(patched.settings).toMatchObject(settings);
    const exported = await ok(t.api.get<PlanDocument>(`${plan}/document`));
    expect(exported.plan.settings).toMatchObject(settings);
    exported.institution.name = `${exported.institution.name} (kopya)`;
    const copy = await importPlan(t.api, exported);
    expect((await ok(t.api.get<PlanResponse>(copy.plan))).settings).toMatchObject(settings);
  });

  it('entry and approval deadlines: whole days 0–365, refused otherwise with nothing changed; taken by the worklist', async () => {
    const plan = await freshPlan(document(), ['2026-H1']);
    const body = await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      t.api.patch(plan, { settings: { entryDeadlineDays: -1, approvalDeadlineDays: 2.5 } }),
    );
    expect(body.details?.map(({ path }) => path).sort()).toEqual([
      'settings.approvalDeadlineDays',
      'settings.entryDeadlineDays',
    ]);
    await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      t.api.patch(plan, { settings: { entryDeadlineDays: 366 } }),
    );
    const before = await ok(t.api.get<WorklistResponse>(`${plan}/worklist`));
    expect([before.periods[0].entryDeadline, before.periods[0].approvalDeadline]).toEqual([
      '2026-07-15',
      '2026-07-30',
    ]);
    const settings = { entryDeadlineDays: 10, approvalDeadlineDays: 45 };
    expect((await ok(t.api.patch<PlanResponse>(plan, { settings }))).settings).toMatchObject(settings);
    const after = await ok(t.api.get<WorklistResponse>(`${plan}/worklist`));
    expect([after.periods[0].entryDeadline, after.periods[0].approvalDeadline]).toEqual([
      '2026-07-10',
      '2026-08-14',
    ]);
    const exported = await ok(t.api.get<PlanDocument>(`${plan}/document`));
    expect(exported.plan.settings).toMatchObject(settings);
    exported.plan.settings = { ...exported.plan.settings, entryDeadlineDays: 1000 };
    const refused = await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      t.api.post('/api/plans/import', exported),
    );
    expect(refused.details).toEqual([
      expect.objectContaining({ path: 'plan.settings.entryDeadlineDays', code: 'OUT_OF_RANGE' }),
    ]);
  });

  it('a plan document with a setting out of range is refused with its path', async () => {
    const doc = document();
    doc.plan.settings = { ...doc.plan.settings, plausibility: { low: 0, high: 2 } };
    const body = await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      t.api.post('/api/plans/import', doc),
    );
    expect(body.details).toEqual([
      expect.objectContaining({ path: 'plan.settings.plausibility', code: 'OUT_OF_RANGE' }),
    ]);
  });
});

describe('plausibility on entry (PUT of a value)', () => {
  // PG1.1.1 park area: A 100,000, B 120,000 … 200,000, earlier entries 108,000 and 115,000.
  // Plausible range with the default factors: 0.5 × 100,000 = 50,000 to 2 × 200,000 = 400,000.
  const route = (plan: string): string => `${plan}/indicators/PG1.1.1/values/2026-H1`;

  it('refuses an implausible value without a note (blank counts as none), naming the range, and stores nothing', async () => {
    const plan = await freshPlan();
    for (const note of [undefined, '   ']) {
      const body = await refusedUnchanged(t, 400, 'VALUE_IMPLAUSIBLE_NOTE', () =>
        t.api.put(route(plan), { value: 3, ...(note === undefined ? {} : { note }) }),
      );
      expect(body.message).toContain('50.000 – 400.000');
      expect(body.details).toEqual([
        expect.objectContaining({
          path: 'note',
          code: 'VALUE_IMPLAUSIBLE_NOTE',
          period: '2026-H1',
          value: 3,
          compared: 3,
          range: { low: 50000, high: 400000 },
        }),
      ]);
    }
    const english = expectError(
      await t.api.put(`${route(plan)}?lang=en`, { value: 900000 }),
      400,
      'VALUE_IMPLAUSIBLE_NOTE',
    );
    expect(english.message).toContain('expected range 50,000 – 400,000');
    expect(await valueOf(plan, 'PG1.1.1', '2026-H1')).toBeUndefined();
  });

  it('stores it with a note, marked implausible, and the approval queue shows the mark', async () => {
    const plan = await freshPlan();
    const saved = await ok(
      t.api.put<IndicatorValueResponse>(route(plan), { value: 3, note: 'Parkların yenilenmesi sürüyor' }),
      201,
    );
    expect(saved).toMatchObject({ value: 3, implausible: true, status: 'draft' });
    // A plausible value in its place clears the mark.
    expect(await ok(t.api.put<IndicatorValueResponse>(route(plan), { value: 125000 }))).toMatchObject({
      implausible: false,
    });
    await ok(t.api.put(route(plan), { value: 3, note: 'Parkların yenilenmesi sürüyor' }));
    await ok(t.api.post(`${route(plan)}/submit`, {}), 200);
    const queue = await ok(t.api.get<ApprovalQueueResponse>(`${plan}/approval-queue`));
    const item = queue.units.flatMap((unit) => unit.items).find((entry) => entry.indicator === 'PG1.1.1');
    expect(item).toMatchObject({
      period: '2026-H1',
      value: 3,
      implausible: true,
      plausibility: { compared: 3, low: 50000, high: 400000 },
    });
  });

  it("uses the plan's factors: a wider range accepts what the default refuses", async () => {
    const plan = await freshPlan();
    await ok(t.api.patch(plan, { settings: { plausibility: { low: 0.01, high: 10 } } }));
    // 0.01 × 100,000 = 1,000 ≤ 30,000: plausible now.
    expect(await ok(t.api.put<IndicatorValueResponse>(route(plan), { value: 30000 }), 201)).toMatchObject({
      implausible: false,
    });
  });
});

describe('plausibility in the values workbook', () => {
  async function template(plan: string): Promise<ExcelJS.Workbook> {
    const response = await fetch(`${t.baseUrl}${plan}/periods/2026-H1/values-workbook`, {
      headers: { authorization: `Bearer ${t.api.token ?? ''}` },
    });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    return workbook;
  }

  async function upload(plan: string, workbook: ExcelJS.Workbook): Promise<ApiResponse<ErrorBody>> {
    const response = await fetch(`${t.baseUrl}${plan}/periods/2026-H1/values-workbook`, {
      method: 'POST',
      body: new Uint8Array(Buffer.from(await workbook.xlsx.writeBuffer())),
      headers: { 'content-type': XLSX_CONTENT_TYPE, authorization: `Bearer ${t.api.token ?? ''}` },
    });
    return { status: response.status, body: (await response.json()) as ErrorBody, headers: response.headers };
  }

  /** Sets the value (J) and note (K) of the row of `code`. */
  function fill(workbook: ExcelJS.Workbook, code: string, value: number, note?: string): void {
    const sheet = workbook.getWorksheet('Değerler') as ExcelJS.Worksheet;
    sheet.eachRow((row, number) => {
      if (number <= 3 || row.getCell('C').value !== code) return;
      row.getCell('J').value = value;
      if (note !== undefined) row.getCell('K').value = note;
    });
  }

  it('is all or nothing: one implausible row without a note fails the import with its row, and nothing is written', async () => {
    const plan = await freshPlan();
    const workbook = await template(plan);
    fill(workbook, 'PG1.1.1', 130000); // plausible
    fill(workbook, 'PG1.1.2', 60); // A 10, B 8 … 5, earlier 7: above 2 × 10 = 20
    const before = await t.countRows();
    const body = expectError(await upload(plan, workbook), 400, 'IMPORT_INVALID');
    expect(body.details).toEqual([
      expect.objectContaining({ code: 'VALUE_IMPLAUSIBLE_NOTE', sheet: 'Değerler', column: 'K' }),
    ]);
    expect(body.details?.[0].message).toContain('2,5 – 20');
    expect(await t.countRows()).toEqual(before);

    fill(workbook, 'PG1.1.2', 60, 'Yeni şikâyet sistemi');
    const accepted = await upload(plan, workbook);
    expect(accepted.status).toBe(200);
    expect((accepted.body as unknown as ValueImportResponse).created).toBe(2);
    expect(await valueOf(plan, 'PG1.1.2', '2026-H1')).toMatchObject({ value: 60, implausible: true });
    expect(await valueOf(plan, 'PG1.1.1', '2026-H1')).toMatchObject({ value: 130000, implausible: false });
  });
});

describe('half-year targets', () => {
  it('round-trips through the plan document, is shown on the indicator and measures the H1 rate', async () => {
    const doc = document();
    doc.plan.aims[0].targets[0].indicators[0].halfYearTargets = { '2026': 125000 };
    const plan = await freshPlan(doc, ['2026-H1']);
    expect(await ok(t.api.get<IndicatorResponse>(`${plan}/indicators/PG1.1.1`))).toMatchObject({
      halfYearTargets: { '2026': 125000 },
    });
    const exported = await ok(t.api.get<PlanDocument>(`${plan}/document`));
    expect(exported.plan.aims[0].targets[0].indicators[0].halfYearTargets).toEqual({ '2026': 125000 });
    expect(exported.plan.aims[0].targets[1].indicators[0]).not.toHaveProperty('halfYearTargets');

    await ok(t.api.put(`${plan}/indicators/PG1.1.1/values/2026-H1`, { value: 120000 }), 201);
    const progress = await ok(t.api.get<ProgressResponse>(`${plan}/progress?period=2026-H1&basis=all`));
    const pg111 = progress.aims[0].targets[0].indicators.find((item) => item.code === 'PG1.1.1');
    // (120,000 − 100,000) / (125,000 − 100,000) × 100 = 80, against the half-year target.
    expect(pg111).toMatchObject({ target: 125000, targetBasis: 'half-year', actual: 120000, rate: 80 });
    expect(progress.explanation.tr.join(' ')).toContain('yarıyıl hedefine göre');
  });

  it('the indicator resource takes plan years only (400 NOT_PLAN_YEAR) and clears them with null', async () => {
    const doc = document();
    doc.plan.status = 'taslak';
    const plan = await freshPlan(doc, []);
    const route = `${plan}/indicators/PG1.3.1`;
    const body = await refusedUnchanged(t, 400, 'NOT_PLAN_YEAR', () =>
      t.api.patch(route, { halfYearTargets: { '2026': 18000, '2031': 1 } }),
    );
    expect(body.details).toEqual([expect.objectContaining({ path: 'halfYearTargets.2031' })]);
    expectError(await t.api.patch(route, { halfYearTargets: { '2026': 'x' } }), 400, 'VALIDATION_FAILED');
    expect(
      await ok(t.api.patch<IndicatorResponse>(route, { halfYearTargets: { '2026': 18000 } })),
    ).toMatchObject({
      halfYearTargets: { '2026': 18000 },
    });
    expect(await ok(t.api.patch<IndicatorResponse>(route, { halfYearTargets: null }))).toMatchObject({
      halfYearTargets: {},
    });
  });
});

describe('entry and approval rows say what the number means', () => {
  it('a cumulative entry shows the C it makes, B and the rate, on the worklist and in the approval queue', async () => {
    const plan = await freshPlan(document(), ['2025-H1']);
    await ok(t.api.put(`${plan}/indicators/PG1.3.1/values/2025-H1`, { value: 5200 }), 201);
    const worklist = await ok(t.api.get<WorklistResponse>(`${plan}/worklist`));
    const entry = worklist.periods
      .flatMap((period) => period.entries)
      .find((item) => item.indicator === 'PG1.3.1');
    // C = A + entries so far = 10,300 + 5,200 = 15,500 (not the 5,200 entered);
    // GO = (15,500 − 10,300) / (16,300 − 10,300) × 100 = 5,200 / 6,000 × 100 = 86.666667.
    const figures = KUMULATIF_H1_FIGURES;
    expect(entry).toMatchObject({
      period: '2025-H1',
      value: 5200,
      state: 'draft',
      implausible: false,
      figures,
    });

    await ok(t.api.post(`${plan}/indicators/PG1.3.1/values/2025-H1/submit`, {}));
    const queue = await ok(t.api.get<ApprovalQueueResponse>(`${plan}/approval-queue`));
    const item = queue.units.flatMap((unit) => unit.items).find((row) => row.indicator === 'PG1.3.1');
    expect(item).toMatchObject({ value: 5200, figures });
  });

  it('an entry C cannot be made from yet shows no C or rate and names the missing entry', async () => {
    const plan = await freshPlan(document(), ['2025']);
    const worklist = await ok(t.api.get<WorklistResponse>(`${plan}/worklist`));
    const entry = worklist.periods
      .flatMap((period) => period.entries)
      .find((item) => item.indicator === 'PG1.3.1');
    expect(entry).toMatchObject({
      period: '2025-H2',
      state: 'missing',
      figures: { assessmentPeriod: '2025', actual: null, rate: null, missingPeriods: ['2025-H1', '2025-H2'] },
    });
  });
});
