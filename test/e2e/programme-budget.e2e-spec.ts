import { beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { AuditPageResponse } from '../../src/contracts/audit.js';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type {
  ProgrammeBudgetResponse,
  ProgrammeResponse,
  ProgrammeRevisionResponse,
  ProgrammeTablesResponse,
} from '../../src/contracts/programme.js';
import type { ValidationIssue } from '../../src/contracts/validation.js';
import { expectError } from '../support/expect-error.js';
import {
  expectRowsChanged,
  ok,
  refusedUnchanged,
  type ImportedPlan,
  type Member,
  exampleAndCast,
} from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

/*
 * The 2027 performance programme of the worked example's plan (2025–2029) in the programme-budget
 * format, by hand (TL):
 *
 *   Program 01 Kentsel Yaşam
 *     Alt program 01.1 Yeşil Alanlar — AH1 (H1.1)
 *       G1 Kişi başına yeşil alan (m²): 2025 8.2 · 2026 planned 9 · 2026 estimate 8.8 · 2027 9.5 ·
 *          2028 10 · 2029 10.5
 *       F01 PARK  bütçe içi 06: 2026 budget 800,000 · 2026 actual 500,000 · 2026 estimate
 *                 780,000 · 2027 1,000,000.50 · 2028 1,100,000 · 2029 1,200,000
 *                 bütçe içi 03: 2027 200,000.25;  bütçe dışı 06: 2027 100,000
 *     Alt program 01.2 Kent Temizliği — AH2 (H1.2)
 *       G2 Temizlik memnuniyeti (%): the 2026 estimate left empty until typed
 *       F02 ZABITA  bütçe içi 01: 2027 50,000
 *
 * F01's 2027 column: bütçe içi 1,000,000.50 + 200,000.25 = 1,200,000.75, bütçe dışı 100,000,
 * together 1,300,000.75; the 2026 budget column 800,000. AH1 = 01.1 = F01. 01.2 = 50,000. The
 * programme 01: 2027 bütçe içi 1,250,000.75, dışı 100,000, total 1,350,000.75.
 * The budget proposal first says 06: 1,000,000, 03: 200,000.25, 01: 50,000: PP_RESOURCE_IDENTITY
 * breaks 06 (1,000,000 against 1,000,000.50) and the total (1,250,000.25 against 1,250,000.75).
 * PP_COST_VS_PLAN: AH1 costs 1,300,000.75 in 2027 against H1.1's estimate of 1,300,000 (0.00006 %
 * off): no warning; H1.2 states no estimate: not compared.
 */

const t = useTestApp();

let home: ImportedPlan;
let other: ImportedPlan;
let planner: Member, admin: Member, unitManager: Member, reviewer: Member, foreignPlanner: Member;
let pp: string;
let card: ProgrammeBudgetResponse;

beforeAll(async () => {
  ({ home, other, planner, admin, unitManager, reviewer, foreignPlanner } = await exampleAndCast(t, {
    home: { institutionName: 'Program Bütçe Belediyesi' },
    other: { institutionName: 'Komşu Belediye' },
    domain: 'programbutce.local',
  }));
  pp = `${home.plan}/programmes/2027`;
});

const F01_COSTS = {
  budget: {
    '06': {
      tMinus1Budget: 800000,
      tMinus1Actual: 500000,
      tMinus1Estimate: 780000,
      t: 1000000.5,
      tPlus1: 1100000,
      tPlus2: 1200000,
    },
    '03': { t: 200000.25 },
  },
  offBudget: { '06': { t: 100000 } },
};
const G1_FIGURES = {
  tMinus2Actual: 8.2,
  tMinus1Planned: 9,
  tMinus1Estimate: 8.8,
  tTarget: 9.5,
  tPlus1: 10,
  tPlus2: 10.5,
};
const JUSTIFICATION = {
  legalBasis: '5393 sayılı Belediye Kanunu md. 14',
  rationale: 'Kişi başına yeşil alan ulusal ortalamanın altında',
  costElements: 'Peyzaj yapım işi, kent mobilyası',
  budgetLines: '46.10.00.01-06.5.2.00-1-06.5.1',
};

const sub = (code: string) =>
  card.programmes[0].subProgrammes.find((item) => item.code === code) ?? card.programmes[0].subProgrammes[0];

/** Adds a part to the card as `member` (201); `card` is then the card it answers. */
async function add(
  part: 'programmes' | 'sub-programmes' | 'goals' | 'indicators' | 'activities',
  body: Record<string, unknown>,
  member: Member = planner,
): Promise<void> {
  card = await ok(member.client.post<ProgrammeBudgetResponse>(`${pp}/budget/${part}`, body), 201);
}

async function issues(): Promise<Array<[string, string, string]>> {
  const answer = await ok(
    reviewer.client.get<{ errors: number; warnings: number; issues: ValidationIssue[] }>(`${pp}/validation`),
  );
  return answer.issues.map((issue) => [issue.code, issue.path, issue.message]);
}

describe('the programme-budget card', () => {
  it('is written only in a programme of the programme-budget format (409 PP_FORMAT)', async () => {
    await ok(planner.client.put(pp, {}), 201);
    const body = await refusedUnchanged(t, 409, 'PP_FORMAT', () =>
      planner.client.post(`${pp}/budget/programmes`, { code: '01', name: 'Kentsel Yaşam' }),
    );
    expect(body.message).toBe(
      '2027 performans programı klasik biçimde hazırlanıyor; önce programın biçimi değiştirilmeli',
    );
    await ok(
      planner.client.put<ProgrammeResponse>(pp, {
        format: 'programme-budget',
        proposal: { '01': 50000, '03': 200000.25, '06': 1000000 },
      }),
    );
    card = await ok(reviewer.client.get<ProgrammeBudgetResponse>(`${pp}/budget`));
    expect(card).toMatchObject({
      year: 2027,
      format: 'programme-budget',
      status: 'draft',
      years: { tMinus2: 2025, tMinus1: 2026, t: 2027, tPlus1: 2028, tPlus2: 2029 },
      programmes: [],
    });
    expect(card.totals.t).toEqual({ budget: 0, offBudget: 0, total: 0 });
  });

  it('takes programmes, sub-programmes and goals linked to plan targets of the year, audited', async () => {
    let before = await t.countRows();
    await add('programmes', { code: '01', name: 'Kentsel Yaşam' });
    const programme = card.programmes[0].id;
    for (const [code, name] of [
      ['01.1', 'Yeşil Alanlar'],
      ['01.2', 'Kent Temizliği'],
    ])
      await add('sub-programmes', { programme, code, name });
    // The administrator writes the card as the planner does.
    for (const [subProgramme, code, title, target, member] of [
      ['01.1', 'AH1', 'Kişi başına yeşil alanı artırmak', 'H1.1', planner],
      ['01.2', 'AH2', 'Kent temizliğinden memnuniyeti artırmak', 'H1.2', admin],
    ] as const)
      await add('goals', { subProgramme: sub(subProgramme).id, code, title, targets: [target] }, member);
    await expectRowsChanged(t, before, {
      programme_budget_programmes: 1,
      programme_sub_programmes: 2,
      programme_goals: 2,
      programme_goal_targets: 2,
    });
    expect(sub('01.1').goals[0].targets).toEqual([
      { code: 'H1.1', title: 'Yeşil alanları artırmak', aimCode: 'A1' },
    ]);
    const trail = await ok(t.api.get<AuditPageResponse>(`${home.plan}/audit?entity=programme_goal`));
    expect(trail.items).toHaveLength(2);

    // A goal serves several targets, and the link is replaced whole.
    before = await t.countRows();
    const goal = sub('01.2').goals[0];
    card = await ok(
      planner.client.put(`${pp}/budget/goals/${goal.id}`, {
        subProgramme: sub('01.2').id,
        code: 'AH2',
        title: goal.title,
        targets: ['H1.2', 'H1.1'],
        version: goal.version,
      }),
    );
    expect(sub('01.2').goals[0].targets.map((target) => target.code)).toEqual(['H1.2', 'H1.1']);
    await expectRowsChanged(t, before, { programme_goal_targets: 1 });
    card = await ok(
      planner.client.put(`${pp}/budget/goals/${goal.id}`, {
        subProgramme: sub('01.2').id,
        code: 'AH2',
        title: goal.title,
        targets: ['H1.2'],
      }),
    );
  });

  it('refuses a goal of a target the plan does not have, an unknown parent or a taken code, and stores nothing', async () => {
    let body = await refusedUnchanged(t, 400, 'PP_TARGET_IN_PLAN', () =>
      planner.client.post(`${pp}/budget/goals`, {
        subProgramme: sub('01.1').id,
        code: 'AH9',
        title: 'Yok',
        targets: ['H1.1', 'H9.9'],
      }),
    );
    expect(body.details).toEqual([
      {
        path: 'targets[1]',
        code: 'PP_TARGET_IN_PLAN',
        message: 'Planda 2027 yılı için "H9.9" kodlu bir hedef yok',
      },
    ]);
    body = await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      planner.client.post(`${pp}/budget/goals`, {
        subProgramme: sub('01.1').id,
        code: 'AH9',
        title: 'Yok',
        targets: [],
      }),
    );
    expect(body.details?.map(({ path }) => path)).toEqual(['targets']);
    body = await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      planner.client.post(`${pp}/budget/sub-programmes`, {
        programme: '00000000-0000-4000-8000-000000000000',
        code: '09.1',
        name: 'Yok',
      }),
    );
    expect(body.details).toEqual([
      {
        path: 'programme',
        code: 'PROGRAMME_PART_NOT_FOUND',
        message: 'Performans programında böyle bir program yok',
      },
    ]);
    await refusedUnchanged(t, 409, 'CODE_TAKEN', () =>
      planner.client.post(`${pp}/budget/programmes`, { code: '01', name: 'İkinci' }),
    );
    await refusedUnchanged(t, 404, 'PROGRAMME_PART_NOT_FOUND', () =>
      planner.client.put(`${pp}/budget/programmes/not-an-id`, { code: '02', name: 'X' }),
    );
  });

  it('takes indicators with their six figures and reads an empty column as missing, never as zero', async () => {
    const body = await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      planner.client.post(`${pp}/budget/indicators`, {
        goal: sub('01.1').goals[0].id,
        code: 'G1',
        name: 'Kişi başına yeşil alan',
        unit: 'm²',
        figures: { ...G1_FIGURES, tPlus3: 11, tPlus2: '10,5' },
      }),
    );
    expect(body.details?.map(({ path, code }) => [path, code])).toEqual([
      ['figures.tPlus2', 'INVALID_TYPE'],
      ['figures.tPlus3', 'PP_BUDGET_COLUMN'],
    ]);
    const before = await t.countRows();
    const g2Figures = {
      tMinus2Actual: 61,
      tMinus1Planned: 65,
      tMinus1Estimate: null,
      tTarget: 70,
      tPlus1: 72,
      tPlus2: 0,
    };
    for (const [goal, code, name, unit, figures] of [
      ['01.1', 'G1', 'Kişi başına yeşil alan', 'm²', G1_FIGURES],
      ['01.2', 'G2', 'Temizlik memnuniyeti', '%', g2Figures],
    ] as const)
      await add('indicators', { goal: sub(goal).goals[0].id, code, name, unit, figures });
    await expectRowsChanged(t, before, { programme_goal_indicators: 2 });
    expect(sub('01.1').goals[0].indicators[0].figures).toEqual(G1_FIGURES);
    expect(sub('01.2').goals[0].indicators[0].figures).toMatchObject({ tMinus1Estimate: null, tPlus2: 0 });
  });

  it('refuses an activity without a unit, with economic codes outside 01–09 or negative costs, and stores nothing', async () => {
    const goal = sub('01.1').goals[0].id;
    const activity = { goal, code: 'F01', name: 'Mahalle parkları', unit: 'PARK' };
    let body = await refusedUnchanged(t, 400, 'PP_ACTIVITY_UNIT', () =>
      planner.client.post(`${pp}/budget/activities`, { ...activity, unit: null }),
    );
    expect(body.details).toEqual([
      { path: 'unit', code: 'PP_ACTIVITY_UNIT', message: 'Faaliyetin sorumlu harcama birimi seçilmeli' },
    ]);
    body = await refusedUnchanged(t, 400, 'PP_ECONOMIC_CODE', () =>
      planner.client.post(`${pp}/budget/activities`, {
        ...activity,
        costs: { budget: { '10': { t: 5 }, '3': { t: 1 } } },
      }),
    );
    expect(body.details?.map(({ path }) => path)).toEqual(['costs.budget.3', 'costs.budget.10']);
    body = await refusedUnchanged(t, 400, 'PP_NEGATIVE_COST', () =>
      planner.client.post(`${pp}/budget/activities`, {
        ...activity,
        costs: { offBudget: { '06': { tPlus1: -1 } } },
      }),
    );
    expect(body.details).toEqual([
      { path: 'costs.offBudget.06.tPlus1', code: 'PP_NEGATIVE_COST', message: 'Tutar sıfırdan küçük olamaz' },
    ]);
    body = await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      planner.client.post(`${pp}/budget/activities`, {
        ...activity,
        costs: { hibe: { '06': { t: 1 } }, budget: { '06': { t: 0.001, yil: 2 } } },
      }),
    );
    expect(body.details?.map(({ path, code }) => [path, code])).toEqual([
      ['costs.hibe', 'PP_FUNDING_TYPE'],
      ['costs.budget.06.t', 'INVALID_VALUE'],
      ['costs.budget.06.yil', 'PP_BUDGET_COLUMN'],
    ]);
  });

  it('takes activities with their cost grid and justification form, and sums the columns in kuruş', async () => {
    const before = await t.countRows();
    await add('activities', {
      goal: sub('01.1').goals[0].id,
      code: 'F01',
      name: 'Mahalle parkları',
      unit: 'PARK',
      costs: F01_COSTS,
      justification: JUSTIFICATION,
    });
    await add('activities', {
      goal: sub('01.2').goals[0].id,
      code: 'F02',
      name: 'Cadde temizliği denetimi',
      unit: 'ZABITA',
      costs: { budget: { '01': { t: 50000 } } },
    });
    await refusedUnchanged(t, 409, 'CODE_TAKEN', () =>
      planner.client.post(`${pp}/budget/activities`, {
        goal: sub('01.2').goals[0].id,
        code: 'F01',
        name: 'Yine',
        unit: 'ZABITA',
      }),
    );
    await expectRowsChanged(t, before, { programme_budget_activities: 2 });
    const f01 = sub('01.1').goals[0].activities[0];
    expect(f01).toMatchObject({
      code: 'F01',
      unit: 'PARK',
      unitName: 'Park ve Bahçeler Müdürlüğü',
      costs: F01_COSTS,
      justification: JUSTIFICATION,
    });
    expect(f01.totals.t).toEqual({ budget: 1200000.75, offBudget: 100000, total: 1300000.75 });
    // Its monitoring (issue 14 point 5): nothing entered yet, shown as no period, never as 0 %.
    expect(f01.progress).toEqual([]);
    expect(f01.totals.tMinus1Budget).toEqual({ budget: 800000, offBudget: 0, total: 800000 });
    expect(sub('01.2').totals.t).toEqual({ budget: 50000, offBudget: 0, total: 50000 });
    expect(card.programmes[0].totals.t).toEqual({ budget: 1250000.75, offBudget: 100000, total: 1350000.75 });
    expect(card.totals.tPlus2).toEqual({ budget: 1200000, offBudget: 0, total: 1200000 });
  });

  it('refuses the classic PH and activity routes (409 PP_FORMAT), unchanged', async () => {
    const was = await ok(reviewer.client.get<ProgrammeResponse>(pp));
    const wasCard = await ok(reviewer.client.get<ProgrammeBudgetResponse>(`${pp}/budget`));
    for (const write of [
      () => planner.client.post(`${pp}/targets`, { target: 'H1.1' }),
      () => planner.client.patch(`${pp}/targets/PH1`, { explanation: 'x' }),
      () => planner.client.delete(`${pp}/targets/PH1`),
      () => planner.client.put(`${pp}/targets/PH1/indicators/PG1.1.1`, { figures: { '2027': 1 } }),
      () => planner.client.post(`${pp}/activities`, { target: 'PH1', name: 'Park', unit: 'PARK' }),
      () => planner.client.patch(`${pp}/activities/F01`, { name: 'Park' }),
      () => planner.client.delete(`${pp}/activities/F01`),
    ]) {
      const body = await refusedUnchanged(t, 409, 'PP_FORMAT', write);
      expect(body.message).toBe(
        '2027 performans programı program bütçe biçiminde hazırlanıyor; önce programın biçimi değiştirilmeli',
      );
    }
    const english = await refusedUnchanged(t, 409, 'PP_FORMAT', () =>
      planner.client.post(`${pp}/targets?lang=en`, { target: 'H1.1' }),
    );
    expect(english.message).toBe(
      'The 2027 performance programme is in the programme-budget format; change its format first',
    );
    expect(await ok(reviewer.client.get<ProgrammeResponse>(pp))).toEqual(was);
    expect(await ok(reviewer.client.get<ProgrammeBudgetResponse>(`${pp}/budget`))).toEqual(wasCard);
  });

  it('keeps its format while it holds cards: a switch back to classic is refused (409 PP_FORMAT naming them), unchanged', async () => {
    const was = await ok(reviewer.client.get<ProgrammeResponse>(pp));
    const body = await refusedUnchanged(t, 409, 'PP_FORMAT', () =>
      planner.client.put(pp, { format: 'classic', proposal: { '01': 1 } }),
    );
    const turkish =
      '2027 performans programında program bütçe biçiminde 1 program var; biçim değiştirilmeden önce bunlar alt programları, hedefleri, göstergeleri ve faaliyetleriyle birlikte silinmeli';
    expect(body.message).toBe(turkish);
    expect(body.details).toEqual([{ path: 'format', code: 'PP_FORMAT', message: turkish }]);
    const english = await refusedUnchanged(t, 409, 'PP_FORMAT', () =>
      planner.client.put(`${pp}?lang=en`, { format: 'classic' }),
    );
    expect(english.message).toBe(
      'The 2027 performance programme holds 1 programme(s) of the programme-budget format; delete them with their sub-programmes, goals, indicators and activities before changing its format',
    );
    expect(await ok(reviewer.client.get<ProgrammeResponse>(pp))).toEqual(was);
    expect(was.format).toBe('programme-budget');
  });

  it('is read by every role of the institution, written by planners and administrators only, and hidden from another institution', async () => {
    for (const member of [unitManager, reviewer]) {
      expect((await ok(member.client.get<ProgrammeBudgetResponse>(`${pp}/budget`))).programmes).toHaveLength(
        1,
      );
      await refusedUnchanged(t, 403, 'FORBIDDEN', () =>
        member.client.post(`${pp}/budget/programmes`, { code: '02', name: 'Başka' }),
      );
      await refusedUnchanged(t, 403, 'FORBIDDEN', () =>
        member.client.delete(`${pp}/budget/activities/${sub('01.1').goals[0].activities[0].id}`),
      );
    }
    expectError(await foreignPlanner.client.get(`${pp}/budget`), 404, 'PLAN_NOT_FOUND');
    expectError(await foreignPlanner.client.get(`${pp}/budget/cards.xlsx`), 404, 'PLAN_NOT_FOUND');
    await refusedUnchanged(t, 404, 'PLAN_NOT_FOUND', () =>
      foreignPlanner.client.post(`${pp}/budget/programmes`, { code: '02', name: 'Başka' }),
    );
    // The other institution's own programme cannot reach this one's parts by their ids.
    const theirs = `${other.plan}/programmes/2027`;
    await ok(foreignPlanner.client.put(theirs, { format: 'programme-budget' }), 201);
    await refusedUnchanged(t, 404, 'PROGRAMME_PART_NOT_FOUND', () =>
      foreignPlanner.client.put(`${theirs}/budget/programmes/${card.programmes[0].id}`, {
        code: '01',
        name: 'X',
      }),
    );
    await refusedUnchanged(t, 404, 'PROGRAMME_PART_NOT_FOUND', () =>
      foreignPlanner.client.delete(`${theirs}/budget/indicators/${sub('01.1').goals[0].indicators[0].id}`),
    );
    await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      foreignPlanner.client.post(`${theirs}/budget/goals`, {
        subProgramme: sub('01.1').id,
        code: 'AH1',
        title: 'X',
        targets: ['H1.1'],
      }),
    );
  });
});

describe('the rules of the format', () => {
  it('finds an empty indicator column and the identity’s breaks; no cost warning within 10 %', async () => {
    expect(await issues()).toEqual([
      [
        'PP_INDICATOR_COMPLETE',
        'programmes[0].subProgrammes[1].goals[0].indicators[0].figures',
        'AH2 alt program hedefinin G2 göstergesinde şu sütunlar boş: 2026 Yıl Sonu Tahmini',
      ],
      [
        'PP_RESOURCE_IDENTITY',
        'proposal.06',
        'Bütçe teklifinde 06 Sermaye Giderleri kaynak ihtiyacı 1.000.000 TL; faaliyetler, genel yönetim giderleri ve transferlerden hesaplanan 1.000.000,5 TL',
      ],
      [
        'PP_RESOURCE_IDENTITY',
        'proposal',
        'Bütçe teklifinde toplam kaynak ihtiyacı 1.250.000,25 TL; faaliyetler, genel yönetim giderleri ve transferlerden hesaplanan 1.250.000,75 TL',
      ],
    ]);
    const body = await refusedUnchanged(t, 400, 'PP_RULES', () =>
      planner.client.post(`${pp}/submit`, { date: '2026-10-01' }),
    );
    expect(body.details?.map(({ code }) => code)).toEqual([
      'PP_INDICATOR_COMPLETE',
      'PP_RESOURCE_IDENTITY',
      'PP_RESOURCE_IDENTITY',
    ]);
    // Tables 1–5 hold no card: their workbook is refused, the cards' workbook is the download.
    const refused = await refusedUnchanged(t, 409, 'PP_FORMAT', () =>
      reviewer.client.get(`${pp}/tables.xlsx`),
    );
    expect(refused.message).toBe(
      '2027 performans programı program bütçe biçiminde hazırlanıyor; 1–5 numaralı tablolar yerine performans kartları indirilir',
    );
    const english = await refusedUnchanged(t, 409, 'PP_FORMAT', () =>
      reviewer.client.get(`${pp}/tables.xlsx?lang=en`),
    );
    expect(english.message).toBe(
      'The 2027 performance programme is in the programme-budget format; download its performance cards instead of tables 1–5',
    );
    // The proposal form marks the same lines from the tables: the cards' costs, not classic activities (none).
    const tables = await ok(reviewer.client.get<ProgrammeTablesResponse>(`${pp}/tables`));
    expect(tables.identityBreaks).toEqual([
      { line: '06', proposal: 1000000, computed: 1000000.5 },
      { line: 'total', proposal: 1250000.25, computed: 1250000.75 },
    ]);
  });

  it('warns when the year’s cost of a target’s goals is more than 10 % off its estimate', async () => {
    const f01 = sub('01.1').goals[0].activities[0];
    const putF01 = (change: Record<string, unknown>) =>
      planner.client.put<ProgrammeBudgetResponse>(`${pp}/budget/activities/${f01.id}`, {
        goal: sub('01.1').goals[0].id,
        code: 'F01',
        name: f01.name,
        unit: 'PARK',
        ...change,
      });
    card = await ok(
      putF01({
        costs: { ...F01_COSTS, offBudget: { '06': { t: 300000 } } },
        justification: JUSTIFICATION,
        version: f01.version,
      }),
    );
    const found = (await issues()).filter(([code]) => code === 'PP_COST_VS_PLAN');
    expect(found).toEqual([
      [
        'PP_COST_VS_PLAN',
        'goals',
        '2027 yılında H1.1 plan hedefi için alt program hedeflerinin (AH1) maliyeti 1.500.000,75 TL; planın maliyet tahmini 1.300.000 TL (izin verilen fark %10)',
      ],
    ]);
    const stale = expectError<ErrorBody & { current?: ProgrammeBudgetResponse }>(
      await putF01({ version: f01.version }),
      409,
      'STALE_VERSION',
    );
    expect(stale.message).toContain('F01 kodlu faaliyet');
    card = await ok(putF01({ costs: F01_COSTS, justification: JUSTIFICATION }));
    expect((await issues()).map(([code]) => code)).not.toContain('PP_COST_VS_PLAN');
  });

  it('is mended by typing the estimate and stating the proposal as the activities cost', async () => {
    const g2 = sub('01.2').goals[0].indicators[0];
    card = await ok(
      planner.client.put(`${pp}/budget/indicators/${g2.id}`, {
        goal: sub('01.2').goals[0].id,
        code: 'G2',
        name: g2.name,
        unit: '%',
        figures: { ...g2.figures, tMinus1Estimate: 63.5 },
      }),
    );
    await ok(planner.client.put(pp, { proposal: { '01': 50000, '03': 200000.25, '06': 1000000.5 } }));
    expect(await issues()).toEqual([]);
  });
});

describe('the workbook and the lifecycle', () => {
  it('exports the performance card of each sub-programme, read back cell by cell', async () => {
    const response = await reviewer.client.download(`${pp}/budget/cards.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.body as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['01.1 Yeşil Alanlar', '01.2 Kent Temizliği']);
    const rows = (name: string): unknown[][] => {
      const answer: unknown[][] = [];
      book.getWorksheet(name)?.eachRow({ includeEmpty: true }, (row, number) => {
        answer[number - 1] = Array.from((row.values as unknown[]).slice(1), (value) => value ?? null);
      });
      return answer;
    };
    const green = rows('01.1 Yeşil Alanlar');
    expect(green[0][0]).toBe('Program Bütçe Belediyesi');
    expect(green[2][0]).toBe('2027 Yılı Performans Programı — Alt Program Performans Kartı');
    expect(green[3].slice(0, 3)).toEqual(['Program', '01', 'Kentsel Yaşam']);
    expect(green[4].slice(0, 3)).toEqual(['Alt Program', '01.1', 'Yeşil Alanlar']);
    expect(green[6].slice(0, 3)).toEqual(['Alt Program Hedefi', 'AH1', 'Kişi başına yeşil alanı artırmak']);
    expect(green[7].slice(0, 2)).toEqual(['Plan hedefleri', 'H1.1 Yeşil alanları artırmak']);
    expect(green[8]).toEqual([
      'Kod',
      'Performans göstergesi',
      'Ölçü birimi',
      '2025 Gerçekleşme',
      '2026 Planlanan',
      '2026 Yıl Sonu Tahmini',
      '2027 Hedef',
      '2028 Tahmin',
      '2029 Tahmin',
    ]);
    expect(green[9]).toEqual(['G1', 'Kişi başına yeşil alan', 'm²', 8.2, 9, 8.8, 9.5, 10, 10.5]);
    expect(green[10].slice(3)).toEqual([
      '2026 Bütçe (TL)',
      '2026 Gerçekleşme (TL)',
      '2026 Yıl Sonu Tahmini (TL)',
      '2027 Teklif (TL)',
      '2028 Tahmin (TL)',
      '2029 Tahmin (TL)',
    ]);
    expect(green[11].slice(0, 3)).toEqual(['F01', 'Mahalle parkları', 'Park ve Bahçeler Müdürlüğü']);
    expect(green[12]).toEqual([
      null,
      '03 Mal ve Hizmet Alım Giderleri',
      'Bütçe İçi',
      null,
      null,
      null,
      200000.25,
    ]);
    expect(green[14]).toEqual([null, '06 Sermaye Giderleri', 'Bütçe Dışı', null, null, null, 100000]);
    expect(green[17]).toEqual([null, 'AH1 Bütçe Dışı', null, 0, 0, 0, 100000, 0, 0]);
    // F01's 06 budget is all of 2026, 2028 and 2029 in each line that sums it; 2027 differs.
    for (const [row, label, funding, year] of [
      [13, '06 Sermaye Giderleri', 'Bütçe İçi', 1000000.5],
      [15, 'F01 Toplam', null, 1300000.75],
      [16, 'AH1 Bütçe İçi', null, 1200000.75],
      [22, 'Alt Program Genel Toplam', null, 1300000.75],
    ] as const)
      expect(green[row]).toEqual([null, label, funding, 800000, 500000, 780000, year, 1100000, 1200000]);
    expect(green[24][0]).toBe('Faaliyet Gerekçe Formları');
    expect(green[26].slice(1, 3)).toEqual(['Yasal dayanak', JUSTIFICATION.legalBasis]);
    expect(green[29].slice(1, 3)).toEqual(['Bütçe tertipleri', JUSTIFICATION.budgetLines]);
    const cell = book.getWorksheet('01.1 Yeşil Alanlar')?.getCell('G14');
    expect(cell?.numFmt).toBe('#,##0.00');
    const cleaning = rows('01.2 Kent Temizliği');
    expect(cleaning[9]).toEqual(['G2', 'Temizlik memnuniyeti', '%', 61, 65, 63.5, 70, 72, 0]);
  });

  it('goes to the council, is accepted, then changes only through a revision that keeps the card as accepted', async () => {
    await ok(planner.client.post(`${pp}/submit`, { date: '2026-10-01' }));
    const f02 = sub('01.2').goals[0].activities[0];
    const change = () =>
      planner.client.put(`${pp}/budget/activities/${f02.id}`, {
        goal: sub('01.2').goals[0].id,
        code: 'F02',
        name: f02.name,
        unit: 'ZABITA',
        costs: { budget: { '01': { t: 60000 } } },
      });
    await refusedUnchanged(t, 409, 'PP_STATUS', change);
    // Its activities are monitored only once the council accepted it (issue 14 point 5).
    await refusedUnchanged(t, 409, 'PP_STATUS', () =>
      unitManager.client.put(`${pp}/activities/F01/progress/2027-H1`, { percent: 10 }),
    );
    await ok(planner.client.post(`${pp}/accept`, { date: '2026-10-10', number: '2026/77' }));
    for (const refused of [
      change,
      () => planner.client.delete(`${pp}/budget/goals/${sub('01.1').goals[0].id}`),
      () => planner.client.post(`${pp}/budget/programmes`, { code: '02', name: 'Başka' }),
    ])
      await refusedUnchanged(t, 409, 'PP_ACCEPTED', refused);
    const revision = await ok(
      planner.client.post<ProgrammeRevisionResponse>(`${pp}/revisions`, { reason: 'Ödenek değişti' }),
      201,
    );
    expect(
      revision.acceptedBudget?.programmes[0].subProgrammes[1].goals[0].activities[0].totals.t.total,
    ).toBe(50000);
    card = (await ok(change())) as ProgrammeBudgetResponse;
    expect(sub('01.2').totals.t.total).toBe(60000);
    const kept = await ok(reviewer.client.get<ProgrammeRevisionResponse[]>(`${pp}/revisions`));
    expect(kept[0].acceptedBudget?.totals.t.total).toBe(1350000.75);
  });

  it('deletes a goal with its indicators, links and activities, and a programme with all under it', async () => {
    let before = await t.countRows();
    await ok(planner.client.delete(`${pp}/budget/goals/${sub('01.2').goals[0].id}`), 204);
    await expectRowsChanged(t, before, {
      programme_goals: -1,
      programme_goal_targets: -1,
      programme_goal_indicators: -1,
      programme_budget_activities: -1,
    });
    card = await ok(reviewer.client.get(`${pp}/budget`));
    before = await t.countRows();
    await ok(planner.client.delete(`${pp}/budget/programmes/${card.programmes[0].id}`), 204);
    await expectRowsChanged(t, before, {
      programme_budget_programmes: -1,
      programme_sub_programmes: -2,
      programme_goals: -1,
      programme_goal_targets: -1,
      programme_goal_indicators: -1,
      programme_budget_activities: -1,
    });
    expectError(
      await planner.client.delete(`${pp}/budget/programmes/${card.programmes[0].id}`),
      404,
      'PROGRAMME_PART_NOT_FOUND',
    );
  });
});
