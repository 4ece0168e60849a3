import { describe, expect, it } from '@jest/globals';
import type { AuditEntryResponse, AuditPageResponse } from '../../src/contracts/audit.js';
import type { PlanDocument } from '../../src/contracts/plan-document.js';
import type { ProgressResponse } from '../../src/contracts/progress.js';
import type { PublicIndicator, PublicPlan, PublicPlanSummary } from '../../src/contracts/public.js';
import type { IndicatorValueResponse, PlanResponse } from '../../src/contracts/resources.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { TEST_ADMIN } from '../support/create-test-app.js';
import { expectError } from '../support/expect-error.js';
import {
  newMembers,
  importPlan as importPlanDocument,
  ok,
  type Member as User,
} from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';
import { istanbulYear } from '../../src/common/clock.js';

/**
 * The public transparency API (/api/public/plans): published plans only, anonymous, and built
 * from approved values only — a draft or a submitted value changes nothing there, an approved
 * one does, a correction shows as revised, and nothing internal (notes, return comments,
 * users, workflow states) ever leaks.
 *
 * The plan is the worked example (domain.md 4.4) without the values of PG1.2.1, the only
 * indicator of H1.2 (unit ZABITA): its 2025 year-end value is what the tests enter.
 */

const NOTE = 'İç not: sayım tablosu müdürlükte';
const RETURN_COMMENT = 'Kanıt belgesi imzasız';

let serial = 0;

const t = useTestApp();

interface Published {
  planId: string;
  plan: string;
  institutionName: string;
  /** Internal: the plan's planner and the unit manager of ZABITA. */
  planner: User;
  zabita: User;
}

/** The worked example without any value for PG1.2.1. */
function documentWithoutPg121(): PlanDocument {
  serial += 1;
  const doc = workedExampleDocument({ institutionName: `Şeffaf Belediye ${serial}` });
  delete doc.plan.aims[0].targets[1].indicators[0].values;
  return doc;
}

const userWithRole = newMembers(t, 'public.test', 'Kullanıcı');

/** Imported (not yet published), with a planner and a ZABITA unit manager. */
async function importPlan(): Promise<Published> {
  const doc = documentWithoutPg121();
  const { planId, plan, institutionId } = await importPlanDocument(t.api, doc);
  return {
    planId,
    plan,
    institutionName: doc.institution.name,
    planner: await userWithRole(institutionId, 'planner'),
    zabita: await userWithRole(institutionId, 'unit_manager', ['ZABITA']),
  };
}

async function published(): Promise<Published> {
  const imported = await importPlan();
  await ok(imported.planner.client.post(`${imported.plan}/publish`));
  return imported;
}

const publicPlan = (planId: string): Promise<PublicPlan> =>
  ok(t.anonymous.get<PublicPlan>(`/api/public/plans/${planId}`));
const publicProgress = (planId: string): Promise<ProgressResponse> =>
  ok(t.anonymous.get<ProgressResponse>(`/api/public/plans/${planId}/progress?period=2025`));
const publicList = (): Promise<PublicPlanSummary[]> =>
  ok(t.anonymous.get<PublicPlanSummary[]>('/api/public/plans'));

/**
 * PG1.2.1's public entries: its 2025-H2 value with the unit's deviation reason, as approved or,
 * given the value it replaced, as corrected (revised, the original kept).
 */
function zabitaEntries(value: number, originalValue: number | null = null): PublicIndicator['values'] {
  const corrected = originalValue !== null;
  return [
    {
      period: '2025-H2',
      value,
      revised: corrected,
      originalValue,
      correctionReason: corrected ? 'Sayım düzeltildi' : null,
      deviationReason: 'Araç arızası',
    },
  ];
}

function indicator(plan: PublicPlan, code: string): PublicIndicator {
  const found = plan.aims
    .flatMap((aim) => aim.targets.flatMap((target) => target.indicators))
    .find((item) => item.code === code);
  if (!found) throw new Error(`${code} is not in the public plan`);
  return found;
}

/** The figures a reader of the progress page sees: aim, targets and PG1.2.1. */
function figures(progress: ProgressResponse): Record<string, unknown> {
  const [aim] = progress.aims;
  const h12 = aim.targets.find((target) => target.code === 'H1.2');
  return {
    plan: progress.rate,
    aim: aim.rate,
    targets: aim.targets.map((target) => [target.code, target.rate]),
    pg121: h12?.indicators.map((item) => [item.code, item.actual, item.rate, item.rateUsed]),
    excluded: h12?.excluded.map((item) => [item.code, item.reason]),
  };
}

/** Nothing internal in a public body: notes, return comments, users, workflow states. */
function expectNothingInternal(bodies: unknown[], users: User[]): void {
  const text = JSON.stringify(bodies);
  const forbidden = [
    NOTE,
    RETURN_COMMENT,
    TEST_ADMIN.email,
    ...users.flatMap((user) => [user.email, user.id]),
    'submitted',
    'draft',
    'returned',
    'note',
    'returnComment',
    'enteredBy',
    'approvedBy',
  ];
  expect(forbidden.filter((word) => text.includes(word))).toEqual([]);
}

function route(plan: string, action = ''): string {
  return `${plan}/indicators/PG1.2.1/values/2025-H2${action ? `/${action}` : ''}`;
}

describe('what is published', () => {
  it('hides an unpublished plan (404 on it and its progress, absent from the list) until a planner publishes it, and again after unpublishing', async () => {
    const { planId, plan, institutionName, planner, zabita } = await importPlan();
    expectError(await t.anonymous.get(`/api/public/plans/${planId}`), 404, 'PLAN_NOT_FOUND');
    expectError(
      await t.anonymous.get(`/api/public/plans/${planId}/progress?period=2025`),
      404,
      'PLAN_NOT_FOUND',
    );
    expect((await publicList()).map((item) => item.id)).not.toContain(planId);

    // Only admins and planners publish.
    expectError(await zabita.client.post(`${plan}/publish`), 403, 'FORBIDDEN');
    expectError(await t.anonymous.post(`${plan}/publish`), 401, 'UNAUTHORIZED');
    const done = await ok(planner.client.post<PlanResponse>(`${plan}/publish`));
    expect(done.publishedAt).toEqual(expect.any(String));

    // Anonymous: no token at all.
    expect(t.anonymous.token).toBeNull();
    const listed = (await publicList()).find((item) => item.id === planId);
    expect(listed).toEqual({
      id: planId,
      title: '2025-2029 Stratejik Planı',
      startYear: 2025,
      endYear: 2029,
      status: 'yururlukte',
      expired: istanbulYear() > 2029,
      institution: { name: institutionName, kind: 'belediye' },
      publishedAt: done.publishedAt,
    });
    expect(await publicPlan(planId)).toMatchObject({
      id: planId,
      mission: 'Kentlilere etkin hizmet',
      councilDecision: { date: '2024-09-05', number: '2024/138' },
    });
    expect((await publicProgress(planId)).period).toBe('2025');
    // A reader holding the answer asks again by its entity tag: 304, which a shared cache may keep.
    const progressRoute = `/api/public/plans/${planId}/progress?period=2025`;
    const tagged = await t.anonymous.get(progressRoute);
    const etag = tagged.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    expect(tagged.headers.get('cache-control')).toBe('public, no-cache');
    expect((await t.anonymous.get(progressRoute, { 'if-none-match': etag })).status).toBe(304);

    await ok(planner.client.post(`${plan}/unpublish`));
    expectError(await t.anonymous.get(`/api/public/plans/${planId}`), 404, 'PLAN_NOT_FOUND');
    expectError(await t.anonymous.get(`/api/public/plans/${planId}/progress`), 404, 'PLAN_NOT_FOUND');
    // The tag of an answer once public opens nothing once the plan is withdrawn.
    expectError(await t.anonymous.get(progressRoute, { 'if-none-match': etag }), 404, 'PLAN_NOT_FOUND');
    expect((await publicList()).map((item) => item.id)).not.toContain(planId);
  });

  it('answers 404 PLAN_NOT_FOUND for ids that are no plan', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'abc']) {
      expectError(await t.anonymous.get(`/api/public/plans/${id}`), 404, 'PLAN_NOT_FOUND');
      expectError(await t.anonymous.get(`/api/public/plans/${id}/progress`), 404, 'PLAN_NOT_FOUND');
    }
  });
});

describe('approved values only', () => {
  it('ignores drafts and submitted values, counts approved ones, and shows a correction as revised', async () => {
    const { planId, plan, planner, zabita } = await published();
    const users = [planner, zabita];
    // Before: H1.1 is the worked example's 65.0; H1.2 has no data, so the aim is H1.1 alone.
    const before = await publicProgress(planId);
    expect(figures(before)).toEqual({
      plan: 65,
      aim: 65,
      targets: [
        ['H1.1', 65],
        ['H1.2', null],
      ],
      pg121: [['PG1.2.1', null, null, null]],
      excluded: [['PG1.2.1', 'NO_DATA']],
    });
    const beforePlan = await publicPlan(planId);
    expect(indicator(beforePlan, 'PG1.2.1').values).toEqual([]);

    // A draft: the staff view asked for "all" counts it at once; the default (approved) basis,
    // which the council sees, gives the public figure.
    await ok(t.api.post(`${plan}/periods`, { period: '2025' }), 201);
    await ok(zabita.client.put(route(plan), { value: 59, note: NOTE, deviationReason: 'Araç arızası' }), 201);
    const councilView = await ok(t.api.get<ProgressResponse>(`${plan}/progress?period=2025`));
    expect(councilView.basis).toBe('approved');
    expect(figures(councilView)).toEqual(figures(before));
    const internal = await ok(t.api.get<ProgressResponse>(`${plan}/progress?period=2025&basis=all`));
    expect(internal.basis).toBe('all');
    expect(figures(internal)).toMatchObject({
      aim: 77.5,
      targets: [
        ['H1.1', 65],
        ['H1.2', 90],
      ],
    });
    expect(await publicProgress(planId)).toEqual(before);
    expect(await publicPlan(planId)).toEqual(beforePlan);

    // Submitted: still nothing public.
    await ok(zabita.client.post(route(plan, 'submit'), {}));
    expect(await publicProgress(planId)).toEqual(before);
    expect(await publicPlan(planId)).toEqual(beforePlan);

    // Approved: GO = (C − A) / (B − A) × 100 = (59 − 50) / (60 − 50) × 100 = 90.0;
    // aim = mean(65.0, 90.0) = 77.5 (domain.md 4.4).
    await ok(planner.client.post(route(plan, 'approve'), {}));
    const approved = await publicProgress(planId);
    expect(figures(approved)).toEqual({
      plan: 77.5,
      aim: 77.5,
      targets: [
        ['H1.1', 65],
        ['H1.2', 90],
      ],
      pg121: [['PG1.2.1', 59, 90, 90]],
      excluded: [],
    });
    expect(indicator(await publicPlan(planId), 'PG1.2.1').values).toEqual(zabitaEntries(59));

    // A correction after approval: proposed, nothing public changes; approved by another person,
    // revised, with the first approved value kept.
    const approvedPlan = await publicPlan(planId);
    await ok(planner.client.post(route(plan, 'correct'), { value: 61, reason: 'Sayım düzeltildi' }), 202);
    expect(await publicProgress(planId)).toEqual(approved);
    expect(await publicPlan(planId)).toEqual(approvedPlan);
    await ok(t.api.post(route(plan, 'correct/approve'), {}));
    const correctedPlan = await publicPlan(planId);
    expect(indicator(correctedPlan, 'PG1.2.1').values).toEqual(zabitaEntries(61, 59));
    // GO = (61 − 50) / 10 × 100 = 110, counted as 100 in the roll-up: aim (65 + 100) / 2 = 82.5.
    const corrected = await publicProgress(planId);
    expect(figures(corrected)).toMatchObject({ aim: 82.5, pg121: [['PG1.2.1', 61, 110, 100]] });

    const list = await publicList();
    const english = await ok(t.anonymous.get(`/api/public/plans/${planId}/progress?period=2025&lang=en`));
    expectNothingInternal([before, beforePlan, approved, correctedPlan, corrected, list, english], users);
    // The scan can fail: the internal value carries exactly what it looks for.
    const internalValue = await ok(t.api.get<IndicatorValueResponse[]>(`${plan}/indicators/PG1.2.1/values`));
    expect(() => expectNothingInternal([internalValue], users)).toThrow();
  });
});

describe('the full cycle, checked in the audit and the public view', () => {
  it('open → enter → submit → return → resubmit → approve → close → correct', async () => {
    const { planId, plan, planner, zabita } = await published();
    const before = await publicProgress(planId);
    await ok(planner.client.post(`${plan}/periods`, { period: '2025' }), 201);

    // Enter and submit (the unit).
    await ok(zabita.client.put(route(plan), { value: 59, note: NOTE, deviationReason: 'Araç arızası' }), 201);
    await ok(zabita.client.post(route(plan, 'submit'), {}));
    // Return with a comment (the planner).
    await ok(planner.client.post(route(plan, 'return'), { comment: RETURN_COMMENT }));
    expect(await publicProgress(planId)).toEqual(before);
    // Fix and resubmit (the unit).
    await ok(zabita.client.put(route(plan), { value: 58, note: NOTE, deviationReason: 'Araç arızası' }));
    await ok(zabita.client.post(route(plan, 'submit'), {}));
    expect(await publicProgress(planId)).toEqual(before);
    // Approve and close the period (the planner).
    await ok(planner.client.post(route(plan, 'approve'), {}));
    await ok(planner.client.post(`${plan}/periods/2025/close`, {}));
    expectError(await zabita.client.put(route(plan), { value: 57 }), 409, 'PERIOD_CLOSED');
    // Correct after approval, with a reason: the planner proposes, the administrator approves.
    await ok(planner.client.post(route(plan, 'correct'), { value: 60, reason: 'Sayım düzeltildi' }), 202);
    const corrected = await ok(t.api.post<IndicatorValueResponse>(route(plan, 'correct/approve'), {}));
    expect(corrected).toMatchObject({ status: 'approved', value: 60, originalValue: 58, revised: true });

    // The audit: every step of this value, oldest first, by whom, and why the correction.
    const page = await ok(
      t.api.get<AuditPageResponse>(`${plan}/audit?entity=indicator_value&period=2025-H2&pageSize=500`),
    );
    const inserted = page.items.find(
      (entry) => entry.action === 'insert' && entry.actor?.email === zabita.email,
    );
    expect(inserted).toBeDefined();
    const trail = page.items
      .filter((entry) => entry.entityId === (inserted as AuditEntryResponse).entityId)
      .reverse();
    expect(
      trail.map((entry) => [
        entry.entity,
        entry.action,
        entry.period,
        entry.actor?.email,
        entry.newValue?.status ?? null,
        entry.newValue?.value ?? null,
      ]),
    ).toEqual([
      ['indicator_value', 'insert', '2025-H2', zabita.email, 'draft', 59],
      ['indicator_value', 'update', '2025-H2', zabita.email, 'submitted', null],
      ['indicator_value', 'update', '2025-H2', planner.email, 'returned', null],
      ['indicator_value', 'update', '2025-H2', zabita.email, 'draft', 58],
      ['indicator_value', 'update', '2025-H2', zabita.email, 'submitted', null],
      ['indicator_value', 'update', '2025-H2', planner.email, 'approved', null],
      ['indicator_value', 'update', '2025-H2', TEST_ADMIN.email, null, 60],
    ]);
    expect(trail[2].newValue).toMatchObject({ returnComment: RETURN_COMMENT });
    const correction = trail[trail.length - 1];
    expect(correction).toMatchObject({
      reason: 'Sayım düzeltildi',
      oldValue: { value: 58 },
      newValue: { value: 60, originalValue: 58, revised: true, correctionReason: 'Sayım düzeltildi' },
    });
    // The same rows straight from the table.
    const rows = await t.dataSource.query<
      Array<{ action: string; actor_email: string; reason: string | null }>
    >(
      `SELECT action, actor_email, reason FROM audit_log
        WHERE plan_id = $1 AND entity = 'indicator_value' AND entity_id = $2 ORDER BY id`,
      [planId, (inserted as AuditEntryResponse).entityId],
    );
    expect(rows.map((row) => [row.action, row.actor_email])).toEqual(
      trail.map((entry) => [entry.action, entry.actor?.email]),
    );
    expect(rows[rows.length - 1].reason).toBe('Sayım düzeltildi');

    // The public view: the corrected value, marked revised, and nothing of the workflow.
    const view = await publicPlan(planId);
    expect(indicator(view, 'PG1.2.1').values).toEqual(zabitaEntries(60, 58));
    // GO = (60 − 50) / (60 − 50) × 100 = 100; aim = (65 + 100) / 2 = 82.5.
    const progress = await publicProgress(planId);
    expect(figures(progress)).toMatchObject({
      aim: 82.5,
      targets: [
        ['H1.1', 65],
        ['H1.2', 100],
      ],
    });
    expectNothingInternal([view, progress], [planner, zabita]);
  });
});
