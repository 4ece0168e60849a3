import { beforeAll, describe, expect, it } from '@jest/globals';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type { PlanStatus } from '../../src/contracts/plan-document.js';
import type { IndicatorProgress, ProgressResponse, TargetProgress } from '../../src/contracts/progress.js';
import type {
  ImportResponse,
  IndicatorResponse,
  IndicatorValueResponse,
  PlanResponse,
} from '../../src/contracts/resources.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { UNSTEPPED_VALUE_FIELDS } from '../../src/modules/plans/test-fixtures.js';
import type { ApiClient, ApiResponse } from '../support/api-client.js';
import { correctAndApprove } from '../support/corrections.js';
import { expectError } from '../support/expect-error.js';
import { expectRowsChanged, refusedUnchanged } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

/**
 * Indicator values and progress over HTTP: the worked example of domain.md 4.4 end to end,
 * missing data (4.1–4.2), entry periods and value types (4.3), DEVIATION_REASON (5).
 * Every expected figure is worked out by hand in the comment beside it.
 */

const YEARS = ['2025', '2026', '2027', '2028', '2029'];

let serial = 0;

const t = useTestApp();

function yearly(start: number, step: number): Record<string, number> {
  return Object.fromEntries(YEARS.map((year, index) => [year, start + step * index]));
}

/** Assessment periods opened for every imported plan, so its 2025 and 2026 entries can be written. */
const OPEN_PERIODS = ['2025-H1', '2025', '2026-H1', '2026'];

/**
 * The worked example imported as a fresh plan (in force, or in `status`) with 2025 and 2026 open for entries;
 * `without` leaves imported values out ("PG1.1.1 2025-H2"). Returns its base route.
 */
async function importWorkedExample(without: string[] = [], status?: PlanStatus): Promise<string> {
  serial += 1;
  const doc = workedExampleDocument({ institutionName: `Örnek Belediyesi ${serial}` });
  if (status) doc.plan.status = status;
  for (const key of without) {
    const [code, period] = key.split(' ');
    const indicator = doc.plan.aims
      .flatMap((aim) => aim.targets.flatMap((target) => target.indicators))
      .find((item) => item.code === code);
    delete indicator?.values?.[period];
  }
  const response = await t.api.post<ImportResponse>('/api/plans/import', doc);
  expect(response.status).toBe(201);
  const plan = `/api/plans/${response.body.id}`;
  for (const period of OPEN_PERIODS) {
    expect((await t.api.post(`${plan}/periods`, { period })).status).toBe(201);
  }
  return plan;
}

async function progress(plan: string, period: string): Promise<ProgressResponse> {
  // The arithmetic of entered values: the staff basis, values awaiting approval included.
  const response = await t.api.get<ProgressResponse>(`${plan}/progress?period=${period}&basis=all`);
  expect(response.status).toBe(200);
  expect(response.body.period).toBe(period);
  return response.body;
}

function targetOf(response: ProgressResponse, code: string): TargetProgress {
  const target = response.aims.flatMap((aim) => aim.targets).find((item) => item.code === code);
  if (!target) throw new Error(`no target ${code} in the progress response`);
  return target;
}

function indicatorOf(response: ProgressResponse, code: string): IndicatorProgress {
  const indicator = response.aims
    .flatMap((aim) => aim.targets.flatMap((target) => target.indicators))
    .find((item) => item.code === code);
  if (!indicator) throw new Error(`no indicator ${code} in the progress response`);
  return indicator;
}

/** A write that must be refused with `status`/`code` and leave every table as it was. */
function rejected(status: number, code: string, request: () => Promise<ApiResponse>): Promise<ErrorBody> {
  return refusedUnchanged(t, status, code, request);
}

async function values(
  plan: string,
  code: string,
): Promise<Array<Pick<IndicatorValueResponse, 'period' | 'value' | 'deviationReason'>>> {
  const response = await t.api.get<IndicatorValueResponse[]>(`${plan}/indicators/${code}/values`);
  expect(response.status).toBe(200);
  return response.body.map(({ period, value, deviationReason }) => ({ period, value, deviationReason }));
}

async function put(
  plan: string,
  code: string,
  period: string,
  body: unknown,
  status: 200 | 201 = 201,
): Promise<IndicatorValueResponse> {
  const response = await t.api.put<IndicatorValueResponse>(
    `${plan}/indicators/${code}/values/${period}`,
    body,
  );
  expect({ code, period, status: response.status }).toEqual({ code, period, status });
  return response.body;
}

/** Four-eyes: what the superadmin entered is approved by a planner of the plan's institution. */
async function approverFor(plan: string): Promise<ApiClient> {
  const account = { email: `onaylayan${serial}@degerler.test`, password: 'approver-password-1' };
  const created = await t.api.post<{ id: string }>('/api/users', { ...account, name: 'Onaylayan' });
  expect(created.status).toBe(201);
  const { institution } = (await t.api.get<PlanResponse>(plan)).body;
  const granted = await t.api.put(`/api/institutions/${institution.id}/members/${created.body.id}`, {
    role: 'planner',
  });
  expect(granted.status).toBe(200);
  return t.login(account.email, account.password);
}

/** Submits an entry (where DEVIATION_REASON is checked); answers the response. */
function submit(plan: string, code: string, period: string): Promise<ApiResponse<IndicatorValueResponse>> {
  return t.api.post<IndicatorValueResponse>(`${plan}/indicators/${code}/values/${period}/submit`, {});
}

describe('the worked example of domain.md 4.4 over HTTP', () => {
  it('2025: GO 75 / 150 / −50 raw, 75 / 100 / 0 in the roll-up, H1.1 65, H1.2 90, aim A1 77.5', async () => {
    const plan = await importWorkedExample();
    const year = await progress(plan, '2025');
    expect(year.settings).toEqual({
      clampTargetRates: true,
      aimAggregation: 'mean',
      minCoverage: 50,
      statusThresholds: { good: 85, warning: 50 },
      midYearBands: { onTrack: 40, behind: 20 },
    });
    const h11 = targetOf(year, 'H1.1');
    expect(
      h11.indicators.map((item) => [item.code, item.formula, item.rate, item.rateUsed, item.effectiveWeight]),
    ).toEqual([
      ['PG1.1.1', 'F1', 75, 75, 40], // (115000 − 100000) / (120000 − 100000)
      ['PG1.1.2', 'F1', 150, 100, 35], // (7 − 10) / (8 − 10), decreasing without a flag
      ['PG1.1.3', 'F1', -50, 0, 25], // (45 − 50) / (60 − 50)
    ]);
    expect(indicatorOf(year, 'PG1.1.1')).toMatchObject({
      baseline: 100000,
      target: 120000,
      actual: 115000,
      actualPeriods: ['2025-H2'],
      finalTarget: 200000,
      planProgress: 15, // (115000 − 100000) / (200000 − 100000)
    });
    // HG = 0.40 × 75 + 0.35 × 100 + 0.25 × 0
    expect(h11).toMatchObject({
      rate: 65,
      weightWithData: 100,
      excludedWeightShare: 0,
      excluded: [],
      responsibleUnit: 'PARK',
      cost: 1000000,
    });
    // H1.2: (59 − 50) / (60 − 50) = 90; A1 = (65 + 90) / 2; the plan = mean of its one aim.
    expect(targetOf(year, 'H1.2').rate).toBe(90);
    expect(year.aims.map((aim) => [aim.code, aim.rate])).toEqual([['A1', 77.5]]);
    expect(year.rate).toBe(77.5);
    expect(year.explanation.en.join(' ')).toContain('GO = (C − A) / (B − A) × 100');
  });

  it('gives H1.1 70 once the plan setting clampTargetRates is off, and 65 again when it is back on', async () => {
    // A draft: the rate settings of a plan in force are its content, changed only by an update (issue 9).
    const plan = await importWorkedExample([], 'taslak');
    const patched = await t.api.patch<PlanResponse>(plan, { settings: { clampTargetRates: false } });
    expect(patched.status).toBe(200);
    expect(patched.body.settings).toEqual({ clampTargetRates: false, aimAggregation: 'mean' });
    const raw = await progress(plan, '2025');
    expect(raw.settings.clampTargetRates).toBe(false);
    // HG = 0.40 × 75 + 0.35 × 150 + 0.25 × (−50) = 30 + 52.5 − 12.5
    expect(targetOf(raw, 'H1.1').indicators.map((item) => item.rateUsed)).toEqual([75, 150, -50]);
    expect(targetOf(raw, 'H1.1').rate).toBe(70);
    expect(raw.aims[0].rate).toBe(80); // (70 + 90) / 2
    expect((await t.api.patch(plan, { settings: { clampTargetRates: true } })).status).toBe(200);
    expect(targetOf(await progress(plan, '2025'), 'H1.1').rate).toBe(65);
  });

  it('weights aims by cost under aimAggregation cost-weighted: H1.2 has no cost estimate, so A1 = H1.1', async () => {
    const plan = await importWorkedExample([], 'taslak');
    expect((await t.api.patch(plan, { settings: { aimAggregation: 'cost-weighted' } })).status).toBe(200);
    const year = await progress(plan, '2025');
    expect(year.settings.aimAggregation).toBe('cost-weighted');
    expect(year.aims[0].rate).toBe(65);
  });

  it('2025-H1 (30 June): PG1.1.1 108000 against the year-end target 120000 gives 40', async () => {
    const plan = await importWorkedExample();
    const june = await progress(plan, '2025-H1');
    expect(indicatorOf(june, 'PG1.1.1')).toMatchObject({
      actual: 108000,
      target: 120000,
      actualPeriods: ['2025-H1'],
      rate: 40,
      rateUsed: 40,
    });
    const h11 = targetOf(june, 'H1.1');
    // Only PG1.1.1 has a 30 June value: its weight is renormalised to 100.
    expect(h11.excluded.map((item) => [item.code, item.reason, item.missingPeriods])).toEqual([
      ['PG1.1.2', 'NO_DATA', ['2025-H1']],
      ['PG1.1.3', 'NO_DATA', ['2025-H1']],
    ]);
    expect(h11).toMatchObject({ rate: 40, weightWithData: 40, excludedWeightShare: 60 });
    expect(h11.indicators[0].effectiveWeight).toBe(100);
    expect(targetOf(june, 'H1.2').rate).toBeNull();
    expect(june.aims[0].rate).toBe(40);
  });

  it('2026: PG1.1.1 130000 against 140000 is 75 for the year and 30 of the way to 200000; the aim is the mean of its targets', async () => {
    const plan = await importWorkedExample();
    const entry = await put(plan, 'PG1.1.1', '2026-H2', {
      value: 130000,
      deviationReason: 'Kamulaştırma gecikti',
    });
    expect(entry).toMatchObject({
      period: '2026-H2',
      value: 130000,
      deviationReason: 'Kamulaştırma gecikti',
      version: 1,
    });
    let year = await progress(plan, '2026');
    expect(indicatorOf(year, 'PG1.1.1')).toMatchObject({
      baseline: 100000,
      target: 140000,
      actual: 130000,
      actualPeriods: ['2026-H2'],
      rate: 75, // (130000 − 100000) / (140000 − 100000)
      finalTarget: 200000,
      planProgress: 30, // (130000 − 100000) / (200000 − 100000)
    });
    // The other indicators have no 2026 value yet: H1.1 rests on PG1.1.1 alone.
    expect(targetOf(year, 'H1.1').rate).toBe(75);
    expect(targetOf(year, 'H1.1').excluded.map((item) => item.code)).toEqual(['PG1.1.2', 'PG1.1.3']);

    await put(plan, 'PG1.1.2', '2026-H2', { value: 7 }); // C = B: no reason needed; (7 − 10) / (7 − 10) = 100
    await put(plan, 'PG1.1.3', '2026-H2', { value: 65, deviationReason: 'Salon yetersiz' }); // (65 − 50) / (70 − 50) = 75
    await put(plan, 'PG1.2.1', '2026-H2', { value: 70 }); // C = B: 100
    year = await progress(plan, '2026');
    expect(targetOf(year, 'H1.1').indicators.map((item) => item.rate)).toEqual([75, 100, 75]);
    // 0.40 × 75 + 0.35 × 100 + 0.25 × 75 = 83.75; A1 = (83.75 + 100) / 2
    expect(targetOf(year, 'H1.1').rate).toBeCloseTo(83.75, 6);
    expect(targetOf(year, 'H1.2').rate).toBe(100);
    expect(year.aims[0].rate).toBeCloseTo(91.875, 6);
    expect(year.rate).toBeCloseTo(91.875, 6);
    // 2025 is untouched by the 2026 entries.
    expect(targetOf(await progress(plan, '2025'), 'H1.1').rate).toBe(65);
  });
});

describe('missing data (domain.md 4.1–4.2)', () => {
  it('leaves an indicator whose value was deleted out with NO_DATA, renormalising the weights, never counting it as 0', async () => {
    // Imported values are approved and locked: the 2025-H2 value is entered as a draft instead.
    const plan = await importWorkedExample(['PG1.1.1 2025-H2']);
    await put(plan, 'PG1.1.1', '2025-H2', { value: 115000, deviationReason: 'İhale gecikti' });
    expect(indicatorOf(await progress(plan, '2025'), 'PG1.1.1').rate).toBe(75);
    const deleted = await t.api.delete(`${plan}/indicators/PG1.1.1/values/2025-H2`);
    expect(deleted.status).toBe(204);
    expect(await values(plan, 'PG1.1.1')).toEqual([
      { period: '2025-H1', value: 108000, deviationReason: null },
    ]);
    expectError(await t.api.delete(`${plan}/indicators/PG1.1.1/values/2025-H2`), 404, 'VALUE_NOT_FOUND');

    const year = await progress(plan, '2025');
    const h11 = targetOf(year, 'H1.1');
    expect(h11.excluded).toEqual([
      {
        code: 'PG1.1.1',
        reason: 'NO_DATA',
        weight: 40,
        missingPeriods: ['2025-H2'],
        message: expect.stringContaining('2025 ikinci yarı'),
      },
    ]);
    expect(indicatorOf(year, 'PG1.1.1')).toMatchObject({
      actual: null,
      rate: null,
      rateUsed: null,
      effectiveWeight: null,
      formula: null,
    });
    // (35 × 100 + 25 × 0) / (35 + 25) = 58.333…; counted as 0 it would be 35.
    expect(h11.weightWithData).toBe(60);
    expect(h11.excludedWeightShare).toBe(40);
    expect(h11.indicators.map((item) => item.effectiveWeight)).toEqual([null, 58.333333, 41.666667]);
    expect(h11.rate).toBeCloseTo(3500 / 60, 6);
    expect(year.aims[0].rate).toBeCloseTo((3500 / 60 + 90) / 2, 6);
    // The 30 June value is still there.
    expect(indicatorOf(await progress(plan, '2025-H1'), 'PG1.1.1').rate).toBe(40);
  });

  it('gives a target whose indicators all lack data a null rate, which the aim leaves out', async () => {
    const plan = await importWorkedExample(['PG1.2.1 2025-H2']);
    const year = await progress(plan, '2025');
    expect(targetOf(year, 'H1.2')).toMatchObject({ rate: null, weightWithData: 0, excludedWeightShare: 100 });
    expect(year.aims[0].rate).toBe(65);
  });
});

describe('indicator values', () => {
  it('creates a value with 201, lists it, and replaces it with 200', async () => {
    const plan = await importWorkedExample();
    const rows = await t.countRows();
    const created = await put(plan, 'PG1.1.3', '2025-H1', { value: 52, note: 'Yarıyıl sayımı' });
    expect(created).toEqual({
      period: '2025-H1',
      value: 52,
      note: 'Yarıyıl sayımı',
      deviationReason: null,
      status: 'draft',
      evidenceUrl: null,
      enteredBy: expect.any(String),
      ...UNSTEPPED_VALUE_FIELDS,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      version: 1,
    });
    await expectRowsChanged(t, rows, { indicator_values: 1 });
    expect(await values(plan, 'PG1.1.3')).toEqual([
      { period: '2025-H1', value: 52, deviationReason: null },
      { period: '2025-H2', value: 45, deviationReason: 'Salon tadilatı' },
    ]);

    const replaced = await put(plan, 'PG1.1.3', '2025-H1', { value: 53.5 }, 200);
    expect(replaced).toMatchObject({
      period: '2025-H1',
      value: 53.5,
      note: null,
      version: 2,
      createdAt: created.createdAt,
    });
    await expectRowsChanged(t, rows, { indicator_values: 1 });
    expect((await values(plan, 'PG1.1.3'))[0]).toEqual({
      period: '2025-H1',
      value: 53.5,
      deviationReason: null,
    });
  });

  it('refuses a period outside the plan, of the wrong frequency or malformed with 400 VALUE_PERIOD', async () => {
    const plan = await importWorkedExample();
    const before = await values(plan, 'PG1.1.1');
    for (const period of ['2030-H1', '2024-H2', '2025', '2025-Q1', '2025-H3', '25-H1']) {
      const body = await rejected(400, 'VALUE_PERIOD', () =>
        t.api.put(`${plan}/indicators/PG1.1.1/values/${period}`, { value: 110000 }),
      );
      expect({ period, details: body.details?.map((item) => [item.path, item.code]) }).toEqual({
        period,
        details: [['period', 'VALUE_PERIOD']],
      });
    }
    const outside = await rejected(400, 'VALUE_PERIOD', () =>
      t.api.put(`${plan}/indicators/PG1.1.1/values/2030-H1?lang=en`, { value: 1 }),
    );
    expect(outside.message).toContain('outside the plan period 2025–2029');
    const frequency = await rejected(400, 'VALUE_PERIOD', () =>
      t.api.put(`${plan}/indicators/PG1.1.1/values/2025?lang=en`, { value: 1 }),
    );
    expect(frequency.message).toContain('every 6 months');
    expect(await values(plan, 'PG1.1.1')).toEqual(before);
  });

  it('takes YYYY entries for a 12-monthly indicator created through the API and refuses half years', async () => {
    // A draft: a plan in force adds indicators only through an update (issue 9). Weight 0 keeps
    // H1.2's weights at 100.
    const plan = await importWorkedExample([], 'taslak');
    const created = await t.api.post<IndicatorResponse>(`${plan}/indicators`, {
      target: 'H1.2',
      code: 'PG1.2.2',
      name: 'Memnuniyet anketi puanı',
      weight: 0,
      direction: 'artis',
      valueType: 'duzey',
      baseline: 50,
      targets: yearly(60, 10),
      monitoringMonths: 12,
    });
    expect(created.status).toBe(201);
    expect(created.body.monitoringMonths).toBe(12);
    expect((await put(plan, 'PG1.2.2', '2025', { value: 60 })).period).toBe('2025');
    for (const period of ['2025-H1', '2025-H2']) {
      await rejected(400, 'VALUE_PERIOD', () =>
        t.api.put(`${plan}/indicators/PG1.2.2/values/${period}`, { value: 60 }),
      );
    }
    // For a yearly indicator the year-end entry is "YYYY": C ≠ B there needs a reason to be submitted.
    await put(plan, 'PG1.2.2', '2026', { value: 65 });
    const body = await rejected(400, 'DEVIATION_REASON', () => submit(plan, 'PG1.2.2', '2026'));
    expect(body.details?.map((item) => item.path)).toEqual(['values["2026"].deviationReason']);
    expect(await values(plan, 'PG1.2.2')).toEqual([
      { period: '2025', value: 60, deviationReason: null },
      { period: '2026', value: 65, deviationReason: null },
    ]);
    // At 30 June a yearly indicator is not due: it is left out, not counted as 0.
    const june = await progress(plan, '2025-H1');
    expect(targetOf(june, 'H1.2').excluded).toContainEqual(
      expect.objectContaining({ code: 'PG1.2.2', reason: 'NOT_DUE' }),
    );
    expect(indicatorOf(await progress(plan, '2025'), 'PG1.2.2')).toMatchObject({
      actual: 60,
      actualPeriods: ['2025'],
      rate: 100,
    });
  });

  it('requires a deviation reason to submit a year-end value that differs from the target', async () => {
    const plan = await importWorkedExample();
    const bodies = [{ value: 139000 }, { value: 139000, deviationReason: '   ' }, { value: 140000.01 }];
    for (const [index, body] of bodies.entries()) {
      await put(plan, 'PG1.1.1', '2026-H2', body, index === 0 ? 201 : 200);
      const error = await rejected(400, 'DEVIATION_REASON', () => submit(plan, 'PG1.1.1', '2026-H2'));
      expect(error.details).toEqual([
        {
          path: 'values["2026-H2"].deviationReason',
          code: 'DEVIATION_REASON',
          message: expect.stringContaining('2026 ikinci yarı'),
        },
      ]);
    }
    expect(
      (await t.api.get<IndicatorValueResponse[]>(`${plan}/indicators/PG1.1.1/values`)).body[2],
    ).toMatchObject({
      period: '2026-H2',
      status: 'draft',
    });

    // C = B needs no reason.
    await put(plan, 'PG1.1.1', '2026-H2', { value: 140000 }, 200);
    const sent = await submit(plan, 'PG1.1.1', '2026-H2');
    expect({ status: sent.status, body: sent.body }).toMatchObject({
      status: 200,
      body: { value: 140000, deviationReason: null, status: 'submitted' },
    });

    // Correcting an approved year-end value keeps the rule: the reason cannot be dropped while C ≠ B …
    const correct = `${plan}/indicators/PG1.1.1/values/2025-H2/correct`;
    await rejected(400, 'DEVIATION_REASON', () =>
      t.api.post(correct, { value: 115000, reason: 'Yeniden ölçüldü', deviationReason: '' }),
    );
    expect((await values(plan, 'PG1.1.1')).find((item) => item.period === '2025-H2')).toEqual({
      period: '2025-H2',
      value: 115000,
      deviationReason: 'İhale gecikti',
    });
    // … and can once C = B (proposed, then approved by a second planner).
    const corrected = await correctAndApprove(t, t.api, correct, {
      value: 120000,
      reason: 'Yeniden ölçüldü',
      deviationReason: '',
    });
    expect({ status: corrected.status, body: corrected.body }).toMatchObject({
      status: 200,
      body: { value: 120000, deviationReason: null, originalValue: 115000, revised: true, version: 2 },
    });
  });

  it('never requires a reason for a mid-year (H1) value', async () => {
    const plan = await importWorkedExample();
    for (const [code, period, value] of [
      ['PG1.1.1', '2026-H1', 50000],
      ['PG1.1.3', '2025-H1', 1],
    ] as const) {
      // 1 training against A = 50 is implausible (issue 11): it is saved with its note.
      expect(await put(plan, code, period, { value, note: 'Ara dönem sayımı' })).toMatchObject({
        value,
        deviationReason: null,
      });
      const sent = await submit(plan, code, period);
      expect({ code, status: sent.status, value: sent.body.status }).toEqual({
        code,
        status: 200,
        value: 'submitted',
      });
    }
  });

  it('refuses a value given as text, missing, null or with unknown fields with 400 VALIDATION_FAILED', async () => {
    const plan = await importWorkedExample();
    const route = `${plan}/indicators/PG1.1.1/values/2026-H1`;
    const cases: Array<[unknown, string, string]> = [
      [{ value: '115000' }, 'value', 'INVALID_TYPE'],
      [{}, 'value', 'INVALID_TYPE'],
      [{ value: null }, 'value', 'INVALID_TYPE'],
      [{ value: 1, deviationReason: 5 }, 'deviationReason', 'INVALID_TYPE'],
      [{ value: 1, deviationReason: null }, 'deviationReason', 'INVALID_TYPE'],
      [{ value: 1, reason: 'sapma' }, 'reason', 'UNKNOWN_FIELD'],
    ];
    for (const [body, path, code] of cases) {
      const error = await rejected(400, 'VALIDATION_FAILED', () => t.api.put(route, body));
      expect({
        body,
        codes: error.details?.filter((item) => item.path === path).map((item) => item.code),
      }).toEqual({ body, codes: expect.arrayContaining([code]) });
    }
    expect((await values(plan, 'PG1.1.1')).map((item) => item.period)).toEqual(['2025-H1', '2025-H2']);
  });

  it('answers 404 INDICATOR_NOT_FOUND for an unknown indicator and PLAN_NOT_FOUND for an unknown plan', async () => {
    const plan = await importWorkedExample();
    await rejected(404, 'INDICATOR_NOT_FOUND', () =>
      t.api.put(`${plan}/indicators/PG9.9.9/values/2025-H1`, { value: 1 }),
    );
    await rejected(404, 'INDICATOR_NOT_FOUND', () =>
      t.api.delete(`${plan}/indicators/PG9.9.9/values/2025-H1`),
    );
    expectError(await t.api.get(`${plan}/indicators/PG9.9.9/values`), 404, 'INDICATOR_NOT_FOUND');
    await rejected(404, 'PLAN_NOT_FOUND', () =>
      t.api.put('/api/plans/00000000-0000-4000-8000-000000000000/indicators/PG1.1.1/values/2025-H1', {
        value: 1,
      }),
    );
    await rejected(404, 'PLAN_NOT_FOUND', () =>
      t.api.put('/api/plans/abc/indicators/PG1.1.1/values/2025-H1', { value: 1 }),
    );
  });
});

describe('progress periods', () => {
  it('answers 400 PERIOD_INVALID for a second half, a year outside the plan or text', async () => {
    const plan = await importWorkedExample();
    for (const period of ['2025-H2', '2031', '2024', 'abc', '2025-h1', '2025-H1x']) {
      const body = expectError(await t.api.get(`${plan}/progress?period=${period}`), 400, 'PERIOD_INVALID');
      expect({ period, details: body.details?.map((item) => [item.path, item.code]) }).toEqual({
        period,
        details: [['period', 'PERIOD_INVALID']],
      });
    }
  });
});

/**
 * kumulatif, donemsel and a 12-monthly duzey indicator added to H1.2 of the worked example
 * through the API (weight 0, then re-weighted 40 / 30 / 20 / 10 with indicatorWeights; the plan
 * is a draft, since a plan in force changes weights only through an update):
 *
 * PG1.2.1 duzey      A 50,   B 60 / 70 …,          2025-H2 59                      (the example's)
 * PG1.2.2 kumulatif  A 1000, B 1300 / 1600 … 2500, 2025: +100 +150, 2026: +200 +150
 * PG1.2.3 donemsel   A 8,    B 10 / 12 … 18,       2025: 4 + 5, 2026: 5 + 7         (F2 by default)
 * PG1.2.4 duzey/12m  A 0,    B 10 / 20 … 50,       2025: 8, 2026: 15
 */
async function planWithValueTypes(): Promise<string> {
  const plan = await importWorkedExample([], 'taslak');
  const common = { target: 'H1.2', weight: 0, direction: 'artis' };
  const created: Array<ApiResponse<IndicatorResponse>> = [];
  for (const indicator of [
    {
      code: 'PG1.2.2',
      name: 'Dikilen ağaç',
      valueType: 'kumulatif',
      baseline: 1000,
      targets: yearly(1300, 300),
    },
    {
      code: 'PG1.2.3',
      name: 'Temizlik kampanyası',
      valueType: 'donemsel',
      baseline: 8,
      targets: yearly(10, 2),
    },
    {
      code: 'PG1.2.4',
      name: 'Yıllık denetim',
      valueType: 'duzey',
      baseline: 0,
      targets: yearly(10, 10),
      monitoringMonths: 12,
    },
  ]) {
    created.push(await t.api.post<IndicatorResponse>(`${plan}/indicators`, { ...common, ...indicator }));
  }
  expect(
    created.map((response) => [response.status, response.body.code, response.body.effectiveMethod]),
  ).toEqual([
    [201, 'PG1.2.2', 'F1'],
    [201, 'PG1.2.3', 'F2'],
    [201, 'PG1.2.4', 'F1'],
  ]);
  await put(plan, 'PG1.2.2', '2025-H1', { value: 100 });
  await put(plan, 'PG1.2.2', '2025-H2', { value: 150, deviationReason: 'Fidan temini gecikti' }); // C = 1250 ≠ 1300
  await put(plan, 'PG1.2.2', '2026-H1', { value: 200 });
  await put(plan, 'PG1.2.2', '2026-H2', { value: 150 }); // C = 1000 + 600 = 1600 = B: no reason
  await put(plan, 'PG1.2.3', '2025-H1', { value: 4 });
  await put(plan, 'PG1.2.3', '2025-H2', { value: 5, deviationReason: 'Hava koşulları' }); // C = 9 ≠ 10
  await put(plan, 'PG1.2.3', '2026-H1', { value: 5 });
  await put(plan, 'PG1.2.3', '2026-H2', { value: 7 }); // C = 12 = B: the flow restarted in 2026
  await put(plan, 'PG1.2.4', '2025', { value: 8, deviationReason: 'Personel eksik' });
  await put(plan, 'PG1.2.4', '2026', { value: 15, deviationReason: 'Personel eksik' });
  const weights = await t.api.patch(`${plan}/targets/H1.2`, {
    indicatorWeights: { 'PG1.2.1': 40, 'PG1.2.2': 30, 'PG1.2.3': 20, 'PG1.2.4': 10 },
  });
  expect(weights.status).toBe(200);
  return plan;
}

describe('kumulatif, donemsel and yearly indicators created through the API', () => {
  let plan: string;
  beforeAll(async () => {
    plan = await planWithValueTypes();
  });

  it('2025: kumulatif adds entries to A, donemsel sums the year under F2, the yearly value is used as it is', async () => {
    const year = await progress(plan, '2025');
    expect(indicatorOf(year, 'PG1.2.2')).toMatchObject({
      method: 'F1',
      formula: 'F1',
      actual: 1250, // 1000 + 100 + 150
      actualPeriods: ['2025-H1', '2025-H2'],
      rate: 83.333333, // 250 / 300
      planProgress: 16.666667, // 250 / 1500
    });
    expect(indicatorOf(year, 'PG1.2.3')).toMatchObject({
      method: 'F2',
      formula: 'F2',
      actual: 9, // 4 + 5
      actualPeriods: ['2025-H1', '2025-H2'],
      rate: 90, // 9 / 10
      planProgress: 50, // 9 / 18
    });
    expect(indicatorOf(year, 'PG1.2.4')).toMatchObject({
      actual: 8,
      actualPeriods: ['2025'],
      rate: 80,
      planProgress: 16,
    });
    // 0.40 × 90 + 0.30 × 83.333… + 0.20 × 90 + 0.10 × 80 = 36 + 25 + 18 + 8
    const h12 = targetOf(year, 'H1.2');
    expect(h12.indicators.map((item) => item.weight)).toEqual([40, 30, 20, 10]);
    expect(h12.rate).toBeCloseTo(87, 6);
    expect(year.aims[0].rate).toBeCloseTo(76, 6); // (65 + 87) / 2
  });

  it('2025-H1: kumulatif and donemsel use the first half only; the yearly indicator is not due', async () => {
    const june = await progress(plan, '2025-H1');
    expect(indicatorOf(june, 'PG1.2.2')).toMatchObject({ actual: 1100, rate: 33.333333 }); // 100 / 300
    expect(indicatorOf(june, 'PG1.2.3')).toMatchObject({ actual: 4, rate: 40 }); // 4 / 10
    const h12 = targetOf(june, 'H1.2');
    expect(h12.excluded.map((item) => [item.code, item.reason])).toEqual([
      ['PG1.2.1', 'NO_DATA'],
      ['PG1.2.4', 'NOT_DUE'],
    ]);
    // (30 × 33.333… + 20 × 40) / 50
    expect(h12.rate).toBeCloseTo(36, 6);
    // The yearly PG1.2.4 (weight 10) is not due in June: the left-out share is PG1.2.1's 40 of
    // the 90 due, and the coverage its complement.
    expect(h12.excludedWeightShare).toBeCloseTo((40 / 90) * 100, 5);
    expect(h12.coverage).toMatchObject({ indicatorsWithData: 2, indicatorsDue: 3, sufficient: true });
    expect(h12.coverage.weightShare).toBeCloseTo((50 / 90) * 100, 5);
    expect(h12.band).toBe('watch');
  });

  it('2026: kumulatif keeps adding across years while donemsel restarts', async () => {
    const year = await progress(plan, '2026');
    expect(indicatorOf(year, 'PG1.2.2')).toMatchObject({
      actual: 1600,
      actualPeriods: ['2025-H1', '2025-H2', '2026-H1', '2026-H2'],
      rate: 100,
      planProgress: 40, // 600 / 1500
    });
    expect(indicatorOf(year, 'PG1.2.3')).toMatchObject({
      actual: 12,
      actualPeriods: ['2026-H1', '2026-H2'],
      rate: 100,
      planProgress: 66.666667,
    });
    expect(indicatorOf(year, 'PG1.2.4')).toMatchObject({ actual: 15, rate: 75 });
    // PG1.2.1 has no 2026 value: (30 × 100 + 20 × 100 + 10 × 75) / 60
    expect(targetOf(year, 'H1.2').rate).toBeCloseTo(5750 / 60, 6);

    const june = await progress(plan, '2026-H1');
    expect(indicatorOf(june, 'PG1.2.2')).toMatchObject({ actual: 1450, rate: 75 }); // 450 / 600
    expect(indicatorOf(june, 'PG1.2.3')).toMatchObject({ actual: 5, rate: 41.666667 }); // 5 / 12
    expect(targetOf(june, 'H1.2').rate).toBeCloseTo((30 * 75 + 20 * (500 / 12)) / 50, 6);
  });

  it('checks later years too when a kumulatif entry changes: a 2025 correction moves C of 2026', async () => {
    const fresh = await planWithValueTypes();
    const periods = ['2025-H1', '2025-H2', '2026-H1', '2026-H2'];
    for (const period of periods) expect((await submit(fresh, 'PG1.2.2', period)).status).toBe(200);
    const approved = await (
      await approverFor(fresh)
    ).post(`${fresh}/approvals`, {
      action: 'approve',
      items: periods.map((period) => ({ indicator: 'PG1.2.2', period })),
    });
    expect(approved.status).toBe(200);
    const correct = (period: string): string => `${fresh}/indicators/PG1.2.2/values/${period}/correct`;
    // 2025-H1 100 → 110 makes C(2026) 1610 ≠ 1600, and the approved 2026-H2 has no reason.
    const body = await rejected(400, 'DEVIATION_REASON', () =>
      t.api.post(correct('2025-H1'), { value: 110, reason: 'Sayım düzeltildi' }),
    );
    expect(body.details?.map((item) => item.path)).toEqual(['values["2026-H2"].deviationReason']);
    expect((await values(fresh, 'PG1.2.2'))[0]).toEqual({
      period: '2025-H1',
      value: 100,
      deviationReason: null,
    });

    const withReason = await correctAndApprove(t, t.api, correct('2026-H2'), {
      value: 150,
      reason: 'Sapma nedeni eklendi',
      deviationReason: 'Bağış fidanlar',
    });
    expect(withReason.status).toBe(200);
    expect(
      (await correctAndApprove(t, t.api, correct('2025-H1'), { value: 110, reason: 'Sayım düzeltildi' }))
        .status,
    ).toBe(200);
    // (1610 − 1000) / (1600 − 1000) = 101.666…, clamped to 100 in the roll-up
    expect(indicatorOf(await progress(fresh, '2026'), 'PG1.2.2')).toMatchObject({
      actual: 1610,
      rate: 101.666667,
      rateUsed: 100,
    });
  });

  it('judges DEVIATION_REASON again when a correction is approved: a kumulatif 2025 correction that waited while 2026 was approved at B is refused then', async () => {
    const fresh = await planWithValueTypes();
    const approver = await approverFor(fresh);
    const early = ['2025-H1', '2025-H2', '2026-H1'];
    for (const period of early) expect((await submit(fresh, 'PG1.2.2', period)).status).toBe(200);
    const approved = await approver.post(`${fresh}/approvals`, {
      action: 'approve',
      items: early.map((period) => ({ indicator: 'PG1.2.2', period })),
    });
    expect(approved.status).toBe(200);
    // 2025-H1 100 → 110 while 2026-H2 is a draft: no approved year-end entry lacks its reason yet.
    const correct = `${fresh}/indicators/PG1.2.2/values/2025-H1/correct`;
    expect((await t.api.post(correct, { value: 110, reason: 'Sayım düzeltildi' })).status).toBe(202);
    // 2026-H2 is submitted and approved on the value in force: C(2026) = 1600 = B, no reason needed.
    expect((await submit(fresh, 'PG1.2.2', '2026-H2')).status).toBe(200);
    expect((await approver.post(`${fresh}/indicators/PG1.2.2/values/2026-H2/approve`, {})).status).toBe(200);
    // Applied now, the correction would make C(2026) 1610 ≠ 1600 without a reason: refused, nothing changes.
    const body = await rejected(400, 'DEVIATION_REASON', () => approver.post(`${correct}/approve`, {}));
    expect(body.details?.map((item) => item.path)).toEqual(['values["2026-H2"].deviationReason']);
    const stored = await t.api.get<IndicatorValueResponse[]>(`${fresh}/indicators/PG1.2.2/values`);
    expect(stored.body[0]).toMatchObject({
      period: '2025-H1',
      value: 100,
      revised: false,
      pendingCorrection: { value: 110, status: 'proposed' },
    });
  });
});

describe('health and API docs', () => {
  it('GET /api/health answers 200 with the database up', async () => {
    const response = await t.api.get<{ status: string; database: { status: string; migrations: number } }>(
      '/api/health',
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      database: { status: 'up', migrations: expect.any(Number) },
    });
    expect(response.body.database.migrations).toBeGreaterThanOrEqual(1);
  });

  it('serves the Swagger UI at /api/docs and an OpenAPI document listing /api/plans/import', async () => {
    const page = await t.api.get<string>('/api/docs');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.body).toContain('swagger');
    const document = await t.api.get<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(
      '/api/docs/openapi.json',
    );
    expect(document.status).toBe(200);
    expect(document.body.openapi).toMatch(/^3\./);
    expect(Object.keys(document.body.paths['/api/plans/import'] ?? {})).toContain('post');
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/plans/{planId}/progress',
        '/api/plans/{planId}/indicators/{code}/values/{period}',
      ]),
    );
  });
});
