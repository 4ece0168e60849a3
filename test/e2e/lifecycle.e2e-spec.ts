import { describe, expect, it } from '@jest/globals';
import type { AuditPageResponse } from '../../src/contracts/audit.js';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type { PlanDocument } from '../../src/contracts/plan-document.js';
import type { PlanResponse } from '../../src/contracts/resources.js';
import type { ValidationResponse } from '../../src/contracts/validation.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import type { ApiResponse } from '../support/api-client.js';
import { expectError } from '../support/expect-error.js';
import {
  addMember,
  importPlan as importPlanDocument,
  ok,
  type ImportedPlan,
  type Member,
} from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';
import { istanbulDate } from '../../src/common/clock.js';

/**
 * The plan lifecycle of domain.md 6 over HTTP: POST /api/plans/:planId/lifecycle/submit, /enact
 * and /close move taslak → meclis-onayinda → yururlukte → kapandi one step at a time, with
 * dates in order, under the plan rules (COUNCIL_DECISION, ELECTION_DEADLINE and every error
 * rule once the plan leaves the draft), and a closed plan refuses content edits (PLAN_CLOSED).
 */

const PASSWORD = 'a-long-password';
/** The server judges "today" in UTC (plan-document.service today()). */
const TODAY = istanbulDate();

let serial = 0;

const t = useTestApp();

/** The first day of the month `months` from this one: YYYY-MM-01. */
function monthStart(months: number): string {
  const now = new Date();
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 1));
  return date.toISOString().slice(0, 10);
}

/**
 * The worked example as a draft: no submission, no council decision, and an election three
 * months ago, so the ELECTION_DEADLINE (six months after it) is still ahead.
 */
function draftDocument(): PlanDocument {
  serial += 1;
  const doc = workedExampleDocument({ institutionName: `Yaşam Döngüsü Belediyesi ${serial}` });
  doc.plan.status = 'taslak';
  delete doc.plan.submittedToCouncil;
  delete doc.plan.councilDecision;
  doc.institution.electionDate = monthStart(-3);
  return doc;
}

function importPlan(doc: PlanDocument): Promise<ImportedPlan> {
  return importPlanDocument(t.api, doc);
}

function userWithRole(institutionId: string, role: string, units?: string[]): Promise<Member> {
  serial += 1;
  const email = `${role}-${serial}@lifecycle.test`;
  return addMember(t, { email, name: email, password: PASSWORD, institutionId, role, units });
}

async function storedStatus(planId: string): Promise<string | null> {
  const [row] = await t.dataSource.query<Array<{ status: string | null }>>(
    'SELECT status FROM plans WHERE id = $1',
    [planId],
  );
  return row.status;
}

async function getPlan(plan: string): Promise<PlanResponse> {
  return ok(t.api.get<PlanResponse>(plan));
}

/** Submitted on `submitted` and put in force on `decided`. */
async function inForce(plan: string, submitted = '2024-09-02', decided = '2024-09-05'): Promise<void> {
  await ok(t.api.post(`${plan}/lifecycle/submit`, { date: submitted }));
  await ok(t.api.post(`${plan}/lifecycle/enact`, { date: decided, number: '2024/138' }));
}

/** Each lifecycle step is refused with 409 PLAN_STATUS, its English message naming the plan's `status`. */
async function expectStatusRefused(
  plan: string,
  /** What the English message says of the plan's status, e.g. "The plan is a draft;". */
  says: string,
  steps: ReadonlyArray<readonly [string, Record<string, string>]>,
): Promise<void> {
  for (const [action, body] of steps) {
    const refused = expectError(
      await t.api.post(`${plan}/lifecycle/${action}?lang=en`, body),
      409,
      'PLAN_STATUS',
    );
    expect(refused.message).toContain(says);
  }
}

describe('the lifecycle steps', () => {
  it('walks taslak → meclis-onayinda → yururlukte → kapandi for a planner, storing each status and its dates', async () => {
    const { planId, plan, institutionId } = await importPlan(draftDocument());
    const planner = await userWithRole(institutionId, 'planner');
    expect(await getPlan(plan)).toMatchObject({
      status: 'taslak',
      submittedToCouncil: null,
      councilDecision: null,
    });

    const submitted = await ok(
      planner.client.post<PlanResponse>(`${plan}/lifecycle/submit`, { date: TODAY }),
    );
    expect(submitted).toMatchObject({
      id: planId,
      status: 'meclis-onayinda',
      submittedToCouncil: TODAY,
      councilDecision: null,
    });
    expect(await storedStatus(planId)).toBe('meclis-onayinda');

    const enacted = await ok(
      planner.client.post<PlanResponse>(`${plan}/lifecycle/enact`, { date: TODAY, number: ' 2026/41 ' }),
    );
    expect(enacted).toMatchObject({
      status: 'yururlukte',
      submittedToCouncil: TODAY,
      councilDecision: { date: TODAY, number: '2026/41' },
    });
    expect(await storedStatus(planId)).toBe('yururlukte');

    expect(enacted.closedOn).toBeNull();
    const closed = await ok(planner.client.post<PlanResponse>(`${plan}/lifecycle/close`, { date: TODAY }));
    expect(closed).toMatchObject({
      status: 'kapandi',
      submittedToCouncil: TODAY,
      councilDecision: { date: TODAY, number: '2026/41' },
      closedOn: TODAY,
    });
    expect(await storedStatus(planId)).toBe('kapandi');
    expect(await getPlan(plan)).toEqual(closed);
    // The exported document carries the stored status and the closing date, so a re-import keeps them.
    const exported = await ok(t.api.get<PlanDocument>(`${plan}/document`));
    expect(exported.plan).toMatchObject({
      status: 'kapandi',
      submittedToCouncil: TODAY,
      councilDecision: { date: TODAY, number: '2026/41' },
      closedOn: TODAY,
    });
    serial += 1;
    exported.institution.name = `Yeniden Yüklenen ${serial}`;
    const again = await importPlan(exported);
    expect(await getPlan(again.plan)).toMatchObject({ status: 'kapandi', closedOn: TODAY });
  });

  it('stores the closing date given to the close step, not today', async () => {
    const { plan } = await importPlan(draftDocument());
    await inForce(plan, '2024-09-02', '2024-09-05');
    const closed = await ok(t.api.post<PlanResponse>(`${plan}/lifecycle/close`, { date: '2029-12-31' }));
    expect(closed).toMatchObject({ status: 'kapandi', closedOn: '2029-12-31' });
  });

  it('lets only admins and planners take the steps: a reviewer and a unit manager get 403', async () => {
    const { plan, institutionId } = await importPlan(draftDocument());
    for (const [role, units] of [
      ['reviewer', undefined],
      ['unit_manager', ['PARK']],
    ] as const) {
      const { client } = await userWithRole(institutionId, role, units && [...units]);
      expectError(await client.post(`${plan}/lifecycle/submit`, { date: TODAY }), 403, 'FORBIDDEN');
    }
    expectError(await t.anonymous.post(`${plan}/lifecycle/submit`, { date: TODAY }), 401, 'UNAUTHORIZED');
    expect((await getPlan(plan)).status).toBe('taslak');
  });

  it('closes a plan whose in-force status was derived from its council dates, and stores kapandi', async () => {
    serial += 1;
    // The worked example has no status: submission and council decision make it yururlukte.
    const { planId, plan } = await importPlan(
      workedExampleDocument({ institutionName: `Türetilmiş ${serial}` }),
    );
    expect(await storedStatus(planId)).toBeNull();
    expect((await getPlan(plan)).status).toBe('yururlukte');
    const refused = expectError(
      await t.api.post(`${plan}/lifecycle/submit?lang=en`, { date: TODAY }),
      409,
      'PLAN_STATUS',
    );
    expect(refused.message).toContain('The plan is in force;');
    // Without a body the plan closes today.
    expect(await ok(t.api.post<PlanResponse>(`${plan}/lifecycle/close`))).toMatchObject({
      status: 'kapandi',
    });
    expect(await storedStatus(planId)).toBe('kapandi');
  });

  it('answers 404 PLAN_NOT_FOUND for a plan that does not exist', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'abc'])
      expectError(
        await t.api.post(`/api/plans/${id}/lifecycle/submit`, { date: TODAY }),
        404,
        'PLAN_NOT_FOUND',
      );
  });
});

describe('steps from the wrong state', () => {
  it('answers 409 PLAN_STATUS naming the current status, and changes nothing', async () => {
    const { planId, plan } = await importPlan(draftDocument());
    const draft = await getPlan(plan);
    await expectStatusRefused(plan, 'The plan is a draft;', [
      ['enact', { date: TODAY, number: '2026/1' }],
      ['close', { date: TODAY }],
    ]);
    const turkish = expectError(await t.api.post(`${plan}/lifecycle/close`, {}), 409, 'PLAN_STATUS');
    expect(turkish.message).toContain('taslak');
    expect(await getPlan(plan)).toEqual(draft);

    await ok(t.api.post(`${plan}/lifecycle/submit`, { date: TODAY }));
    const twice = expectError(
      await t.api.post(`${plan}/lifecycle/submit?lang=en`, { date: TODAY }),
      409,
      'PLAN_STATUS',
    );
    expect(twice.message).toContain('The plan is submitted to the council;');
    expectError(await t.api.post(`${plan}/lifecycle/close`, {}), 409, 'PLAN_STATUS');

    await ok(t.api.post(`${plan}/lifecycle/enact`, { date: TODAY, number: '2026/1' }));
    expectError(await t.api.post(`${plan}/lifecycle/submit`, { date: TODAY }), 409, 'PLAN_STATUS');
    expectError(
      await t.api.post(`${plan}/lifecycle/enact`, { date: TODAY, number: '2026/2' }),
      409,
      'PLAN_STATUS',
    );

    await ok(t.api.post(`${plan}/lifecycle/close`, {}));
    const closed = await getPlan(plan);
    // A closed plan takes no step: PLAN_STATUS, not PLAN_CLOSED (the lifecycle answers for itself).
    await expectStatusRefused(plan, 'The plan is closed;', [
      ['submit', { date: TODAY }],
      ['enact', { date: TODAY, number: '2026/3' }],
      ['close', { date: TODAY }],
    ]);
    expect(await getPlan(plan)).toEqual(closed);
    expect(await storedStatus(planId)).toBe('kapandi');
  });
});

describe('dates', () => {
  it('refuses dates that are not YYYY-MM-DD calendar dates with 400 VALIDATION_FAILED on date', async () => {
    const { plan } = await importPlan(draftDocument());
    const before = await getPlan(plan);
    for (const date of ['2025-02-30', '02.09.2024', '2025-9-2', '2025-09-02T10:00:00Z', 20250902, null, '']) {
      const refused = expectError(
        await t.api.post(`${plan}/lifecycle/submit`, { date }),
        400,
        'VALIDATION_FAILED',
      );
      expect({ date, paths: [...new Set(refused.details?.map((item) => item.path))] }).toEqual({
        date,
        paths: ['date'],
      });
    }
    expectError(await t.api.post(`${plan}/lifecycle/submit`, {}), 400, 'VALIDATION_FAILED');
    expectError(
      await t.api.post(`${plan}/lifecycle/submit`, { date: TODAY, extra: 1 }),
      400,
      'VALIDATION_FAILED',
    );
    expect(await getPlan(plan)).toEqual(before);

    await ok(t.api.post(`${plan}/lifecycle/submit`, { date: TODAY }));
    const noNumber = expectError(
      await t.api.post(`${plan}/lifecycle/enact`, { date: TODAY }),
      400,
      'VALIDATION_FAILED',
    );
    expect(new Set(noNumber.details?.map((item) => item.path))).toEqual(new Set(['number']));
    expectError(
      await t.api.post(`${plan}/lifecycle/enact`, { date: '2026-13-01', number: '1' }),
      400,
      'VALIDATION_FAILED',
    );
    await ok(t.api.post(`${plan}/lifecycle/enact`, { date: TODAY, number: '2026/7' }));
    const badClose = expectError(
      await t.api.post(`${plan}/lifecycle/close`, { date: '31.12.2029' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(badClose.details?.map((item) => item.path)).toContain('date');
    expect((await getPlan(plan)).status).toBe('yururlukte');
  });

  it('refuses a council decision before the submission and a closing before the decision with 400 DATE_ORDER', async () => {
    const { plan } = await importPlan(draftDocument());
    await ok(t.api.post(`${plan}/lifecycle/submit`, { date: '2026-06-10' }));
    const early = expectError(
      await t.api.post(`${plan}/lifecycle/enact?lang=en`, { date: '2026-06-09', number: '2026/8' }),
      400,
      'DATE_ORDER',
    );
    expect(early.message).toBe(
      'The council decision date 2026-06-09 is before the submission to the council on 2026-06-10',
    );
    expect(early.details).toEqual([{ path: 'date', code: 'DATE_ORDER', message: early.message }]);
    expect(await getPlan(plan)).toMatchObject({ status: 'meclis-onayinda', councilDecision: null });

    // The same day is in order.
    await ok(t.api.post(`${plan}/lifecycle/enact`, { date: '2026-06-10', number: '2026/8' }));
    const closing = expectError(
      await t.api.post(`${plan}/lifecycle/close?lang=en`, { date: '2026-06-01' }),
      400,
      'DATE_ORDER',
    );
    expect(closing.message).toContain('the council decision on 2026-06-10');
    expect((await getPlan(plan)).status).toBe('yururlukte');
    await ok(t.api.post(`${plan}/lifecycle/close`, { date: '2026-06-10' }));
  });
});

describe('the plan rules at each step', () => {
  it('COUNCIL_DECISION: a blank decision number does not put the plan in force', async () => {
    const { plan } = await importPlan(draftDocument());
    await ok(t.api.post(`${plan}/lifecycle/submit`, { date: TODAY }));
    const refused = expectError(
      await t.api.post(`${plan}/lifecycle/enact?lang=en`, { date: TODAY, number: '   ' }),
      400,
      'PLAN_RULES',
    );
    expect(refused.details).toEqual([
      {
        path: 'plan.councilDecision.number',
        code: 'COUNCIL_DECISION',
        message: 'the council decision number is empty',
      },
    ]);
    expect(await getPlan(plan)).toMatchObject({ status: 'meclis-onayinda', councilDecision: null });
  });

  it('ELECTION_DEADLINE: a late submission goes through and the plan says how late it was; one in time says nothing', async () => {
    const { plan } = await importPlan(draftDocument());
    const deadline = monthStart(3); // six months after the election on monthStart(-3)
    const submitted = await ok(
      t.api.post<PlanResponse>(`${plan}/lifecycle/submit?lang=en`, { date: monthStart(4) }),
    );
    expect(submitted).toMatchObject({ status: 'meclis-onayinda', submittedToCouncil: monthStart(4) });
    const daysLate = Math.round((Date.parse(monthStart(4)) - Date.parse(deadline)) / 86_400_000);
    expect(submitted.preparation).toMatchObject({
      applies: true,
      deadline,
      judgedOn: { basis: 'submitted', date: monthStart(4) },
      daysLate,
      daysRemaining: null,
    });
    const validation = await ok(t.api.get<ValidationResponse>(`${plan}/validation?lang=en`));
    expect(validation.issues).toEqual([
      {
        path: 'plan.submittedToCouncil',
        code: 'ELECTION_DEADLINE',
        severity: 'warning',
        message: expect.stringContaining(
          `by ${deadline}; it was submitted on ${monthStart(4)}, ${daysLate} days late`,
        ),
      },
    ]);

    const inTime = await importPlan(draftDocument());
    const onTime = await ok(t.api.post<PlanResponse>(`${inTime.plan}/lifecycle/submit`, { date: deadline }));
    expect(onTime).toMatchObject({ status: 'meclis-onayinda', submittedToCouncil: deadline });
    expect(onTime.preparation).toMatchObject({ deadline, daysLate: null });
    expect((await ok(t.api.get<ValidationResponse>(`${inTime.plan}/validation`))).issues).toEqual([]);
  });

  it('leaving the draft re-checks what the draft was let off: weights that do not sum to 100 block the submission', async () => {
    const { plan } = await importPlan(draftDocument());
    expect((await t.api.patch(`${plan}/indicators/PG1.1.1`, { weight: 70 })).status).toBe(200);
    const refused = expectError(
      await t.api.post(`${plan}/lifecycle/submit`, { date: TODAY }),
      400,
      'PLAN_RULES',
    );
    expect(refused.details?.map((item) => item.code)).toEqual(['WEIGHTS_SUM']);
    expect((await getPlan(plan)).status).toBe('taslak');
    expect((await t.api.patch(`${plan}/indicators/PG1.1.1`, { weight: 40 })).status).toBe(200);
    await ok(t.api.post(`${plan}/lifecycle/submit`, { date: TODAY }));
  });

  it('leaving the draft re-checks every error rule, even one the draft already broke and edits are let off with', async () => {
    const { planId, plan } = await importPlan(draftDocument());
    // A rule broken outside the editor (an older release, a manual fix): the plan spans six years.
    await t.dataSource.query('UPDATE plans SET end_year = start_year + 5 WHERE id = $1', [planId]);
    // Other edits of the draft still go through: the problem was there before them.
    expect((await t.api.patch(plan, { mission: 'Yeni misyon' })).status).toBe(200);
    const refused = expectError(
      await t.api.post(`${plan}/lifecycle/submit`, { date: TODAY }),
      400,
      'PLAN_RULES',
    );
    expect(refused.details?.map((item) => item.code)).toContain('PLAN_PERIOD');
    expect(await storedStatus(planId)).toBe('taslak');
  });
});

describe('a closed plan', () => {
  it('takes no more values, approvals or corrections: 409 PLAN_CLOSED', async () => {
    const { plan } = await importPlan(draftDocument());
    await inForce(plan, TODAY, TODAY);
    expect((await t.api.post(`${plan}/periods`, { period: '2026-H1' })).status).toBe(201);
    expect((await t.api.put(`${plan}/indicators/PG1.1.1/values/2026-H1`, { value: 125000 })).status).toBe(
      201,
    );
    await ok(t.api.post(`${plan}/lifecycle/close`, {}));
    const before = await t.countRows();
    expectError(
      await t.api.put(`${plan}/indicators/PG1.1.1/values/2026-H1`, { value: 126000 }),
      409,
      'PLAN_CLOSED',
    );
    expectError(await t.api.post(`${plan}/indicators/PG1.1.1/values/2026-H1/submit`, {}), 409, 'PLAN_CLOSED');
    expectError(
      await t.api.post(`${plan}/indicators/PG1.1.1/values/2025-H2/correct`, {
        value: 116000,
        reason: 'Geç düzeltme',
      }),
      409,
      'PLAN_CLOSED',
    );
    expectError(
      await t.api.post(`${plan}/indicators/PG1.1.1/values/2025-H2/correct/approve`, {}),
      409,
      'PLAN_CLOSED',
    );
    expect(await t.countRows()).toEqual(before);
  });

  it('refuses every content edit with 409 PLAN_CLOSED and changes nothing, while reads and publishing go on', async () => {
    const { plan } = await importPlan(draftDocument());
    // A draft takes the edit; in force it goes through an update only (issue 9); closed, PLAN_CLOSED
    // answers first (so the refusals below are the closing's doing).
    expect((await t.api.patch(plan, { mission: 'Güncel misyon' })).status).toBe(200);
    await inForce(plan, TODAY, TODAY);
    expectError(await t.api.patch(plan, { mission: 'Yürürlükte' }), 409, 'CONTENT_VIA_UPDATE');
    await ok(t.api.post(`${plan}/lifecycle/close`, {}));
    const before = await t.countRows();
    const document = await ok(t.api.get(`${plan}/document`));
    const writes: Array<[string, () => Promise<ApiResponse>]> = [
      ['PATCH plan', () => t.api.patch(`${plan}?lang=en`, { mission: 'Kapandıktan sonra' })],
      ['POST core value', () => t.api.post(`${plan}/core-values`, { title: 'Katılımcılık' })],
      ['PATCH core value', () => t.api.patch(`${plan}/core-values/1`, { title: 'Açıklık' })],
      ['DELETE core value', () => t.api.delete(`${plan}/core-values/1`)],
      ['POST aim', () => t.api.post(`${plan}/aims`, { code: 'A2', title: 'Yeni amaç' })],
      ['PATCH aim', () => t.api.patch(`${plan}/aims/A1`, { title: 'Değişen amaç' })],
      ['DELETE aim', () => t.api.delete(`${plan}/aims/A1`)],
      ['PATCH target', () => t.api.patch(`${plan}/targets/H1.1`, { title: 'Değişen hedef' })],
      ['DELETE target', () => t.api.delete(`${plan}/targets/H1.2`)],
      ['PATCH indicator', () => t.api.patch(`${plan}/indicators/PG1.1.1`, { name: 'Değişen gösterge' })],
      ['DELETE indicator', () => t.api.delete(`${plan}/indicators/PG1.2.1`)],
    ];
    for (const [name, write] of writes) {
      const response = await write();
      expect({ name, status: response.status, code: (response.body as ErrorBody).code }).toEqual({
        name,
        status: 409,
        code: 'PLAN_CLOSED',
      });
    }
    const english = expectError(await writes[0][1](), 409, 'PLAN_CLOSED');
    expect(english.message).toContain('closed');
    expect(await t.countRows()).toEqual(before);
    expect(await ok(t.api.get(`${plan}/document`))).toEqual(document);
    expect((await getPlan(plan)).status).toBe('kapandi');
    expect((await t.api.get(`${plan}/validation`)).status).toBe(200);
    expect((await t.api.post<PlanResponse>(`${plan}/publish`)).body).toMatchObject({ status: 'kapandi' });
  });
});

describe('the status changes only through the lifecycle steps', () => {
  it('answers PATCH of status with 400 STATUS_VIA_LIFECYCLE, whatever the status, and changes nothing', async () => {
    const { planId, plan } = await importPlan(draftDocument());
    const before = await getPlan(plan);
    for (const status of ['meclis-onayinda', 'yururlukte', 'kapandi', 'taslak', 'bogus', null]) {
      const refused = expectError(
        await t.api.patch(`${plan}?lang=en`, { status, mission: 'Birlikte' }),
        400,
        'STATUS_VIA_LIFECYCLE',
      );
      expect(refused.details).toEqual([
        { path: 'status', code: 'STATUS_VIA_LIFECYCLE', message: refused.message },
      ]);
      expect(refused.message).toContain('lifecycle');
    }
    expect(await getPlan(plan)).toEqual(before);
    expect(await storedStatus(planId)).toBe('taslak');
    // A closed plan answers the same: the request itself is refused.
    await inForce(plan, TODAY, TODAY);
    await ok(t.api.post(`${plan}/lifecycle/close`, {}));
    expectError(await t.api.patch(plan, { status: 'taslak' }), 400, 'STATUS_VIA_LIFECYCLE');
    expect(await storedStatus(planId)).toBe('kapandi');
  });

  it('refuses council dates that would move a plan without a stored status out of the draft', async () => {
    serial += 1;
    const doc = draftDocument();
    delete doc.plan.status;
    const { planId, plan } = await importPlan(doc);
    expect((await getPlan(plan)).status).toBe('taslak');
    const refused = expectError(
      await t.api.patch(plan, { councilDecisionDate: '2025-01-10', councilDecisionNumber: '2025/7' }),
      400,
      'STATUS_VIA_LIFECYCLE',
    );
    expect(refused.details?.[0].path).toBe('councilDecisionDate');
    expectError(await t.api.patch(plan, { submittedToCouncil: TODAY }), 400, 'STATUS_VIA_LIFECYCLE');
    expect(await getPlan(plan)).toMatchObject({
      status: 'taslak',
      councilDecision: null,
      submittedToCouncil: null,
    });
    expect(await storedStatus(planId)).toBeNull();
    // Dates that leave the status as it is still go through (a stored status does not follow them).
    await ok(t.api.post(`${plan}/lifecycle/submit`, { date: TODAY }));
    expect(await ok(t.api.patch<PlanResponse>(plan, { submittedToCouncil: TODAY }))).toMatchObject({
      status: 'meclis-onayinda',
    });
  });
});

describe('a closed plan takes no new assessment periods or questions', () => {
  it('answers 409 PLAN_CLOSED to opening and reopening a period and to a new question; closing and answering go on', async () => {
    const { plan } = await importPlan(draftDocument());
    await inForce(plan, TODAY, TODAY);
    expect((await t.api.post(`${plan}/periods`, { period: '2026-H1' })).status).toBe(201);
    expect((await t.api.post(`${plan}/periods`, { period: '2026' })).status).toBe(201);
    expect((await t.api.post(`${plan}/periods/2026/close`, {})).status).toBe(200);
    const question = await t.api.post<{ id: string }>(`${plan}/questions`, {
      subjectType: 'target',
      subjectCode: 'H1.1',
      text: 'Hedef neden değişmedi?',
    });
    expect(question.status).toBe(201);
    await ok(t.api.post(`${plan}/lifecycle/close`, {}));

    const before = await t.countRows();
    const [{ periods, questions }] = await t.dataSource.query<Array<{ periods: string; questions: number }>>(
      `SELECT (SELECT string_agg(period || ':' || status, ',' ORDER BY period) FROM assessment_periods) AS periods,
              (SELECT count(*)::int FROM questions) AS questions`,
    );
    const opened = expectError(
      await t.api.post(`${plan}/periods?lang=en`, { period: '2027' }),
      409,
      'PLAN_CLOSED',
    );
    expect(opened.message).toContain('closed');
    expectError(await t.api.post(`${plan}/periods/2026/reopen`, {}), 409, 'PLAN_CLOSED');
    expectError(
      await t.api.post(`${plan}/questions`, { subjectType: 'aim', subjectCode: 'A1', text: 'Yeni soru' }),
      409,
      'PLAN_CLOSED',
    );
    expect(await t.countRows()).toEqual(before);
    expect(
      await t.dataSource.query(
        `SELECT (SELECT string_agg(period || ':' || status, ',' ORDER BY period) FROM assessment_periods) AS periods,
                (SELECT count(*)::int FROM questions) AS questions`,
      ),
    ).toEqual([{ periods, questions }]);
    // What locks or settles things still works on a closed plan.
    expect((await t.api.post(`${plan}/periods/2026-H1/close`, {})).status).toBe(200);
    expect((await t.api.post(`${plan}/questions/${question.body.id}/answer`, { text: 'Cevap' })).status).toBe(
      200,
    );
  });
});

describe('the audit trail', () => {
  it('records each status change as an update of the plan, with the new status, the dates and who made it', async () => {
    const { planId, plan, institutionId } = await importPlan(draftDocument());
    const planner = await userWithRole(institutionId, 'planner');
    await ok(planner.client.post(`${plan}/lifecycle/submit`, { date: '2026-06-10' }));
    await ok(planner.client.post(`${plan}/lifecycle/enact`, { date: '2026-06-12', number: '2026/9' }));
    await ok(planner.client.post(`${plan}/lifecycle/close`, { date: '2026-12-31' }));
    // A refused step leaves no entry.
    expectError(await planner.client.post(`${plan}/lifecycle/close`, {}), 409, 'PLAN_STATUS');

    const page = await ok(t.api.get<AuditPageResponse>(`${plan}/audit?entity=plan&pageSize=500`));
    const updates = page.items.filter((entry) => entry.action === 'update').reverse();
    expect(
      updates.map((entry) => ({
        entityId: entry.entityId,
        old: entry.oldValue?.status,
        new: entry.newValue?.status,
        email: entry.actor?.email,
      })),
    ).toEqual([
      { entityId: planId, old: 'taslak', new: 'meclis-onayinda', email: planner.email },
      { entityId: planId, old: 'meclis-onayinda', new: 'yururlukte', email: planner.email },
      { entityId: planId, old: 'yururlukte', new: 'kapandi', email: planner.email },
    ]);
    expect(updates[0].newValue).toMatchObject({ submittedToCouncil: '2026-06-10' });
    expect(updates[1].newValue).toMatchObject({
      councilDecisionDate: '2026-06-12',
      councilDecisionNumber: '2026/9',
    });
    // No column holds the closing date: the audit entry keeps it as its reason.
    expect(updates[2].reason).toBe('kapandı: 2026-12-31');
    // The same from the table itself.
    const rows = await t.dataSource.query<Array<{ status: string }>>(
      `SELECT new_value->>'status' AS status FROM audit_log
        WHERE entity = 'plan' AND entity_id = $1 AND action = 'update' ORDER BY id`,
      [planId],
    );
    expect(rows.map((row) => row.status)).toEqual(['meclis-onayinda', 'yururlukte', 'kapandi']);
  });
});
