import { beforeAll, describe, expect, it } from '@jest/globals';
import type { AuditPageResponse } from '../../src/contracts/audit.js';
import type { CalendarResponse } from '../../src/contracts/calendar.js';
import type { ActivityProgressResponse, ProgrammeResponse } from '../../src/contracts/programme.js';
import type { UnitActivityReportResponse, UnitReportsResponse } from '../../src/contracts/unit-reports.js';
import type { WorklistResponse } from '../../src/contracts/workflow.js';
import type { PublicProgramme, PublicProgrammeSummary } from '../../src/contracts/public.js';
import { activityMonitoring, F01_APPROVED_PROGRESS } from '../support/activity-monitoring.js';
import { expectError } from '../support/expect-error.js';
import { expectRowsChanged, useExampleAndCast, ok, refusedUnchanged } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

/*
 * Issue 14 points 4, 5 and 8 over HTTP on the worked example's plan (2025–2029, in force): its
 * 2026 programme with PH1 = H1.1 (PARK) and two activities, F01 Park yapımı (PARK, 03: 1,000 TL)
 * and F02 Denetim (ZABITA, 01: 500 TL); the programme is accepted, then published; F01's progress
 * goes draft → submitted → returned → submitted → approved in the open 2026-H1 period; then the
 * units write their 2026 activity reports.
 */

const t = useTestApp();
const cast = useExampleAndCast(t, 'izleme.local', ['İzleme Belediyesi', 'Başka Belediye'], {
  zabita: 'Zabıta Müdürü',
});

const monitoring = activityMonitoring(t, cast, 2026);
const { progress } = monitoring;
let pp: string;

beforeAll(async () => {
  pp = monitoring.programme();
  await ok(cast.planner.client.put(pp, { proposal: { '01': 500, '03': 1000 } }), 201);
  await ok(cast.planner.client.post(`${pp}/targets`, { target: 'H1.1' }), 201);
  for (const activity of [
    { target: 'PH1', name: 'Park yapımı', unit: 'PARK', budget: { '03': 1000 } },
    { target: 'PH1', name: 'Denetim', unit: 'ZABITA', budget: { '01': 500 } },
  ])
    await ok(cast.planner.client.post(`${pp}/activities`, activity), 201);
  for (const code of ['PG1.1.1', 'PG1.1.2', 'PG1.1.3'])
    await ok(
      cast.planner.client.put(`${pp}/targets/PH1/indicators/${code}`, { figures: { '2024': 1, '2025': 1 } }),
    );
});

describe('publishing the programme (point 4)', () => {
  it('publishes only an accepted programme (409 PP_STATUS), never before the decision (400 DATE_ORDER), planners only', async () => {
    await refusedUnchanged(t, 409, 'PP_STATUS', () =>
      cast.planner.client.post(`${pp}/publish`, { date: '2025-11-01' }),
    );
    await ok(cast.planner.client.post(`${pp}/submit`, { date: '2025-10-01' }));
    await ok(cast.planner.client.post(`${pp}/accept`, { date: '2025-10-10', number: '2025/77' }));
    const body = await refusedUnchanged(t, 400, 'DATE_ORDER', () =>
      cast.planner.client.post(`${pp}/publish`, { date: '2025-10-09' }),
    );
    expect(body.details?.[0].path).toBe('date');
    await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      cast.planner.client.post(`${pp}/publish`, { date: '1 Kasım' }),
    );
    for (const member of [cast.unitManager, cast.reviewer])
      await refusedUnchanged(t, 403, 'FORBIDDEN', () =>
        member.client.post(`${pp}/publish`, { date: '2025-11-01' }),
      );
    await refusedUnchanged(t, 404, 'PLAN_NOT_FOUND', () =>
      cast.foreignPlanner.client.post(`${pp}/publish`, { date: '2025-11-01' }),
    );
    const before = await t.countRows();
    const published = await ok(
      cast.planner.client.post<ProgrammeResponse>(`${pp}/publish`, { date: '2025-11-01' }),
    );
    expect(published).toMatchObject({
      status: 'published',
      publishedOn: '2025-11-01',
      decisionNumber: '2025/77',
    });
    await expectRowsChanged(t, before, {});
    const trail = await ok(t.api.get<AuditPageResponse>(`${cast.home.plan}/audit?entity=programme`));
    expect(trail.items[0]).toEqual(expect.objectContaining({ action: 'update' }));
    await refusedUnchanged(t, 409, 'PP_STATUS', () =>
      cast.planner.client.post(`${pp}/publish`, { date: '2025-11-02' }),
    );
    await refusedUnchanged(t, 409, 'PP_ACCEPTED', () => cast.planner.client.put(pp, { proposal: {} }));
  });
});

describe('monitoring of activities (point 5)', () => {
  it('refuses progress while the assessment period was never opened (400 PERIOD_NOT_OPEN)', async () => {
    const body = await refusedUnchanged(t, 400, 'PERIOD_NOT_OPEN', () =>
      cast.unitManager.client.put(progress('F01', '2026-H1'), { percent: 10 }),
    );
    expect(body.details?.[0].path).toBe('period');
    await ok(t.api.post(`${cast.home.plan}/periods`, { period: '2026-H1' }), 201);
  });

  it('refuses bad input with its code at its field, and changes nothing', async () => {
    let body = await refusedUnchanged(t, 400, 'ACTIVITY_PERCENT', () =>
      cast.unitManager.client.put(progress('F01', '2026-H1'), { percent: 120 }),
    );
    expect(body.details).toEqual([
      { path: 'percent', code: 'ACTIVITY_PERCENT', message: expect.stringContaining('0 ile 100') },
    ]);
    await refusedUnchanged(t, 400, 'ACTIVITY_PERCENT', () =>
      cast.unitManager.client.put(progress('F01', '2026-H1'), { percent: -1 }),
    );
    await monitoring.refusesEntry(
      { percent: 10, spending: { '10': 5, '03': 1 } },
      'PP_ECONOMIC_CODE',
      'spending.10',
    );
    await monitoring.refusesEntry({ percent: 10, spending: { '03': -1 } }, 'PP_NEGATIVE_COST', 'spending.03');
    await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      cast.unitManager.client.put(progress('F01', '2026-H1'), { percent: 'yarısı' }),
    );
    for (const period of ['2026-H2', '2027', 'dün']) {
      body = await refusedUnchanged(t, 400, 'VALUE_PERIOD', () =>
        cast.unitManager.client.put(progress('F01', period), { percent: 10 }),
      );
      expect(body.details?.[0].path).toBe('period');
    }
    await refusedUnchanged(t, 404, 'PROGRAMME_ACTIVITY_NOT_FOUND', () =>
      cast.unitManager.client.put(progress('F99', '2026-H1'), { percent: 10 }),
    );
    await refusedUnchanged(t, 400, 'PP_YEAR', () =>
      cast.unitManager.client.put(`${cast.home.plan}/programmes/2031/activities/F01/progress/2031`, {
        percent: 10,
      }),
    );
    await refusedUnchanged(t, 404, 'PROGRAMME_NOT_FOUND', () =>
      cast.unitManager.client.put(`${cast.home.plan}/programmes/2027/activities/F01/progress/2027`, {
        percent: 10,
      }),
    );
  });

  it('is entered by the activity’s own unit only: another unit 403 NOT_YOUR_UNIT, planners and reviewers 403, other institutions 404', async () => {
    await monitoring.refusesAllButTheUnit();
    await refusedUnchanged(t, 404, 'ACTIVITY_PROGRESS_NOT_FOUND', () =>
      cast.unitManager.client.post(progress('F01', '2026-H1', 'submit'), {}),
    );
  });

  it('goes draft → submitted → returned → submitted → approved beside the values, audited', async () => {
    await monitoring.enterDraft();

    const worklist = await ok(
      cast.unitManager.client.get<WorklistResponse>(`${cast.home.plan}/worklist?unit=PARK`),
    );
    const period = worklist.periods.find((item) => item.period === '2026-H1');
    expect(period?.activities).toEqual([
      expect.objectContaining({
        activity: 'F01',
        programmeTarget: 'PH1',
        unit: 'PARK',
        state: 'draft',
        percent: 40,
        spendingTotal: 300.3,
        version: 1,
      }),
    ]);
    const zabitaList = await ok(
      cast.zabita.client.get<WorklistResponse>(`${cast.home.plan}/worklist?unit=ZABITA`),
    );
    expect(zabitaList.periods.find((item) => item.period === '2026-H1')?.activities).toEqual([
      expect.objectContaining({ activity: 'F02', state: 'missing', percent: null }),
    ]);

    await monitoring.submitLocked();
    await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      cast.planner.client.post(progress('F01', '2026-H1', 'return'), {}),
    );
    const returned = await ok(
      cast.planner.client.post<ActivityProgressResponse>(progress('F01', '2026-H1', 'return'), {
        comment: 'Harcama belgesi eksik',
        version: 2,
      }),
    );
    expect(returned).toMatchObject({
      status: 'returned',
      returnComment: 'Harcama belgesi eksik',
      version: 3,
    });
    await refusedUnchanged(t, 409, 'VALUE_STATUS', () =>
      cast.planner.client.post(progress('F01', '2026-H1', 'approve'), {}),
    );
    const back = await ok(
      cast.unitManager.client.get<WorklistResponse>(`${cast.home.plan}/worklist?unit=PARK`),
    );
    expect(back.periods.find((item) => item.period === '2026-H1')?.activities[0]).toMatchObject({
      state: 'returned',
      returnComment: 'Harcama belgesi eksik',
    });
    await ok(
      cast.unitManager.client.put(progress('F01', '2026-H1'), {
        percent: 45,
        spending: { '03': 310 },
        version: 3,
      }),
    );
    await monitoring.approveResubmitted({ returnComment: null });
    await refusedUnchanged(t, 409, 'VALUE_LOCKED', () =>
      cast.unitManager.client.put(progress('F01', '2026-H1'), { percent: 50 }),
    );
    await monitoring.expectAudited('Harcama belgesi eksik');
  });

  it('shows each activity’s progress on the programme, approved and all, stated as such; nothing entered is not 0 %', async () => {
    await ok(cast.zabita.client.put(progress('F02', '2026-H1'), { percent: 20 }), 201);
    const programme = await ok(cast.reviewer.client.get<ProgrammeResponse>(pp));
    const [f01, f02] = programme.targets[0].activities;
    expect(f01.progress).toEqual(F01_APPROVED_PROGRESS);
    expect(f02.progress).toEqual([
      { period: '2026-H1', approved: null, all: expect.objectContaining({ percent: 20, status: 'draft' }) },
    ]);
    const listed = await ok(
      cast.reviewer.client.get<ActivityProgressResponse[]>(`${pp}/activities/F01/progress`),
    );
    expect(listed.map((row) => [row.period, row.status])).toEqual([['2026-H1', 'approved']]);
  });

  it('shows the published programme on the public pages once the plan is published: its PHs, indicators, activities with costs and Tablo 3, no monitoring', async () => {
    const publicPath = `/api/public/plans/${cast.home.planId}/programmes`;
    // An unpublished plan shows nothing, programmes included.
    expectError(await t.anonymous.get(publicPath), 404, 'PLAN_NOT_FOUND');
    await ok(cast.planner.client.post(`${cast.home.plan}/publish`));
    expect(await ok(t.anonymous.get<PublicProgrammeSummary[]>(publicPath))).toEqual([
      { year: 2026, decisionDate: '2025-10-10', decisionNumber: '2025/77', publishedOn: '2025-11-01' },
    ]);
    const read = await ok(t.anonymous.get<PublicProgramme>(`${publicPath}/2026`));
    expect(read.targets.map((target) => [target.code, target.targetCode])).toEqual([['PH1', 'H1.1']]);
    expect(read.targets[0].indicators.map((indicator) => indicator.code)).toEqual([
      'PG1.1.1',
      'PG1.1.2',
      'PG1.1.3',
    ]);
    // The costs as the programme holds them; F02's draft progress (and F01's approved one) stay inside.
    expect(read.targets[0].activities).toEqual([
      expect.objectContaining({
        code: 'F01',
        name: 'Park yapımı',
        amounts: { budget: 1000, offBudget: 0, total: 1000 },
      }),
      expect.objectContaining({
        code: 'F02',
        name: 'Denetim',
        amounts: { budget: 500, offBudget: 0, total: 500 },
      }),
    ]);
    expect(JSON.stringify(read)).not.toMatch(/progress|percent|version|"id"/);
    // Tablo 3: PH1 = 1,000 + 500 = 1,500 TL, all of the budget.
    expect(read.performance.grandTotal).toEqual(expect.objectContaining({ budget: 1500, total: 1500 }));
    // A year of the plan without a published programme, and a year outside it.
    expectError(await t.anonymous.get(`${publicPath}/2027`), 404, 'PROGRAMME_NOT_FOUND');
    expectError(await t.anonymous.get(`${publicPath}/2040`), 400, 'PP_YEAR');
  });

  it('keeps a period with submitted progress open, and a closed period takes no more (409 PERIOD_CLOSED)', async () => {
    await ok(cast.zabita.client.post(progress('F02', '2026-H1', 'submit'), {}));
    await monitoring.closePeriod();
  });
});

describe('unit activity reports (point 8)', () => {
  const reports = (): string => `${cast.home.plan}/activity-reports/2026/units`;

  it('lists every unit that owes its report, with counts for the completion chart', async () => {
    const list = await ok(cast.reviewer.client.get<UnitReportsResponse>(reports()));
    expect(list).toMatchObject({ year: 2026, dueDate: '2027-02-28' });
    expect(list.units.map((unit) => [unit.unit, unit.state])).toEqual([
      ['PARK', 'missing'],
      ['ZABITA', 'missing'],
    ]);
    expect(list.counts).toEqual({
      expected: 2,
      missing: 2,
      draft: 0,
      submitted: 0,
      returned: 0,
      approved: 0,
    });
    expectError(await cast.foreignPlanner.client.get(reports()), 404, 'PLAN_NOT_FOUND');
  });

  it('refuses a year outside the plan, an unknown unit, another unit’s manager and other roles, changing nothing', async () => {
    const body = await refusedUnchanged(t, 400, 'REPORT_YEAR', () =>
      cast.unitManager.client.put(`${cast.home.plan}/activity-reports/2031/units/PARK`, { problems: 'x' }),
    );
    expect(body.details?.[0]).toMatchObject({ path: 'year', code: 'REPORT_YEAR' });
    await refusedUnchanged(t, 404, 'UNIT_NOT_FOUND', () =>
      cast.unitManager.client.put(`${reports()}/YOK`, { problems: 'x' }),
    );
    await refusedUnchanged(t, 403, 'NOT_YOUR_UNIT', () =>
      cast.unitManager.client.put(`${reports()}/ZABITA`, { problems: 'x' }),
    );
    for (const member of [cast.planner, cast.reviewer])
      await refusedUnchanged(t, 403, 'FORBIDDEN', () =>
        member.client.put(`${reports()}/PARK`, { problems: 'x' }),
      );
    await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      cast.unitManager.client.put(`${reports()}/PARK`, { problems: 5 }),
    );
    await refusedUnchanged(t, 404, 'UNIT_REPORT_NOT_FOUND', () =>
      cast.unitManager.client.post(`${reports()}/PARK/submit`, {}),
    );
  });

  it('is written and submitted by the unit, returned and approved by a planner; the results are GET progress’s', async () => {
    const before = await t.countRows();
    const draft = await ok(
      cast.unitManager.client.put<UnitActivityReportResponse>(`${reports()}/PARK`, {
        problems: 'Kamulaştırma gecikti',
        proposals: 'İhale takvimi öne alınsın',
      }),
      201,
    );
    await expectRowsChanged(t, before, { unit_activity_reports: 1 });
    expect(draft).toMatchObject({
      unit: 'PARK',
      state: 'draft',
      problems: 'Kamulaştırma gecikti',
      version: 1,
    });
    const progressOf = await ok(
      cast.reviewer.client.get<{ aims: Array<{ targets: Array<{ code: string; rate: number | null }> }> }>(
        `${cast.home.plan}/progress?period=2026`,
      ),
    );
    const h11 = progressOf.aims.flatMap((aim) => aim.targets).find((target) => target.code === 'H1.1');
    expect(draft.results.basis).toBe('approved');
    expect(draft.results.targets.map((target) => [target.code, target.rate])).toEqual([
      ['H1.1', h11?.rate ?? null],
    ]);
    expect(draft.activities).toEqual([
      expect.objectContaining({
        code: 'F01',
        programmeTarget: 'PH1',
        progress: [expect.objectContaining({ period: '2026-H1' })],
      }),
    ]);
    await ok(cast.unitManager.client.post(`${reports()}/PARK/submit`, { version: 1 }));
    await refusedUnchanged(t, 409, 'VALUE_LOCKED', () =>
      cast.unitManager.client.put(`${reports()}/PARK`, { problems: 'y' }),
    );
    await refusedUnchanged(t, 403, 'FORBIDDEN', () =>
      cast.unitManager.client.post(`${reports()}/PARK/approve`, {}),
    );
    const returned = await ok(
      cast.planner.client.post<UnitActivityReportResponse>(`${reports()}/PARK/return`, {
        comment: 'Öneriler somut olsun',
      }),
    );
    expect(returned).toMatchObject({ state: 'returned', returnComment: 'Öneriler somut olsun' });
    await ok(cast.unitManager.client.put(`${reports()}/PARK`, { proposals: 'İhale Mart ayında yapılsın' }));
    await ok(cast.unitManager.client.post(`${reports()}/PARK/submit`, {}));
    await refusedUnchanged(t, 409, 'STALE_VERSION', () =>
      cast.planner.client.post(`${reports()}/PARK/approve`, { version: 1 }),
    );
    const approved = await ok(
      cast.planner.client.post<UnitActivityReportResponse>(`${reports()}/PARK/approve`, {}),
    );
    expect(approved).toMatchObject({
      state: 'approved',
      problems: 'Kamulaştırma gecikti',
      proposals: 'İhale Mart ayında yapılsın',
      returnComment: null,
    });
    const list = await ok(cast.planner.client.get<UnitReportsResponse>(reports()));
    expect(list.counts).toMatchObject({ expected: 2, approved: 1, missing: 1 });
    const trail = await ok(
      t.api.get<AuditPageResponse>(`${cast.home.plan}/audit?entity=unit_activity_report`),
    );
    expect(trail.items.length).toBeGreaterThanOrEqual(5);
  });

  it('marks the calendar’s unit-report event done once every unit’s report is approved', async () => {
    const event = async (): Promise<boolean | null | undefined> => {
      const calendar = await ok(
        cast.planner.client.get<CalendarResponse>(
          `/api/institutions/${cast.home.institutionId}/calendar?from=2027-02-01&to=2027-03-01`,
        ),
      );
      return calendar.events.find(
        (item) => item.kind === 'unit-activity-reports' && item.planId === cast.home.planId,
      )?.done;
    };
    expect(await event()).toBe(false);
    await ok(cast.admin.client.put(`${reports()}/ZABITA`, { problems: 'Personel az' }), 201);
    await ok(cast.admin.client.post(`${reports()}/ZABITA/submit`, {}));
    // Four eyes: who wrote and submitted it does not approve it.
    await refusedUnchanged(t, 409, 'SELF_APPROVAL', () =>
      cast.admin.client.post(`${reports()}/ZABITA/approve`, {}),
    );
    expect(await event()).toBe(false);
    await ok(cast.planner.client.post(`${reports()}/ZABITA/approve`, {}));
    expect(await event()).toBe(true);
  });
});
