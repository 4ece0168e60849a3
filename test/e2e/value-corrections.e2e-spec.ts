import { describe, expect, it } from '@jest/globals';
import type { AuditPageResponse } from '../../src/contracts/audit.js';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type { PlanDocument } from '../../src/contracts/plan-document.js';
import type { IndicatorProgress, ProgressResponse } from '../../src/contracts/progress.js';
import type { PublicPlan } from '../../src/contracts/public.js';
import type { IndicatorValueResponse } from '../../src/contracts/resources.js';
import type { ApprovalQueueResponse, ValueCorrectionResponse } from '../../src/contracts/workflow.js';
import { expectError } from '../support/expect-error.js';
import { newMembers, ok, type Member, importExample } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

/**
 * Four eyes after approval (issue 9, point 3): a correction of an approved value is a proposal
 * (202) that leaves the approved value in force — progress, the public page and the exported
 * document — until another planner or admin approves it; its proposer never can (409
 * SELF_APPROVAL). Rejected or withdrawn, it changes nothing. One proposal waits per value, also
 * when two race. The approval queue lists waiting corrections in every period, closed ones too,
 * and the audit trail records the proposal, its decision and the value's change.
 *
 * The worked example (domain.md 4.4): PG1.1.1 park area (A 100000, B 2025 120000, B 2026 140000;
 * 2025-H1 108000 and 2025-H2 115000 imported), PG1.1.2 (2025-H2 7, B 8), PG1.1.3, PG1.2.1.
 */

let serial = 0;

const t = useTestApp();

interface Fixture {
  planId: string;
  plan: string;
  /** The institution's administrator, a planner and a second planner, and PARK's unit manager. */
  admin: Member;
  planner: Member;
  planner2: Member;
  park: Member;
}

type Conflict<T> = ErrorBody & { current?: T };

const person = newMembers(t, 'duzeltme.test', 'Kişi');

async function fixture(): Promise<Fixture> {
  serial += 1;
  const { planId, plan, institutionId } = await importExample(t.api, {
    institutionName: `Düzeltme Belediyesi ${serial}`,
  });
  return {
    planId,
    plan,
    admin: await person(institutionId, 'admin'),
    planner: await person(institutionId, 'planner'),
    planner2: await person(institutionId, 'planner'),
    park: await person(institutionId, 'unit_manager', ['PARK']),
  };
}

const route = (plan: string, code: string, period: string, action = ''): string =>
  `${plan}/indicators/${code}/values/${period}${action ? `/${action}` : ''}`;

async function valueOf(plan: string, code: string, period: string): Promise<IndicatorValueResponse> {
  const list = await ok(t.api.get<IndicatorValueResponse[]>(`${plan}/indicators/${code}/values`));
  const found = list.find((item) => item.period === period);
  if (!found) throw new Error(`no value ${code} ${period}`);
  return found;
}

function indicatorOf(response: ProgressResponse, code: string): IndicatorProgress {
  const found = response.aims
    .flatMap((aim) => aim.targets.flatMap((target) => target.indicators))
    .find((item) => item.code === code);
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
}

/** What the public page, the progress and the exported document say about one value. */
async function everywhere(
  fx: Fixture,
  code: string,
  period: string,
  assessed: string,
): Promise<{ progress: number | null; public: number | null; publicValue: unknown; document: unknown }> {
  const progress = await ok(t.api.get<ProgressResponse>(`${fx.plan}/progress?period=${assessed}`));
  const open = await ok(
    t.anonymous.get<ProgressResponse>(`/api/public/plans/${fx.planId}/progress?period=${assessed}`),
  );
  const published = await ok(t.anonymous.get<PublicPlan>(`/api/public/plans/${fx.planId}`));
  const document = await ok(t.api.get<PlanDocument>(`${fx.plan}/document`));
  const publicIndicator = published.aims
    .flatMap((aim) => aim.targets.flatMap((target) => target.indicators))
    .find((item) => item.code === code);
  const docIndicator = document.plan.aims
    .flatMap((aim) => aim.targets.flatMap((target) => target.indicators))
    .find((item) => item.code === code);
  return {
    progress: indicatorOf(progress, code).actual,
    public: indicatorOf(open, code).actual,
    publicValue: publicIndicator?.values.find((value) => value.period === period),
    document: docIndicator?.values?.[period],
  };
}

describe('a correction of an approved value needs a second person', () => {
  it('the one who entered the value (an admin) proposes 999999: 202, nothing changes until another planner approves; the proposer cannot', async () => {
    const fx = await fixture();
    await ok(fx.planner.client.post(`${fx.plan}/publish`));
    await ok(fx.planner.client.post(`${fx.plan}/periods`, { period: '2026-H1' }), 201);
    const value = route(fx.plan, 'PG1.1.1', '2026-H1');
    // The admin enters and submits; a planner approves (the first four eyes).
    await ok(fx.admin.client.put(value, { value: 125000, note: 'Saha ölçümü' }), 201);
    await ok(fx.admin.client.post(`${value}/submit`, {}));
    const approved = await ok(fx.planner.client.post<IndicatorValueResponse>(`${value}/approve`, {}));
    expect(approved).toMatchObject({ status: 'approved', value: 125000, pendingCorrection: null });
    const before = await everywhere(fx, 'PG1.1.1', '2026-H1', '2026-H1');
    expect(before).toMatchObject({ progress: 125000, public: 125000, document: { value: 125000 } });

    // Today's attack: the enterer alone sets it to 999999. Now it is only a proposal.
    const proposed = await fx.admin.client.post<IndicatorValueResponse>(`${value}/correct`, {
      value: 999999,
      reason: 'Yeni ölçüm',
      version: approved.version,
    });
    expect({ status: proposed.status, body: proposed.body }).toMatchObject({
      status: 202,
      body: {
        period: '2026-H1',
        value: 125000,
        status: 'approved',
        revised: false,
        originalValue: null,
        correctionReason: null,
        version: approved.version,
        pendingCorrection: {
          id: expect.any(String),
          period: '2026-H1',
          status: 'proposed',
          previousValue: 125000,
          value: 999999,
          reason: 'Yeni ölçüm',
          note: 'Saha ölçümü',
          deviationReason: null,
          proposedBy: fx.admin.id,
          proposedAt: expect.any(String),
          decidedBy: null,
        },
      },
    });
    const correctionId = proposed.body.pendingCorrection?.id;
    expect(await valueOf(fx.plan, 'PG1.1.1', '2026-H1')).toMatchObject({
      value: 125000,
      revised: false,
      version: approved.version,
      pendingCorrection: { id: correctionId, value: 999999 },
    });
    // Progress, the public page and the exported document still hold the approved value.
    expect(await everywhere(fx, 'PG1.1.1', '2026-H1', '2026-H1')).toEqual(before);
    expect(before.publicValue).not.toHaveProperty('pendingCorrection');

    // The proposer cannot approve it, with the id or without.
    const self = expectError<Conflict<IndicatorValueResponse>>(
      await fx.admin.client.post(`${value}/correct/approve?lang=en`, { id: correctionId }),
      409,
      'SELF_APPROVAL',
    );
    expect(self.message).toContain('four-eyes');
    expect(self.current).toMatchObject({ value: 125000, pendingCorrection: { id: correctionId } });
    expectError(await fx.admin.client.post(`${value}/correct/approve`, {}), 409, 'SELF_APPROVAL');
    // A unit manager or a reviewer does not decide corrections.
    expectError(await fx.park.client.post(`${value}/correct/approve`, {}), 403, 'FORBIDDEN');
    expect(await everywhere(fx, 'PG1.1.1', '2026-H1', '2026-H1')).toEqual(before);

    // The planner who approved the value first may approve the correction: another person.
    const applied = await ok(
      fx.planner.client.post<IndicatorValueResponse>(`${value}/correct/approve`, { id: correctionId }),
    );
    expect(applied).toMatchObject({
      value: 999999,
      status: 'approved',
      revised: true,
      originalValue: 125000,
      correctionReason: 'Yeni ölçüm',
      note: 'Saha ölçümü',
      enteredBy: fx.admin.id,
      approvedBy: fx.planner.id,
      pendingCorrection: null,
      version: approved.version + 1,
    });
    expect(await everywhere(fx, 'PG1.1.1', '2026-H1', '2026-H1')).toMatchObject({
      progress: 999999,
      public: 999999,
      publicValue: { value: 999999, revised: true, originalValue: 125000, correctionReason: 'Yeni ölçüm' },
      document: { value: 999999, revised: true, originalValue: 125000, correctionReason: 'Yeni ölçüm' },
    });
    // Decided: approving again names it as approved.
    const again = expectError<Conflict<ValueCorrectionResponse>>(
      await fx.planner2.client.post(`${value}/correct/approve`, { id: correctionId }),
      409,
      'CORRECTION_STATUS',
    );
    expect(again.current).toMatchObject({ id: correctionId, status: 'approved', decidedBy: fx.planner.id });
    expectError(await fx.planner2.client.post(`${value}/correct/approve`, {}), 404, 'CORRECTION_NOT_FOUND');

    // The audit trail: the proposal by the admin, its approval and the value's change by the planner.
    const page = await ok(
      fx.planner2.client.get<AuditPageResponse>(
        `${fx.plan}/audit?indicator=PG1.1.1&period=2026-H1&pageSize=50`,
      ),
    );
    const entries = [...page.items].reverse();
    const corrections = entries.filter((entry) => entry.entity === 'value_correction');
    expect(corrections).toEqual([
      expect.objectContaining({
        action: 'insert',
        entityId: correctionId,
        period: '2026-H1',
        reason: 'Yeni ölçüm',
        actor: { id: fx.admin.id, email: fx.admin.email },
        newValue: expect.objectContaining({ value: 999999, previousValue: 125000, status: 'proposed' }),
      }),
      expect.objectContaining({
        action: 'update',
        entityId: correctionId,
        reason: 'Yeni ölçüm',
        actor: { id: fx.planner.id, email: fx.planner.email },
        oldValue: expect.objectContaining({ status: 'proposed', decidedBy: null }),
        newValue: expect.objectContaining({ status: 'approved', decidedBy: fx.planner.id }),
      }),
    ]);
    const valueChanges = entries.filter(
      (entry) => entry.entity === 'indicator_value' && entry.action === 'update' && entry.newValue?.revised,
    );
    expect(valueChanges).toEqual([
      expect.objectContaining({
        reason: 'Yeni ölçüm',
        actor: { id: fx.planner.id, email: fx.planner.email },
        oldValue: expect.objectContaining({ value: 125000, originalValue: null, revised: false }),
        newValue: expect.objectContaining({
          value: 999999,
          originalValue: 125000,
          correctionReason: 'Yeni ölçüm',
          revised: true,
        }),
      }),
    ]);
    // The value changed exactly once after its approval: by the correction's approval.
    expect(
      entries.filter(
        (entry) =>
          entry.entity === 'indicator_value' &&
          entry.action === 'update' &&
          entry.newValue?.value !== undefined,
      ),
    ).toHaveLength(1);
  });

  it('a rejected or withdrawn correction leaves the value; one waits per value; other writes are refused while it waits', async () => {
    const fx = await fixture();
    const value = route(fx.plan, 'PG1.1.2', '2025-H2');
    const imported = await valueOf(fx.plan, 'PG1.1.2', '2025-H2');
    expect(imported).toMatchObject({ value: 7, status: 'approved', pendingCorrection: null });

    const first = await ok(
      fx.planner.client.post<IndicatorValueResponse>(`${value}/correct`, {
        value: 6.5,
        reason: 'Kayıt hatası',
      }),
      202,
    );
    const pendingId = first.pendingCorrection?.id;
    // A second proposal, by anyone, answers 409 with the waiting one.
    for (const client of [fx.planner.client, fx.admin.client, fx.planner2.client]) {
      const body = expectError<Conflict<ValueCorrectionResponse>>(
        await client.post(`${value}/correct?lang=en`, { value: 5, reason: 'Başka bir düzeltme' }),
        409,
        'CORRECTION_PENDING',
      );
      expect(body.current).toMatchObject({ id: pendingId, value: 6.5, status: 'proposed' });
      expect(body.message).toContain('already waiting');
    }
    // The value stays locked for entry; the refusal says a correction waits.
    await ok(t.api.post(`${fx.plan}/periods`, { period: '2025' }), 201);
    const locked = expectError<Conflict<IndicatorValueResponse>>(
      await t.api.put(value, { value: 1, deviationReason: 'x' }),
      409,
      'VALUE_LOCKED',
    );
    expect(locked.message).toContain('düzeltmesi onay bekliyor');
    expect(locked.current).toMatchObject({ value: 7, pendingCorrection: { id: pendingId } });
    expectError(await t.api.delete(value), 409, 'VALUE_LOCKED');

    // Reject: a comment is required; the value does not change.
    const noComment = expectError(
      await fx.planner2.client.post(`${value}/correct/reject`, {}),
      400,
      'VALIDATION_FAILED',
    );
    expect(noComment.details?.map((detail) => detail.path)).toContain('comment');
    const staleId = '00000000-0000-4000-8000-000000000000';
    expectError(
      await fx.planner2.client.post(`${value}/correct/reject`, { id: staleId, comment: 'x' }),
      404,
      'CORRECTION_NOT_FOUND',
    );
    const rejected = await ok(
      fx.planner2.client.post<IndicatorValueResponse>(`${value}/correct/reject`, {
        id: pendingId,
        comment: 'Kayıt doğru, düzeltme gereksiz',
      }),
    );
    expect(rejected).toMatchObject({
      value: 7,
      revised: false,
      version: imported.version,
      pendingCorrection: null,
    });
    expect(await valueOf(fx.plan, 'PG1.1.2', '2025-H2')).toEqual(rejected);
    expectError(await fx.planner2.client.post(`${value}/correct/approve`, {}), 404, 'CORRECTION_NOT_FOUND');
    const late = expectError<Conflict<ValueCorrectionResponse>>(
      await fx.admin.client.post(`${value}/correct/approve`, { id: pendingId }),
      409,
      'CORRECTION_STATUS',
    );
    expect(late.current).toMatchObject({
      status: 'rejected',
      decidedBy: fx.planner2.id,
      decisionComment: 'Kayıt doğru, düzeltme gereksiz',
    });

    // Proposed again, the proposer withdraws it (the same route).
    const second = await ok(
      fx.admin.client.post<IndicatorValueResponse>(`${value}/correct`, { value: 6, reason: 'Yeni sayım' }),
      202,
    );
    const withdrawn = await ok(
      fx.admin.client.post<IndicatorValueResponse>(`${value}/correct/reject`, { comment: 'Yanlış gösterge' }),
    );
    expect(withdrawn).toMatchObject({ value: 7, revised: false, pendingCorrection: null });
    const rows = await t.dataSource.query<Array<{ id: string; status: string; decided_by: string }>>(
      `SELECT id, status, decided_by FROM value_corrections WHERE plan_id = $1 ORDER BY proposed_at`,
      [fx.planId],
    );
    expect(rows).toEqual([
      { id: pendingId, status: 'rejected', decided_by: fx.planner2.id },
      { id: second.pendingCorrection?.id, status: 'withdrawn', decided_by: fx.admin.id },
    ]);
    // Audited with the comments as reasons.
    const page = await ok(t.api.get<AuditPageResponse>(`${fx.plan}/audit?entity=value_correction`));
    expect(
      page.items.map((entry) => [entry.action, entry.newValue?.status ?? null, entry.reason]).reverse(),
    ).toEqual([
      ['insert', 'proposed', 'Kayıt hatası'],
      ['update', 'rejected', 'Kayıt doğru, düzeltme gereksiz'],
      ['insert', 'proposed', 'Yeni sayım'],
      ['update', 'withdrawn', 'Yanlış gösterge'],
    ]);
  });

  it('two proposals racing on one value: one 202, the other 409 CORRECTION_PENDING', async () => {
    const fx = await fixture();
    const clients = [fx.planner.client, fx.planner2.client, fx.admin.client, t.api];
    for (const [index, period] of ['2025-H1', '2025-H2'].entries()) {
      const value = route(fx.plan, 'PG1.1.1', period);
      const answers = await Promise.all(
        clients.map((client, n) =>
          client.post<IndicatorValueResponse | Conflict<ValueCorrectionResponse>>(`${value}/correct`, {
            value: 110000 + 1000 * n + index,
            reason: `Yarış ${n}`,
          }),
        ),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([202, 409, 409, 409]);
      const winner = answers.find((answer) => answer.status === 202)?.body as IndicatorValueResponse;
      for (const answer of answers.filter((item) => item.status === 409)) {
        expect(answer.body).toMatchObject({
          code: 'CORRECTION_PENDING',
          current: { id: winner.pendingCorrection?.id },
        });
      }
      const [{ count }] = await t.dataSource.query<Array<{ count: number }>>(
        `SELECT count(*)::int AS count FROM value_corrections c JOIN indicators i ON i.id = c.indicator_id
          WHERE c.plan_id = $1 AND i.code = 'PG1.1.1' AND c.period = $2`,
        [fx.planId, period],
      );
      expect(count).toBe(1);
    }
  });

  it('the approval queue lists waiting corrections in every period, a closed one too; bulk approval does not apply them', async () => {
    const fx = await fixture();
    await ok(fx.planner.client.post(`${fx.plan}/periods`, { period: '2026-H1' }), 201);
    const h1 = route(fx.plan, 'PG1.1.1', '2026-H1');
    await ok(fx.park.client.put(h1, { value: 125000 }), 201);
    await ok(fx.park.client.post(`${h1}/submit`, {}));
    await ok(fx.planner.client.post(`${h1}/approve`, {}));
    await ok(fx.planner.client.post(`${fx.plan}/periods/2026-H1/close`, {}));
    // A submitted value waits as well, for the values part of the queue.
    const h2 = route(fx.plan, 'PG1.1.2', '2026-H1');
    await ok(fx.planner.client.post(`${fx.plan}/periods`, { period: '2026' }), 201);
    const h2year = route(fx.plan, 'PG1.1.2', '2026-H2');
    await ok(fx.park.client.put(h2year, { value: 8, deviationReason: 'Ekip eksikliği' }), 201);
    await ok(fx.park.client.post(`${h2year}/submit`, {}));
    expectError(await fx.park.client.put(h2, { value: 8 }), 409, 'PERIOD_CLOSED');

    // Corrections go on after closing (2026-H1) and in a period never opened (2025).
    await ok(fx.planner.client.post(`${h1}/correct`, { value: 126000, reason: 'Ölçüm hatası' }), 202);
    await ok(
      fx.admin.client.post(route(fx.plan, 'PG1.2.1', '2025-H2') + '/correct', {
        value: 58,
        reason: 'Sayım hatası',
        deviationReason: 'Personel eksikliği',
      }),
      202,
    );
    const queue = await ok(fx.planner2.client.get<ApprovalQueueResponse>(`${fx.plan}/approval-queue`));
    expect(queue.total).toBe(1);
    expect(queue.units.map((unit) => [unit.unit, unit.items.map((item) => item.period)])).toEqual([
      ['PARK', ['2026-H2']],
    ]);
    expect(queue.corrections).toEqual([
      {
        id: expect.any(String),
        indicator: 'PG1.1.1',
        name: expect.any(String),
        target: 'H1.1',
        unit: 'PARK',
        assessmentPeriod: '2026-H1',
        period: '2026-H1',
        currentValue: 125000,
        value: 126000,
        reason: 'Ölçüm hatası',
        currentDeviationReason: null,
        deviationReason: null,
        proposedBy: fx.planner.id,
        proposedAt: expect.any(String),
      },
      {
        id: expect.any(String),
        indicator: 'PG1.2.1',
        name: expect.any(String),
        target: 'H1.2',
        unit: 'ZABITA',
        assessmentPeriod: '2025',
        period: '2025-H2',
        currentValue: expect.any(Number),
        value: 58,
        reason: 'Sayım hatası',
        currentDeviationReason: expect.any(String),
        deviationReason: 'Personel eksikliği',
        proposedBy: fx.admin.id,
        proposedAt: expect.any(String),
      },
    ]);

    // Bulk approval takes submitted values only: a value with a waiting correction is refused whole.
    const other = route(fx.plan, 'PG1.1.3', '2026-H2');
    await ok(fx.park.client.put(other, { value: 61, deviationReason: 'Salon tadilatı' }), 201);
    await ok(fx.park.client.post(`${other}/submit`, {}));
    await ok(fx.planner.client.post(`${other}/approve`, {}));
    await ok(fx.admin.client.post(`${other}/correct`, { value: 62, reason: 'Eksik kayıt' }), 202);
    const bulk = expectError<Conflict<IndicatorValueResponse>>(
      await fx.planner2.client.post(`${fx.plan}/approvals`, {
        action: 'approve',
        items: [
          { indicator: 'PG1.1.2', period: '2026-H2' },
          { indicator: 'PG1.1.3', period: '2026-H2' },
        ],
      }),
      409,
      'VALUE_STATUS',
    );
    expect(bulk.details?.map((detail) => [detail.path, detail.code])).toEqual([['items[1]', 'VALUE_STATUS']]);
    expect(bulk.current).toMatchObject({ value: 61, pendingCorrection: { value: 62 } });
    expect(await valueOf(fx.plan, 'PG1.1.3', '2026-H2')).toMatchObject({
      value: 61,
      revised: false,
      pendingCorrection: { value: 62 },
    });
    expect((await valueOf(fx.plan, 'PG1.1.2', '2026-H2')).status).toBe('submitted');
    await ok(fx.planner2.client.post(`${other}/correct/reject`, { comment: 'Kayıt doğru' }));

    // Approved one by one, in the closed period too; the queue empties.
    await ok(fx.planner2.client.post(`${h1}/correct/approve`, {}));
    await ok(fx.planner2.client.post(`${route(fx.plan, 'PG1.2.1', '2025-H2')}/correct/approve`, {}));
    expect(await valueOf(fx.plan, 'PG1.1.1', '2026-H1')).toMatchObject({ value: 126000, revised: true });
    expect(await valueOf(fx.plan, 'PG1.2.1', '2025-H2')).toMatchObject({
      value: 58,
      deviationReason: 'Personel eksikliği',
      correctionReason: 'Sayım hatası',
    });
    expect((await ok(t.api.get<ApprovalQueueResponse>(`${fx.plan}/approval-queue`))).corrections).toEqual([]);
  });

  it('DEVIATION_REASON is judged on the proposal as if applied: a year-end C ≠ B without a reason is refused and nothing is stored', async () => {
    const fx = await fixture();
    const value = route(fx.plan, 'PG1.1.1', '2025-H2');
    const before = await t.countRows();
    const refused = expectError(
      await fx.planner.client.post(`${value}/correct`, {
        value: 116000,
        reason: 'Yeniden ölçüldü',
        deviationReason: '',
      }),
      400,
      'DEVIATION_REASON',
    );
    expect(refused.details?.map((detail) => detail.path)).toEqual(['values["2025-H2"].deviationReason']);
    expect(await t.countRows()).toEqual(before);
    const [{ count }] = await t.dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM value_corrections WHERE plan_id = $1',
      [fx.planId],
    );
    expect(count).toBe(0);
    // C = B (120000) needs none: the proposal clears the reason once approved.
    await ok(
      fx.planner.client.post(`${value}/correct`, {
        value: 120000,
        reason: 'Yeniden ölçüldü',
        deviationReason: '',
      }),
      202,
    );
    expect(await valueOf(fx.plan, 'PG1.1.1', '2025-H2')).toMatchObject({
      value: 115000,
      deviationReason: 'İhale gecikti',
      pendingCorrection: { value: 120000, deviationReason: null },
    });
    const applied = await ok(fx.admin.client.post<IndicatorValueResponse>(`${value}/correct/approve`, {}));
    expect(applied).toMatchObject({
      value: 120000,
      deviationReason: null,
      originalValue: 115000,
      revised: true,
    });
  });

  it('on a closed plan a correction is neither proposed nor approved, but a waiting one can still be rejected', async () => {
    const fx = await fixture();
    const value = route(fx.plan, 'PG1.1.3', '2025-H2');
    await ok(fx.planner.client.post(`${value}/correct`, { value: 46, reason: 'Yeni sayım' }), 202);
    await ok(fx.planner.client.post(`${fx.plan}/lifecycle/close`, {}));
    expectError(await fx.planner2.client.post(`${value}/correct/approve`, {}), 409, 'PLAN_CLOSED');
    expectError(
      await fx.planner2.client.post(route(fx.plan, 'PG1.1.2', '2025-H2', 'correct'), {
        value: 6,
        reason: 'Geç düzeltme',
      }),
      409,
      'PLAN_CLOSED',
    );
    const rejected = await ok(
      fx.planner2.client.post<IndicatorValueResponse>(`${value}/correct/reject`, { comment: 'Plan kapandı' }),
    );
    expect(rejected).toMatchObject({ value: 45, revised: false, pendingCorrection: null });
  });
});
