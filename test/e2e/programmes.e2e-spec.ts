import { beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { AuditPageResponse } from '../../src/contracts/audit.js';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type {
  ProgrammeResponse,
  ProgrammeRevisionResponse,
  ProgrammeTablesResponse,
} from '../../src/contracts/programme.js';
import type { ValidationIssue } from '../../src/contracts/validation.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { expectError } from '../support/expect-error.js';
import {
  expectRowsChanged,
  importPlan,
  ok,
  refusedUnchanged,
  useExampleAndCast,
} from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

/*
 * The 2027 performance programme of the worked example's plan (2025–2029, in force), by hand (TL):
 *
 *   PH1 (A1 / H1.1)  F01 Park yapımı   PARK    03: 100,000.50  06: 400,000   Döner Sermaye 50,000
 *                    F02 Ağaçlandırma  PARK    03:  60,000.25
 *   PH2 (A1 / H1.2)  F03 Eğitim        ZABITA  01:  20,000     03:   5,000
 *   Genel Yönetim Giderleri                    01: 300,000     02:  50,000   Diğer Yurt İçi 10,000
 *   Diğer İdarelere Transfer                   05:  25,000
 *
 * Tablo 3: F01 500,000.50 + 50,000 = 550,000.50; F02 60,000.25; PH1 560,000.75 budget + 50,000 =
 * 610,000.75; PH2 = F03 = 25,000; activities 585,000.75 + 50,000 = 635,000.75; general
 * administration 350,000 + 10,000 = 360,000; transfers 25,000; grand total 960,000.75 budget +
 * 60,000 off-budget = 1,020,000.75. Shares of the budget: PH1 560,000.75 / 960,000.75 = 58.3 %,
 * general administration 350,000 / 960,000.75 = 36.5 %; of the total: PH1 610,000.75 /
 * 1,020,000.75 = 59.8 %.
 * Tablo 4: 01 = 20,000 + 300,000 = 320,000; 02 = 50,000; 03 = 100,000.50 + 60,000.25 + 5,000 =
 * 165,000.75; 05 = 25,000; 06 = 400,000; budget 585,000.75 + 350,000 + 25,000 = 960,000.75;
 * off-budget 50,000 + 10,000 = 60,000; all 1,020,000.75.
 * The budget proposal first says 165,000 for 03: PP_RESOURCE_IDENTITY breaks 03 (165,000 against
 * 165,000.75) and the total (960,000 against 960,000.75); 165,000.75 mends both.
 * PP_COST_VS_PLAN: PH1 costs 610,000.75 against H1.1's estimate of 1,300,000 for 2027 (53 % off,
 * above 10 %): a warning. H1.2 has no estimate: no warning.
 * Indicators: t-2 = 2025 has approved values (PG1.1.1's 2025-H2 level 115,000: actual), t = 2027
 * has the plan's targets (160,000), t-1 = 2026 has neither until typed (PP_INDICATOR_COMPLETE).
 */

const t = useTestApp();
const cast = useExampleAndCast(t, 'program.local', ['Program Belediyesi', 'Öteki Belediye']);

let pp: string;

beforeAll(() => {
  pp = `${cast.home.plan}/programmes/2027`;
});

async function issues(lang = 'tr'): Promise<Array<[string, string, string]>> {
  const answer = await ok(
    cast.reviewer.client.get<{ errors: number; warnings: number; issues: ValidationIssue[] }>(
      `${pp}/validation?lang=${lang}`,
    ),
  );
  return answer.issues.map((issue) => [issue.code, issue.path, issue.message]);
}

const PH1_ACTIVITIES = [
  {
    target: 'PH1',
    name: 'Park yapımı',
    unit: 'PARK',
    budget: { '03': 100000.5, '06': 400000 },
    offBudget: { 'doner-sermaye': 50000 },
  },
  { target: 'PH1', name: 'Ağaçlandırma', unit: 'PARK', budget: { '03': 60000.25 } },
];
const PH2_ACTIVITY = { target: 'PH2', name: 'Eğitim', unit: 'ZABITA', budget: { '01': 20000, '03': 5000 } };

describe('a year of the plan', () => {
  it('has no programme until a planner makes one (404), and years outside the plan are refused (400 PP_YEAR)', async () => {
    expectError(await cast.reviewer.client.get(pp), 404, 'PROGRAMME_NOT_FOUND');
    for (const year of ['2024', '2030', '20x7']) {
      const body = await refusedUnchanged(t, 400, 'PP_YEAR', () =>
        cast.planner.client.put(`${cast.home.plan}/programmes/${year}`, {}),
      );
      expect(body.details).toEqual([
        { path: 'year', code: 'PP_YEAR', message: expect.stringContaining('2025–2029') },
      ]);
    }
  });

  it('refuses amounts by an unknown economic code or negative, naming the field, and stores nothing', async () => {
    let body = await refusedUnchanged(t, 400, 'PP_ECONOMIC_CODE', () =>
      cast.planner.client.put(pp, { proposal: { '01': 5, '10': 3, '3': 1 } }),
    );
    expect(body.details?.map(({ path, code }) => [path, code])).toEqual([
      ['proposal.3', 'PP_ECONOMIC_CODE'],
      ['proposal.10', 'PP_ECONOMIC_CODE'],
    ]);
    expect(body.details?.[1].message).toBe('"10" birinci düzey bir ekonomik kod değil (01 ile 09 arası)');
    body = await refusedUnchanged(t, 400, 'PP_NEGATIVE_COST', () =>
      cast.planner.client.put(pp, {
        generalAdministration: { budget: { '01': -1 } },
        transfers: { offBudget: { 'diger-yurt-ici': -0.5 } },
      }),
    );
    expect(body.details?.map(({ path, code }) => [path, code])).toEqual([
      ['generalAdministration.budget.01', 'PP_NEGATIVE_COST'],
      ['transfers.offBudget.diger-yurt-ici', 'PP_NEGATIVE_COST'],
    ]);
    body = await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      cast.planner.client.put(pp, {
        proposal: { '01': 1.005, '02': '5' },
        transfers: { offBudget: { hibe: 1 } },
      }),
    );
    expect(body.details?.map(({ path, code }) => [path, code])).toEqual([
      ['proposal.01', 'INVALID_VALUE'],
      ['proposal.02', 'INVALID_VALUE'],
      ['transfers.offBudget.hibe', 'PP_OFF_BUDGET_SOURCE'],
    ]);
    body = await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      cast.planner.client.put(pp, { format: 'yearly', proposal: [] }),
    );
    expect(body.details?.map(({ path, code }) => [path, code])).toEqual([
      ['format', 'INVALID_ENUM'],
      ['proposal', 'INVALID_VALUE'],
    ]);
  });

  it('is made by a planner (201, audited) and read by every role of the institution', async () => {
    const before = await t.countRows();
    const made = await ok(
      cast.planner.client.put<ProgrammeResponse>(pp, {
        generalAdministration: {
          budget: { '01': 300000, '02': 50000 },
          offBudget: { 'diger-yurt-ici': 10000 },
        },
        transfers: { budget: { '05': 25000 } },
        proposal: { '01': 320000, '02': 50000, '03': 165000, '05': 25000, '06': 400000 },
      }),
      201,
    );
    expect(made).toMatchObject({
      year: 2027,
      format: 'classic',
      status: 'draft',
      revision: 0,
      submittedOn: null,
      targets: [],
      version: 1,
    });
    await expectRowsChanged(t, before, { programmes: 1 });
    const trail = await ok(t.api.get<AuditPageResponse>(`${cast.home.plan}/audit?entity=programme`));
    expect(trail.items).toEqual([
      expect.objectContaining({ action: 'insert', actor: expect.objectContaining({ id: cast.planner.id }) }),
    ]);
    for (const member of [cast.unitManager, cast.reviewer, cast.admin])
      expect((await ok(member.client.get<ProgrammeResponse>(pp))).id).toBe(made.id);
    expect(
      (await ok(cast.reviewer.client.get<ProgrammeResponse[]>(`${cast.home.plan}/programmes`))).map(
        (item) => item.year,
      ),
    ).toEqual([2027]);
  });

  it('is written by planners and administrators only, and is not found from another institution', async () => {
    for (const member of [cast.unitManager, cast.reviewer]) {
      await refusedUnchanged(t, 403, 'FORBIDDEN', () => member.client.put(pp, { proposal: {} }));
      await refusedUnchanged(t, 403, 'FORBIDDEN', () =>
        member.client.post(`${pp}/targets`, { target: 'H1.1' }),
      );
      await refusedUnchanged(t, 403, 'FORBIDDEN', () =>
        member.client.post(`${pp}/submit`, { date: '2026-10-01' }),
      );
    }
    expectError(await cast.foreignPlanner.client.get(pp), 404, 'PLAN_NOT_FOUND');
    expectError(await cast.foreignPlanner.client.get(`${pp}/tables.xlsx`), 404, 'PLAN_NOT_FOUND');
    await refusedUnchanged(t, 404, 'PLAN_NOT_FOUND', () =>
      cast.foreignPlanner.client.put(pp, { proposal: {} }),
    );
    await refusedUnchanged(t, 404, 'PLAN_NOT_FOUND', () =>
      cast.foreignPlanner.client.post(`${pp}/targets`, { target: 'H1.1' }),
    );
    // The other institution's own plan has no 2027 programme.
    expectError(
      await cast.foreignPlanner.client.get(`${cast.other.plan}/programmes/2027`),
      404,
      'PROGRAMME_NOT_FOUND',
    );
  });
});

describe('performance targets and activities', () => {
  it('takes plan targets of the year as PH1, PH2 and refuses one the plan does not have (PP_TARGET_IN_PLAN)', async () => {
    const body = await refusedUnchanged(t, 400, 'PP_TARGET_IN_PLAN', () =>
      cast.planner.client.post(`${pp}/targets`, { target: 'H9.9' }),
    );
    expect(body.details).toEqual([
      {
        path: 'target',
        code: 'PP_TARGET_IN_PLAN',
        message: 'Planda 2027 yılı için "H9.9" kodlu bir hedef yok',
      },
    ]);
    const before = await t.countRows();
    await ok(
      cast.planner.client.post(`${pp}/targets`, { target: 'H1.1', explanation: 'Yeşil alan yatırımları' }),
      201,
    );
    const answer = await ok(
      cast.planner.client.post<ProgrammeResponse>(`${pp}/targets`, { target: 'H1.2' }),
      201,
    );
    await expectRowsChanged(t, before, { programme_targets: 2 });
    expect(
      answer.targets.map((target) => [target.code, target.aimCode, target.targetCode, target.title]),
    ).toEqual([
      ['PH1', 'A1', 'H1.1', 'Yeşil alanları artırmak'],
      ['PH2', 'A1', 'H1.2', 'Kent temizliğini iyileştirmek'],
    ]);
    // One PH per plan target.
    await refusedUnchanged(t, 409, 'DUPLICATE', () =>
      cast.planner.client.post(`${pp}/targets`, { target: 'H1.1' }),
    );
    await refusedUnchanged(t, 409, 'CODE_TAKEN', () =>
      cast.planner.client.patch(`${pp}/targets/PH2`, { code: 'PH1' }),
    );
  });

  it('shows each PH’s indicators with t-2 from approved values, t from the plan, t-1 missing until typed', async () => {
    const answer = await ok(cast.reviewer.client.get<ProgrammeResponse>(pp));
    expect(answer.targets[0].indicators[0]).toEqual({
      code: 'PG1.1.1',
      name: 'Park alanı',
      unit: 'm²',
      figures: [
        { year: 2025, value: 115000, source: 'actual' },
        { year: 2026, value: null, source: null },
        { year: 2027, value: 160000, source: 'plan' },
      ],
      explanation: null,
      // Nothing typed for it yet.
      version: 0,
    });
    expect(answer.targets[1].indicators.map((indicator) => indicator.code)).toEqual(['PG1.2.1']);
  });

  it('refuses an activity without a unit, with an unknown unit, code or target, and stores nothing', async () => {
    let body = await refusedUnchanged(t, 400, 'PP_ACTIVITY_UNIT', () =>
      cast.planner.client.post(`${pp}/activities`, { target: 'PH1', name: 'Park yapımı' }),
    );
    expect(body.details).toEqual([
      { path: 'unit', code: 'PP_ACTIVITY_UNIT', message: 'Faaliyetin sorumlu harcama birimi seçilmeli' },
    ]);
    body = await refusedUnchanged(t, 400, 'PP_ACTIVITY_UNIT', () =>
      cast.planner.client.post(`${pp}/activities`, { target: 'PH1', name: 'Park yapımı', unit: 'FEN' }),
    );
    expect(body.details?.[0]).toMatchObject({ path: 'unit', message: 'Kurumda "FEN" kodlu bir birim yok' });
    body = await refusedUnchanged(t, 400, 'PP_ECONOMIC_CODE', () =>
      cast.planner.client.post(`${pp}/activities`, {
        target: 'PH1',
        name: 'Park',
        unit: 'PARK',
        budget: { '10': 5 },
      }),
    );
    expect(body.details?.map(({ path }) => path)).toEqual(['budget.10']);
    body = await refusedUnchanged(t, 400, 'PP_NEGATIVE_COST', () =>
      cast.planner.client.post(`${pp}/activities`, {
        target: 'PH1',
        name: 'Park',
        unit: 'PARK',
        offBudget: { 'doner-sermaye': -100 },
      }),
    );
    expect(body.details?.map(({ path }) => path)).toEqual(['offBudget.doner-sermaye']);
    body = await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      cast.planner.client.post(`${pp}/activities`, { target: 'PH7', name: 'Park', unit: 'PARK' }),
    );
    expect(body.details?.map(({ path, code }) => [path, code])).toEqual([
      ['target', 'PROGRAMME_TARGET_NOT_FOUND'],
    ]);
  });

  it('numbers the activities F01, F02, F03 across the PHs', async () => {
    const before = await t.countRows();
    for (const activity of [...PH1_ACTIVITIES, PH2_ACTIVITY])
      await ok(cast.planner.client.post(`${pp}/activities`, activity), 201);
    await expectRowsChanged(t, before, { programme_activities: 3 });
    const answer = await ok(cast.reviewer.client.get<ProgrammeResponse>(pp));
    expect(
      answer.targets.map((target) =>
        target.activities.map((activity) => [
          activity.code,
          activity.unit,
          activity.unitName,
          activity.amounts,
        ]),
      ),
    ).toEqual([
      [
        [
          'F01',
          'PARK',
          'Park ve Bahçeler Müdürlüğü',
          { budget: 500000.5, offBudget: 50000, total: 550000.5 },
        ],
        ['F02', 'PARK', 'Park ve Bahçeler Müdürlüğü', { budget: 60000.25, offBudget: 0, total: 60000.25 }],
      ],
      [['F03', 'ZABITA', 'Zabıta Müdürlüğü', { budget: 25000, offBudget: 0, total: 25000 }]],
    ]);
  });

  it('keeps the classic format while it holds PHs: a switch is refused (409 PP_FORMAT naming them), unchanged', async () => {
    const was = await ok(cast.reviewer.client.get<ProgrammeResponse>(pp));
    const body = await refusedUnchanged(t, 409, 'PP_FORMAT', () =>
      cast.planner.client.put(pp, { format: 'programme-budget', proposal: { '01': 1 } }),
    );
    const turkish =
      '2027 performans programında klasik biçimde 2 performans hedefi var; biçim değiştirilmeden önce bunlar faaliyetleriyle birlikte silinmeli';
    expect(body.message).toBe(turkish);
    expect(body.details).toEqual([{ path: 'format', code: 'PP_FORMAT', message: turkish }]);
    const english = await refusedUnchanged(t, 409, 'PP_FORMAT', () =>
      cast.planner.client.put(`${pp}?lang=en`, { format: 'programme-budget' }),
    );
    expect(english.message).toBe(
      'The 2027 performance programme holds 2 performance target(s) of the classic format; delete them with their activities before changing its format',
    );
    expect(await ok(cast.reviewer.client.get<ProgrammeResponse>(pp))).toEqual(was);
    expect(was.format).toBe('classic');
    // Stating the format it already has is no switch.
    await ok(cast.planner.client.put(pp, { format: 'classic' }));
    expectError(
      await cast.planner.client.post(`${pp}/budget/programmes`, { code: '01', name: 'Kentsel Yaşam' }),
      409,
      'PP_FORMAT',
    );
  });
});

describe('tables 1–5 and the rules', () => {
  it('computes the tables of the hand-worked example', async () => {
    const tables = await ok(cast.unitManager.client.get<ProgrammeTablesResponse>(`${pp}/tables`));
    const { performance, resources } = tables;
    expect(
      performance.targets.map((target) => [
        target.code,
        target.total.budget,
        target.total.offBudget,
        target.total.total,
      ]),
    ).toEqual([
      ['PH1', 560000.75, 50000, 610000.75],
      ['PH2', 25000, 0, 25000],
    ]);
    expect(performance.activitiesTotal).toMatchObject({
      budget: 585000.75,
      offBudget: 50000,
      total: 635000.75,
    });
    expect(performance.generalAdministration).toMatchObject({
      budget: 350000,
      offBudget: 10000,
      total: 360000,
    });
    expect(performance.transfers).toMatchObject({ budget: 25000, offBudget: 0, total: 25000 });
    expect(performance.grandTotal).toMatchObject({ budget: 960000.75, offBudget: 60000, total: 1020000.75 });
    expect(performance.targets[0].total.shares.budget).toBeCloseTo(560000.75 / 960000.75, 12);
    expect(
      resources.budget
        .filter((line) => line.total !== 0)
        .map((line) => [line.code, line.activities, line.generalAdministration, line.transfers, line.total]),
    ).toEqual([
      ['01', 20000, 300000, 0, 320000],
      ['02', 0, 50000, 0, 50000],
      ['03', 165000.75, 0, 0, 165000.75],
      ['05', 0, 0, 25000, 25000],
      ['06', 400000, 0, 0, 400000],
    ]);
    expect(resources.budgetTotal).toEqual({
      activities: 585000.75,
      generalAdministration: 350000,
      transfers: 25000,
      total: 960000.75,
    });
    expect(resources.total.total).toBe(1020000.75);
    expect(tables.identityBreaks).toEqual([
      { line: '03', proposal: 165000, computed: 165000.75 },
      { line: 'total', proposal: 960000, computed: 960000.75 },
    ]);
    expect(
      tables.responsibilities.targets.map((target) =>
        target.activities.map((activity) => activity.responsibleUnit),
      ),
    ).toEqual([['PARK', 'PARK'], ['ZABITA']]);
  });

  it('lists each rule’s finding in Turkish and English', async () => {
    const found = await issues();
    expect(
      found.filter(([code]) => code === 'PP_INDICATOR_COMPLETE').map(([, path, message]) => [path, message]),
    ).toEqual([
      [
        'targets[0].indicators[0].figures',
        'PH1 performans hedefinin PG1.1.1 göstergesinde 2026 için değer yok',
      ],
      [
        'targets[0].indicators[1].figures',
        'PH1 performans hedefinin PG1.1.2 göstergesinde 2026 için değer yok',
      ],
      [
        'targets[0].indicators[2].figures',
        'PH1 performans hedefinin PG1.1.3 göstergesinde 2026 için değer yok',
      ],
      [
        'targets[1].indicators[0].figures',
        'PH2 performans hedefinin PG1.2.1 göstergesinde 2026 için değer yok',
      ],
    ]);
    expect(found.filter(([code]) => code !== 'PP_INDICATOR_COMPLETE')).toEqual([
      [
        'PP_COST_VS_PLAN',
        'targets[0]',
        'PH1 performans hedefinin 2027 maliyeti 610.000,75 TL; planda H1.1 hedefinin bu yıl için maliyet tahmini 1.300.000 TL (izin verilen fark %10)',
      ],
      [
        'PP_RESOURCE_IDENTITY',
        'proposal.03',
        'Bütçe teklifinde 03 Mal ve Hizmet Alım Giderleri kaynak ihtiyacı 165.000 TL; faaliyetler, genel yönetim giderleri ve transferlerden hesaplanan 165.000,75 TL',
      ],
      [
        'PP_RESOURCE_IDENTITY',
        'proposal',
        'Bütçe teklifinde toplam kaynak ihtiyacı 960.000 TL; faaliyetler, genel yönetim giderleri ve transferlerden hesaplanan 960.000,75 TL',
      ],
    ]);
    const english = await issues('en');
    expect(english.find(([code]) => code === 'PP_RESOURCE_IDENTITY')?.[2]).toBe(
      'The budget proposal states 165,000 TL for 03 Purchases of goods and services; activities, general administration and transfers come to 165,000.75 TL',
    );
  });

  it('refuses to submit a programme with errors (400 PP_RULES listing them), unchanged', async () => {
    const body = await refusedUnchanged(t, 400, 'PP_RULES', () =>
      cast.planner.client.post(`${pp}/submit`, { date: '2026-10-01' }),
    );
    expect(body.details?.map(({ code }) => code)).toEqual([
      'PP_INDICATOR_COMPLETE',
      'PP_INDICATOR_COMPLETE',
      'PP_INDICATOR_COMPLETE',
      'PP_INDICATOR_COMPLETE',
      'PP_RESOURCE_IDENTITY',
      'PP_RESOURCE_IDENTITY',
    ]);
  });

  it('takes typed figures for t-1 (only the programme’s years) and the mended proposal: only the warning stays', async () => {
    const body = await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      cast.planner.client.put(`${pp}/targets/PH1/indicators/PG1.1.1`, {
        figures: { '2024': 1, '2026': 'çok' },
      }),
    );
    expect(body.details?.map(({ path, code }) => [path, code])).toEqual([
      ['figures.2024', 'OUT_OF_RANGE'],
      ['figures.2026', 'INVALID_TYPE'],
    ]);
    expectError(
      await cast.planner.client.put(`${pp}/targets/PH1/indicators/PG1.2.1`, { figures: { '2026': 1 } }),
      404,
      'INDICATOR_NOT_FOUND',
    );
    const figures: Array<[string, string, number]> = [
      ['PH1', 'PG1.1.1', 140000],
      ['PH1', 'PG1.1.2', 7],
      ['PH1', 'PG1.1.3', 68],
      ['PH2', 'PG1.2.1', 66],
    ];
    const before = await t.countRows();
    for (const [ph, code, value] of figures)
      await ok(
        cast.planner.client.put(`${pp}/targets/${ph}/indicators/${code}`, {
          figures: { '2026': value },
          explanation: 'Yıl sonu tahmini',
        }),
      );
    await expectRowsChanged(t, before, { programme_indicators: 4 });
    const current = await ok(cast.planner.client.get<ProgrammeResponse>(pp));
    await ok(
      cast.planner.client.put(pp, {
        proposal: { ...current.proposal, '03': 165000.75 },
        version: current.version,
      }),
    );
    expect(await issues()).toEqual([['PP_COST_VS_PLAN', 'targets[0]', expect.any(String)]]);
    const answer = await ok(cast.reviewer.client.get<ProgrammeResponse>(pp));
    expect(answer.targets[0].indicators[0].figures[1]).toEqual({
      year: 2026,
      value: 140000,
      source: 'entered',
    });
    expect(answer.targets[0].indicators[0].explanation).toBe('Yıl sonu tahmini');
    // A stale version is refused with the programme as it is now.
    const stale = expectError<ErrorBody & { current?: ProgrammeResponse }>(
      await cast.planner.client.put(pp, { proposal: {}, version: current.version }),
      409,
      'STALE_VERSION',
    );
    expect(stale.current?.proposal['03']).toBe(165000.75);
  });

  it('takes an indicator’s figures with the version read: a stale one is refused (409) with the programme as it is now', async () => {
    const read = await ok(cast.planner.client.get<ProgrammeResponse>(pp));
    const figuresOf = (programme: ProgrammeResponse) =>
      programme.targets[1].indicators.find((indicator) => indicator.code === 'PG1.2.1');
    // PG1.2.1 had a figure typed in the test before: a stored row, version 1.
    expect(figuresOf(read)?.version).toBe(1);
    const saved = await ok(
      cast.planner.client.put<ProgrammeResponse>(`${pp}/targets/PH2/indicators/PG1.2.1`, {
        figures: { '2026': 67 },
        version: 1,
      }),
    );
    expect(figuresOf(saved)?.version).toBe(2);
    expect(figuresOf(saved)?.figures[1]).toEqual({ year: 2026, value: 67, source: 'entered' });
    // A second tab still holding version 1 overwrites nothing.
    const stale = await refusedUnchanged(t, 409, 'STALE_VERSION', () =>
      cast.planner.client.put(`${pp}/targets/PH2/indicators/PG1.2.1`, { figures: { '2026': 1 }, version: 1 }),
    );
    expect(stale.message).toContain('PH2 PG1.2.1');
    expect(figuresOf((stale as ErrorBody & { current: ProgrammeResponse }).current)?.figures[1].value).toBe(
      67,
    );
    // Version 0 means "nothing typed yet": refused once someone typed a figure meanwhile.
    await refusedUnchanged(t, 409, 'STALE_VERSION', () =>
      cast.planner.client.put(`${pp}/targets/PH2/indicators/PG1.2.1`, { figures: { '2026': 1 }, version: 0 }),
    );
    await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      cast.planner.client.put(`${pp}/targets/PH2/indicators/PG1.2.1`, {
        figures: { '2026': 1 },
        version: -1,
      }),
    );
    // Put back as the next tests expect it.
    await ok(
      cast.planner.client.put(`${pp}/targets/PH2/indicators/PG1.2.1`, {
        figures: { '2026': 66 },
        version: 2,
      }),
    );
  });

  it('exports tables 1–5 as a workbook read back cell by cell', async () => {
    const response = await cast.reviewer.client.download(`${pp}/tables.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.body as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Tablo 1 Performans Hedefi',
      'Tablo 2 Faaliyet Maliyetleri',
      'Tablo 3 Performans Tablosu',
      'Tablo 4 Kaynak İhtiyacı',
      'Tablo 5 Sorumlu Birimler',
    ]);
    const rows = (name: string): unknown[][] => {
      const sheet = book.getWorksheet(name);
      const answer: unknown[][] = [];
      sheet?.eachRow({ includeEmpty: true }, (row, number) => {
        answer[number - 1] = Array.from((row.values as unknown[]).slice(1), (value) => value ?? null);
      });
      return answer;
    };
    const t3 = rows('Tablo 3 Performans Tablosu');
    expect(t3[0][0]).toBe('Program Belediyesi');
    expect(t3[2][0]).toBe('2027 Yılı Performans Programı — Tablo 3 İdare Performans Tablosu');
    expect(t3[3]).toEqual([
      'Kod',
      'Performans hedefi / faaliyet',
      'Bütçe (TL)',
      '%',
      'Bütçe Dışı (TL)',
      '%',
      'Toplam (TL)',
      '%',
    ]);
    expect(t3.slice(4, 13)).toEqual([
      ['PH1', 'Yeşil alanları artırmak', 560000.75, 58.3, 50000, 83.3, 610000.75, 59.8],
      ['F01', 'Park yapımı', 500000.5, 52.1, 50000, 83.3, 550000.5, 53.9],
      ['F02', 'Ağaçlandırma', 60000.25, 6.3, 0, 0, 60000.25, 5.9],
      ['PH2', 'Kent temizliğini iyileştirmek', 25000, 2.6, 0, 0, 25000, 2.5],
      ['F03', 'Eğitim', 25000, 2.6, 0, 0, 25000, 2.5],
      [null, 'Performans hedefleri toplamı', 585000.75, 60.9, 50000, 83.3, 635000.75, 62.3],
      [null, 'Genel Yönetim Giderleri', 350000, 36.5, 10000, 16.7, 360000, 35.3],
      [null, 'Diğer İdarelere Transfer Edilecek Kaynaklar', 25000, 2.6, 0, 0, 25000, 2.5],
      [null, 'Genel Toplam', 960000.75, 100, 60000, 100, 1020000.75, 100],
    ]);
    const sheet3 = book.getWorksheet('Tablo 3 Performans Tablosu');
    expect(sheet3?.getCell('C5').numFmt).toBe('#,##0.00');
    expect(sheet3?.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(sheet3?.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9 });
    const t4 = rows('Tablo 4 Kaynak İhtiyacı');
    expect(t4.slice(4, 14)).toEqual([
      ['01', 'Personel Giderleri', 20000, 300000, 0, 320000, 320000, 0],
      ['02', 'SGK Devlet Primi Giderleri', 0, 50000, 0, 50000, 50000, 0],
      ['03', 'Mal ve Hizmet Alım Giderleri', 165000.75, 0, 0, 165000.75, 165000.75, 0],
      ['04', 'Faiz Giderleri', 0, 0, 0, 0, 0, 0],
      ['05', 'Cari Transferler', 0, 0, 25000, 25000, 25000, 0],
      ['06', 'Sermaye Giderleri', 400000, 0, 0, 400000, 400000, 0],
      ['07', 'Sermaye Transferleri', 0, 0, 0, 0, 0, 0],
      ['08', 'Borç Verme', 0, 0, 0, 0, 0, 0],
      ['09', 'Yedek Ödenekler', 0, 0, 0, 0, 0, 0],
      [null, 'Toplam Bütçe', 585000.75, 350000, 25000, 960000.75, 960000.75, 0],
    ]);
    expect(t4.slice(14, 19)).toEqual([
      [null, 'Döner Sermaye', 50000, 0, 0, 50000],
      [null, 'Diğer Yurt İçi', 0, 10000, 0, 10000],
      [null, 'Diğer Yurt Dışı', 0, 0, 0, 0],
      [null, 'Toplam Bütçe Dışı', 50000, 10000, 0, 60000],
      [null, 'Genel Toplam', 635000.75, 360000, 25000, 1020000.75],
    ]);
    const t2 = rows('Tablo 2 Faaliyet Maliyetleri');
    expect(t2[4]).toEqual([
      'PH1',
      'F01',
      'Park yapımı',
      'Park ve Bahçeler Müdürlüğü',
      0,
      0,
      100000.5,
      0,
      0,
      400000,
      0,
      0,
      0,
      500000.5,
      50000,
      0,
      0,
      50000,
      550000.5,
    ]);
    const t1 = rows('Tablo 1 Performans Hedefi');
    expect(t1.slice(3, 9)).toEqual([
      ['Amaç', 'A1'],
      ['Hedef', 'H1.1 Yeşil alanları artırmak'],
      ['Performans Hedefi', 'PH1 Yeşil alanları artırmak'],
      ['Açıklamalar', 'Yeşil alan yatırımları'],
      ['Kod', 'Performans göstergesi', '2025', '2026', '2027', 'Açıklama'],
      [
        'PG1.1.1',
        'Park alanı (m²)',
        115000,
        140000,
        160000,
        'Yıl sonu tahmini — 2025: gerçekleşme, 2026: girilen, 2027: plan hedefi',
      ],
    ]);
    const t5 = rows('Tablo 5 Sorumlu Birimler');
    expect(t5.slice(4, 7)).toEqual([
      ['PH1', 'Yeşil alanları artırmak', 'F01', 'Park yapımı', 'Park ve Bahçeler Müdürlüğü'],
      ['PH1', 'Yeşil alanları artırmak', 'F02', 'Ağaçlandırma', 'Park ve Bahçeler Müdürlüğü'],
      ['PH2', 'Kent temizliğini iyileştirmek', 'F03', 'Eğitim', 'Zabıta Müdürlüğü'],
    ]);
  });

  it('writes text that looks like a formula as text', async () => {
    await ok(
      cast.planner.client.patch(`${pp}/activities/F03`, { name: '=HYPERLINK("http://evil.example","x")' }),
    );
    const response = await cast.reviewer.client.download(`${pp}/tables.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.body as unknown as ArrayBuffer);
    const cell = book.getWorksheet('Tablo 3 Performans Tablosu')?.getCell('B9');
    expect(cell?.value).toBe('=HYPERLINK("http://evil.example","x")');
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.numFmt).toBe('@');
    await ok(cast.planner.client.patch(`${pp}/activities/F03`, { name: 'Eğitim' }));
  });
});

describe('the lifecycle', () => {
  it('goes to the council, is accepted and then changes only through a revision', async () => {
    await refusedUnchanged(t, 409, 'PP_STATUS', () =>
      cast.planner.client.post(`${pp}/accept`, { date: '2026-10-10', number: '2026/142' }),
    );
    const submitted = await ok(
      cast.planner.client.post<ProgrammeResponse>(`${pp}/submit`, { date: '2026-10-01' }),
    );
    expect(submitted).toMatchObject({ status: 'submitted', submittedOn: '2026-10-01' });
    await refusedUnchanged(t, 409, 'PP_STATUS', () =>
      cast.planner.client.patch(`${pp}/activities/F01`, { name: 'Park' }),
    );
    await refusedUnchanged(t, 409, 'PP_STATUS', () =>
      cast.planner.client.post(`${pp}/submit`, { date: '2026-10-02' }),
    );
    const early = await refusedUnchanged(t, 400, 'DATE_ORDER', () =>
      cast.planner.client.post(`${pp}/accept`, { date: '2026-09-30', number: '2026/142' }),
    );
    expect(early.details?.map(({ path }) => path)).toEqual(['date']);
    const accepted = await ok(
      cast.admin.client.post<ProgrammeResponse>(`${pp}/accept`, { date: '2026-10-10', number: '2026/142' }),
    );
    expect(accepted).toMatchObject({
      status: 'accepted',
      decisionDate: '2026-10-10',
      decisionNumber: '2026/142',
    });

    for (const change of [
      () => cast.planner.client.patch(`${pp}/activities/F01`, { budget: { '03': 1 } }),
      () => cast.planner.client.put(pp, { proposal: {} }),
      () => cast.planner.client.post(`${pp}/activities`, PH2_ACTIVITY),
      () => cast.planner.client.delete(`${pp}/targets/PH2`),
      () => cast.planner.client.put(`${pp}/targets/PH1/indicators/PG1.1.1`, { figures: { '2026': 1 } }),
      () => cast.planner.client.delete(pp),
    ]) {
      const body = await refusedUnchanged(t, 409, 'PP_ACCEPTED', change);
      expect(body.message).toBe(
        '2027 performans programı meclisçe kabul edildi; değişiklik ancak gerekçeli bir revizyon açılarak yapılır',
      );
    }
    await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      cast.planner.client.post(`${pp}/revisions`, {}),
    );
    await refusedUnchanged(t, 403, 'FORBIDDEN', () =>
      cast.reviewer.client.post(`${pp}/revisions`, { reason: 'x' }),
    );

    const before = await t.countRows();
    const revision = await ok(
      cast.planner.client.post<ProgrammeRevisionResponse>(`${pp}/revisions`, {
        reason: 'Bütçe görüşmelerinde ödenek değişti',
      }),
      201,
    );
    await expectRowsChanged(t, before, { programme_revisions: 1 });
    expect(revision).toMatchObject({ revision: 1, reason: 'Bütçe görüşmelerinde ödenek değişti' });
    expect(revision.accepted).toMatchObject({ status: 'accepted', decisionNumber: '2026/142', revision: 0 });
    const reopened = await ok(cast.planner.client.get<ProgrammeResponse>(pp));
    expect(reopened).toMatchObject({ status: 'draft', revision: 1, submittedOn: null, decisionNumber: null });
    await ok(cast.planner.client.patch(`${pp}/activities/F02`, { budget: { '03': 70000.25 } }));
    const kept = await ok(cast.reviewer.client.get<ProgrammeRevisionResponse[]>(`${pp}/revisions`));
    expect(kept[0].accepted.targets[0].activities[1].cost.budget['03']).toBe(60000.25);
    // A revised programme keeps its history: it is not deleted.
    await refusedUnchanged(t, 409, 'PP_STATUS', () => cast.planner.client.delete(pp));
  });

  it('deletes activities, PHs and a draft programme', async () => {
    let before = await t.countRows();
    await ok(cast.planner.client.delete(`${pp}/activities/F03`), 204);
    await expectRowsChanged(t, before, { programme_activities: -1 });
    expectError(
      await cast.planner.client.delete(`${pp}/activities/F03`),
      404,
      'PROGRAMME_ACTIVITY_NOT_FOUND',
    );
    before = await t.countRows();
    await ok(cast.planner.client.delete(`${pp}/targets/PH1`), 204);
    await expectRowsChanged(t, before, {
      programme_targets: -1,
      programme_activities: -2,
      programme_indicators: -3,
    });
    expectError(
      await cast.planner.client.patch(`${pp}/targets/PH1`, { explanation: 'x' }),
      404,
      'PROGRAMME_TARGET_NOT_FOUND',
    );

    const draft = `${cast.home.plan}/programmes/2028`;
    await ok(cast.planner.client.put(draft, {}), 201);
    await ok(cast.planner.client.post(`${draft}/targets`, { target: 'H1.1' }), 201);
    before = await t.countRows();
    await ok(cast.planner.client.delete(draft), 204);
    await expectRowsChanged(t, before, { programmes: -1, programme_targets: -1 });
  });
});

describe('a programme whose plan target or unit goes away', () => {
  it('keeps its PH and activity and reports them (PP_TARGET_IN_PLAN, PP_ACTIVITY_UNIT)', async () => {
    const document = workedExampleDocument({ institutionName: 'Program Belediyesi', planStatus: 'taslak' });
    document.plan.title = 'Taslak plan';
    for (const target of document.plan.aims.flatMap((aim) => aim.targets))
      for (const indicator of target.indicators) delete indicator.values;
    const draft = await importPlan(t.api, document);
    await ok(
      cast.planner.client.post(`/api/institutions/${cast.home.institutionId}/units`, {
        code: 'FEN',
        name: 'Fen İşleri Müdürlüğü',
      }),
      201,
    );
    const at = `${draft.plan}/programmes/2026`;
    await ok(cast.planner.client.put(at, {}), 201);
    await ok(cast.planner.client.post(`${at}/targets`, { target: 'H1.1' }), 201);
    await ok(cast.planner.client.post(`${at}/targets`, { target: 'H1.2' }), 201);
    await ok(
      cast.planner.client.post(`${at}/activities`, {
        target: 'PH2',
        name: 'Kaldırım',
        unit: 'FEN',
        budget: { '06': 1000 },
      }),
      201,
    );

    await ok(cast.planner.client.delete(`${draft.plan}/targets/H1.2`), 204);
    await ok(cast.planner.client.delete(`/api/institutions/${cast.home.institutionId}/units/FEN`), 204);

    const programme = await ok(cast.reviewer.client.get<ProgrammeResponse>(at));
    expect(programme.targets[1]).toMatchObject({ code: 'PH2', targetCode: null, indicators: [] });
    expect(programme.targets[1].activities[0]).toMatchObject({ code: 'F01', unit: null, unitName: null });
    const answer = await ok(cast.reviewer.client.get<{ issues: ValidationIssue[] }>(`${at}/validation`));
    expect(
      answer.issues
        .filter((issue) => ['PP_TARGET_IN_PLAN', 'PP_ACTIVITY_UNIT'].includes(issue.code))
        .map((issue) => [issue.code, issue.path, issue.message]),
    ).toEqual([
      [
        'PP_TARGET_IN_PLAN',
        'targets[1].target',
        'PH2 performans hedefi planın 2026 yılı hedeflerinden birine bağlı değil',
      ],
      ['PP_ACTIVITY_UNIT', 'targets[1].activities[0].unit', 'F01 faaliyetinin sorumlu harcama birimi yok'],
    ]);
    // Tablo 5 says so rather than leaving the cell empty.
    const tables = await ok(cast.reviewer.client.get<ProgrammeTablesResponse>(`${at}/tables`));
    expect(tables.responsibilities.targets[1].activities).toEqual([
      { code: 'F01', name: 'Kaldırım', responsibleUnit: null },
    ]);
  });
});
