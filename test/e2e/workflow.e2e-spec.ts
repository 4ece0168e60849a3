import { afterEach, describe, expect, it } from '@jest/globals';
import type { MeResponse } from '../../src/contracts/auth.js';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type { ImportResponse, IndicatorValueResponse, PlanResponse } from '../../src/contracts/resources.js';
import type {
  ApprovalQueueResponse,
  ApprovalsResponse,
  AssessmentPeriodResponse,
  WorklistResponse,
} from '../../src/contracts/workflow.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import type { ApiClient, ApiResponse } from '../support/api-client.js';
import { expectError as expectErrorBody } from '../support/expect-error.js';
import { ok } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';
import { resetClock, setClock } from '../../src/common/clock.js';

/**
 * The monitoring workflow of domain.md 6 over HTTP: assessment periods, draft → submitted →
 * approved or returned, locking by closing, corrections after approval, optimistic versions,
 * bulk approval, the unit worklist and the planner's approval queue.
 *
 * The worked example (domain.md 4.4): H1.1 (unit PARK) holds PG1.1.1 park area (B 2026 = 140000),
 * PG1.1.2 and PG1.1.3; H1.2 (unit ZABITA) holds PG1.2.1. Its 2025 values are imported, so approved.
 */

let serial = 0;

const t = useTestApp();

type ErrorWithCurrent<T> = ErrorBody & { current?: T };

async function importWorkedExample(): Promise<{ planId: string; plan: string }> {
  serial += 1;
  const response = await t.api.post<ImportResponse>(
    '/api/plans/import',
    workedExampleDocument({ institutionName: `İş Akışı Belediyesi ${serial}` }),
  );
  expect(response.status).toBe(201);
  return { planId: response.body.id, plan: `/api/plans/${response.body.id}` };
}

async function openPeriod(plan: string, period: string): Promise<AssessmentPeriodResponse> {
  const response = await t.api.post<AssessmentPeriodResponse>(`${plan}/periods`, { period });
  expect({ period, status: response.status }).toEqual({ period, status: 201 });
  return response.body;
}

function expectError<T = unknown>(response: ApiResponse, status: number, code: string): ErrorWithCurrent<T> {
  return expectErrorBody<ErrorWithCurrent<T>>(response, status, code);
}

function valueRoute(plan: string, code: string, period: string, action = ''): string {
  return `${plan}/indicators/${code}/values/${period}${action ? `/${action}` : ''}`;
}

async function valueOf(
  plan: string,
  code: string,
  period: string,
): Promise<IndicatorValueResponse | undefined> {
  const response = await t.api.get<IndicatorValueResponse[]>(`${plan}/indicators/${code}/values`);
  expect(response.status).toBe(200);
  return response.body.find((item) => item.period === period);
}

let approverAccount: { client: ApiClient; id: string } | undefined;

/** Four-eyes: what the superadmin entered is approved by a planner of the plan's institution. */
async function approverFor(plan: string): Promise<{ client: ApiClient; id: string }> {
  if (!approverAccount) {
    const account = { email: 'onaylayan@workflow.test', password: 'approver-password-1' };
    const created = await ok(t.api.post<MeResponse>('/api/users', { ...account, name: 'Onaylayan' }), 201);
    approverAccount = { id: created.id, client: await t.login(account.email, account.password) };
  }
  const { institution } = await ok(t.api.get<PlanResponse>(plan));
  await ok(
    t.api.put(`/api/institutions/${institution.id}/members/${approverAccount.id}`, { role: 'planner' }),
  );
  return approverAccount;
}

/** Enter a draft and submit it; answers the submitted value. */
async function submitted(
  plan: string,
  code: string,
  period: string,
  value: number,
): Promise<IndicatorValueResponse> {
  await ok(t.api.put(valueRoute(plan, code, period), { value }), 201);
  return ok(t.api.post<IndicatorValueResponse>(valueRoute(plan, code, period, 'submit'), {}));
}

describe('the full cycle of a year-end value', () => {
  it('opens 2026, enters, submits, is returned, resubmits, is approved, closes, and is corrected with a reason', async () => {
    const { planId, plan } = await importWorkedExample();
    const opened = await openPeriod(plan, '2026');
    expect(opened).toMatchObject({
      period: '2026',
      status: 'open',
      endDate: '2026-12-31',
      closedAt: null,
      version: 1,
    });
    const route = valueRoute(plan, 'PG1.1.1', '2026-H2');
    /** The unit's PUT of the value with its deviation reason and evidence, based on `version`. */
    const putWithReason = (value: number, evidenceUrl: string, version: number) =>
      ok(
        t.api.put<IndicatorValueResponse>(route, {
          value,
          deviationReason: 'Kamulaştırma gecikti',
          evidenceUrl,
          version,
        }),
      );

    // Enter: a draft, not yet checked for DEVIATION_REASON (C 130000 ≠ B 140000).
    const draft = await ok(t.api.put<IndicatorValueResponse>(route, { value: 130000 }), 201);
    expect(draft).toMatchObject({
      period: '2026-H2',
      value: 130000,
      status: 'draft',
      deviationReason: null,
      submittedAt: null,
      approvedAt: null,
      revised: false,
      originalValue: null,
      version: 1,
    });

    // Submit: C ≠ B at year end needs a deviation reason.
    const refused = expectError(await t.api.post(`${route}/submit?lang=en`, {}), 400, 'DEVIATION_REASON');
    expect(refused.details).toEqual([
      {
        path: 'values["2026-H2"].deviationReason',
        code: 'DEVIATION_REASON',
        message: expect.stringContaining('2026 second half'),
      },
    ]);
    expect((await valueOf(plan, 'PG1.1.1', '2026-H2'))?.status).toBe('draft');

    const withReason = await putWithReason(130000, 'https://belge.ornek.bel.tr/kanit/park-2026.pdf', 1);
    expect(withReason).toMatchObject({
      status: 'draft',
      version: 2,
      evidenceUrl: 'https://belge.ornek.bel.tr/kanit/park-2026.pdf',
    });
    const sent = await ok(t.api.post<IndicatorValueResponse>(`${route}/submit`, { version: 2 }));
    expect(sent).toMatchObject({ status: 'submitted', version: 3, submittedAt: expect.any(String) });

    // A submitted value is locked for PUT and DELETE.
    const locked = expectError<IndicatorValueResponse>(
      await t.api.put(route, { value: 1, deviationReason: 'x' }),
      409,
      'VALUE_LOCKED',
    );
    expect(locked.current).toMatchObject({
      period: '2026-H2',
      value: 130000,
      status: 'submitted',
      version: 3,
    });
    expectError(await t.api.delete(route), 409, 'VALUE_LOCKED');

    // Return with a comment: the comment is required.
    const noComment = expectError(await t.api.post(`${route}/return`, {}), 400, 'VALIDATION_FAILED');
    expect(noComment.details?.map((item) => item.path)).toContain('comment');
    const returned = await ok(
      t.api.post<IndicatorValueResponse>(`${route}/return`, { comment: 'Kanıt belgesi imzasız', version: 3 }),
    );
    expect(returned).toMatchObject({
      status: 'returned',
      returnComment: 'Kanıt belgesi imzasız',
      version: 4,
    });
    expectError(await t.api.post(`${route}/approve`, {}), 409, 'VALUE_STATUS');

    // The unit fixes it (back to draft), resubmits, and the planner approves.
    const fixed = await putWithReason(131000, 'https://belge.ornek.bel.tr/kanit/park-2026-imzali.pdf', 4);
    expect(fixed).toMatchObject({
      status: 'draft',
      value: 131000,
      returnComment: 'Kanıt belgesi imzasız',
      version: 5,
    });
    await ok(t.api.post(`${route}/submit`, {}));
    const approver = await approverFor(plan);
    const approved = await ok(
      approver.client.post<IndicatorValueResponse>(`${route}/approve`, { version: 6 }),
    );
    expect(approved).toMatchObject({
      status: 'approved',
      value: 131000,
      approvedAt: expect.any(String),
      returnComment: null,
      version: 7,
    });

    // Closing locks the period.
    const closed = await ok(
      t.api.post<AssessmentPeriodResponse>(`${plan}/periods/2026/close`, { version: 1 }),
    );
    expect(closed).toMatchObject({ status: 'closed', closedAt: expect.any(String), version: 2 });
    const refusedPut = expectError(await t.api.put(`${route}?lang=en`, { value: 1 }), 409, 'PERIOD_CLOSED');
    expect(refusedPut.message).toContain('2026');
    expectError(await t.api.put(valueRoute(plan, 'PG1.1.2', '2026-H2'), { value: 6 }), 409, 'PERIOD_CLOSED');
    for (const action of ['submit', 'approve'])
      expectError(await t.api.post(`${route}/${action}`, {}), 409, 'PERIOD_CLOSED');
    expectError(await t.api.post(`${route}/return`, { comment: 'x' }), 409, 'PERIOD_CLOSED');
    expectError(await t.api.post(`${plan}/periods/2026/close`, {}), 409, 'PERIOD_CLOSED');

    // A correction after approval is still possible, with a reason, keeping the original: proposed
    // by one person (202, nothing changes yet) and applied when another approves it.
    const noReason = expectError(
      await t.api.post(`${route}/correct`, { value: 132000 }),
      400,
      'VALIDATION_FAILED',
    );
    expect(noReason.details?.map((item) => item.path)).toContain('reason');
    const proposed = await ok(
      t.api.post<IndicatorValueResponse>(`${route}/correct`, {
        value: 132000,
        reason: 'Ölçüm hatası',
        version: 7,
      }),
      202,
    );
    expect(proposed).toMatchObject({
      value: 131000,
      revised: false,
      version: 7,
      pendingCorrection: { value: 132000, reason: 'Ölçüm hatası', status: 'proposed' },
    });
    expectError(await t.api.post(`${route}/correct/approve`, {}), 409, 'SELF_APPROVAL');
    const corrected = await ok(
      approver.client.post<IndicatorValueResponse>(`${route}/correct/approve`, {
        id: proposed.pendingCorrection?.id,
      }),
    );
    expect(corrected).toMatchObject({
      status: 'approved',
      value: 132000,
      originalValue: 131000,
      correctionReason: 'Ölçüm hatası',
      revised: true,
      deviationReason: 'Kamulaştırma gecikti',
      pendingCorrection: null,
      version: 8,
    });
    // A second correction keeps the first approved value as the original.
    await ok(t.api.post(`${route}/correct`, { value: 133000, reason: 'Kadastro verisi geldi' }), 202);
    await ok(approver.client.post(`${route}/correct/approve`, {}));
    expect(await valueOf(plan, 'PG1.1.1', '2026-H2')).toMatchObject({
      value: 133000,
      originalValue: 131000,
      correctionReason: 'Kadastro verisi geldi',
      revised: true,
      version: 9,
    });

    // Who did it: the signed-in caller's id on the value and in the audit trail.
    const me = await ok(t.api.get<MeResponse>('/api/auth/me'));
    expect(corrected).toMatchObject({ enteredBy: me.id, submittedBy: me.id, approvedBy: approver.id });

    // The database's audit trail holds every step, the return and corrections with their reasons
    // (the corrections applied by the approver; their proposals are value_correction entries).
    const trail = await t.dataSource.query<
      Array<{
        action: string;
        reason: string | null;
        actor_id: string | null;
        old_value: Record<string, unknown>;
        new_value: Record<string, unknown>;
      }>
    >(
      `SELECT action, reason, actor_id, old_value, new_value FROM audit_log
        WHERE entity = 'indicator_value' AND plan_id = $1 AND period = '2026-H2' ORDER BY id`,
      [planId],
    );
    expect(trail.map((row) => [row.action, row.new_value.status ?? null])).toEqual([
      ['insert', 'draft'],
      ['update', null], // deviation reason and evidence added
      ['update', 'submitted'],
      ['update', 'returned'],
      ['update', 'draft'],
      ['update', 'submitted'],
      ['update', 'approved'],
      ['update', null], // first correction
      ['update', null], // second correction
    ]);
    expect(trail[3].reason).toBe('Kanıt belgesi imzasız');
    expect(new Set(trail.map((row) => row.actor_id))).toEqual(new Set([me.id, approver.id]));
    expect(trail[7]).toMatchObject({
      reason: 'Ölçüm hatası',
      old_value: { value: 131000, original_value: null, correction_reason: null, revised: false },
      new_value: { value: 132000, original_value: 131000, correction_reason: 'Ölçüm hatası', revised: true },
    });
    expect(trail[8]).toMatchObject({
      reason: 'Kadastro verisi geldi',
      old_value: { value: 132000, correction_reason: 'Ölçüm hatası' },
      new_value: { value: 133000, correction_reason: 'Kadastro verisi geldi' },
    });
    expect(trail[8].new_value).not.toHaveProperty('original_value');

    // Reopen: entries can be written again.
    const reopened = await ok(t.api.post<AssessmentPeriodResponse>(`${plan}/periods/2026/reopen`, {}));
    expect(reopened).toMatchObject({ status: 'open', closedAt: null, closedBy: null, version: 3 });
    expectError(await t.api.post(`${plan}/periods/2026/reopen`, {}), 409, 'PERIOD_OPEN');
    await ok(t.api.put(valueRoute(plan, 'PG1.1.2', '2026-H2'), { value: 7 }), 201);
  });
});

describe('assessment periods', () => {
  it('lists periods in time order and refuses a second opening, a second half or a year outside the plan', async () => {
    const { plan } = await importWorkedExample();
    await openPeriod(plan, '2026');
    await openPeriod(plan, '2025-H1');
    await openPeriod(plan, '2026-H1');
    const list = await ok(t.api.get<AssessmentPeriodResponse[]>(`${plan}/periods`));
    expect(list.map((item) => [item.period, item.status, item.endDate])).toEqual([
      ['2025-H1', 'open', '2025-06-30'],
      ['2026-H1', 'open', '2026-06-30'],
      ['2026', 'open', '2026-12-31'],
    ]);
    const twice = expectError<AssessmentPeriodResponse>(
      await t.api.post(`${plan}/periods`, { period: '2026' }),
      409,
      'PERIOD_EXISTS',
    );
    expect(twice.current).toMatchObject({ period: '2026', status: 'open' });
    for (const period of ['2025-H2', '2031', '2024', 'abc', '2025-h1']) {
      const body = expectError(await t.api.post(`${plan}/periods`, { period }), 400, 'PERIOD_INVALID');
      expect({ period, details: body.details?.map((item) => item.path) }).toEqual({
        period,
        details: ['period'],
      });
    }
    expectError(await t.api.post(`${plan}/periods/2027/close`, {}), 404, 'PERIOD_NOT_FOUND');
    const stale = expectError<AssessmentPeriodResponse>(
      await t.api.post(`${plan}/periods/2026/close`, { version: 5 }),
      409,
      'STALE_VERSION',
    );
    expect(stale.current).toMatchObject({ period: '2026', status: 'open', version: 1 });
    expectError(
      await t.api.get('/api/plans/00000000-0000-4000-8000-000000000000/periods'),
      404,
      'PLAN_NOT_FOUND',
    );
    expectError(
      await t.api.post('/api/plans/00000000-0000-4000-8000-000000000000/periods', { period: '2026' }),
      404,
      'PLAN_NOT_FOUND',
    );
  });

  it('refuses entries whose assessment period is not open with 400 PERIOD_NOT_OPEN naming the period', async () => {
    const { plan } = await importWorkedExample();
    const before = await t.countRows();
    const june = expectError(
      await t.api.put(`${valueRoute(plan, 'PG1.1.2', '2026-H1')}?lang=en`, { value: 8 }),
      400,
      'PERIOD_NOT_OPEN',
    );
    expect(june.message).toContain('2026 mid-year');
    expect(june.details?.map((item) => [item.path, item.code])).toEqual([['period', 'PERIOD_NOT_OPEN']]);
    // H2 entries belong to the year-end assessment.
    const year = expectError(
      await t.api.put(`${valueRoute(plan, 'PG1.1.2', '2026-H2')}?lang=en`, { value: 8 }),
      400,
      'PERIOD_NOT_OPEN',
    );
    expect(year.message).toContain('assessment period 2026 ');
    expectError(await t.api.delete(valueRoute(plan, 'PG1.1.1', '2025-H2')), 400, 'PERIOD_NOT_OPEN');
    expect(await t.countRows()).toEqual(before);
    // Opening 2026-H1 does not open 2026.
    await openPeriod(plan, '2026-H1');
    expectError(
      await t.api.put(valueRoute(plan, 'PG1.1.2', '2026-H2'), { value: 8 }),
      400,
      'PERIOD_NOT_OPEN',
    );
    await ok(t.api.put(valueRoute(plan, 'PG1.1.2', '2026-H1'), { value: 8 }), 201);
    // The entry period is still checked first.
    expectError(await t.api.put(valueRoute(plan, 'PG1.1.2', '2026'), { value: 8 }), 400, 'VALUE_PERIOD');
  });
});

describe('concurrency and locks', () => {
  it('answers 409 STALE_VERSION with the current value when the version read is not the stored one', async () => {
    const { plan } = await importWorkedExample();
    await openPeriod(plan, '2026-H1');
    const route = valueRoute(plan, 'PG1.1.2', '2026-H1');
    await ok(t.api.put(route, { value: 9 }), 201);
    await ok(t.api.put(route, { value: 8, version: 1 }));
    const stale = expectError<IndicatorValueResponse>(
      await t.api.put(route, { value: 7, version: 1 }),
      409,
      'STALE_VERSION',
    );
    expect(stale.current).toMatchObject({ period: '2026-H1', value: 8, status: 'draft', version: 2 });
    expectError(await t.api.post(`${route}/submit`, { version: 1 }), 409, 'STALE_VERSION');
    expect(await valueOf(plan, 'PG1.1.2', '2026-H1')).toMatchObject({
      value: 8,
      status: 'draft',
      version: 2,
    });
    // A version for an entry that does not exist is stale too: someone deleted it.
    const gone = expectError(
      await t.api.put(valueRoute(plan, 'PG1.1.3', '2026-H1'), { value: 1, version: 1 }),
      409,
      'STALE_VERSION',
    );
    expect(gone.current).toBeNull();
    // Without a version the write goes through (last writer wins, as before).
    expect(await ok(t.api.put<IndicatorValueResponse>(route, { value: 7 }))).toMatchObject({
      value: 7,
      version: 3,
    });
  });

  it('locks approved (imported) values: PUT and DELETE answer 409 VALUE_LOCKED, a correction is the way', async () => {
    const { plan } = await importWorkedExample();
    await openPeriod(plan, '2025');
    const route = valueRoute(plan, 'PG1.1.1', '2025-H2');
    const before = await valueOf(plan, 'PG1.1.1', '2025-H2');
    expect(before).toMatchObject({ status: 'approved', value: 115000, revised: false });
    const locked = expectError<IndicatorValueResponse>(
      await t.api.put(route, { value: 120000 }),
      409,
      'VALUE_LOCKED',
    );
    expect(locked.current).toMatchObject({ value: 115000, status: 'approved' });
    expect(locked.message).toContain('gerekçeyle bir düzeltme önerin');
    expectError(await t.api.delete(route), 409, 'VALUE_LOCKED');
    expectError(await t.api.post(`${route}/submit`, {}), 409, 'VALUE_STATUS');
    expect(await valueOf(plan, 'PG1.1.1', '2025-H2')).toEqual(before);
    // Only approved values are corrected.
    await openPeriod(plan, '2025-H1');
    await ok(t.api.put(valueRoute(plan, 'PG1.1.2', '2025-H1'), { value: 9 }), 201);
    expectError(
      await t.api.post(valueRoute(plan, 'PG1.1.2', '2025-H1', 'correct'), { value: 8, reason: 'x' }),
      409,
      'VALUE_STATUS',
    );
    expectError(
      await t.api.post(valueRoute(plan, 'PG1.2.1', '2025-H1', 'correct'), { value: 1, reason: 'x' }),
      404,
      'VALUE_NOT_FOUND',
    );
  });

  it('deletes a draft but answers 404 VALUE_NOT_FOUND for an entry never made', async () => {
    const { plan } = await importWorkedExample();
    await openPeriod(plan, '2026-H1');
    await ok(t.api.put(valueRoute(plan, 'PG1.1.3', '2026-H1'), { value: 52 }), 201);
    expect((await t.api.delete(valueRoute(plan, 'PG1.1.3', '2026-H1'))).status).toBe(204);
    expectError(await t.api.delete(valueRoute(plan, 'PG1.1.3', '2026-H1')), 404, 'VALUE_NOT_FOUND');
    expectError(
      await t.api.post(valueRoute(plan, 'PG1.1.3', '2026-H1', 'submit'), {}),
      404,
      'VALUE_NOT_FOUND',
    );
  });
});

describe('DEVIATION_REASON at submission and correction', () => {
  it('needs a reason at year end when C ≠ B, none when C = B or mid-year, and a blank one does not count', async () => {
    const { plan } = await importWorkedExample();
    await openPeriod(plan, '2026');
    await openPeriod(plan, '2026-H1');
    for (const [deviationReason, status] of [
      [undefined, 201],
      ['   ', 200],
    ] as const) {
      await ok(t.api.put(valueRoute(plan, 'PG1.1.3', '2026-H2'), { value: 69, deviationReason }), status);
      expectError(
        await t.api.post(valueRoute(plan, 'PG1.1.3', '2026-H2', 'submit'), {}),
        400,
        'DEVIATION_REASON',
      );
    }
    expect(await submitted(plan, 'PG1.1.2', '2026-H2', 7)).toMatchObject({
      status: 'submitted',
      deviationReason: null,
    }); // B = 7
    expect(await submitted(plan, 'PG1.1.2', '2026-H1', 9)).toMatchObject({ status: 'submitted' }); // mid-year
  });

  it('applies to a correction: a year-end C ≠ B cannot lose its reason, and the value stays as it was', async () => {
    const { plan } = await importWorkedExample();
    const route = valueRoute(plan, 'PG1.1.1', '2025-H2', 'correct');
    const refused = expectError(
      await t.api.post(route, { value: 116000, reason: 'Yeni ölçüm', deviationReason: '' }),
      400,
      'DEVIATION_REASON',
    );
    expect(refused.details?.map((item) => item.path)).toEqual(['values["2025-H2"].deviationReason']);
    expect(await valueOf(plan, 'PG1.1.1', '2025-H2')).toMatchObject({
      value: 115000,
      deviationReason: 'İhale gecikti',
      revised: false,
      originalValue: null,
    });
    // Kept when left out; cleared once C = B (each applied by a second planner).
    const approver = await approverFor(plan);
    await ok(t.api.post(route, { value: 116000, reason: 'Yeni ölçüm' }), 202);
    expect(await ok(approver.client.post<IndicatorValueResponse>(`${route}/approve`, {}))).toMatchObject({
      deviationReason: 'İhale gecikti',
      revised: true,
    });
    await ok(t.api.post(route, { value: 120000, reason: 'Kesin ölçüm', deviationReason: '' }), 202);
    expect(await ok(approver.client.post<IndicatorValueResponse>(`${route}/approve`, {}))).toMatchObject({
      value: 120000,
      deviationReason: null,
      originalValue: 115000,
    });
  });
});

describe('bulk approval', () => {
  it('approves all items or none, listing every item that cannot be approved', async () => {
    const { plan } = await importWorkedExample();
    await openPeriod(plan, '2026-H1');
    await submitted(plan, 'PG1.1.1', '2026-H1', 125000);
    const second = await submitted(plan, 'PG1.1.2', '2026-H1', 9);
    await submitted(plan, 'PG1.2.1', '2026-H1', 64);
    await ok(t.api.put(valueRoute(plan, 'PG1.1.3', '2026-H1'), { value: 55 }), 201); // a draft

    const { client: approver } = await approverFor(plan);
    const refused = expectError(
      await approver.post(`${plan}/approvals?lang=en`, {
        action: 'approve',
        items: [
          { indicator: 'PG1.1.1', period: '2026-H1' },
          { indicator: 'PG1.1.3', period: '2026-H1' },
          { indicator: 'PG1.1.2', period: '2026-H1', version: second.version + 5 },
          { indicator: 'PG9.9.9', period: '2026-H1' },
        ],
      }),
      409,
      'VALUE_STATUS',
    );
    expect(refused.message).toContain('Nothing was approved: 3 of 4');
    expect(refused.details?.map((item) => [item.path, item.code])).toEqual([
      ['items[1]', 'VALUE_STATUS'],
      ['items[2]', 'STALE_VERSION'],
      ['items[3]', 'INDICATOR_NOT_FOUND'],
    ]);
    expect((await valueOf(plan, 'PG1.1.1', '2026-H1'))?.status).toBe('submitted');

    const approved = await ok(
      approver.post<ApprovalsResponse>(`${plan}/approvals`, {
        action: 'approve',
        items: [
          { indicator: 'PG1.1.1', period: '2026-H1' },
          { indicator: 'PG1.1.2', period: '2026-H1', version: second.version },
          { indicator: 'PG1.2.1', period: '2026-H1' },
        ],
      }),
    );
    expect(approved.action).toBe('approve');
    expect(approved.results.map((item) => [item.indicator, item.value.status, item.value.value])).toEqual([
      ['PG1.1.1', 'approved', 125000],
      ['PG1.1.2', 'approved', 9],
      ['PG1.2.1', 'approved', 64],
    ]);
    const invalid = expectError(
      await t.api.post(`${plan}/approvals`, { action: 'delete', items: [] }),
      400,
      'VALIDATION_FAILED',
    );
    expect(invalid.details?.map((item) => item.path).sort()).toEqual(['action', 'items']);
  });
});

describe('worklist and approval queue', () => {
  afterEach(() => resetClock());

  it.each([
    ['before the period ends', '2026-06-20T09:00:00Z', false],
    ['after the period ended, on the entry deadline in Istanbul', '2026-07-15T20:59:00Z', false],
    ['the day after the entry deadline in Istanbul (21:00 UTC)', '2026-07-15T21:00:00Z', true],
  ])(
    'lists what each unit owes in the open periods, with states, counts and late entries %s',
    async (_when, now, juneOver) => {
      // Late is judged on the server's clock against the entry deadline (15 days after 30 June), not the period's end.
      setClock(now);
      const { plan } = await importWorkedExample();
      await openPeriod(plan, '2026-H1');
      await openPeriod(plan, '2029');
      await submitted(plan, 'PG1.1.1', '2026-H1', 125000);
      await ok(t.api.put(valueRoute(plan, 'PG1.1.2', '2026-H1'), { value: 9 }), 201);
      await submitted(plan, 'PG1.2.1', '2026-H1', 64);
      await ok(
        t.api.post(valueRoute(plan, 'PG1.2.1', '2026-H1', 'return'), { comment: 'Kaynak belirtilmemiş' }),
      );

      const list = await ok(t.api.get<WorklistResponse>(`${plan}/worklist`));
      expect(
        list.periods.map((period) => [
          period.period,
          period.endDate,
          period.entryDeadline,
          period.approvalDeadline,
        ]),
      ).toEqual([
        ['2026-H1', '2026-06-30', '2026-07-15', '2026-07-30'],
        ['2029', '2029-12-31', '2030-01-15', '2030-01-30'],
      ]);
      const [june, year] = list.periods;
      expect(
        june.entries.map((entry) => [entry.indicator, entry.period, entry.unit, entry.state, entry.late]),
      ).toEqual([
        ['PG1.1.1', '2026-H1', 'PARK', 'submitted', false],
        ['PG1.1.2', '2026-H1', 'PARK', 'draft', juneOver],
        ['PG1.1.3', '2026-H1', 'PARK', 'missing', juneOver],
        ['PG1.2.1', '2026-H1', 'ZABITA', 'returned', juneOver],
      ]);
      expect(june.entries[3]).toMatchObject({ returnComment: 'Kaynak belirtilmemiş', value: 64, version: 3 });
      const late = juneOver ? 1 : 0;
      expect(june.units).toEqual([
        {
          unit: 'PARK',
          expected: 3,
          missing: 1,
          draft: 1,
          returned: 0,
          submitted: 1,
          approved: 0,
          late: 2 * late,
        },
        { unit: 'ZABITA', expected: 1, missing: 0, draft: 0, returned: 1, submitted: 0, approved: 0, late },
      ]);
      expect(year.entries.every((entry) => entry.state === 'missing' && !entry.late)).toBe(true);
      expect(list.units).toEqual([
        {
          unit: 'PARK',
          expected: 6,
          missing: 4,
          draft: 1,
          returned: 0,
          submitted: 1,
          approved: 0,
          late: 2 * late,
        },
        { unit: 'ZABITA', expected: 2, missing: 1, draft: 0, returned: 1, submitted: 0, approved: 0, late },
      ]);

      const zabita = await ok(t.api.get<WorklistResponse>(`${plan}/worklist?unit=ZABITA`));
      expect(
        zabita.periods.flatMap((period) => period.entries.map((entry) => [entry.indicator, entry.period])),
      ).toEqual([
        ['PG1.2.1', '2026-H1'],
        ['PG1.2.1', '2029-H2'],
      ]);
      expect(zabita.units.map((unit) => unit.unit)).toEqual(['ZABITA']);
      expectError(await t.api.get(`${plan}/worklist?unit=YOK`), 400, 'UNKNOWN_UNIT');

      // Closing a period takes it off the worklist.
      await ok(t.api.post(`${plan}/periods/2029/close`, {}));
      expect(
        (await ok(t.api.get<WorklistResponse>(`${plan}/worklist`))).periods.map((period) => period.period),
      ).toEqual(['2026-H1']);
    },
  );

  it('queues submitted values for the planner by responsible unit', async () => {
    const { plan } = await importWorkedExample();
    expect(await ok(t.api.get<ApprovalQueueResponse>(`${plan}/approval-queue`))).toMatchObject({
      total: 0,
      units: [],
      corrections: [],
    });
    await openPeriod(plan, '2026-H1');
    await openPeriod(plan, '2026');
    await submitted(plan, 'PG1.2.1', '2026-H1', 64);
    await submitted(plan, 'PG1.1.1', '2026-H1', 125000);
    await submitted(plan, 'PG1.1.2', '2026-H2', 7);
    await ok(t.api.put(valueRoute(plan, 'PG1.1.3', '2026-H1'), { value: 55 }), 201); // a draft is not queued

    const queue = await ok(t.api.get<ApprovalQueueResponse>(`${plan}/approval-queue`));
    expect(queue.total).toBe(3);
    expect(
      queue.units.map((unit) => [
        unit.unit,
        unit.count,
        unit.items.map((item) => [item.indicator, item.period, item.assessmentPeriod]),
      ]),
    ).toEqual([
      [
        'PARK',
        2,
        [
          ['PG1.1.1', '2026-H1', '2026-H1'],
          ['PG1.1.2', '2026-H2', '2026'],
        ],
      ],
      ['ZABITA', 1, [['PG1.2.1', '2026-H1', '2026-H1']]],
    ]);
    expect(queue.units[1].items[0]).toMatchObject({ value: 64, version: 2, submittedAt: expect.any(String) });

    // Overdue: still waiting after the approval deadline (30 days after the period's end, in Istanbul).
    const overdue = async (): Promise<Array<[string, string, boolean]>> =>
      (await ok(t.api.get<ApprovalQueueResponse>(`${plan}/approval-queue`))).units.flatMap((unit) =>
        unit.items.map((item): [string, string, boolean] => [
          item.indicator,
          item.approvalDeadline,
          item.overdue,
        ]),
      );
    setClock('2026-07-30T20:59:00Z');
    expect(await overdue()).toEqual([
      ['PG1.1.1', '2026-07-30', false],
      ['PG1.1.2', '2027-01-30', false],
      ['PG1.2.1', '2026-07-30', false],
    ]);
    setClock('2026-07-30T21:00:00Z');
    expect(await overdue()).toEqual([
      ['PG1.1.1', '2026-07-30', true],
      ['PG1.1.2', '2027-01-30', false],
      ['PG1.2.1', '2026-07-30', true],
    ]);
    resetClock();

    await ok((await approverFor(plan)).client.post(valueRoute(plan, 'PG1.2.1', '2026-H1', 'approve'), {}));
    const after = await ok(t.api.get<ApprovalQueueResponse>(`${plan}/approval-queue`));
    expect(after.units.map((unit) => [unit.unit, unit.count])).toEqual([['PARK', 2]]);
    expectError(await t.api.get('/api/plans/abc/approval-queue'), 404, 'PLAN_NOT_FOUND');
  });
});
