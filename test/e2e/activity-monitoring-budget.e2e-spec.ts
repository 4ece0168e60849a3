import { beforeAll, describe, expect, it } from '@jest/globals';
import type { ActivityProgressResponse, ProgrammeBudgetResponse } from '../../src/contracts/programme.js';
import type { UnitActivityReportResponse } from '../../src/contracts/unit-reports.js';
import type { WorklistResponse } from '../../src/contracts/workflow.js';
import { activityMonitoring, F01_APPROVED_PROGRESS } from '../support/activity-monitoring.js';
import { expectError } from '../support/expect-error.js';
import { useExampleAndCast, ok, refusedUnchanged } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

/*
 * Issue 14 point 5 for a programme in the programme-budget format, over HTTP on the worked
 * example's plan (2025–2029): its 2026 programme holds programme 01, sub-programme 01.1 with goal
 * AH1 (H1.1) and two activities, F01 Park yapımı (PARK, bütçe içi 03: 1,000 TL in 2026) and F02
 * Denetim (ZABITA, bütçe içi 01: 500 TL); the proposal is 01: 500, 03: 1,000 so the identity
 * holds. Accepted, its activities are monitored through the same routes, rules and workflow as a
 * classic programme's (activity-monitoring.e2e-spec.ts), addressed by their codes.
 */

const t = useTestApp();
const cast = useExampleAndCast(t, 'butceizleme.local', ['Bütçe İzleme Belediyesi', 'Öteki Belediye'], {
  zabita: 'Zabıta Müdürü',
});

const monitoring = activityMonitoring(t, cast, 2026);
const { progress } = monitoring;
let pp: string;
const budgetActivity = async (
  code: string,
): Promise<
  ProgrammeBudgetResponse['programmes'][0]['subProgrammes'][0]['goals'][0]['activities'][0] | undefined
> => {
  const card = await ok(cast.reviewer.client.get<ProgrammeBudgetResponse>(`${pp}/budget`));
  return card.programmes
    .flatMap((programme) => programme.subProgrammes)
    .flatMap((sub) => sub.goals)
    .flatMap((goal) => goal.activities)
    .find((activity) => activity.code === code);
};

beforeAll(async () => {
  pp = monitoring.programme();
  await ok(
    cast.planner.client.put(pp, { format: 'programme-budget', proposal: { '01': 500, '03': 1000 } }),
    201,
  );
  let card = await ok(
    cast.planner.client.post<ProgrammeBudgetResponse>(`${pp}/budget/programmes`, {
      code: '01',
      name: 'Kentsel Yaşam',
    }),
    201,
  );
  card = await ok(
    cast.planner.client.post<ProgrammeBudgetResponse>(`${pp}/budget/sub-programmes`, {
      programme: card.programmes[0].id,
      code: '01.1',
      name: 'Yeşil Alanlar',
    }),
    201,
  );
  card = await ok(
    cast.planner.client.post<ProgrammeBudgetResponse>(`${pp}/budget/goals`, {
      subProgramme: card.programmes[0].subProgrammes[0].id,
      code: 'AH1',
      title: 'Yeşil alanlar artırılacak',
      targets: ['H1.1'],
    }),
    201,
  );
  const goal = card.programmes[0].subProgrammes[0].goals[0].id;
  for (const activity of [
    { code: 'F01', name: 'Park yapımı', unit: 'PARK', costs: { budget: { '03': { t: 1000 } } } },
    { code: 'F02', name: 'Denetim', unit: 'ZABITA', costs: { budget: { '01': { t: 500 } } } },
  ])
    await ok(cast.planner.client.post(`${pp}/budget/activities`, { goal, ...activity }), 201);
});

describe('monitoring a programme-budget programme’s activities (issue 14 point 5)', () => {
  it('is refused before the council accepted the programme (409 PP_STATUS), unchanged', async () => {
    await ok(t.api.post(`${cast.home.plan}/periods`, { period: '2026-H1' }), 201);
    await refusedUnchanged(t, 409, 'PP_STATUS', () =>
      cast.unitManager.client.put(progress('F01', '2026-H1'), { percent: 10 }),
    );
    await ok(cast.planner.client.post(`${pp}/submit`, { date: '2025-10-01' }));
    await ok(cast.planner.client.post(`${pp}/accept`, { date: '2025-10-10', number: '2025/78' }));
  });

  it('refuses bad input with its code at its field, and changes nothing', async () => {
    await monitoring.refusesEntry({ percent: 101 }, 'ACTIVITY_PERCENT', 'percent');
    await monitoring.refusesEntry({ percent: 10, spending: { '00': 1 } }, 'PP_ECONOMIC_CODE', 'spending.00');
    await monitoring.refusesEntry({ percent: 10, spending: { '03': -5 } }, 'PP_NEGATIVE_COST', 'spending.03');
    await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      cast.unitManager.client.put(progress('F01', '2026-H1'), { note: 'yüzde yok' }),
    );
    const body = await refusedUnchanged(t, 400, 'VALUE_PERIOD', () =>
      cast.unitManager.client.put(progress('F01', '2026-H2'), { percent: 10 }),
    );
    expect(body.details?.[0].path).toBe('period');
    // The budget screens name activities by code; neither an id nor a goal's code is one.
    await refusedUnchanged(t, 404, 'PROGRAMME_ACTIVITY_NOT_FOUND', () =>
      cast.unitManager.client.put(progress('AH1', '2026-H1'), { percent: 10 }),
    );
    const f01 = await budgetActivity('F01');
    await refusedUnchanged(t, 404, 'PROGRAMME_ACTIVITY_NOT_FOUND', () =>
      cast.unitManager.client.put(progress(f01?.id ?? 'x', '2026-H1'), { percent: 10 }),
    );
  });

  it('is entered by the activity’s own unit only; planners and reviewers 403, other institutions 404', async () => {
    await monitoring.refusesAllButTheUnit();
    expectError(await cast.foreignPlanner.client.get(`${pp}/activities/F01/progress`), 404, 'PLAN_NOT_FOUND');
  });

  it('goes draft → submitted → returned → submitted → approved in the worklist and the queue, audited', async () => {
    await monitoring.enterDraft();
    const [stored] = await t.dataSource.query<
      Array<{ activity_id: string | null; budget_activity_id: string | null }>
    >('SELECT activity_id, budget_activity_id FROM programme_activity_progress_entries');
    expect(stored).toEqual({ activity_id: null, budget_activity_id: (await budgetActivity('F01'))?.id });

    const worklist = await ok(
      cast.unitManager.client.get<WorklistResponse>(`${cast.home.plan}/worklist?unit=PARK`),
    );
    expect(worklist.periods.find((item) => item.period === '2026-H1')?.activities).toEqual([
      expect.objectContaining({
        activity: 'F01',
        name: 'Park yapımı',
        programmeTarget: 'AH1',
        unit: 'PARK',
        state: 'draft',
        percent: 40,
        spendingTotal: 300.3,
        version: 1,
      }),
    ]);
    const all = await ok(cast.planner.client.get<WorklistResponse>(`${cast.home.plan}/worklist`));
    expect(
      all.periods
        .find((item) => item.period === '2026-H1')
        ?.activities.map((item) => [item.activity, item.state]),
    ).toEqual([
      ['F01', 'draft'],
      ['F02', 'missing'],
    ]);

    await monitoring.submitLocked({ name: 'Park yapımı', year: 2026, programmeTarget: 'AH1', unit: 'PARK' });
    await ok(
      cast.planner.client.post(progress('F01', '2026-H1', 'return'), { comment: 'Fatura eksik', version: 2 }),
    );
    await ok(
      cast.unitManager.client.put(progress('F01', '2026-H1'), { percent: 45, spending: { '03': 310 } }),
    );
    await monitoring.approveResubmitted();
    await monitoring.expectAudited('Fatura eksik');
  });

  it('keeps the four eyes: who entered and submitted an entry does not approve it (409 SELF_APPROVAL)', async () => {
    await ok(
      cast.admin.client.put(progress('F02', '2026-H1'), { percent: 20, spending: { '01': 100 } }),
      201,
    );
    await ok(cast.admin.client.post(progress('F02', '2026-H1', 'submit'), {}));
    await refusedUnchanged(t, 409, 'SELF_APPROVAL', () =>
      cast.admin.client.post(progress('F02', '2026-H1', 'approve'), {}),
    );
  });

  it('shows each activity’s progress on the budget card, approved beside all; nothing approved is not 0 %', async () => {
    const f01 = await budgetActivity('F01');
    expect(f01?.progress).toEqual(F01_APPROVED_PROGRESS);
    const f02 = await budgetActivity('F02');
    expect(f02?.progress).toEqual([
      {
        period: '2026-H1',
        approved: null,
        all: expect.objectContaining({ percent: 20, status: 'submitted' }),
      },
    ]);
    const listed = await ok(
      cast.reviewer.client.get<ActivityProgressResponse[]>(`${pp}/activities/F01/progress`),
    );
    expect(listed.map((row) => [row.activity, row.period, row.status])).toEqual([
      ['F01', '2026-H1', 'approved'],
    ]);
  });

  it('lists the unit’s budget activities in its unit activity report, under their goal, with their progress', async () => {
    const report = await ok(
      cast.unitManager.client.get<UnitActivityReportResponse>(
        `${cast.home.plan}/activity-reports/2026/units/PARK`,
      ),
    );
    expect(report.activities).toEqual([
      {
        programmeTarget: 'AH1',
        code: 'F01',
        name: 'Park yapımı',
        progress: [
          expect.objectContaining({ period: '2026-H1', approved: expect.objectContaining({ percent: 45 }) }),
        ],
      },
    ]);
  });

  it('keeps a period with a submitted budget activity entry open, and a closed period takes no more', async () => {
    await monitoring.closePeriod();
  });
});
