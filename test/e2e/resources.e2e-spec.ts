import { describe, expect, it } from '@jest/globals';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type { CoreValueDoc, PlanStatus } from '../../src/contracts/plan-document.js';
import type { ProgressResponse } from '../../src/contracts/progress.js';
import type {
  AimResponse,
  ImportResponse,
  IndicatorResponse,
  InstitutionResponse,
  PlanResponse,
  TargetResponse,
  UnitResponse,
} from '../../src/contracts/resources.js';
import type { ValidationResponse } from '../../src/contracts/validation.js';
import type { ValueStatus } from '../../src/contracts/workflow.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import type { ApiResponse } from '../support/api-client.js';
import { expectError } from '../support/expect-error.js';
import { expectRowsChanged, refusedUnchanged } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

/**
 * Institutions, units, plans, core values, aims, targets and indicators one by one over HTTP:
 * reads after writes, updates, deletes, 404/409/400 with their codes, and the plan rules that
 * guard each edit (domain.md 5). Every rejected write is checked to change no row.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';
const YEARS = ['2025', '2026', '2027', '2028', '2029'];

let serial = 0;

const t = useTestApp();

/** A fresh institution name: names are unique across the database. */
function uniqueName(base: string): string {
  serial += 1;
  return `${base} ${serial}`;
}

function yearly(start: number, step: number): Record<string, number> {
  return Object.fromEntries(YEARS.map((year, index) => [year, start + step * index]));
}

/** A write that must be refused with `status`/`code` and leave every table as it was. */
function rejected(status: number, code: string, request: () => Promise<ApiResponse>): Promise<ErrorBody> {
  return refusedUnchanged(t, status, code, request);
}

function detailCodes(body: ErrorBody): string[] {
  return (body.details ?? []).map((detail) => detail.code);
}

function detail(body: ErrorBody, path: string): string[] {
  return (body.details ?? []).filter((item) => item.path === path).map((item) => item.code);
}

interface DraftPlan {
  institutionId: string;
  planId: string;
  plan: string;
  institution: string;
}

/**
 * A draft 2025–2029 plan built request by request: units PARK, ZABITA, FEN; aim A1; target H1.1
 * (PARK responsible, ZABITA collaborating); PG1.1.1 (weight 60) and PG1.1.2 (weight 40).
 */
async function buildDraftPlan(name = uniqueName('Taslak Belediyesi')): Promise<DraftPlan> {
  const institution = await t.api.post<InstitutionResponse>('/api/institutions', {
    name,
    kind: 'belediye',
    population: 120000,
  });
  expect(institution.status).toBe(201);
  const institutionId = institution.body.id;
  for (const unit of [
    { code: 'PARK', name: 'Park ve Bahçeler Müdürlüğü' },
    { code: 'ZABITA', name: 'Zabıta Müdürlüğü' },
    { code: 'FEN', name: 'Fen İşleri Müdürlüğü' },
  ]) {
    expect((await t.api.post(`/api/institutions/${institutionId}/units`, unit)).status).toBe(201);
  }
  const plan = await t.api.post<PlanResponse>('/api/plans', {
    institutionId,
    title: '2025-2029 Stratejik Planı',
    startYear: 2025,
    endYear: 2029,
  });
  expect(plan.status).toBe(201);
  const planId = plan.body.id;
  const base = `/api/plans/${planId}`;
  expect((await t.api.post(`${base}/aims`, { code: 'A1', title: 'Yeşil bir kent' })).status).toBe(201);
  expect(
    (
      await t.api.post(`${base}/targets`, {
        aim: 'A1',
        code: 'H1.1',
        title: 'Yeşil alanları artırmak',
        responsibleUnit: 'PARK',
        collaboratingUnits: ['ZABITA'],
      })
    ).status,
  ).toBe(201);
  for (const indicator of [
    { code: 'PG1.1.1', name: 'Park alanı', weight: 60, baseline: 100, targets: yearly(110, 10) },
    { code: 'PG1.1.2', name: 'Ağaç sayısı', weight: 40, baseline: 1000, targets: yearly(1100, 100) },
  ]) {
    expect(
      (
        await t.api.post(`${base}/indicators`, {
          target: 'H1.1',
          direction: 'artis',
          valueType: 'duzey',
          ...indicator,
        })
      ).status,
    ).toBe(201);
  }
  return { institutionId, planId, plan: base, institution: `/api/institutions/${institutionId}` };
}

/** The worked example of domain.md 4.4, imported: a plan in force (council decision 2024/138), or as `status` says. */
async function importWorkedExample(
  options: { status?: PlanStatus; valueStatus?: ValueStatus | null } = {},
): Promise<{ planId: string; plan: string }> {
  const document = workedExampleDocument({
    institutionName: uniqueName('Örnek Belediyesi'),
    valueStatus: options.valueStatus,
  });
  if (options.status) document.plan.status = options.status;
  const response = await t.api.post<ImportResponse>('/api/plans/import', document);
  expect(response.status).toBe(201);
  return { planId: response.body.id, plan: `/api/plans/${response.body.id}` };
}

describe('building a plan one record at a time', () => {
  it('creates an institution, units, a draft plan, core values, an aim, a target and indicators, reading each back', async () => {
    const name = uniqueName('Yeşilköy Belediyesi');
    const institution = await t.api.post<InstitutionResponse>('/api/institutions', {
      name,
      kind: 'belediye',
      population: 120000,
    });
    expect(institution.status).toBe(201);
    expect(institution.body).toEqual({
      id: expect.stringMatching(UUID),
      name,
      kind: 'belediye',
      population: 120000,
      version: 1,
    });
    const institutionId = institution.body.id;
    expect((await t.api.get(`/api/institutions/${institutionId}`)).body).toEqual(institution.body);
    expect((await t.api.get<InstitutionResponse[]>('/api/institutions')).body).toContainEqual(
      institution.body,
    );

    const park = await t.api.post<UnitResponse>(`/api/institutions/${institutionId}/units`, {
      code: 'PARK',
      name: 'Park ve Bahçeler Müdürlüğü',
    });
    expect(park.status).toBe(201);
    expect(park.body).toEqual({ code: 'PARK', name: 'Park ve Bahçeler Müdürlüğü', parent: null });
    const nursery = await t.api.post<UnitResponse>(`/api/institutions/${institutionId}/units`, {
      code: 'FIDAN',
      name: 'Fidanlık Şefliği',
      parent: 'PARK',
    });
    expect(nursery.status).toBe(201);
    expect(
      (
        await t.api.post(`/api/institutions/${institutionId}/units`, {
          code: 'ZABITA',
          name: 'Zabıta Müdürlüğü',
        })
      ).status,
    ).toBe(201);
    expect((await t.api.get(`/api/institutions/${institutionId}/units/FIDAN`)).body).toEqual({
      code: 'FIDAN',
      name: 'Fidanlık Şefliği',
      parent: 'PARK',
    });
    const units = await t.api.get<UnitResponse[]>(`/api/institutions/${institutionId}/units`);
    expect(units.body.map((unit) => unit.code)).toEqual(['PARK', 'FIDAN', 'ZABITA']);

    const created = await t.api.post<PlanResponse>('/api/plans', {
      institutionId,
      title: '2025-2029 Stratejik Planı',
      startYear: 2025,
      endYear: 2029,
      mission: 'Hizmet',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: expect.stringMatching(UUID),
      title: '2025-2029 Stratejik Planı',
      startYear: 2025,
      endYear: 2029,
      status: 'taslak',
      institution: { id: institutionId, name, kind: 'belediye' },
      counts: { aims: 0, targets: 0, indicators: 0, values: 0 },
      mission: 'Hizmet',
      vision: null,
      values: [],
      councilDecision: null,
      population: 120000,
      settings: { clampTargetRates: true, aimAggregation: 'mean' },
      version: 1,
    });
    const planId = created.body.id;
    const plan = `/api/plans/${planId}`;
    expect((await t.api.get(plan)).body).toEqual(created.body);
    const listed = await t.api.get<Array<{ id: string }>>(`/api/plans?institutionId=${institutionId}`);
    expect(listed.body.map((item) => item.id)).toEqual([planId]);

    const first = await t.api.post<CoreValueDoc>(`${plan}/core-values`, { title: 'Şeffaflık' });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ title: 'Şeffaflık' });
    expect(
      (await t.api.post(`${plan}/core-values`, { title: 'Katılımcılık', description: 'Halkla birlikte' }))
        .status,
    ).toBe(201);
    const values = [{ title: 'Şeffaflık' }, { title: 'Katılımcılık', description: 'Halkla birlikte' }];
    expect((await t.api.get(`${plan}/core-values`)).body).toEqual(values);
    expect((await t.api.get<PlanResponse>(plan)).body.values).toEqual(values);

    const aim = await t.api.post<AimResponse>(`${plan}/aims`, { code: 'A1', title: 'Yeşil bir kent' });
    expect(aim.status).toBe(201);
    expect(aim.body).toEqual({ code: 'A1', title: 'Yeşil bir kent', position: 1, targets: [], version: 1 });
    expect((await t.api.get(`${plan}/aims/A1`)).body).toEqual(aim.body);

    const target = await t.api.post<TargetResponse>(`${plan}/targets`, {
      aim: 'A1',
      code: 'H1.1',
      title: 'Yeşil alanları artırmak',
      responsibleUnit: 'PARK',
      collaboratingUnits: ['ZABITA', 'FIDAN'],
      risks: ['Kamulaştırma gecikmeleri'],
      costEstimate: { '2025': 1000000 },
    });
    expect(target.status).toBe(201);
    expect(target.body).toEqual({
      code: 'H1.1',
      aim: 'A1',
      title: 'Yeşil alanları artırmak',
      position: 1,
      responsibleUnit: 'PARK',
      collaboratingUnits: ['ZABITA', 'FIDAN'],
      risks: ['Kamulaştırma gecikmeleri'],
      controls: [],
      strategies: [],
      activities: [],
      costEstimate: { '2025': 1000000 },
      findings: [],
      needs: [],
      indicators: [],
      version: 1,
    });
    expect((await t.api.get(`${plan}/targets/H1.1`)).body).toEqual(target.body);
    expect((await t.api.get<AimResponse>(`${plan}/aims/A1`)).body.targets).toEqual(['H1.1']);

    const indicator = await t.api.post<IndicatorResponse>(`${plan}/indicators`, {
      target: 'H1.1',
      code: 'PG1.1.1',
      name: 'Park alanı',
      unit: 'm²',
      weight: 60,
      direction: 'artis',
      valueType: 'duzey',
      baseline: 100000,
    });
    expect(indicator.status).toBe(201);
    expect(indicator.body).toEqual({
      code: 'PG1.1.1',
      target: 'H1.1',
      name: 'Park alanı',
      unit: 'm²',
      weight: 60,
      direction: 'artis',
      valueType: 'duzey',
      method: null,
      effectiveMethod: 'F1',
      baseline: 100000,
      targets: {},
      halfYearTargets: {},
      monitoringMonths: 6,
      reportingMonths: 6,
      dataSource: null,
      sinceYear: null,
      chartFromZero: true,
      position: 1,
      version: 1,
    });
    const events = await t.api.post<IndicatorResponse>(`${plan}/indicators`, {
      target: 'H1.1',
      code: 'PG1.1.2',
      name: 'Etkinlik sayısı',
      weight: 40,
      direction: 'artis',
      valueType: 'donemsel',
      baseline: 10,
      monitoringMonths: 12,
      targets: yearly(10, 2),
    });
    expect(events.status).toBe(201);
    expect(events.body).toMatchObject({
      code: 'PG1.1.2',
      valueType: 'donemsel',
      method: null,
      effectiveMethod: 'F2',
      monitoringMonths: 12,
      position: 2,
    });

    // Yearly targets B_t one indicator at a time.
    const withTargets = await t.api.patch<IndicatorResponse>(`${plan}/indicators/PG1.1.1`, {
      targets: yearly(120000, 20000),
    });
    expect(withTargets.status).toBe(200);
    expect(withTargets.body.targets).toEqual({
      '2025': 120000,
      '2026': 140000,
      '2027': 160000,
      '2028': 180000,
      '2029': 200000,
    });
    expect((await t.api.get<IndicatorResponse>(`${plan}/indicators/PG1.1.1`)).body).toEqual(withTargets.body);
    expect(
      (await t.api.get<IndicatorResponse[]>(`${plan}/indicators`)).body.map((item) => [
        item.code,
        item.target,
        item.weight,
      ]),
    ).toEqual([
      ['PG1.1.1', 'H1.1', 60],
      ['PG1.1.2', 'H1.1', 40],
    ]);
    expect((await t.api.get<TargetResponse>(`${plan}/targets/H1.1`)).body.indicators).toEqual([
      'PG1.1.1',
      'PG1.1.2',
    ]);

    const counted = await t.api.get<PlanResponse>(plan);
    expect(counted.body.counts).toEqual({ aims: 1, targets: 1, indicators: 2, values: 0 });
    // Built one by one, the plan breaks no rule of domain.md 5.
    const validation = await t.api.get<ValidationResponse>(`${plan}/validation`);
    expect(validation.status).toBe(200);
    expect(validation.body.errors).toBe(0);
  });

  it('rejects a five-year rule break at creation: a 2025–2027 plan is 400 PLAN_RULES (PLAN_PERIOD)', async () => {
    const institution = await t.api.post<InstitutionResponse>('/api/institutions', {
      name: uniqueName('Kısa Belediyesi'),
      kind: 'belediye',
    });
    const body = await rejected(400, 'PLAN_RULES', () =>
      t.api.post('/api/plans', {
        institutionId: institution.body.id,
        title: 'Kısa plan',
        startYear: 2025,
        endYear: 2027,
      }),
    );
    expect(body.details).toEqual([expect.objectContaining({ path: 'plan.endYear', code: 'PLAN_PERIOD' })]);
  });
});

describe('an indicator’s chart axis (chartFromZero), a presentation setting', () => {
  it('starts at 0 by default; a plan in force lets it fit the data without a plan update; a closed plan refuses', async () => {
    const { plan } = await importWorkedExample();
    const read = async (): Promise<IndicatorResponse> =>
      (await t.api.get<IndicatorResponse>(`${plan}/indicators/PG1.1.1`)).body;
    expect(await read()).toMatchObject({ chartFromZero: true, version: 1 });

    const changed = await t.api.patch<IndicatorResponse>(`${plan}/indicators/PG1.1.1`, {
      chartFromZero: false,
      version: 1,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ chartFromZero: false, version: 2, weight: 40 });
    expect(await read()).toEqual(changed.body);
    // Sent back unchanged: no change, no new version.
    const same = await t.api.patch<IndicatorResponse>(`${plan}/indicators/PG1.1.1`, {
      chartFromZero: false,
    });
    expect([same.status, same.body.version]).toEqual([200, 2]);
    const other = await t.api.get<IndicatorResponse>(`${plan}/indicators/PG1.1.2`);
    expect(other.body.chartFromZero).toBe(true);

    const wrong = await rejected(400, 'VALIDATION_FAILED', () =>
      t.api.patch(`${plan}/indicators/PG1.1.1`, { chartFromZero: 'no' }),
    );
    expect(detail(wrong, 'chartFromZero')).not.toEqual([]);
    expect(await read()).toEqual(changed.body);

    expect((await t.api.post(`${plan}/lifecycle/close`, {})).status).toBe(200);
    await rejected(409, 'PLAN_CLOSED', () =>
      t.api.patch(`${plan}/indicators/PG1.1.1`, { chartFromZero: true }),
    );
    expect((await read()).chartFromZero).toBe(false);
  });

  it('is given at creation in a draft and read back', async () => {
    const { plan } = await buildDraftPlan();
    const created = await t.api.post<IndicatorResponse>(`${plan}/indicators`, {
      target: 'H1.1',
      code: 'PG1.1.3',
      name: 'Memnuniyet oranı',
      unit: '%',
      weight: 0,
      direction: 'artis',
      valueType: 'duzey',
      baseline: 92,
      targets: yearly(93, 1),
      chartFromZero: false,
    });
    expect(created.status).toBe(201);
    expect(created.body.chartFromZero).toBe(false);
  });
});

describe('updating each kind', () => {
  it('changes institution, unit, plan, core value, aim, target and indicator fields and reads them back', async () => {
    const draft = await buildDraftPlan();
    const { plan, institution } = draft;
    const renamed = uniqueName('Yeni Ad Belediyesi');

    const updatedInstitution = await t.api.patch<InstitutionResponse>(institution, {
      name: renamed,
      kind: 'buyuksehir',
      population: 130000,
    });
    expect(updatedInstitution.status).toBe(200);
    expect(updatedInstitution.body).toMatchObject({
      name: renamed,
      kind: 'buyuksehir',
      population: 130000,
      version: 2,
    });
    expect((await t.api.get(institution)).body).toEqual(updatedInstitution.body);

    const unit = await t.api.patch<UnitResponse>(`${institution}/units/FEN`, {
      name: 'Fen İşleri Dairesi',
      parent: 'PARK',
    });
    expect(unit.status).toBe(200);
    expect(unit.body).toEqual({ code: 'FEN', name: 'Fen İşleri Dairesi', parent: 'PARK' });
    expect((await t.api.get(`${institution}/units/FEN`)).body).toEqual(unit.body);
    // The unit tree stays a tree.
    const cycle = await rejected(400, 'UNIT_CYCLE', () =>
      t.api.patch(`${institution}/units/PARK`, { parent: 'FEN' }),
    );
    expect(detail(cycle, 'parent')).toEqual(['UNIT_CYCLE']);

    const updatedPlan = await t.api.patch<PlanResponse>(plan, {
      title: 'Güncel plan',
      mission: 'Misyon',
      vision: 'Vizyon',
    });
    expect(updatedPlan.status).toBe(200);
    expect(updatedPlan.body).toMatchObject({
      title: 'Güncel plan',
      mission: 'Misyon',
      vision: 'Vizyon',
      version: 2,
      institution: { name: renamed },
    });
    expect((await t.api.get(plan)).body).toEqual(updatedPlan.body);

    expect((await t.api.post(`${plan}/core-values`, { title: 'Şeffaflık' })).status).toBe(201);
    const value = await t.api.patch<CoreValueDoc>(`${plan}/core-values/1`, {
      title: 'Açıklık',
      description: 'Açık yönetim',
    });
    expect(value.status).toBe(200);
    expect(value.body).toEqual({ title: 'Açıklık', description: 'Açık yönetim' });
    expect((await t.api.get(`${plan}/core-values`)).body).toEqual([
      { title: 'Açıklık', description: 'Açık yönetim' },
    ]);

    const aim = await t.api.patch<AimResponse>(`${plan}/aims/A1`, { title: 'Daha yeşil bir kent' });
    expect(aim.status).toBe(200);
    expect(aim.body).toMatchObject({ code: 'A1', title: 'Daha yeşil bir kent', version: 2 });
    expect((await t.api.get(`${plan}/aims/A1`)).body).toEqual(aim.body);

    const target = await t.api.patch<TargetResponse>(`${plan}/targets/H1.1`, {
      title: 'Park alanlarını artırmak',
      responsibleUnit: 'FEN',
      collaboratingUnits: ['PARK', 'ZABITA'],
      strategies: ['Atıl alanları parka dönüştürmek'],
    });
    expect(target.status).toBe(200);
    expect(target.body).toMatchObject({
      title: 'Park alanlarını artırmak',
      responsibleUnit: 'FEN',
      collaboratingUnits: ['PARK', 'ZABITA'],
      strategies: ['Atıl alanları parka dönüştürmek'],
      version: 2,
    });
    expect((await t.api.get(`${plan}/targets/H1.1`)).body).toEqual(target.body);

    // A draft tolerates WEIGHTS_SUM while it is being built (70 + 40 = 110).
    const indicator = await t.api.patch<IndicatorResponse>(`${plan}/indicators/PG1.1.1`, {
      name: 'Kişi başına yeşil alan',
      unit: 'm²',
      weight: 70,
      method: 'F2',
      dataSource: 'Park ve Bahçeler kayıtları',
    });
    expect(indicator.status).toBe(200);
    expect(indicator.body).toMatchObject({
      name: 'Kişi başına yeşil alan',
      unit: 'm²',
      weight: 70,
      method: 'F2',
      effectiveMethod: 'F2',
      dataSource: 'Park ve Bahçeler kayıtları',
      version: 2,
    });
    expect((await t.api.get(`${plan}/indicators/PG1.1.1`)).body).toEqual(indicator.body);
    const validation = await t.api.get<ValidationResponse>(`${plan}/validation`);
    expect(validation.body.issues.map((issue) => issue.code)).toContain('WEIGHTS_SUM');
  });

  it('re-weights several indicators at once with indicatorWeights', async () => {
    const { plan } = await buildDraftPlan();
    const response = await t.api.patch<TargetResponse>(`${plan}/targets/H1.1`, {
      indicatorWeights: { 'PG1.1.1': 25, 'PG1.1.2': 75 },
    });
    expect(response.status).toBe(200);
    const weights = (await t.api.get<IndicatorResponse[]>(`${plan}/indicators`)).body.map((item) => [
      item.code,
      item.weight,
    ]);
    expect(weights).toEqual([
      ['PG1.1.1', 25],
      ['PG1.1.2', 75],
    ]);
    const unknown = await rejected(400, 'UNKNOWN_INDICATOR', () =>
      t.api.patch(`${plan}/targets/H1.1`, { indicatorWeights: { 'PG1.1.1': 50, 'PG9.9.9': 50 } }),
    );
    expect(detail(unknown, 'indicatorWeights.PG9.9.9')).toEqual(['UNKNOWN_INDICATOR']);
    // Nothing of the refused request was kept, not even the known indicator's new weight.
    expect((await t.api.get<IndicatorResponse>(`${plan}/indicators/PG1.1.1`)).body.weight).toBe(25);
  });
});

describe('deleting each kind', () => {
  it('deletes a core value, an indicator, a target, an aim, a unit, a plan and an institution', async () => {
    const before = await t.countRows();
    const { plan, institution } = await buildDraftPlan();
    expect((await t.api.post(`${plan}/core-values`, { title: 'Şeffaflık' })).status).toBe(201);
    expect((await t.api.post(`${plan}/core-values`, { title: 'Katılımcılık' })).status).toBe(201);
    expect((await t.api.post(`${plan}/core-values`, { title: 'Liyakat' })).status).toBe(201);

    const deletedValue = await t.api.delete(`${plan}/core-values/1`);
    expect(deletedValue.status).toBe(204);
    expect(deletedValue.body).toBe('');
    // Positions close up: the former second value is now the first.
    expect((await t.api.get(`${plan}/core-values`)).body).toEqual([
      { title: 'Katılımcılık' },
      { title: 'Liyakat' },
    ]);
    expect(
      (await t.api.patch<CoreValueDoc>(`${plan}/core-values/2`, { description: 'Yetkin kadro' })).body,
    ).toEqual({ title: 'Liyakat', description: 'Yetkin kadro' });

    let rows = await t.countRows();
    expect((await t.api.delete(`${plan}/indicators/PG1.1.2`)).status).toBe(204);
    expectError(await t.api.get(`${plan}/indicators/PG1.1.2`), 404, 'INDICATOR_NOT_FOUND');
    await expectRowsChanged(t, rows, { indicators: -1, indicator_targets: -5 });

    rows = await t.countRows();
    expect((await t.api.delete(`${plan}/targets/H1.1`)).status).toBe(204);
    expectError(await t.api.get(`${plan}/targets/H1.1`), 404, 'TARGET_NOT_FOUND');
    // The target takes its indicator, yearly targets and collaborators with it.
    expectError(await t.api.get(`${plan}/indicators/PG1.1.1`), 404, 'INDICATOR_NOT_FOUND');
    await expectRowsChanged(t, rows, {
      targets: -1,
      target_collaborators: -1,
      indicators: -1,
      indicator_targets: -5,
    });

    expect((await t.api.delete(`${plan}/aims/A1`)).status).toBe(204);
    expectError(await t.api.get(`${plan}/aims/A1`), 404, 'AIM_NOT_FOUND');
    expect((await t.api.get(`${plan}/aims`)).body).toEqual([]);

    expect((await t.api.delete(`${institution}/units/FEN`)).status).toBe(204);
    expectError(await t.api.get(`${institution}/units/FEN`), 404, 'UNIT_NOT_FOUND');
    expect((await t.api.get<UnitResponse[]>(`${institution}/units`)).body.map((unit) => unit.code)).toEqual([
      'PARK',
      'ZABITA',
    ]);

    expect((await t.api.delete(plan)).status).toBe(204);
    expectError(await t.api.get(plan), 404, 'PLAN_NOT_FOUND');

    expect((await t.api.delete(institution)).status).toBe(204);
    expectError(await t.api.get(institution), 404, 'INSTITUTION_NOT_FOUND');
    await expectRowsChanged(t, before, {});
  });

  it('deletes an aim of a draft with its targets, indicators and values none of which is approved', async () => {
    const { plan } = await importWorkedExample({ status: 'taslak', valueStatus: 'submitted' });
    const rows = await t.countRows();
    // The worked example's aim A1 holds 2 targets, 4 indicators (20 yearly targets), 5 values, 1 collaborator.
    expect((await t.api.delete(`${plan}/aims/A1`)).status).toBe(204);
    await expectRowsChanged(t, rows, {
      aims: -1,
      targets: -2,
      target_collaborators: -1,
      indicators: -4,
      indicator_targets: -20,
      indicator_values: -5,
      // Each of the 4 indicators had entries, so each had a value stamp; they go with it.
      indicator_value_stamps: -4,
    });
    expect((await t.api.get<PlanResponse>(plan)).body.counts).toEqual({
      aims: 0,
      targets: 0,
      indicators: 0,
      values: 0,
    });
  });

  it('deletes an institution with its units and plans, even when targets name its units', async () => {
    const before = await t.countRows();
    const { institution, plan } = await buildDraftPlan();
    expect((await t.api.delete(institution)).status).toBe(204);
    expectError(await t.api.get(plan), 404, 'PLAN_NOT_FOUND');
    await expectRowsChanged(t, before, {});
  });
});

describe('unknown ids and codes answer 404 with their code', () => {
  it('INSTITUTION_NOT_FOUND for an unknown or malformed institution id', async () => {
    for (const id of [UNKNOWN_UUID, 'not-a-uuid', '42']) {
      expectError(await t.api.get(`/api/institutions/${id}`), 404, 'INSTITUTION_NOT_FOUND');
      expectError(await t.api.get(`/api/institutions/${id}/units`), 404, 'INSTITUTION_NOT_FOUND');
      await rejected(404, 'INSTITUTION_NOT_FOUND', () =>
        t.api.patch(`/api/institutions/${id}`, { population: 1 }),
      );
      await rejected(404, 'INSTITUTION_NOT_FOUND', () => t.api.delete(`/api/institutions/${id}`));
      await rejected(404, 'INSTITUTION_NOT_FOUND', () =>
        t.api.post(`/api/institutions/${id}/units`, { code: 'PARK', name: 'Park' }),
      );
    }
    // A plan for an institution that does not exist.
    await rejected(404, 'INSTITUTION_NOT_FOUND', () =>
      t.api.post('/api/plans', {
        institutionId: UNKNOWN_UUID,
        title: 'Plan',
        startYear: 2025,
        endYear: 2029,
      }),
    );
  });

  it('UNIT_NOT_FOUND for an unknown unit code', async () => {
    const { institution } = await buildDraftPlan();
    expectError(await t.api.get(`${institution}/units/YOK`), 404, 'UNIT_NOT_FOUND');
    await rejected(404, 'UNIT_NOT_FOUND', () => t.api.patch(`${institution}/units/YOK`, { name: 'Yok' }));
    await rejected(404, 'UNIT_NOT_FOUND', () => t.api.delete(`${institution}/units/YOK`));
    // A unit of another institution is not found either.
    const other = await buildDraftPlan();
    expect(
      (await t.api.post(`${other.institution}/units`, { code: 'KULTUR', name: 'Kültür Müdürlüğü' })).status,
    ).toBe(201);
    expectError(await t.api.get(`${institution}/units/KULTUR`), 404, 'UNIT_NOT_FOUND');
  });

  it('PLAN_NOT_FOUND for an unknown or malformed plan id, on every plan route', async () => {
    for (const id of [UNKNOWN_UUID, 'not-a-uuid', '1']) {
      const plan = `/api/plans/${id}`;
      for (const path of [
        plan,
        `${plan}/core-values`,
        `${plan}/aims`,
        `${plan}/aims/A1`,
        `${plan}/targets`,
        `${plan}/targets/H1.1`,
        `${plan}/indicators`,
        `${plan}/indicators/PG1.1.1`,
        `${plan}/indicators/PG1.1.1/values`,
        `${plan}/progress?period=2025`,
        `${plan}/validation`,
        `${plan}/document`,
      ]) {
        expectError(await t.api.get(path), 404, 'PLAN_NOT_FOUND');
      }
      await rejected(404, 'PLAN_NOT_FOUND', () => t.api.patch(plan, { title: 'Yeni' }));
      await rejected(404, 'PLAN_NOT_FOUND', () => t.api.delete(plan));
      await rejected(404, 'PLAN_NOT_FOUND', () => t.api.post(`${plan}/core-values`, { title: 'Şeffaflık' }));
      await rejected(404, 'PLAN_NOT_FOUND', () => t.api.post(`${plan}/aims`, { code: 'A1', title: 'Amaç' }));
      await rejected(404, 'PLAN_NOT_FOUND', () =>
        t.api.post(`${plan}/targets`, { aim: 'A1', code: 'H1.1', title: 'Hedef', responsibleUnit: 'PARK' }),
      );
      await rejected(404, 'PLAN_NOT_FOUND', () =>
        t.api.post(`${plan}/indicators`, {
          target: 'H1.1',
          code: 'PG1.1.1',
          name: 'G',
          weight: 100,
          direction: 'artis',
          valueType: 'duzey',
        }),
      );
      await rejected(404, 'PLAN_NOT_FOUND', () =>
        t.api.put(`${plan}/indicators/PG1.1.1/values/2025-H1`, { value: 1 }),
      );
    }
  });

  it('AIM_NOT_FOUND, TARGET_NOT_FOUND, INDICATOR_NOT_FOUND and CORE_VALUE_NOT_FOUND for unknown codes in a known plan', async () => {
    const { plan } = await buildDraftPlan();
    expectError(await t.api.get(`${plan}/aims/A9`), 404, 'AIM_NOT_FOUND');
    await rejected(404, 'AIM_NOT_FOUND', () => t.api.patch(`${plan}/aims/A9`, { title: 'Yok' }));
    await rejected(404, 'AIM_NOT_FOUND', () => t.api.delete(`${plan}/aims/A9`));

    expectError(await t.api.get(`${plan}/targets/H9.9`), 404, 'TARGET_NOT_FOUND');
    await rejected(404, 'TARGET_NOT_FOUND', () => t.api.patch(`${plan}/targets/H9.9`, { title: 'Yok' }));
    await rejected(404, 'TARGET_NOT_FOUND', () => t.api.delete(`${plan}/targets/H9.9`));

    expectError(await t.api.get(`${plan}/indicators/PG9.9.9`), 404, 'INDICATOR_NOT_FOUND');
    expectError(await t.api.get(`${plan}/indicators/PG9.9.9/values`), 404, 'INDICATOR_NOT_FOUND');
    await rejected(404, 'INDICATOR_NOT_FOUND', () =>
      t.api.patch(`${plan}/indicators/PG9.9.9`, { name: 'Yok' }),
    );
    await rejected(404, 'INDICATOR_NOT_FOUND', () => t.api.delete(`${plan}/indicators/PG9.9.9`));
    await rejected(404, 'INDICATOR_NOT_FOUND', () =>
      t.api.put(`${plan}/indicators/PG9.9.9/values/2025-H1`, { value: 1 }),
    );
    await rejected(404, 'INDICATOR_NOT_FOUND', () =>
      t.api.delete(`${plan}/indicators/PG9.9.9/values/2025-H1`),
    );

    for (const position of ['1', '0', 'abc', '1.5']) {
      await rejected(404, 'CORE_VALUE_NOT_FOUND', () =>
        t.api.patch(`${plan}/core-values/${position}`, { title: 'Yok' }),
      );
      await rejected(404, 'CORE_VALUE_NOT_FOUND', () => t.api.delete(`${plan}/core-values/${position}`));
    }

    // A code of another plan is not found in this one.
    const other = await importWorkedExample();
    expect((await t.api.get(`${other.plan}/indicators/PG1.1.3`)).status).toBe(200);
    expectError(await t.api.get(`${plan}/indicators/PG1.1.3`), 404, 'INDICATOR_NOT_FOUND');
  });

  it('400 UNKNOWN_AIM, UNKNOWN_TARGET and UNKNOWN_UNIT when a body names a parent that does not exist', async () => {
    const { plan } = await buildDraftPlan();
    const aim = await rejected(400, 'UNKNOWN_AIM', () =>
      t.api.post(`${plan}/targets`, { aim: 'A9', code: 'H9.1', title: 'Hedef', responsibleUnit: 'PARK' }),
    );
    expect(detail(aim, 'aim')).toEqual(['UNKNOWN_AIM']);
    const target = await rejected(400, 'UNKNOWN_TARGET', () =>
      t.api.post(`${plan}/indicators`, {
        target: 'H1.9',
        code: 'PG1.9.1',
        name: 'G',
        weight: 0,
        direction: 'artis',
        valueType: 'duzey',
      }),
    );
    expect(detail(target, 'target')).toEqual(['UNKNOWN_TARGET']);
    const unit = await rejected(400, 'UNKNOWN_UNIT', () =>
      t.api.post(`${plan}/targets`, {
        aim: 'A1',
        code: 'H1.2',
        title: 'Hedef',
        responsibleUnit: 'YOK',
        collaboratingUnits: ['PARK', 'HAYALET'],
      }),
    );
    expect(unit.details).toEqual([
      expect.objectContaining({ path: 'responsibleUnit', code: 'RESPONSIBLE_UNIT' }),
      expect.objectContaining({ path: 'collaboratingUnits[1]', code: 'RESPONSIBLE_UNIT' }),
    ]);
  });
});

describe('conflicts answer 409', () => {
  it('INSTITUTION_EXISTS for a second institution of the same name, created or renamed', async () => {
    const { institution } = await buildDraftPlan();
    const name = uniqueName('Çifte Belediyesi');
    expect((await t.api.post('/api/institutions', { name, kind: 'belediye' })).status).toBe(201);
    await rejected(409, 'INSTITUTION_EXISTS', () =>
      t.api.post('/api/institutions', { name, kind: 'birlik' }),
    );
    const before = (await t.api.get<InstitutionResponse>(institution)).body;
    await rejected(409, 'INSTITUTION_EXISTS', () => t.api.patch(institution, { name }));
    expect((await t.api.get(institution)).body).toEqual(before);
    // Keeping its own name is no conflict.
    expect((await t.api.patch(institution, { name: before.name, population: 1 })).status).toBe(200);
  });

  it('UNIT_EXISTS for a unit code the institution already has', async () => {
    const { institution } = await buildDraftPlan();
    await rejected(409, 'UNIT_EXISTS', () =>
      t.api.post(`${institution}/units`, { code: 'PARK', name: 'İkinci park' }),
    );
    expect((await t.api.get<UnitResponse>(`${institution}/units/PARK`)).body.name).toBe(
      'Park ve Bahçeler Müdürlüğü',
    );
    // The same code in another institution is free.
    const other = await t.api.post<InstitutionResponse>('/api/institutions', {
      name: uniqueName('Komşu Belediyesi'),
      kind: 'belediye',
    });
    expect(
      (await t.api.post(`/api/institutions/${other.body.id}/units`, { code: 'PARK', name: 'Park' })).status,
    ).toBe(201);
  });

  it('CODE_TAKEN for an aim, target or indicator code already used in the plan', async () => {
    const { plan } = await buildDraftPlan();
    const aim = await rejected(409, 'CODE_TAKEN', () =>
      t.api.post(`${plan}/aims`, { code: 'A1', title: 'İkinci A1' }),
    );
    expect(detail(aim, 'code')).toEqual(['CODE_PREFIX']);
    await rejected(409, 'CODE_TAKEN', () =>
      t.api.post(`${plan}/targets`, {
        aim: 'A1',
        code: 'H1.1',
        title: 'İkinci H1.1',
        responsibleUnit: 'PARK',
      }),
    );
    await rejected(409, 'CODE_TAKEN', () =>
      t.api.post(`${plan}/indicators`, {
        target: 'H1.1',
        code: 'PG1.1.2',
        name: 'İkinci PG1.1.2',
        weight: 0,
        direction: 'artis',
        valueType: 'duzey',
      }),
    );
    expect((await t.api.get<AimResponse>(`${plan}/aims/A1`)).body.title).toBe('Yeşil bir kent');
    // The same codes in another plan are free.
    const other = await buildDraftPlan();
    expect((await t.api.get(`${other.plan}/aims/A1`)).status).toBe(200);
  });

  it('UNIT_IN_USE for a unit that is responsible for or collaborates on a target', async () => {
    const { institution } = await buildDraftPlan();
    const responsible = await rejected(409, 'UNIT_IN_USE', () => t.api.delete(`${institution}/units/PARK`));
    expect(responsible.message).toContain('PARK');
    await rejected(409, 'UNIT_IN_USE', () => t.api.delete(`${institution}/units/ZABITA`));
    expect((await t.api.get(`${institution}/units/PARK`)).status).toBe(200);
    expect((await t.api.delete(`${institution}/units/FEN`)).status).toBe(204);
  });
});

describe('malformed bodies answer 400 VALIDATION_FAILED with field details', () => {
  it('lists wrong types, bad enums, out-of-range numbers and unknown fields of an institution', async () => {
    const body = await rejected(400, 'VALIDATION_FAILED', () =>
      t.api.post('/api/institutions', { name: 42, kind: 'sirket', population: -5, colour: 'mavi' }),
    );
    expect(detail(body, 'name')).toContain('INVALID_TYPE');
    expect(detail(body, 'kind')).toEqual(['INVALID_ENUM']);
    expect(detail(body, 'population')).toEqual(['OUT_OF_RANGE']);
    expect(detail(body, 'colour')).toEqual(['UNKNOWN_FIELD']);
    const population = await rejected(400, 'VALIDATION_FAILED', () =>
      t.api.post('/api/institutions', { name: uniqueName('Kesirli'), kind: 'belediye', population: 1.5 }),
    );
    expect(detail(population, 'population')).toEqual(['INVALID_TYPE']);
  });

  it('rejects a plan with a malformed institution id, an empty title, a year as text and an unknown field', async () => {
    const body = await rejected(400, 'VALIDATION_FAILED', () =>
      t.api.post('/api/plans', {
        institutionId: 'abc',
        title: '',
        startYear: '2025',
        endYear: 2029.5,
        status: 'bitti',
        budget: 1,
      }),
    );
    expect(detail(body, 'institutionId')).toEqual(['INVALID_FORMAT']);
    expect(detail(body, 'title')).toEqual(['REQUIRED']);
    expect(detail(body, 'startYear')).toContain('INVALID_TYPE');
    expect(detail(body, 'endYear')).toContain('INVALID_TYPE');
    expect(detail(body, 'status')).toEqual(['INVALID_ENUM']);
    expect(detail(body, 'budget')).toEqual(['UNKNOWN_FIELD']);
  });

  it('rejects unknown fields and wrong types on units, core values, aims, targets and indicators', async () => {
    const { plan, institution } = await buildDraftPlan();
    expect(
      detail(
        await rejected(400, 'VALIDATION_FAILED', () =>
          t.api.post(`${institution}/units`, { code: 'KULTUR', name: 'Kültür', budget: 5 }),
        ),
        'budget',
      ),
    ).toEqual(['UNKNOWN_FIELD']);
    expect(
      detail(
        await rejected(400, 'VALIDATION_FAILED', () =>
          t.api.post(`${institution}/units`, { code: 'bad code!', name: 'Kötü' }),
        ),
        'code',
      ),
    ).toEqual(['INVALID_FORMAT']);
    expect(
      detail(
        await rejected(400, 'VALIDATION_FAILED', () =>
          t.api.post(`${plan}/core-values`, { title: ['Şeffaflık'] }),
        ),
        'title',
      ),
    ).toContain('INVALID_TYPE');
    expect(
      detail(
        await rejected(400, 'VALIDATION_FAILED', () =>
          t.api.post(`${plan}/aims`, { code: 'A2', title: 'Amaç', targets: [] }),
        ),
        'targets',
      ),
    ).toEqual(['UNKNOWN_FIELD']);
    const target = await rejected(400, 'VALIDATION_FAILED', () =>
      t.api.post(`${plan}/targets`, {
        aim: 'A1',
        code: 'H1.2',
        risks: 'tek risk',
        costEstimate: { '2025': -1 },
      }),
    );
    expect(detail(target, 'title')).toContain('REQUIRED');
    expect(detail(target, 'responsibleUnit')).toContain('INVALID_TYPE');
    expect(detail(target, 'risks')).toEqual(['INVALID_VALUE']);
    expect(detail(target, 'costEstimate')).toEqual(['INVALID_VALUE']);
    const indicator = await rejected(400, 'VALIDATION_FAILED', () =>
      t.api.post(`${plan}/indicators`, {
        target: 'H1.1',
        code: 'PG1.1.3',
        name: 'G',
        weight: '40',
        direction: 'yukari',
        monitoringMonths: 3,
        targets: { '25': 1 },
      }),
    );
    expect(detail(indicator, 'weight')).toContain('INVALID_TYPE');
    expect(detail(indicator, 'direction')).toEqual(['INVALID_ENUM']);
    expect(detail(indicator, 'valueType')).toEqual(['INVALID_ENUM']);
    expect(detail(indicator, 'monitoringMonths')).toEqual(['INVALID_ENUM']);
    expect(detail(indicator, 'targets')).toEqual(['INVALID_VALUE']);
    const weights = await rejected(400, 'VALIDATION_FAILED', () =>
      t.api.patch(`${plan}/targets/H1.1`, { indicatorWeights: { 'PG1.1.1': '60', 'PG1.1.2': 40 } }),
    );
    expect(detail(weights, 'indicatorWeights.PG1.1.1')).toEqual(['INVALID_TYPE']);
  });

  it('rejects null for a field that cannot be empty, leaving the record as it was', async () => {
    const { plan, institution } = await buildDraftPlan();
    expect((await t.api.post(`${plan}/core-values`, { title: 'Şeffaflık' })).status).toBe(201);
    // [route to PATCH, body, field named in the details, route that reads the record back]
    const cases: Array<[string, Record<string, unknown>, string, string?]> = [
      [institution, { name: null }, 'name'],
      [institution, { kind: null }, 'kind'],
      [`${institution}/units/PARK`, { name: null }, 'name'],
      [plan, { title: null }, 'title'],
      [plan, { startYear: null }, 'startYear'],
      [`${plan}/core-values/1`, { title: null }, 'title', `${plan}/core-values`],
      [`${plan}/aims/A1`, { title: null }, 'title'],
      [`${plan}/targets/H1.1`, { title: null }, 'title'],
      [`${plan}/targets/H1.1`, { activities: null }, 'activities'],
      [`${plan}/targets/H1.1`, { indicatorWeights: null }, 'indicatorWeights'],
      [`${plan}/indicators/PG1.1.1`, { name: null }, 'name'],
      [`${plan}/indicators/PG1.1.1`, { weight: null }, 'weight'],
      [`${plan}/indicators/PG1.1.1`, { direction: null }, 'direction'],
      [`${plan}/indicators/PG1.1.1`, { valueType: null }, 'valueType'],
      [`${plan}/indicators/PG1.1.1`, { targets: null }, 'targets'],
      [`${plan}/indicators/PG1.1.1`, { chartFromZero: null }, 'chartFromZero'],
    ];
    for (const [path, body, field, readPath = path] of cases) {
      const before = await t.api.get(readPath);
      expect(before.status).toBe(200);
      const error = await rejected(400, 'VALIDATION_FAILED', () => t.api.patch(path, body));
      expect({ path, field, named: detail(error, field).length > 0 }).toEqual({ path, field, named: true });
      expect((await t.api.get(readPath)).body).toEqual(before.body);
    }
  });

  it('rejects plan settings of the wrong shape instead of storing them', async () => {
    const { plan } = await buildDraftPlan();
    const body = await rejected(400, 'VALIDATION_FAILED', () =>
      t.api.patch(plan, { settings: { clampTargetRates: 'hayır', aimAggregation: 'median', colour: 'red' } }),
    );
    expect(detail(body, 'settings.clampTargetRates')).toEqual(['INVALID_TYPE']);
    expect(detail(body, 'settings.aimAggregation')).toEqual(['INVALID_ENUM']);
    expect(detail(body, 'settings.colour')).toEqual(['UNKNOWN_FIELD']);
    const costing = await rejected(400, 'VALIDATION_FAILED', () =>
      t.api.patch(plan, { costing: { resources: 5 } }),
    );
    expect(detail(costing, 'costing.resources')).toContain('INVALID_TYPE');
    expect((await t.api.get<PlanResponse>(plan)).body).toMatchObject({
      settings: { clampTargetRates: true, aimAggregation: 'mean' },
      costing: null,
      version: 1,
    });
    const accepted = await t.api.patch<PlanResponse>(plan, { settings: { clampTargetRates: false } });
    expect(accepted.status).toBe(200);
    expect(accepted.body.settings).toEqual({ clampTargetRates: false, aimAggregation: 'mean' });
  });

  it('answers 400 for a body that is not JSON or holds a value PostgreSQL cannot store', async () => {
    await rejected(400, 'MALFORMED_JSON', () => t.api.raw('POST', '/api/institutions', '{"name": '));
    await rejected(400, 'INVALID_VALUE', () =>
      t.api.post('/api/institutions', { name: 'Nul\u0000Belediyesi', kind: 'belediye' }),
    );
    // Beyond PostgreSQL's integer range: refused by the DTO with a field detail.
    await rejected(400, 'VALIDATION_FAILED', () =>
      t.api.post('/api/institutions', {
        name: uniqueName('Dev Belediyesi'),
        kind: 'belediye',
        population: 3000000000,
      }),
    );
  });
});

describe('the plan rules guard each edit (domain.md 5)', () => {
  it('refuses to change a weight of a plan in force in place (409 WEIGHTS_VIA_UPDATE) and changes nothing', async () => {
    const { plan, planId } = await importWorkedExample();
    expect((await t.api.get<PlanResponse>(plan)).body.status).toBe('yururlukte');
    const body = await rejected(409, 'WEIGHTS_VIA_UPDATE', () =>
      t.api.patch(`${plan}/indicators/PG1.1.1?lang=en`, { weight: 45 }),
    );
    expect(body.details).toEqual([
      {
        path: 'weight',
        code: 'WEIGHTS_VIA_UPDATE',
        message: 'Changing PG1.1.1: through the "weights" of a plan update',
      },
    ]);
    expect(body.message).toContain(`POST /api/plans/${planId}/updates`);
    // Re-weighting the whole target, even to 100, goes through an update too.
    const whole = await rejected(409, 'WEIGHTS_VIA_UPDATE', () =>
      t.api.patch(`${plan}/targets/H1.1`, {
        indicatorWeights: { 'PG1.1.1': 45, 'PG1.1.2': 30, 'PG1.1.3': 25 },
      }),
    );
    expect(whole.details?.[0].path).toBe('indicatorWeights.PG1.1.1');
    expect((await t.api.get<IndicatorResponse>(`${plan}/indicators/PG1.1.1`)).body).toMatchObject({
      weight: 40,
      version: 1,
    });
    // Sending the weight (and name) it has is no change.
    expect((await t.api.patch(`${plan}/indicators/PG1.1.1`, { weight: 40, name: 'Park alanı' })).status).toBe(
      200,
    );
    // Adding an indicator goes through an update too (its `indicators`).
    const added = await rejected(409, 'INDICATORS_VIA_UPDATE', () =>
      t.api.post(`${plan}/indicators`, {
        target: 'H1.1',
        code: 'PG1.1.4',
        name: 'Yeni',
        weight: 10,
        direction: 'artis',
        valueType: 'duzey',
        baseline: 0,
        targets: yearly(1, 1),
      }),
    );
    expect(detailCodes(added)).toEqual(['INDICATORS_VIA_UPDATE']);
  });

  it('refuses to change the yearly targets of a plan submitted or in force (409 TARGETS_VIA_UPDATE); a draft edits them', async () => {
    const { plan, planId } = await importWorkedExample();
    const read = (await t.api.get<IndicatorResponse>(`${plan}/indicators/PG1.1.1`)).body;
    const changed = { ...read.targets, '2027': 150000 };
    const body = await rejected(409, 'TARGETS_VIA_UPDATE', () =>
      t.api.patch(`${plan}/indicators/PG1.1.1?lang=en`, { targets: changed }),
    );
    expect(body.details).toEqual([
      {
        path: 'targets',
        code: 'TARGETS_VIA_UPDATE',
        message: 'Changing PG1.1.1: through the "targets" of a plan update',
      },
    ]);
    expect(body.message).toContain(`POST /api/plans/${planId}/updates`);
    // Dropping a year is a change too.
    const { '2029': _dropped, ...fewer } = read.targets;
    await rejected(409, 'TARGETS_VIA_UPDATE', () =>
      t.api.patch(`${plan}/indicators/PG1.1.1`, { targets: fewer }),
    );
    expect((await t.api.get<IndicatorResponse>(`${plan}/indicators/PG1.1.1`)).body).toEqual(read);
    // The targets it has, sent back with the rest of the form, are no change.
    const same = await t.api.patch<IndicatorResponse>(`${plan}/indicators/PG1.1.1`, {
      targets: read.targets,
      name: read.name,
      unit: read.unit,
      weight: read.weight,
      monitoringMonths: read.monitoringMonths,
    });
    expect(same.status).toBe(200);
    expect(same.body.targets).toEqual(read.targets);

    // Submitted to the council: the same.
    const submitted = await importWorkedExample({ status: 'meclis-onayinda' });
    await rejected(409, 'TARGETS_VIA_UPDATE', () =>
      t.api.patch(`${submitted.plan}/indicators/PG1.1.1`, { targets: changed }),
    );
    // A draft edits its targets freely.
    const draft = await importWorkedExample({ status: 'taslak' });
    const edited = await t.api.patch<IndicatorResponse>(`${draft.plan}/indicators/PG1.1.1`, {
      targets: changed,
    });
    expect(edited.status).toBe(200);
    expect(edited.body.targets['2027']).toBe(150000);
  });

  it('accepts re-weighting a draft with indicatorWeights that sum to 100, and progress follows the new weights', async () => {
    const { plan } = await importWorkedExample({ status: 'taslak' });
    const response = await t.api.patch<TargetResponse>(`${plan}/targets/H1.1`, {
      indicatorWeights: { 'PG1.1.1': 45, 'PG1.1.2': 30, 'PG1.1.3': 25 },
    });
    expect(response.status).toBe(200);
    const indicators = (await t.api.get<IndicatorResponse[]>(`${plan}/indicators`)).body;
    expect(indicators.filter((item) => item.target === 'H1.1').map((item) => item.weight)).toEqual([
      45, 30, 25,
    ]);
    // 45 × 75 + 30 × 100 + 25 × 0 = 6375 → 63.75
    const progress = await t.api.get<ProgressResponse>(`${plan}/progress?period=2025`);
    expect(progress.body.aims[0].targets[0].rate).toBeCloseTo(63.75, 6);
  });

  it('refuses a target on a plan in force (no update adds one) but tolerates a target without indicators in a draft (TARGET_HAS_INDICATOR)', async () => {
    // Before issue 9 this was 400 PLAN_RULES (TARGET_HAS_INDICATOR); the content lock comes first now.
    const inForce = await importWorkedExample();
    const body = await rejected(409, 'CONTENT_VIA_UPDATE', () =>
      t.api.post(`${inForce.plan}/targets`, {
        aim: 'A1',
        code: 'H1.3',
        title: 'Boş hedef',
        responsibleUnit: 'PARK',
      }),
    );
    expect(body.details).toEqual([
      { path: 'code', code: 'CONTENT_VIA_UPDATE', message: expect.stringContaining('H1.3') },
    ]);
    const draft = await buildDraftPlan();
    expect(
      (
        await t.api.post(`${draft.plan}/targets`, {
          aim: 'A1',
          code: 'H1.2',
          title: 'Boş hedef',
          responsibleUnit: 'PARK',
        })
      ).status,
    ).toBe(201);
  });

  it('refuses a target code that does not match its aim (CODE_PREFIX)', async () => {
    const { plan } = await buildDraftPlan();
    const body = await rejected(400, 'PLAN_RULES', () =>
      t.api.post(`${plan}/targets`, {
        aim: 'A1',
        code: 'H2.1',
        title: 'Yanlış amaçta',
        responsibleUnit: 'PARK',
      }),
    );
    expect(body.details).toEqual([
      expect.objectContaining({ code: 'CODE_PREFIX', path: 'plan.aims[0].targets[1].code' }),
    ]);
    expect(body.details?.[0].message).toContain('H2.1');
    const indicator = await rejected(400, 'PLAN_RULES', () =>
      t.api.post(`${plan}/indicators`, {
        target: 'H1.1',
        code: 'PG1.2.1',
        name: 'Yanlış hedefte',
        weight: 0,
        direction: 'artis',
        valueType: 'duzey',
        baseline: 0,
        targets: yearly(1, 1),
      }),
    );
    expect(detailCodes(indicator)).toEqual(['CODE_PREFIX']);
    expect((await t.api.get<TargetResponse[]>(`${plan}/targets`)).body.map((target) => target.code)).toEqual([
      'H1.1',
    ]);
  });

  it('refuses a responsible unit that is also a collaborator (RESPONSIBLE_UNIT)', async () => {
    const { plan } = await buildDraftPlan();
    const created = await rejected(400, 'PLAN_RULES', () =>
      t.api.post(`${plan}/targets`, {
        aim: 'A1',
        code: 'H1.2',
        title: 'Çakışan birim',
        responsibleUnit: 'PARK',
        collaboratingUnits: ['ZABITA', 'PARK'],
      }),
    );
    expect(created.details).toEqual([
      expect.objectContaining({
        code: 'RESPONSIBLE_UNIT',
        path: 'plan.aims[0].targets[1].collaboratingUnits[1]',
      }),
    ]);
    const before = (await t.api.get(`${plan}/targets/H1.1`)).body;
    const changed = await rejected(400, 'PLAN_RULES', () =>
      t.api.patch(`${plan}/targets/H1.1`, { responsibleUnit: 'ZABITA' }),
    );
    expect(detailCodes(changed)).toEqual(['RESPONSIBLE_UNIT']);
    expect((await t.api.get(`${plan}/targets/H1.1`)).body).toEqual(before);
  });

  it('lets a draft leave the draft status only through the lifecycle, and only when it breaks no rule that drafts tolerate', async () => {
    const { plan } = await buildDraftPlan();
    const decision = { councilDecisionDate: '2025-01-10', councilDecisionNumber: '2025/7' };
    // The status is not a field to PATCH, nor are dates that would change it.
    const status = await rejected(400, 'STATUS_VIA_LIFECYCLE', () =>
      t.api.patch(plan, { status: 'yururlukte' }),
    );
    expect(status.details).toEqual([
      expect.objectContaining({ path: 'status', code: 'STATUS_VIA_LIFECYCLE' }),
    ]);
    await rejected(400, 'STATUS_VIA_LIFECYCLE', () => t.api.patch(plan, decision));
    // While a draft, weights may stray from 100 …
    expect((await t.api.patch(`${plan}/indicators/PG1.1.1`, { weight: 70 })).status).toBe(200);
    // … but the plan cannot leave the draft with them.
    const blocked = await rejected(400, 'PLAN_RULES', () =>
      t.api.post(`${plan}/lifecycle/submit`, { date: '2025-01-08' }),
    );
    expect(detailCodes(blocked)).toEqual(['WEIGHTS_SUM']);
    expect((await t.api.get<PlanResponse>(plan)).body).toMatchObject({
      status: 'taslak',
      councilDecision: null,
    });
    expect((await t.api.patch(`${plan}/indicators/PG1.1.1`, { weight: 60 })).status).toBe(200);
    expect((await t.api.post(`${plan}/lifecycle/submit`, { date: '2025-01-08' })).status).toBe(200);
    const inForce = await t.api.post<PlanResponse>(`${plan}/lifecycle/enact`, {
      date: '2025-01-10',
      number: '2025/7',
    });
    expect(inForce.status).toBe(200);
    expect(inForce.body).toMatchObject({
      status: 'yururlukte',
      councilDecision: { date: '2025-01-10', number: '2025/7' },
    });
  });
});
