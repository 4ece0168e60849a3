import { beforeAll, describe, expect, it } from '@jest/globals';
import type { ProgrammeResponse, ProgrammeTablesResponse } from '../../src/contracts/programme.js';
import type { PlanSummaryResponse } from '../../src/contracts/resources.js';
import type { ValidationIssue } from '../../src/contracts/validation.js';
import { seedDemo } from '../../src/database/seed-demo.js';
import { ok } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

/**
 * The demo's performance programme (issue 14 point Demo): the Marmara Belediyeler Birliği's 2008
 * programme from seed 001, accepted, its tables computed and its rules met.
 */

const t = useTestApp();
let pp: string;

beforeAll(async () => {
  await seedDemo(t.app, () => undefined);
  const plans = await ok(t.api.get<PlanSummaryResponse[]>('/api/plans'));
  const marmara = plans.find((plan) => plan.institution.name === 'Marmara Belediyeler Birliği');
  pp = `/api/plans/${marmara?.id ?? ''}/programmes/2008`;
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
