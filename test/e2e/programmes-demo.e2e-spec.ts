import { beforeAll, describe, expect, it } from '@jest/globals';
import type {
  ActivityProgressResponse,
  ProgrammeResponse,
  ProgrammeTablesResponse,
} from '../../src/contracts/programme.js';
import type { UnitActivityReportResponse, UnitReportsResponse } from '../../src/contracts/unit-reports.js';
import { MARMARA_PROGRAMME } from '../../src/database/demo/marmara-programme.js';
import { MARMARA_UNIT_REPORTS } from '../../src/database/demo/marmara-progress.js';
import type { ValidationIssue } from '../../src/contracts/validation.js';
import { seedDemoPlans } from '../support/demo-plans.js';
import { ok } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

/**
 * The demo's performance programme (issue 14 point Demo): the Marmara Belediyeler Birliği's 2008
 * programme from seed 001, accepted, its tables computed and its rules met.
 */

const t = useTestApp();
let pp: string;
let reports: string;
let planId: string;

beforeAll(async () => {
  const demoPlan = await seedDemoPlans(t);
  planId = demoPlan('Marmara Belediyeler Birliği').id;
  pp = `/api/plans/${planId}/programmes/2008`;
  reports = `/api/plans/${planId}/activity-reports/2008/units`;
}, 120_000);

describe('the demo 2008 programme of the Marmara Belediyeler Birliği', () => {
  it('pursues the seed’s four yearly targets with their numbered activities, accepted by the Birlik Meclisi', async () => {
    const programme = await ok(t.api.get<ProgrammeResponse>(pp));
    expect(programme).toMatchObject({ status: 'accepted', decisionNumber: '2007/25', revision: 0 });
    expect(
      programme.targets.map((target) => [target.code, target.targetCode, target.activities.length]),
    ).toEqual([
      ['PH1', 'H1.1', 13],
      ['PH2', 'H1.2', expect.any(Number)],
      ['PH3', 'H4.1', expect.any(Number)],
      ['PH4', 'H6.1', expect.any(Number)],
    ]);
    const codes = programme.targets.flatMap((target) => target.activities.map((activity) => activity.code));
    expect(codes[0]).toBe('F01');
    expect(new Set(codes).size).toBe(codes.length);
    expect(programme.targets[0].activities[12]).toMatchObject({
      unit: 'IDARI',
      cost: { budget: { '06': 350000 } },
    });
    // 2006 and 2007 are before the plan: typed; 2008 is the plan's target.
    expect(programme.targets[0].indicators[0].figures).toEqual([
      { year: 2006, value: 248, source: 'entered' },
      { year: 2007, value: 276, source: 'entered' },
      { year: 2008, value: 290, source: 'plan' },
    ]);
  });

  it('meets every rule, and its tables balance against the budget proposal', async () => {
    const validation = await ok(t.api.get<{ issues: ValidationIssue[] }>(`${pp}/validation`));
    expect(validation.issues).toEqual([]);
    const tables = await ok(t.api.get<ProgrammeTablesResponse>(`${pp}/tables`));
    expect(tables.identityBreaks).toEqual([]);
    expect(tables.performance.targets[0].total.total).toBe(801000);
    const workbook = await t.api.download(`${pp}/tables.xlsx`);
    expect(workbook.status).toBe(200);
  });
});

describe('the demo 2008 activity monitoring of the Marmara Belediyeler Birliği', () => {
  it('holds one approved progress entry per activity at 30 June and at the year end, and nothing else', async () => {
    const rows = await t.dataSource.query<Array<{ period: string; status: string; count: string }>>(
      `SELECT e.period, e.status, count(*)::text AS count FROM programme_activity_progress_entries e
        WHERE e.plan_id = $1 GROUP BY e.period, e.status ORDER BY e.period`,
      [planId],
    );
    const activities = MARMARA_PROGRAMME.activities.length;
    expect(rows).toEqual([
      { period: '2008', status: 'approved', count: String(activities) },
      { period: '2008-H1', status: 'approved', count: String(activities) },
    ]);
  });

  it('shows the approved progress on the programme beside each activity, spending within its cost', async () => {
    const programme = await ok(t.api.get<ProgrammeResponse>(pp));
    const all = programme.targets.flatMap((target) => target.activities);
    expect(all).toHaveLength(MARMARA_PROGRAMME.activities.length);
    for (const activity of all) {
      expect(activity.progress.map((period) => period.period)).toEqual(['2008-H1', '2008']);
      for (const period of activity.progress) {
        expect(period.approved).not.toBeNull();
        expect(period.approved).toEqual(period.all);
        expect(period.approved?.status).toBe('approved');
      }
      const yearEnd = activity.progress[1].approved;
      const budget = Object.values(activity.cost.budget).reduce<number>(
        (sum, amount) => sum + (amount ?? 0),
        0,
      );
      expect(yearEnd?.spendingTotal).toBeLessThanOrEqual(budget);
      if ((yearEnd?.percent ?? 0) < 100) expect(yearEnd?.note).toBeTruthy();
    }
    // F13, the sea-side works on the Birlik building (06: 350,000): 90 % at the year end,
    // 350,000 × 90 % × 0.98 = 308,700 TL spent; 20 % by 30 June: 350,000 × 20 % × 0.98 = 68,600 TL.
    const f13 = all.find((activity) => activity.code === 'F13');
    expect(
      f13?.progress.map((period) => [period.period, period.approved?.percent, period.approved?.spending]),
    ).toEqual([
      ['2008-H1', 20, { '06': 68600 }],
      ['2008', 90, { '06': 308700 }],
    ]);
    const listed = await ok(t.api.get<ActivityProgressResponse[]>(`${pp}/activities/F13/progress`));
    expect(listed.map((entry) => [entry.period, entry.status, entry.spendingTotal])).toEqual([
      ['2008', 'approved', 308700],
      ['2008-H1', 'approved', 68600],
    ]);
  });

  it('has every unit’s 2008 activity report approved, with its problems and proposals and its activities’ progress', async () => {
    const list = await ok(t.api.get<UnitReportsResponse>(reports));
    expect(list.units.length).toBeGreaterThan(0);
    expect(list.counts).toEqual({
      expected: list.units.length,
      missing: 0,
      draft: 0,
      submitted: 0,
      returned: 0,
      approved: list.units.length,
    });
    const [{ count }] = await t.dataSource.query<Array<{ count: string }>>(
      `SELECT count(*)::text AS count FROM unit_activity_reports WHERE plan_id = $1 AND year = 2008 AND status = 'approved'`,
      [planId],
    );
    expect(Number(count)).toBe(list.units.length);
    const idari = await ok(t.api.get<UnitActivityReportResponse>(`${reports}/IDARI`));
    expect(idari).toMatchObject({
      state: 'approved',
      problems: MARMARA_UNIT_REPORTS.IDARI.problems,
      proposals: MARMARA_UNIT_REPORTS.IDARI.proposals,
      programmeStatus: 'accepted',
      results: { period: '2008', basis: 'approved' },
    });
    expect(idari.activities.map((activity) => activity.code)).toEqual(['F11', 'F12', 'F13']);
    expect(
      idari.activities.every((activity) => activity.progress.every((period) => period.approved !== null)),
    ).toBe(true);
  });
});
