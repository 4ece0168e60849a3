import { beforeAll, describe, expect, it } from '@jest/globals';
import type { AuditPageResponse } from '../../src/contracts/audit.js';
import {
  cardSaveRequest,
  type MoveResponse,
  type StrategyTreeResponse,
  type TargetCardIndicatorInput,
  type TargetCardResponse,
} from '../../src/contracts/drafting.js';
import type { PlanDocument } from '../../src/contracts/plan-document.js';
import type {
  AimResponse,
  IndicatorResponse,
  IndicatorValueResponse,
  TargetResponse,
} from '../../src/contracts/resources.js';
import type { ValidationResponse } from '../../src/contracts/validation.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import type { ApiClient } from '../support/api-client.js';
import { expectError } from '../support/expect-error.js';
import {
  importPlan,
  ok,
  refusedUnchanged,
  type ImportedPlan,
  type Member,
  importExample,
  exampleAndCast,
} from '../support/requests.js';
import { predictions } from '../../src/modules/plans/plan-editor.service.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp();

let home: ImportedPlan;
let inForce: ImportedPlan;
let custom: ImportedPlan;

let admin: Member, planner: Member, unitManager: Member, reviewer: Member, foreignPlanner: Member;

/** The worked example with every code under other prefixes (SA/SH/PH), the plan's settings naming them. */
function customPrefixDocument(): PlanDocument {
  const document = workedExampleDocument({ institutionName: 'Önekli Belediye', planStatus: 'taslak' });
  document.plan.settings = {
    ...document.plan.settings,
    codePrefixes: { aim: 'SA', target: 'SH', indicator: 'PH' },
  };
  for (const aim of document.plan.aims) {
    aim.code = aim.code.replace(/^A/, 'SA');
    for (const target of aim.targets) {
      target.code = target.code.replace(/^H/, 'SH');
      for (const indicator of target.indicators) indicator.code = indicator.code.replace(/^PG/, 'PH');
    }
  }
  return document;
}

beforeAll(async () => {
  ({ home, admin, planner, unitManager, reviewer, foreignPlanner } = await exampleAndCast(t, {
    home: { institutionName: 'Taslak Belediyesi', planStatus: 'taslak' },
    other: { institutionName: 'Başka Belediye', planStatus: 'taslak' },
    domain: 'taslak.local',
  }));
  inForce = await importExample(t.api, { institutionName: 'Yürürlük Belediyesi' });
  custom = await importPlan(t.api, customPrefixDocument());
});

async function tree(plan: ImportedPlan, client: ApiClient = planner.client): Promise<StrategyTreeResponse> {
  return ok(client.get<StrategyTreeResponse>(`${plan.plan}/strategy`));
}

/** The tree as codes only: `{ A1: { 'H1.1': ['PG1.1.1', …] } }`. */
function codes(answer: StrategyTreeResponse): Record<string, Record<string, string[]>> {
  return Object.fromEntries(
    answer.aims.map((aim) => [
      aim.code,
      Object.fromEntries(aim.targets.map((target) => [target.code, target.indicators.map((i) => i.code)])),
    ]),
  );
}

async function validation(
  plan: ImportedPlan,
  client: ApiClient = planner.client,
): Promise<ValidationResponse> {
  return ok(client.get<ValidationResponse>(`${plan.plan}/validation`));
}

async function card(code: string, client: ApiClient = planner.client): Promise<TargetCardResponse> {
  return ok(client.get<TargetCardResponse>(`${home.plan}/targets/${code}/card`));
}

/** A save request that sends the card back as read (the client's starting point). */
const asSave = cardSaveRequest;

const NEW_INDICATOR: TargetCardIndicatorInput = {
  name: 'Ağaçlandırılan alan',
  unit: 'dönüm',
  weight: 10,
  direction: 'artis',
  valueType: 'kumulatif',
  baseline: 0,
  targets: { '2025': 10, '2026': 20, '2027': 30, '2028': 40, '2029': 50 },
};

describe('GET /api/plans/:planId/strategy', () => {
  it('answers aims → targets → indicators in order, for every role that reads the plan', async () => {
    const answer = await tree(home);
    expect(answer.planId).toBe(home.planId);
    expect(answer.aims).toEqual([
      {
        code: 'A1',
        title: 'Yaşanabilir ve yeşil bir kent',
        position: 1,
        version: 1,
        targets: [
          {
            code: 'H1.1',
            title: 'Yeşil alanları artırmak',
            position: 1,
            version: 1,
            responsibleUnit: 'PARK',
            indicators: [
              { code: 'PG1.1.1', name: 'Park alanı', weight: 40, position: 1, version: 1 },
              { code: 'PG1.1.2', name: 'Şikâyet çözüm süresi', weight: 35, position: 2, version: 1 },
              { code: 'PG1.1.3', name: 'Eğitim sayısı', weight: 25, position: 3, version: 1 },
            ],
          },
          {
            code: 'H1.2',
            title: 'Kent temizliğini iyileştirmek',
            position: 2,
            version: 1,
            responsibleUnit: 'ZABITA',
            indicators: [
              { code: 'PG1.2.1', name: 'Temiz sokak oranı', weight: 100, position: 1, version: 1 },
            ],
          },
        ],
      },
    ]);
    for (const client of [admin.client, unitManager.client, reviewer.client, t.api]) {
      expect(await tree(home, client)).toEqual(answer);
    }
  });

  it('is 401 for anonymous callers and 404 across institutions and for unknown plans', async () => {
    expectError(await t.anonymous.get(`${home.plan}/strategy`), 401, 'UNAUTHORIZED');
    expectError(await foreignPlanner.client.get(`${home.plan}/strategy`), 404, 'PLAN_NOT_FOUND');
    expectError(
      await t.api.get('/api/plans/00000000-0000-4000-8000-000000000000/strategy'),
      404,
      'PLAN_NOT_FOUND',
    );
    expectError(await t.api.get('/api/plans/not-a-plan/strategy'), 404, 'PLAN_NOT_FOUND');
  });
});

describe('creating without a code', () => {
  it('numbers a new aim, target and indicator after the highest under their parent', async () => {
    const aim = await ok(
      planner.client.post<AimResponse>(`${home.plan}/aims`, { title: 'Güçlü bir yönetim' }),
      201,
    );
    expect(aim.code).toBe('A2');
    const target = await ok(
      planner.client.post<TargetResponse>(`${home.plan}/targets`, {
        aim: 'A2',
        title: 'Hizmet kalitesini artırmak',
        responsibleUnit: 'ZABITA',
      }),
      201,
    );
    expect(target.code).toBe('H2.1');
    const indicator = await ok(
      admin.client.post<IndicatorResponse>(`${home.plan}/indicators`, {
        target: 'H2.1',
        name: 'Memnuniyet oranı',
        unit: '%',
        weight: 100,
        direction: 'artis',
        valueType: 'duzey',
        baseline: 60,
        targets: { '2025': 65, '2026': 70, '2027': 75, '2028': 80, '2029': 85 },
      }),
      201,
    );
    expect(indicator.code).toBe('PG2.1.1');
    const second = await ok(
      planner.client.post<IndicatorResponse>(`${home.plan}/indicators`, {
        target: 'H1.2',
        name: 'Denetim sayısı',
        weight: 0,
        direction: 'artis',
        valueType: 'donemsel',
        baseline: 10,
        targets: { '2025': 12 },
      }),
      201,
    );
    expect(second.code).toBe('PG1.2.2');
  });

  it('keeps explicit codes working, and refuses a code taken', async () => {
    const aim = await ok(
      planner.client.post<AimResponse>(`${home.plan}/aims`, { code: 'A3', title: 'Geçici' }),
      201,
    );
    expect(aim.code).toBe('A3');
    await refusedUnchanged(t, 409, 'CODE_TAKEN', () =>
      planner.client.post(`${home.plan}/aims`, { code: 'A3', title: 'İkinci kez' }),
    );
    await ok(planner.client.delete(`${home.plan}/aims/A3`), 204);
    expect(Object.keys(codes(await tree(home)))).toEqual(['A1', 'A2']);
  });
});

describe('moves', () => {
  it('moves a target under another aim, renumbering targets and indicators; values and history follow', async () => {
    const before = await tree(home);
    const answer = await ok(
      planner.client.post<MoveResponse>(`${home.plan}/targets/H1.2/move`, { aim: 'A2', position: 1 }),
    );
    expect(answer.renamed).toEqual({
      'H1.2': 'H2.1',
      'PG1.2.1': 'PG2.1.1',
      'PG1.2.2': 'PG2.1.2',
      'H2.1': 'H2.2',
      'PG2.1.1': 'PG2.2.1',
    });
    expect(codes(answer)).toEqual({
      A1: { 'H1.1': ['PG1.1.1', 'PG1.1.2', 'PG1.1.3'] },
      A2: { 'H2.1': ['PG2.1.1', 'PG2.1.2'], 'H2.2': ['PG2.2.1'] },
    });
    const { renamed: _renamed, ...moved } = answer;
    expect(await tree(home)).toEqual(moved);
    // Every renamed node's version moved; an untouched one's did not.
    expect(answer.aims[0].targets[0].version).toBe(before.aims[0].targets[0].version);
    expect(answer.aims[1].targets[0].version).toBe(before.aims[0].targets[1].version + 1);

    const issues = (await validation(home)).issues;
    expect(issues.filter((issue) => issue.code === 'CODE_PREFIX')).toEqual([]);

    // The entries of the old PG1.2.1 are the new PG2.1.1's (values reference indicators by id).
    const values = await ok(
      planner.client.get<IndicatorValueResponse[]>(`${home.plan}/indicators/PG2.1.1/values`),
    );
    expect(values.map((value) => [value.period, value.value])).toEqual([['2025-H2', 59]]);
    expectError(await planner.client.get(`${home.plan}/indicators/PG1.2.1`), 404, 'INDICATOR_NOT_FOUND');

    // The audit trail records the renaming on the same record, ending on the new code.
    const target = await ok(planner.client.get<TargetResponse>(`${home.plan}/targets/H2.1`));
    expect(target).toMatchObject({ aim: 'A2', indicators: ['PG2.1.1', 'PG2.1.2'] });
    const trail = await ok(t.api.get<AuditPageResponse>(`${home.plan}/audit?entity=target&pageSize=500`));
    const ids = new Set(trail.items.map((item) => item.entityId));
    const renames = trail.items.filter((item) => item.newValue && 'code' in item.newValue);
    expect(renames.some((item) => item.newValue?.code === 'H2.1' && item.actor?.id === planner.id)).toBe(
      true,
    );
    expect(renames.some((item) => item.oldValue?.code === 'H1.2')).toBe(true);
    expect(ids.size).toBeGreaterThanOrEqual(2);
  });

  it('moves an aim first, renumbering every code under both aims', async () => {
    const answer = await ok(admin.client.post<MoveResponse>(`${home.plan}/aims/A2/move`, { position: 1 }));
    expect(codes(answer)).toEqual({
      A1: { 'H1.1': ['PG1.1.1', 'PG1.1.2'], 'H1.2': ['PG1.2.1'] },
      A2: { 'H2.1': ['PG2.1.1', 'PG2.1.2', 'PG2.1.3'] },
    });
    expect(answer.aims.map((aim) => aim.title)).toEqual([
      'Güçlü bir yönetim',
      'Yaşanabilir ve yeşil bir kent',
    ]);
    expect(answer.renamed).toMatchObject({ A2: 'A1', A1: 'A2', 'H1.1': 'H2.1', 'PG1.1.3': 'PG2.1.3' });
    expect((await validation(home)).issues.filter((issue) => issue.code === 'CODE_PREFIX')).toEqual([]);
  });

  it('moves an indicator among its siblings', async () => {
    const answer = await ok(
      planner.client.post<MoveResponse>(`${home.plan}/indicators/PG2.1.3/move`, { position: 1 }),
    );
    expect(answer.renamed).toEqual({ 'PG2.1.3': 'PG2.1.1', 'PG2.1.1': 'PG2.1.2', 'PG2.1.2': 'PG2.1.3' });
    expect(answer.aims[1].targets[0].indicators.map((indicator) => indicator.name)).toEqual([
      'Eğitim sayısı',
      'Park alanı',
      'Şikâyet çözüm süresi',
    ]);
    // Back where it was, for the card tests below.
    await ok(planner.client.post<MoveResponse>(`${home.plan}/indicators/PG2.1.1/move`, { position: 3 }));
    expect(codes(await tree(home)).A2).toEqual({ 'H2.1': ['PG2.1.1', 'PG2.1.2', 'PG2.1.3'] });
    expect((await tree(home)).aims[1].targets[0].indicators.map((indicator) => indicator.name)).toEqual([
      'Park alanı',
      'Şikâyet çözüm süresi',
      'Eğitim sayısı',
    ]);
  });

  it('refuses a bad position with 400 and details, storing nothing', async () => {
    const before = await tree(home);
    const zero = await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      planner.client.post(`${home.plan}/aims/A1/move`, { position: 0 }),
    );
    expect(zero.details).toEqual([expect.objectContaining({ path: 'position', code: 'OUT_OF_RANGE' })]);
    const far = await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      planner.client.post(`${home.plan}/targets/H1.1/move`, { position: 3 }),
    );
    expect(far.details).toEqual([
      { path: 'position', code: 'OUT_OF_RANGE', message: 'Sıra en çok 2 olmalı' },
    ]);
    // Under another aim there is one more place, and no more.
    await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      planner.client.post(`${home.plan}/targets/H1.1/move`, { aim: 'A2', position: 3 }),
    );
    const text = await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      planner.client.post(`${home.plan}/indicators/PG2.1.1/move`, { position: 'first' }),
    );
    expect(text.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'position' })]));
    const aimOnAim = await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      planner.client.post(`${home.plan}/aims/A1/move`, { position: 1, aim: 'A2' }),
    );
    expect(aimOnAim.details).toEqual([expect.objectContaining({ path: 'aim', code: 'UNKNOWN_FIELD' })]);
    const unknownAim = await refusedUnchanged(t, 400, 'UNKNOWN_AIM', () =>
      planner.client.post(`${home.plan}/targets/H1.1/move`, { aim: 'A9', position: 1 }),
    );
    expect(unknownAim.details).toEqual([expect.objectContaining({ path: 'aim', code: 'UNKNOWN_AIM' })]);
    expect(await tree(home)).toEqual(before);
  });

  it('answers 404 for an unknown code', async () => {
    expectError(
      await planner.client.post(`${home.plan}/aims/A9/move`, { position: 1 }),
      404,
      'AIM_NOT_FOUND',
    );
    expectError(
      await planner.client.post(`${home.plan}/targets/H9.9/move`, { position: 1 }),
      404,
      'TARGET_NOT_FOUND',
    );
    expectError(
      await planner.client.post(`${home.plan}/indicators/PG9.9.9/move`, { position: 1 }),
      404,
      'INDICATOR_NOT_FOUND',
    );
  });

  it('lets only planners and administrators move: 403 for unit managers and reviewers, 401 anonymous, 404 abroad', async () => {
    const route = `${home.plan}/targets/H1.1/move`;
    await refusedUnchanged(t, 403, 'FORBIDDEN', () => unitManager.client.post(route, { position: 2 }));
    await refusedUnchanged(t, 403, 'FORBIDDEN', () => reviewer.client.post(route, { position: 2 }));
    await refusedUnchanged(t, 401, 'UNAUTHORIZED', () => t.anonymous.post(route, { position: 2 }));
    await refusedUnchanged(t, 404, 'PLAN_NOT_FOUND', () =>
      foreignPlanner.client.post(route, { position: 2 }),
    );
  });

  it('refuses moves in a plan in force with 409 PLAN_STATUS', async () => {
    const body = await refusedUnchanged(t, 409, 'PLAN_STATUS', () =>
      t.api.post(`${inForce.plan}/targets/H1.2/move`, { position: 1 }),
    );
    expect(body.message).toContain('taslak');
    expect(codes(await tree(inForce, t.api))).toEqual({
      A1: { 'H1.1': ['PG1.1.1', 'PG1.1.2', 'PG1.1.3'], 'H1.2': ['PG1.2.1'] },
    });
  });

  it('numbers with the plan’s own prefixes (SA/SH/PH)', async () => {
    const aim = await ok(t.api.post<AimResponse>(`${custom.plan}/aims`, { title: 'İkinci amaç' }), 201);
    expect(aim.code).toBe('SA2');
    const answer = await ok(
      t.api.post<MoveResponse>(`${custom.plan}/targets/SH1.1/move`, { aim: 'SA2', position: 1 }),
    );
    expect(codes(answer)).toEqual({
      SA1: { 'SH1.1': ['PH1.1.1'] },
      SA2: { 'SH2.1': ['PH2.1.1', 'PH2.1.2', 'PH2.1.3'] },
    });
    const target = await ok(
      t.api.post<TargetResponse>(`${custom.plan}/targets`, {
        aim: 'SA1',
        title: 'Yeni',
        responsibleUnit: 'PARK',
      }),
      201,
    );
    expect(target.code).toBe('SH1.2');
    const issues = (await validation(custom, t.api)).issues;
    expect(issues.filter((issue) => issue.code === 'CODE_PREFIX')).toEqual([]);
  });
});

describe('the target card', () => {
  it('answers the target, its indicators in order and the plan validation, for every reader', async () => {
    const answer = await card('H2.1');
    expect(answer.target).toMatchObject({
      code: 'H2.1',
      aim: 'A2',
      title: 'Yeşil alanları artırmak',
      responsibleUnit: 'PARK',
      collaboratingUnits: ['ZABITA'],
      indicators: ['PG2.1.1', 'PG2.1.2', 'PG2.1.3'],
    });
    expect(answer.indicators.map((indicator) => [indicator.code, indicator.weight])).toEqual([
      ['PG2.1.1', 40],
      ['PG2.1.2', 35],
      ['PG2.1.3', 25],
    ]);
    expect(answer.validation).toEqual(await validation(home));
    expect(await card('H2.1', reviewer.client)).toEqual(answer);
    expect(await card('H2.1', unitManager.client)).toEqual(answer);
    expectError(await t.anonymous.get(`${home.plan}/targets/H2.1/card`), 401, 'UNAUTHORIZED');
    expectError(await foreignPlanner.client.get(`${home.plan}/targets/H2.1/card`), 404, 'PLAN_NOT_FOUND');
    expectError(await planner.client.get(`${home.plan}/targets/H9.9/card`), 404, 'TARGET_NOT_FOUND');
  });

  it('saves the whole card at once: fields, updated and new indicators, with the plan validation', async () => {
    const current = await card('H2.1');
    const request = asSave(current);
    request.title = 'Yeşil alanları ve ağaçlandırmayı artırmak';
    request.risks = ['Kamulaştırma gecikmeleri', 'Bütçe kısıntısı'];
    request.findings = ['Kişi başına yeşil alan düşük'];
    request.costEstimate = { '2025': 1100000, '2026': 1200000 };
    request.indicators[0].weight = 30;
    request.indicators[1].name = 'Şikâyet çözüm süresi (gün)';
    request.indicators.push(NEW_INDICATOR);
    const saved = await ok(admin.client.put<TargetCardResponse>(`${home.plan}/targets/H2.1/card`, request));
    expect(saved.target).toMatchObject({
      title: 'Yeşil alanları ve ağaçlandırmayı artırmak',
      risks: ['Kamulaştırma gecikmeleri', 'Bütçe kısıntısı'],
      findings: ['Kişi başına yeşil alan düşük'],
      costEstimate: { '2025': 1100000, '2026': 1200000 },
      indicators: ['PG2.1.1', 'PG2.1.2', 'PG2.1.3', 'PG2.1.4'],
      version: current.target.version + 1,
    });
    expect(saved.indicators.map((indicator) => [indicator.code, indicator.name, indicator.weight])).toEqual([
      ['PG2.1.1', 'Park alanı', 30],
      ['PG2.1.2', 'Şikâyet çözüm süresi (gün)', 35],
      ['PG2.1.3', 'Eğitim sayısı', 25],
      ['PG2.1.4', 'Ağaçlandırılan alan', 10],
    ]);
    expect(saved.indicators[3]).toMatchObject({
      valueType: 'kumulatif',
      targets: NEW_INDICATOR.targets,
      version: 1,
    });
    // The unchanged indicator keeps its version; the changed ones move theirs.
    expect(saved.indicators[2].version).toBe(current.indicators[2].version);
    expect(saved.indicators[0].version).toBe(current.indicators[0].version + 1);
    // The response's validation is GET …/validation's, and the save is what a read gives back.
    expect(saved.validation).toEqual(await validation(home));
    expect(await card('H2.1')).toEqual(saved);
  });

  it('stores text and numbers exactly as sent: quotes, backslashes, braces, commas, the word NULL, decimals', async () => {
    const current = await card('H2.1');
    const request = asSave(current);
    request.title = `O'Brien "Çarşı" a\\b {c},d — ağaç 🌳`;
    request.risks = ['NULL', "it's", '{"x": 1}', 'a,b', '\\N'];
    request.costEstimate = { '2025': 1234567.891, '2026': 0.1 };
    request.activities = [
      { name: 'Fidan dikimi', responsibleUnit: 'PARK', cost: { '2026': 1000, '2025': 500 }, code: 'F1' },
    ];
    request.indicators[1].dataSource = 'Kaynak: "TÜİK", 2024\\Q4';
    request.indicators[1].targets = Object.fromEntries(
      Object.keys(request.indicators[1].targets).map((year, index) => [year, 12.345 + index / 1000]),
    );
    const before = { ...predictions };
    const saved = await ok(planner.client.put<TargetCardResponse>(`${home.plan}/targets/H2.1/card`, request));
    // The validation judged while the write was on its way held: the rows read back were as predicted.
    expect(predictions).toEqual({ held: before.held + 1, missed: before.missed });
    expect(saved.target).toMatchObject({
      title: request.title,
      risks: request.risks,
      costEstimate: request.costEstimate,
    });
    expect(saved.indicators[1]).toMatchObject({
      dataSource: request.indicators[1].dataSource,
      targets: request.indicators[1].targets,
    });
    expect(await card('H2.1')).toEqual(saved);
    // The card as it was, so the tests after this one start from it.
    const restored = await ok(
      planner.client.put<TargetCardResponse>(`${home.plan}/targets/H2.1/card`, {
        ...asSave(current),
        version: saved.target.version,
      }),
    );
    expect(restored.target.title).toBe(current.target.title);
    expect(predictions).toEqual({ held: before.held + 2, missed: before.missed });
  });

  it('stores weights that do not sum to 100 in a draft, the validation telling WEIGHTS_SUM', async () => {
    const request = asSave(await card('H2.1'));
    request.indicators[3].weight = 20;
    const saved = await ok(planner.client.put<TargetCardResponse>(`${home.plan}/targets/H2.1/card`, request));
    expect(saved.validation.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'WEIGHTS_SUM', severity: 'error' })]),
    );
    expect(saved.validation.errors).toBeGreaterThan(0);
    // ELECTION_DEADLINE never blocks: it is a warning wherever it shows.
    for (const issue of saved.validation.issues.filter((item) => item.code === 'ELECTION_DEADLINE'))
      expect(issue.severity).toBe('warning');
  });

  it('deletes an indicator left out, and numbers a new one after the kept ones', async () => {
    const request = asSave(await card('H2.1'));
    request.indicators = [request.indicators[0], request.indicators[1], request.indicators[2]];
    request.indicators[0].weight = 40;
    request.indicators.splice(1, 0, { ...NEW_INDICATOR, name: 'Yeni dikilen ağaç', weight: 0 });
    const saved = await ok(planner.client.put<TargetCardResponse>(`${home.plan}/targets/H2.1/card`, request));
    expect(saved.indicators.map((indicator) => [indicator.code, indicator.name])).toEqual([
      ['PG2.1.1', 'Park alanı'],
      ['PG2.1.4', 'Yeni dikilen ağaç'],
      ['PG2.1.2', 'Şikâyet çözüm süresi (gün)'],
      ['PG2.1.3', 'Eğitim sayısı'],
    ]);
    expect(saved.validation.issues.filter((issue) => issue.code === 'WEIGHTS_SUM')).toEqual([]);
    expect(codes(await tree(home)).A2['H2.1']).toEqual(['PG2.1.1', 'PG2.1.4', 'PG2.1.2', 'PG2.1.3']);
  });

  it('refuses to delete an indicator holding approved values (409), storing nothing', async () => {
    const current = await card('H2.1');
    const request = asSave(current);
    request.title = 'Başka bir başlık';
    request.indicators = request.indicators.filter((indicator) => indicator.code !== 'PG2.1.3');
    const body = await refusedUnchanged(t, 409, 'HOLDS_APPROVED_VALUES', () =>
      planner.client.put(`${home.plan}/targets/H2.1/card`, request),
    );
    expect(body.message).toContain('PG2.1.3');
    expect(await card('H2.1')).toEqual(current);
  });

  it('refuses bad fields with 400 and their card paths, storing nothing', async () => {
    const current = await card('H2.1');
    const bad = asSave(current);
    bad.indicators[2].weight = -5;
    Object.assign(bad.indicators[1], { direction: 'yukarı' });
    bad.title = '';
    const body = await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      planner.client.put(`${home.plan}/targets/H2.1/card`, bad),
    );
    expect(body.details?.map((detail) => [detail.path, detail.code])).toEqual(
      expect.arrayContaining([
        ['title', 'REQUIRED'],
        ['indicators[1].direction', 'INVALID_ENUM'],
        ['indicators[2].weight', 'OUT_OF_RANGE'],
      ]),
    );
    // A yearly target outside the plan breaks PLAN_PERIOD: refused at the card's own path.
    const outside = asSave(current);
    outside.title = 'Bu başlık saklanmamalı';
    outside.indicators[2].targets = { ...outside.indicators[2].targets, '2031': 5 };
    const rules = await refusedUnchanged(t, 400, 'PLAN_RULES', () =>
      planner.client.put(`${home.plan}/targets/H2.1/card`, outside),
    );
    expect(rules.details).toEqual([
      expect.objectContaining({ path: 'indicators[2].targets.2031', code: 'PLAN_PERIOD' }),
    ]);
    // Half-year targets only for plan years; an unknown unit; a code not on this card.
    const wrong = asSave(current);
    wrong.indicators[0].halfYearTargets = { '2024': 3 };
    const year = await refusedUnchanged(t, 400, 'NOT_PLAN_YEAR', () =>
      planner.client.put(`${home.plan}/targets/H2.1/card`, wrong),
    );
    expect(year.details).toEqual([expect.objectContaining({ path: 'indicators[0].halfYearTargets.2024' })]);
    const foreign = asSave(current);
    foreign.indicators[0].code = 'PG1.1.1';
    foreign.responsibleUnit = 'YOK';
    await refusedUnchanged(t, 400, 'UNKNOWN_UNIT', () =>
      planner.client.put(`${home.plan}/targets/H2.1/card`, foreign),
    );
    foreign.responsibleUnit = 'PARK';
    const stranger = await refusedUnchanged(t, 400, 'UNKNOWN_INDICATOR', () =>
      planner.client.put(`${home.plan}/targets/H2.1/card`, foreign),
    );
    expect(stranger.details).toEqual([expect.objectContaining({ path: 'indicators[0].code' })]);
    expect(await card('H2.1')).toEqual(current);
  });

  it('answers a stale version with 409 STALE_VERSION and the card as stored now', async () => {
    const current = await card('H2.1');
    const stale = asSave(current);
    stale.version = current.target.version - 1;
    stale.title = 'Eski sürümden';
    const body = await refusedUnchanged(t, 409, 'STALE_VERSION', () =>
      planner.client.put(`${home.plan}/targets/H2.1/card`, stale),
    );
    expect(body.current).toEqual(current);
  });

  it('on a plan in force: a card sent back unchanged stores nothing, a change goes via a plan update (409)', async () => {
    const route = `${inForce.plan}/targets/H1.1/card`;
    const current = await ok(t.api.get<TargetCardResponse>(route));
    const before = await t.countRows();
    expect(await ok(t.api.put<TargetCardResponse>(route, asSave(current)))).toEqual(current);
    expect(await t.countRows()).toEqual(before);
    const changed = asSave(current);
    changed.title = 'Yürürlükte değişmez';
    changed.risks = ['Yeni risk'];
    const body = await refusedUnchanged(t, 409, 'CONTENT_VIA_UPDATE', () => t.api.put(route, changed));
    expect(body.details?.map((detail) => [detail.path, detail.code])).toEqual([
      ['title', 'CONTENT_VIA_UPDATE'],
      ['risks', 'CARDS_VIA_UPDATE'],
    ]);
  });

  it('lets only planners and administrators save: 403, 401 and 404 abroad store nothing', async () => {
    const request = asSave(await card('H2.1'));
    request.title = 'Yetkisiz';
    const route = `${home.plan}/targets/H2.1/card`;
    await refusedUnchanged(t, 403, 'FORBIDDEN', () => unitManager.client.put(route, request));
    await refusedUnchanged(t, 403, 'FORBIDDEN', () => reviewer.client.put(route, request));
    await refusedUnchanged(t, 401, 'UNAUTHORIZED', () => t.anonymous.put(route, request));
    await refusedUnchanged(t, 404, 'PLAN_NOT_FOUND', () => foreignPlanner.client.put(route, request));
    expectError(await planner.client.put(`${home.plan}/targets/H9.9/card`, request), 404, 'TARGET_NOT_FOUND');
  });
});
