import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  ANALYSIS_PARTS,
  type AnalysisItemResponse,
  type AnalysisLinkResponse,
  type AnalysisResponse,
  type AnalysisRowResponse,
} from '../../src/contracts/analysis.js';
import type { AuditPageResponse } from '../../src/contracts/audit.js';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type { PlanDocument } from '../../src/contracts/plan-document.js';
import type { ValidationResponse } from '../../src/contracts/validation.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { expectError } from '../support/expect-error.js';
import {
  expectRowsChanged,
  importPlan,
  ok,
  refusedUnchanged,
  type ImportedPlan,
  useExampleAndCast,
} from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

const t = useTestApp();
const cast = useExampleAndCast(t, 'analiz.local', ['Analiz Belediyesi', 'Öteki Belediye'], {
  planStatus: 'taslak',
  names: { planner: 'Planlamacı', unitManager: 'Park Müdürü', reviewer: 'Denetçi' },
});

let inForce: ImportedPlan;
let analysis: string;

beforeAll(async () => {
  inForce = await importPlan(t.api, {
    ...workedExampleDocument({ institutionName: 'Analiz Belediyesi' }),
    plan: { ...workedExampleDocument().plan, title: 'Yürürlükteki plan' },
  });
  analysis = `${cast.home.plan}/analysis`;
});

async function validation(planPath: string = cast.home.plan): Promise<Array<[string, string]>> {
  const answer = await ok(cast.planner.client.get<ValidationResponse>(`${planPath}/validation`));
  return answer.issues
    .filter((issue) => ['NEED_UNANSWERED', 'TARGET_WITHOUT_NEED', 'ANALYSIS_LINK'].includes(issue.code))
    .map((issue) => [issue.code, issue.message]);
}

describe('a plan without a situation analysis', () => {
  it('answers every part empty and gets no analysis warning', async () => {
    const answer = await ok(cast.reviewer.client.get<AnalysisResponse>(analysis));
    expect(answer.stakeholderThreshold).toBe(3);
    expect(answer.parts.map(({ part, rows }) => [part, rows.length])).toEqual(
      ANALYSIS_PARTS.map((part) => [part, 0]),
    );
    expect(answer.findings).toEqual([]);
    expect(await validation()).toEqual([]);
  });
});

describe('the rows of the parts', () => {
  let belediyeMeclisi: AnalysisRowResponse;
  let pestle: AnalysisRowResponse;

  it('takes a stakeholder and derives its priority and strategy (never stored)', async () => {
    const fields = {
      name: 'Belediye Meclisi',
      kind: 'ic',
      importance: 5,
      influence: 5,
      method: 'toplanti',
      opinion: 'Planın halka danışılması istendi',
    };
    const before = await t.countRows();
    belediyeMeclisi = await ok(
      cast.planner.client.post<AnalysisRowResponse>(`${analysis}/stakeholders`, fields),
      201,
    );
    expect(belediyeMeclisi).toEqual({
      id: expect.any(String),
      part: 'stakeholders',
      position: 1,
      fields,
      derived: { priority: 1, strategy: 'birlikte-calis', label: 'Birlikte Çalış' },
      version: 1,
    });
    await expectRowsChanged(t, before, { analysis_rows: 1 });
    const stored = await t.ownerQuery<{ fields: Record<string, unknown> }>(
      'SELECT fields FROM analysis_rows WHERE id = $1',
      [belediyeMeclisi.id],
    );
    expect(Object.keys(stored[0].fields)).not.toContain('strategy');
    const trail = await ok(t.api.get<AuditPageResponse>(`${cast.home.plan}/audit?entity=analysis_row`));
    expect(trail.items).toEqual([
      expect.objectContaining({
        entityId: belediyeMeclisi.id,
        action: 'insert',
        actor: expect.objectContaining({ id: cast.planner.id }),
      }),
    ]);
  });

  it('labels the four strategies in the caller’s language, and at a first place when asked', async () => {
    const add = (name: string, importance: number, influence: number, position?: number) =>
      ok(
        cast.planner.client.post<AnalysisRowResponse>(`${analysis}/stakeholders?lang=en`, {
          name,
          kind: 'dis',
          importance,
          influence,
          ...(position === undefined ? {} : { position }),
        }),
        201,
      );
    expect((await add('Valilik', 2, 4)).derived).toEqual({
      priority: 2,
      strategy: 'cikarlarini-gozet',
      label: 'Keep satisfied',
    });
    expect((await add('Muhtarlar', 4, 2)).derived).toEqual({
      priority: 3,
      strategy: 'bilgilendir',
      label: 'Keep informed',
    });
    const first = await add('Basın', 1, 1, 1);
    expect(first).toMatchObject({ position: 1, derived: { strategy: 'izle', label: 'Monitor' } });
    const rows = await ok(cast.unitManager.client.get<AnalysisRowResponse[]>(`${analysis}/stakeholders`));
    expect(rows.map((row) => [row.position, row.fields.name, row.derived?.label])).toEqual([
      [1, 'Basın', 'İzle'],
      [2, 'Belediye Meclisi', 'Birlikte Çalış'],
      [3, 'Valilik', 'Çıkarlarını Gözet'],
      [4, 'Muhtarlar', 'Bilgilendir'],
    ]);
  });

  it('follows the plan’s stakeholder threshold', async () => {
    await ok(cast.planner.client.patch(cast.home.plan, { settings: { stakeholderThreshold: 5 } }));
    const rows = await ok(cast.planner.client.get<AnalysisRowResponse[]>(`${analysis}/stakeholders`));
    expect(rows.map((row) => row.derived?.strategy)).toEqual(['izle', 'birlikte-calis', 'izle', 'izle']);
    await ok(cast.planner.client.patch(cast.home.plan, { settings: { stakeholderThreshold: 3 } }));
  });

  it('refuses importance outside 1–5, an unknown field or a missing one, and changes nothing', async () => {
    const body = await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      cast.planner.client.post(`${analysis}/stakeholders`, {
        name: 'X',
        kind: 'ic',
        importance: 6,
        influence: 0,
        color: 'red',
      }),
    );
    expect(body.details?.map((detail) => [detail.path, detail.code])).toEqual(
      expect.arrayContaining([
        ['importance', 'OUT_OF_RANGE'],
        ['influence', 'OUT_OF_RANGE'],
        ['color', 'UNKNOWN_FIELD'],
      ]),
    );
    const missing = await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      cast.planner.client.post(`${analysis}/pestle`, {
        category: 'iklimsel',
        factor: 'Kuraklık',
        trend: 'negatif',
      }),
    );
    expect(missing.details?.map((detail) => [detail.path, detail.code])).toEqual(
      expect.arrayContaining([
        ['category', 'INVALID_ENUM'],
        ['effect', 'INVALID_ENUM'],
      ]),
    );
  });

  it('refuses an unknown part with 400 ANALYSIS_UNKNOWN_PART at `part`', async () => {
    const body = await refusedUnchanged(t, 400, 'ANALYSIS_UNKNOWN_PART', () =>
      cast.planner.client.post(`${analysis}/budget`, { text: 'x' }),
    );
    expect(body.details).toEqual([
      { path: 'part', code: 'ANALYSIS_UNKNOWN_PART', message: expect.stringContaining('budget') },
    ]);
    expectError(await cast.planner.client.get(`${analysis}/budget`), 400, 'ANALYSIS_UNKNOWN_PART');
  });

  it('takes every other part', async () => {
    const rows: Array<[string, Record<string, unknown>]> = [
      ['history', { text: 'Belediye 1929’da kuruldu.' }],
      ['evaluation', { text: 'Önceki planın hedeflerinin yarısı tuttu.' }],
      ['legal', { duty: 'Park ve yeşil alan yapmak', basis: '5393 sayılı Kanun md. 14', needs: 'Arazi' }],
      ['policy', { document: 'On İkinci Kalkınma Planı', reference: '3.2', duty: 'Yeşil dönüşüm' }],
      ['activities', { field: 'Park ve yeşil alanlar', services: ['Park yapımı', 'Bakım'] }],
      ['internal', { topic: 'İnsan kaynakları', text: 'Peyzaj mimarı az' }],
      ['pestle', { category: 'cevresel', factor: 'Kuraklık', trend: 'negatif', effect: 'tehdit' }],
      ['swot', { kind: 'zayif', text: 'Yeşil alan kişi başına 4 m²' }],
      ['strategies', { kind: 'ZF', text: 'Hibe ile park yapmak' }],
    ];
    for (const [part, fields] of rows) {
      const row = await ok(cast.planner.client.post<AnalysisRowResponse>(`${analysis}/${part}`, fields), 201);
      expect(row).toMatchObject({ part, position: 1, fields });
    }
    pestle = (await ok(cast.planner.client.get<AnalysisRowResponse[]>(`${analysis}/pestle`)))[0];
  });

  it('changes a row (null clears an optional field), moves it, and refuses a stale version', async () => {
    const changed = await ok(
      cast.planner.client.patch<AnalysisRowResponse>(`${analysis}/stakeholders/${belediyeMeclisi.id}`, {
        version: 1,
        influence: 2,
        opinion: null,
        position: 1,
      }),
    );
    expect(changed).toMatchObject({
      position: 1,
      version: 2,
      fields: { name: 'Belediye Meclisi', kind: 'ic', importance: 5, influence: 2, method: 'toplanti' },
      derived: { strategy: 'bilgilendir' },
    });
    expect(changed.fields).not.toHaveProperty('opinion');
    await refusedUnchanged(t, 409, 'STALE_VERSION', () =>
      cast.planner.client.patch(`${analysis}/stakeholders/${belediyeMeclisi.id}`, {
        version: 1,
        influence: 4,
      }),
    );
    const body = await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      cast.planner.client.patch(`${analysis}/stakeholders/${belediyeMeclisi.id}`, {
        name: null,
        importance: 9,
      }),
    );
    expect([...new Set(body.details?.map((detail) => detail.path))].sort()).toEqual(['importance', 'name']);
    await refusedUnchanged(t, 404, 'ANALYSIS_ROW_NOT_FOUND', () =>
      cast.planner.client.patch(`${analysis}/pestle/${belediyeMeclisi.id}`, { factor: 'x' }),
    );
  });

  describe('findings, needs and the targets that answer them', () => {
    let t1: AnalysisItemResponse;
    let i1: AnalysisItemResponse;
    let i2: AnalysisItemResponse;

    it('numbers findings and needs itself, each kind on its own', async () => {
      t1 = await ok(
        cast.planner.client.post<AnalysisItemResponse>(`${analysis}/findings`, {
          kind: 'tespit',
          text: 'Kuraklık parkları kurutuyor',
          origin: { part: 'pestle', rowId: pestle.id },
        }),
        201,
      );
      i1 = await ok(
        cast.planner.client.post<AnalysisItemResponse>(`${analysis}/findings`, {
          kind: 'ihtiyac',
          text: 'Yeni park alanları',
        }),
        201,
      );
      i2 = await ok(
        cast.planner.client.post<AnalysisItemResponse>(`${analysis}/findings`, {
          kind: 'ihtiyac',
          text: 'Denetim',
        }),
        201,
      );
      expect([t1, i1, i2].map((item) => [item.code, item.position, item.origin, item.targets])).toEqual([
        ['T1', 1, { part: 'pestle', rowId: pestle.id }, []],
        ['İ1', 2, null, []],
        ['İ2', 3, null, []],
      ]);
    });

    it('warns NEED_UNANSWERED per need and TARGET_WITHOUT_NEED per target now that the plan has findings', async () => {
      expect(await validation()).toEqual([
        ['NEED_UNANSWERED', 'İ1 ihtiyacını karşılayan hedef yok'],
        ['NEED_UNANSWERED', 'İ2 ihtiyacını karşılayan hedef yok'],
        ['TARGET_WITHOUT_NEED', 'H1.1 hedefi durum analizinin hiçbir tespit veya ihtiyacını karşılamıyor'],
        ['TARGET_WITHOUT_NEED', 'H1.2 hedefi durum analizinin hiçbir tespit veya ihtiyacını karşılamıyor'],
      ]);
    });

    it('refuses a code taken, an origin row of another part, a link to an unknown code or another plan’s target', async () => {
      await refusedUnchanged(t, 409, 'CODE_TAKEN', () =>
        cast.planner.client.post(`${analysis}/findings`, { kind: 'tespit', code: 'İ1', text: 'x' }),
      );
      const origin = await refusedUnchanged(t, 400, 'ANALYSIS_LINK', () =>
        cast.planner.client.post(`${analysis}/findings`, {
          kind: 'tespit',
          text: 'x',
          origin: { part: 'swot', rowId: pestle.id },
        }),
      );
      expect(origin.details?.map((detail) => detail.path)).toEqual(['origin.rowId']);
      const unknown = await refusedUnchanged(t, 400, 'ANALYSIS_LINK', () =>
        cast.planner.client.post(`${analysis}/links`, { code: 'T9', target: 'H9.9' }),
      );
      expect(unknown.details?.map((detail) => [detail.path, detail.code])).toEqual([
        ['code', 'ANALYSIS_LINK'],
        ['target', 'ANALYSIS_LINK'],
      ]);
      const [otherTarget] = await t.ownerQuery<{ id: string }>(
        `SELECT id FROM targets WHERE plan_id = $1 AND code = 'H1.1'`,
        [cast.other.planId],
      );
      const stranger = await refusedUnchanged(t, 400, 'ANALYSIS_LINK', () =>
        cast.planner.client.post(`${analysis}/links`, { code: 'İ1', target: otherTarget.id }),
      );
      expect(stranger.details?.map((detail) => detail.path)).toEqual(['target']);
    });

    it('links targets to findings and needs, by target code or id, and the warnings go', async () => {
      const before = await t.countRows();
      const [h12] = await t.ownerQuery<{ id: string }>(
        `SELECT id FROM targets WHERE plan_id = $1 AND code = 'H1.2'`,
        [cast.home.planId],
      );
      expect(
        await ok(
          cast.planner.client.post<AnalysisLinkResponse>(`${analysis}/links`, { code: 'İ1', target: 'H1.1' }),
          201,
        ),
      ).toEqual({
        code: 'İ1',
        target: 'H1.1',
      });
      await ok(cast.planner.client.post(`${analysis}/links`, { code: 'T1', target: 'H1.1' }), 201);
      await ok(cast.planner.client.post(`${analysis}/links`, { code: 'İ1', target: h12.id }), 201);
      await expectRowsChanged(t, before, { analysis_links: 3 });
      await refusedUnchanged(t, 409, 'DUPLICATE', () =>
        cast.planner.client.post(`${analysis}/links`, { code: 'İ1', target: 'H1.1' }),
      );
      expect(await ok(cast.reviewer.client.get<AnalysisLinkResponse[]>(`${analysis}/links`))).toEqual([
        { code: 'T1', target: 'H1.1' },
        { code: 'İ1', target: 'H1.1' },
        { code: 'İ1', target: 'H1.2' },
      ]);
      const items = await ok(cast.reviewer.client.get<AnalysisItemResponse[]>(`${analysis}/findings`));
      expect(items.map((item) => [item.code, item.targets])).toEqual([
        ['T1', ['H1.1']],
        ['İ1', ['H1.1', 'H1.2']],
        ['İ2', []],
      ]);
      expect(await validation()).toEqual([['NEED_UNANSWERED', 'İ2 ihtiyacını karşılayan hedef yok']]);
      await ok(cast.planner.client.post(`${analysis}/links`, { code: 'İ2', target: 'H1.2' }), 201);
      expect(await validation()).toEqual([]);
      expect(await ok(cast.planner.client.delete(`${analysis}/links/İ2/H1.2`), 204)).toBeDefined();
      await refusedUnchanged(t, 404, 'ANALYSIS_LINK_NOT_FOUND', () =>
        cast.planner.client.delete(`${analysis}/links/İ2/H1.2`),
      );
      expect(await validation()).toEqual([['NEED_UNANSWERED', 'İ2 ihtiyacını karşılayan hedef yok']]);
    });

    it('changes a finding by its code and refuses a stale version', async () => {
      const changed = await ok(
        cast.planner.client.patch<AnalysisItemResponse>(`${analysis}/findings/T1`, {
          version: 1,
          text: 'Kuraklık',
        }),
      );
      expect(changed).toMatchObject({ code: 'T1', text: 'Kuraklık', version: 2, targets: ['H1.1'] });
      await refusedUnchanged(t, 409, 'STALE_VERSION', () =>
        cast.planner.client.patch(`${analysis}/findings/T1`, { version: 1, text: 'y' }),
      );
      await refusedUnchanged(t, 404, 'ANALYSIS_ITEM_NOT_FOUND', () =>
        cast.planner.client.patch(`${analysis}/findings/T7`, { text: 'y' }),
      );
    });
  });

  describe('roles and tenancy', () => {
    it('lets unit managers and reviewers read but not write', async () => {
      for (const member of [cast.unitManager, cast.reviewer]) {
        await ok(member.client.get(analysis));
        await refusedUnchanged(t, 403, 'FORBIDDEN', () =>
          member.client.post(`${analysis}/swot`, { kind: 'guclu', text: 'x' }),
        );
        await refusedUnchanged(t, 403, 'FORBIDDEN', () => member.client.delete(`${analysis}/findings/T1`));
        await refusedUnchanged(t, 403, 'FORBIDDEN', () =>
          member.client.post(`${analysis}/links`, { code: 'İ2', target: 'H1.1' }),
        );
      }
    });

    it('answers 404 to another institution’s planner, reading or writing', async () => {
      expectError(await cast.foreignPlanner.client.get(analysis), 404, 'PLAN_NOT_FOUND');
      expectError(await cast.foreignPlanner.client.get(`${analysis}/findings`), 404, 'PLAN_NOT_FOUND');
      await refusedUnchanged(t, 404, 'PLAN_NOT_FOUND', () =>
        cast.foreignPlanner.client.post(`${analysis}/swot`, { kind: 'guclu', text: 'x' }),
      );
      await refusedUnchanged(t, 404, 'PLAN_NOT_FOUND', () =>
        cast.foreignPlanner.client.delete(`${analysis}/links/T1/H1.1`),
      );
    });

    it('keeps the content of a plan in force: 409 CONTENT_VIA_UPDATE', async () => {
      const body: ErrorBody = await refusedUnchanged(t, 409, 'CONTENT_VIA_UPDATE', () =>
        t.api.post(`${inForce.plan}/analysis/swot`, { kind: 'guclu', text: 'x' }),
      );
      expect(body.message).toEqual(expect.any(String));
    });
  });

  describe('deletes', () => {
    it('deletes a row: the finding drawn from it keeps its part', async () => {
      await ok(cast.planner.client.delete(`${analysis}/pestle/${pestle.id}`), 204);
      const [t1] = await ok(cast.planner.client.get<AnalysisItemResponse[]>(`${analysis}/findings`));
      expect(t1.origin).toEqual({ part: 'pestle', rowId: null });
    });

    it('deletes a finding with its links, and renumbers the rest', async () => {
      const before = await t.countRows();
      await ok(cast.planner.client.delete(`${analysis}/findings/T1`), 204);
      await expectRowsChanged(t, before, { analysis_items: -1, analysis_links: -1 });
      const items = await ok(cast.planner.client.get<AnalysisItemResponse[]>(`${analysis}/findings`));
      expect(items.map((item) => [item.code, item.position])).toEqual([
        ['İ1', 1],
        ['İ2', 2],
      ]);
    });
  });
});

describe('the plan document', () => {
  it('carries the analysis and each target’s answers, and round-trips them', async () => {
    const exported = await ok(cast.planner.client.get<PlanDocument>(`${cast.home.plan}/document`));
    // In the part's key order, moved to the top by the PATCH above, its opinion cleared.
    expect(JSON.stringify(exported.plan.analysis?.stakeholders?.[0])).toBe(
      JSON.stringify({
        name: 'Belediye Meclisi',
        kind: 'ic',
        importance: 5,
        influence: 2,
        method: 'toplanti',
      }),
    );
    expect(exported.plan.analysis?.findings).toEqual([
      { code: 'İ1', kind: 'ihtiyac', text: 'Yeni park alanları' },
      { code: 'İ2', kind: 'ihtiyac', text: 'Denetim' },
    ]);
    expect(exported.plan.aims[0].targets.map((target) => target.answers)).toEqual([['İ1'], ['İ1']]);
    const copy: PlanDocument = {
      ...exported,
      institution: { ...exported.institution, name: 'Kopya Belediyesi' },
      plan: {
        ...exported.plan,
        analysis: {
          ...exported.plan.analysis,
          findings: [
            ...(exported.plan.analysis?.findings ?? []),
            { code: 'T5', kind: 'tespit', text: 'Kuraklık', origin: { part: 'swot', row: 1 } },
          ],
        },
      },
    };
    const imported = await importPlan(t.api, copy);
    const again = await ok(t.api.get<PlanDocument>(`${imported.plan}/document`));
    expect(JSON.stringify(again)).toBe(JSON.stringify(copy));
    const answer = await ok(t.api.get<AnalysisResponse>(`${imported.plan}/analysis`));
    const swot = answer.parts.find((part) => part.part === 'swot')?.rows[0];
    expect(answer.findings[2]).toMatchObject({ code: 'T5', origin: { part: 'swot', rowId: swot?.id } });
  });

  it('keeps a document without an analysis byte-identical on re-export', async () => {
    const document = workedExampleDocument({ institutionName: 'Analizsiz Belediye', planStatus: 'taslak' });
    const imported = await importPlan(t.api, document);
    const exported = await ok(t.api.get<PlanDocument>(`${imported.plan}/document`));
    expect(exported).not.toHaveProperty('plan.analysis');
    const reimported = await importPlan(t.api, {
      ...exported,
      institution: { ...exported.institution, name: 'Analizsiz 2' },
    });
    const twice = await ok(t.api.get<PlanDocument>(`${reimported.plan}/document`));
    expect(JSON.stringify({ ...twice, institution: exported.institution })).toBe(JSON.stringify(exported));
  });

  it('refuses a whole document whose analysis breaks a rule or the contract, writing nothing', async () => {
    const document = workedExampleDocument({ institutionName: 'Bozuk Analiz', planStatus: 'taslak' });
    document.plan.analysis = {
      stakeholders: [{ name: 'Meclis', kind: 'ic', importance: 4, influence: 2 }],
      findings: [{ code: 'İ1', kind: 'ihtiyac', text: 'Park' }],
    };
    document.plan.aims[0].targets[0].answers = ['İ1', 'T3'];
    const rules = await refusedUnchanged(t, 400, 'PLAN_INVALID', () =>
      t.api.post('/api/plans/import', document),
    );
    expect(rules.details?.map((detail) => [detail.code, detail.path])).toEqual([
      ['ANALYSIS_LINK', 'plan.aims[0].targets[0].answers[1]'],
    ]);
    document.plan.aims[0].targets[0].answers = ['İ1'];
    const broken = JSON.parse(JSON.stringify(document)) as {
      plan: { analysis: { stakeholders: Array<Record<string, unknown>> } };
    };
    broken.plan.analysis.stakeholders[0].importance = 7;
    const shape = await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      t.api.post('/api/plans/import', broken),
    );
    expect(shape.details?.map((detail) => [detail.code, detail.path])).toEqual([
      ['INVALID_ENUM', 'plan.analysis.stakeholders[0].importance'],
    ]);
  });
});
