import { beforeAll, describe, expect, it } from '@jest/globals';
import type { ProgrammeBudgetResponse, ProgrammeResponse } from '../../src/contracts/programme.js';
import type { ValidationIssue } from '../../src/contracts/validation.js';
import type { ApprovalQueueResponse } from '../../src/contracts/workflow.js';
import { seedDemoPlans } from '../support/demo-plans.js';
import { ok } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

/**
 * The demo's programme-budget programme (issue 14 point 2): Bilecik Belediyesi's 2024 programme
 * (src/database/demo/bilecik-programme-2024.ts), accepted, its rules met.
 *
 * By hand, the 2024 column (TL): AH1.1 = F01 (6,400,000 + 11,200,000 + 7,500,000) + F02
 * (5,300,000 + 1,000,000 bütçe dışı) = 31,400,000 against H1.1's 32,000,000; AH1.2 = F03
 * 12,000,000 + F04 1,200,000 = 13,200,000 against 13,500,000; AH2.1 (H2.1) 7,800,000 and AH2.2
 * (H2.2 and H2.1) 20,300,000 are compared together: 28,100,000 against 9,300,000 + 19,600,000 =
 * 28,900,000. All within 10 %: no PP_COST_VS_PLAN. The programmes' 2024 total: 01 44,600,000
 * (1,000,000 of it bütçe dışı), 02 28,100,000; together 72,700,000.
 */

const t = useTestApp();
let pp: string;
let plan: string;

beforeAll(async () => {
  const demoPlan = await seedDemoPlans(t);
  plan = `/api/plans/${demoPlan('Bilecik Belediyesi').id}`;
  pp = `${plan}/programmes/2024`;
}, 120_000);

describe('the demo 2024 programme of Bilecik Belediyesi', () => {
  it('is a programme-budget programme accepted by the council, with its cards linked to the plan’s targets', async () => {
    const programme = await ok(t.api.get<ProgrammeResponse>(pp));
    expect(programme).toMatchObject({
      format: 'programme-budget',
      status: 'accepted',
      decisionNumber: '2023/134',
    });
    const card = await ok(t.api.get<ProgrammeBudgetResponse>(`${pp}/budget`));
    expect(card.programmes.map((item) => [item.code, item.subProgrammes.map((sub) => sub.code)])).toEqual([
      ['01', ['01.01', '01.02']],
      ['02', ['02.01', '02.02']],
    ]);
    const goals = card.programmes.flatMap((item) => item.subProgrammes.flatMap((sub) => sub.goals));
    expect(
      goals.map((goal) => [goal.code, goal.targets.map((target) => target.code), goal.totals.t.total]),
    ).toEqual([
      ['AH1.1', ['H1.1'], 31400000],
      ['AH1.2', ['H1.2'], 13200000],
      ['AH2.1', ['H2.1'], 7800000],
      ['AH2.2', ['H2.2', 'H2.1'], 20300000],
    ]);
    expect(card.programmes.map((item) => item.totals.t)).toEqual([
      { budget: 43600000, offBudget: 1000000, total: 44600000 },
      { budget: 28100000, offBudget: 0, total: 28100000 },
    ]);
    expect(card.totals.t.total).toBe(72700000);
    // The 2023 year-end estimate is a figure of its own beside the 2023 plan.
    expect(goals[1].indicators[0].figures).toEqual({
      tMinus2Actual: 31.8,
      tMinus1Planned: 26,
      tMinus1Estimate: 30.6,
      tTarget: 24,
      tPlus1: 23,
      tPlus2: 22,
    });
  });

  it('meets every rule of the format', async () => {
    const validation = await ok(t.api.get<{ issues: ValidationIssue[] }>(`${pp}/validation`));
    expect(validation.issues).toEqual([]);
  });

  it('shows its activities’ 2024-H1 progress: three approved on the card, one waiting in the queue (issue 14 point 5)', async () => {
    const card = await ok(t.api.get<ProgrammeBudgetResponse>(`${pp}/budget`));
    const activities = card.programmes
      .flatMap((item) => item.subProgrammes)
      .flatMap((sub) => sub.goals)
      .flatMap((goal) => goal.activities);
    const approved = activities.filter((activity) => activity.progress.some((period) => period.approved));
    expect(approved.map((activity) => activity.code)).toEqual(['F01', 'F03', 'F05']);
    // F01: 3,100,000 + 4,900,000 + 2,800,000 = 10,800,000 TL by 30 June, 45 % done.
    expect(approved[0].progress[0]).toMatchObject({
      period: '2024-H1',
      approved: { percent: 45, spendingTotal: 10800000, status: 'approved' },
    });
    const queue = await ok(t.api.get<ApprovalQueueResponse>(`${plan}/approval-queue`));
    expect(
      queue.activities.map((item) => [item.activity, item.programmeTarget, item.unit, item.period]),
    ).toEqual([['F07', 'AH2.2', 'PARK', '2024-H1']]);
  });
});
