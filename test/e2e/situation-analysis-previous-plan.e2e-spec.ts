import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { PreviousPlanEvaluationResponse } from '../../src/contracts/analysis.js';
import type { AuditPageResponse } from '../../src/contracts/audit.js';
import type { IndicatorDoc, PlanDocument } from '../../src/contracts/plan-document.js';
import type { ImportResponse } from '../../src/contracts/resources.js';
import { resetClock, setClock } from '../../src/common/clock.js';
import { docxParagraphs } from '../../src/modules/reports/test-fixtures.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import {
  expectRowsChanged,
  importPlan,
  newCast,
  ok,
  refusedUnchanged,
  type ImportedPlan,
  type Member,
} from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

/**
 * Issue 13, part B of the situation analysis: the previous plan's targets and indicators with A, B,
 * C and the rate of its last year, as the progress engine answers on approved values, and the
 * planning team's reason per target (stored as evaluation rows, audited, in the plan document).
 */

const t = useTestApp();
const INSTITUTION = 'Önceki Plan Belediyesi';

let previous: ImportedPlan;
let current: ImportedPlan;
let lonely: ImportedPlan;
let planner: Member, reviewer: Member, foreignPlanner: Member;

function indicator(fields: Partial<IndicatorDoc> & Pick<IndicatorDoc, 'code' | 'name'>): IndicatorDoc {
  return {
    unit: 'adet',
    weight: 100,
    direction: 'artis',
    valueType: 'duzey',
    method: 'F1',
    baseline: 100,
    targets: { '2020': 120, '2021': 140, '2022': 160, '2023': 180, '2024': 200 },
    monitoringMonths: 12,
    ...fields,
  };
}

/** The 2020–2024 plan: its 2024 values approved, but PG1.2.1's only submitted. */
function previousPlanDocument(): PlanDocument {
  const document = workedExampleDocument({ institutionName: INSTITUTION });
  document.plan = {
    ...document.plan,
    title: '2020-2024 Stratejik Planı',
    startYear: 2020,
    endYear: 2024,
    submittedToCouncil: '2019-09-02',
    councilDecision: { date: '2019-09-05', number: '2019/88' },
    aims: [
      {
        code: 'A1',
        title: 'Yeşil kent',
        targets: [
          {
            code: 'H1.1',
            title: 'Parkları artırmak',
            responsibleUnit: 'PARK',
            indicators: [
              indicator({
                code: 'PG1.1.1',
                name: 'Park sayısı',
                weight: 60,
                values: {
                  '2023': { value: 180, status: 'approved' },
                  '2024': { value: 150, status: 'approved', deviationReason: 'İhaleler gecikti' },
                },
              }),
              indicator({
                code: 'PG1.1.2',
                name: 'Bakım süresi',
                unit: 'gün',
                weight: 40,
                direction: 'azalis',
                baseline: 10,
                targets: { '2020': 10, '2021': 9, '2022': 9, '2023': 8, '2024': 8 },
                values: { '2024': { value: 7, status: 'approved', deviationReason: 'Ekip güçlendi' } },
              }),
            ],
          },
          {
            code: 'H1.2',
            title: 'Temizliği iyileştirmek',
            responsibleUnit: 'ZABITA',
            indicators: [
              indicator({
                code: 'PG1.2.1',
                name: 'Temiz sokak oranı',
                unit: '%',
                baseline: 50,
                targets: { '2020': 60, '2021': 70, '2022': 80, '2023': 90, '2024': 100 },
                values: { '2024': { value: 90, status: 'submitted', deviationReason: 'Araç arızası' } },
              }),
            ],
          },
        ],
      },
    ],
  };
  return document;
}

beforeAll(async () => {
  setClock('2025-03-01T09:00:00Z');
  previous = await importPlan(t.api, previousPlanDocument());
  current = await importPlan(
    t.api,
    workedExampleDocument({ institutionName: INSTITUTION, planStatus: 'taslak' }),
  );
  lonely = await importPlan(
    t.api,
    workedExampleDocument({ institutionName: 'Yalnız Belediye', planStatus: 'taslak' }),
  );
  expect(current.institutionId).toBe(previous.institutionId);
  ({ planner, reviewer, foreignPlanner } = await newCast(
    t,
    { home: current.institutionId, other: lonely.institutionId },
    'onceki.local',
  ));
});

afterAll(() => resetClock());

const partB = (plan: ImportedPlan): string => `${plan.plan}/analysis/previous-plan`;

describe('GET /api/plans/:planId/analysis/previous-plan', () => {
  it('fills part B from the plan ending the year before, with the engine’s A, B, C and rates of its last year on approved values', async () => {
    const answer = await ok(reviewer.client.get<PreviousPlanEvaluationResponse>(partB(current)));
    expect(answer.previousPlan).toEqual({
      id: previous.planId,
      title: '2020-2024 Stratejik Planı',
      startYear: 2020,
      endYear: 2024,
      source: 'period',
    });
    expect(answer).toMatchObject({ basis: 'approved', period: '2024', final: true });
    const [h11, h12] = answer.targets;
    // By hand, domain.md 4.1 F1: PG1.1.1 (150 − 100) / (200 − 100) × 100 = 50; PG1.1.2 (azalış)
    // (7 − 10) / (8 − 10) × 100 = 150, clamped to 100 in the roll-up. HG = 0.6 × 50 + 0.4 × 100 = 70.
    expect(h11).toMatchObject({ aimCode: 'A1', code: 'H1.1', title: 'Parkları artırmak', reason: null });
    expect(h11.rate).toBeCloseTo(70, 9);
    expect(h11.coverage).toEqual({
      indicatorsWithData: 2,
      indicatorsDue: 2,
      weightShare: 100,
      sufficient: true,
    });
    expect(
      h11.indicators.map((item) => [
        item.code,
        item.baseline,
        item.target,
        item.actual,
        item.rate,
        item.formula,
      ]),
    ).toEqual([
      ['PG1.1.1', 100, 200, 150, 50, 'F1'],
      ['PG1.1.2', 10, 8, 7, 150, 'F1'],
    ]);
    // The submitted 2024 value of PG1.2.1 is not approved: no data, never 0.
    expect(h12).toMatchObject({ code: 'H1.2', rate: null, band: 'none' });
    expect(h12.coverage).toMatchObject({ indicatorsWithData: 0, indicatorsDue: 1 });
    expect(h12.indicators).toEqual([
      expect.objectContaining({
        code: 'PG1.2.1',
        baseline: 50,
        target: 100,
        actual: null,
        rate: null,
        excluded: expect.objectContaining({ reason: 'NO_DATA' }),
      }),
    ]);
    // The same figures as GET progress of the previous plan for that period.
    const progress = await ok(
      planner.client.get<{ aims: Array<{ targets: Array<{ code: string; rate: number | null }> }> }>(
        `${previous.plan}/progress?period=2024`,
      ),
    );
    expect(answer.targets.map((target) => target.rate)).toEqual(
      progress.aims[0].targets.map((target) => target.rate),
    );
    expect(answer.explanation.length).toBeGreaterThan(0);
  });

  it('shows the latest ended year while the previous plan still runs, and says it is not the final one', async () => {
    setClock('2024-10-01T09:00:00Z');
    try {
      const answer = await ok(planner.client.get<PreviousPlanEvaluationResponse>(partB(current)));
      expect(answer).toMatchObject({ period: '2023', final: false });
      expect(answer.targets[0].indicators[0]).toMatchObject({
        code: 'PG1.1.1',
        target: 180,
        actual: 180,
        rate: 100,
      });
    } finally {
      setClock('2025-03-01T09:00:00Z');
    }
  });

  it('answers no previous plan when the institution has none in Pusula, and hides other institutions', async () => {
    const answer = await ok(foreignPlanner.client.get<PreviousPlanEvaluationResponse>(partB(lonely)));
    expect(answer).toMatchObject({ previousPlan: null, period: null, targets: [] });
    await expect(foreignPlanner.client.get(partB(current))).resolves.toMatchObject({ status: 404 });
  });

  it('takes the plan a copy was made from as its previous plan', async () => {
    const copy = await ok(
      t.api.post<ImportResponse>(`${previous.plan}/copy`, { startYear: 2025, title: 'Kopya plan' }),
      201,
    );
    const answer = await ok(
      t.api.get<PreviousPlanEvaluationResponse>(`/api/plans/${copy.id}/analysis/previous-plan`),
    );
    expect(answer.previousPlan).toMatchObject({ id: previous.planId, source: 'copy' });
  });
});

describe('PUT /api/plans/:planId/analysis/previous-plan/reasons', () => {
  it('stores a reason per target as a part B row, audited, and shows it beside the target', async () => {
    const before = await t.countRows();
    const answer = await ok(
      planner.client.put<PreviousPlanEvaluationResponse>(`${partB(current)}/reasons`, {
        reasons: [
          { target: 'H1.1', reason: 'Bakım ekibi güçlendirildi; park ihaleleri gecikti' },
          { target: 'H1.2', reason: 'Veriler onaylanmadan plan dönemi bitti' },
        ],
      }),
    );
    expect(answer.targets.map((target) => [target.code, target.reason?.text])).toEqual([
      ['H1.1', 'Bakım ekibi güçlendirildi; park ihaleleri gecikti'],
      ['H1.2', 'Veriler onaylanmadan plan dönemi bitti'],
    ]);
    await expectRowsChanged(t, before, { analysis_rows: 2 });
    const trail = await ok(t.api.get<AuditPageResponse>(`${current.plan}/audit?entity=analysis_row`));
    expect(trail.items.map((item) => [item.action, item.actor?.id])).toEqual([
      ['insert', planner.id],
      ['insert', planner.id],
    ]);
  });

  it('changes one reason and removes another (reason null); the document carries the rest', async () => {
    const read = await ok(planner.client.get<PreviousPlanEvaluationResponse>(partB(current)));
    const h11 = read.targets[0].reason;
    await ok(
      planner.client.put(`${partB(current)}/reasons`, {
        reasons: [
          { target: 'H1.1', reason: 'Park ihaleleri gecikti', version: h11?.version },
          { target: 'H1.2', reason: null },
        ],
      }),
    );
    const answer = await ok(planner.client.get<PreviousPlanEvaluationResponse>(partB(current)));
    expect(answer.targets.map((target) => target.reason?.text ?? null)).toEqual([
      'Park ihaleleri gecikti',
      null,
    ]);
    const document = await ok(planner.client.get<PlanDocument>(`${current.plan}/document`));
    expect(document.plan.analysis?.evaluation).toEqual([
      { text: 'Park ihaleleri gecikti', previousTarget: 'H1.1' },
    ]);
  });

  it('refuses an unknown target code with 400 PREVIOUS_PLAN_TARGET at its field and changes nothing', async () => {
    const body = await refusedUnchanged(t, 400, 'PREVIOUS_PLAN_TARGET', () =>
      planner.client.put(`${partB(current)}/reasons`, {
        reasons: [
          { target: 'H1.1', reason: 'Bu da yazılmamalı' },
          { target: 'H9.9', reason: 'Böyle bir hedef yok' },
        ],
      }),
    );
    expect(body.details).toEqual([
      { path: 'reasons[1].target', code: 'PREVIOUS_PLAN_TARGET', message: expect.stringContaining('H9.9') },
    ]);
    expect(body.message).toContain('2020-2024 Stratejik Planı');
    const answer = await ok(planner.client.get<PreviousPlanEvaluationResponse>(partB(current)));
    expect(answer.targets[0].reason?.text).toBe('Park ihaleleri gecikti');
  });

  it('refuses bad bodies, a plan without a previous plan, a stale version and readers, changing nothing', async () => {
    const missing = await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      planner.client.put(`${partB(current)}/reasons`, { reasons: [{ target: 'H1.1' }] }),
    );
    expect(new Set(missing.details?.map((detail) => detail.path))).toEqual(new Set(['reasons[0].reason']));
    await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      planner.client.put(`${partB(current)}/reasons`, { reasons: [] }),
    );
    await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      planner.client.put(`${partB(current)}/reasons`, { reasons: [{ target: 'H1.1', reason: '   ' }] }),
    );
    const none = await refusedUnchanged(t, 400, 'PREVIOUS_PLAN_TARGET', () =>
      foreignPlanner.client.put(`${partB(lonely)}/reasons`, {
        reasons: [{ target: 'H1.1', reason: 'Neden' }],
      }),
    );
    expect(none.message).toContain('Pusula');
    await refusedUnchanged(t, 409, 'STALE_VERSION', () =>
      planner.client.put(`${partB(current)}/reasons`, {
        reasons: [{ target: 'H1.1', reason: 'Eski sürüme göre', version: 1 }],
      }),
    );
    await refusedUnchanged(t, 403, 'FORBIDDEN', () =>
      reviewer.client.put(`${partB(current)}/reasons`, {
        reasons: [{ target: 'H1.1', reason: 'Okur yazamaz' }],
      }),
    );
  });

  it('keeps the one-by-one evaluation rows to the previous plan’s targets, once each', async () => {
    const unknown = await refusedUnchanged(t, 400, 'PREVIOUS_PLAN_TARGET', () =>
      planner.client.post(`${current.plan}/analysis/evaluation`, { text: 'Neden', previousTarget: 'H7.7' }),
    );
    expect(unknown.details?.map((detail) => detail.path)).toEqual(['previousTarget']);
    const twice = await refusedUnchanged(t, 409, 'DUPLICATE', () =>
      planner.client.post(`${current.plan}/analysis/evaluation`, {
        text: 'İkinci gerekçe',
        previousTarget: 'H1.1',
      }),
    );
    expect(twice.details?.map((detail) => detail.path)).toEqual(['previousTarget']);
    await ok(
      planner.client.post(`${current.plan}/analysis/evaluation`, { text: 'Genel değerlendirme' }),
      201,
    );
  });
});

describe('part B in the plan document, the workbook and the plan book', () => {
  it('refuses a document giving two reasons for one target (ANALYSIS_LINK) and round-trips one with reasons', async () => {
    const document = workedExampleDocument({ institutionName: INSTITUTION, planStatus: 'taslak' });
    document.plan.title = 'Belge planı';
    document.plan.analysis = {
      evaluation: [
        { text: 'Birinci', previousTarget: 'H1.1' },
        { text: 'İkinci', previousTarget: 'H1.1' },
      ],
    };
    const refused = await refusedUnchanged(t, 400, 'PLAN_INVALID', () =>
      t.api.post('/api/plans/import', document),
    );
    expect(refused.details).toEqual([
      expect.objectContaining({ path: 'plan.analysis.evaluation[1].previousTarget', code: 'ANALYSIS_LINK' }),
    ]);
    document.plan.analysis = { evaluation: [{ text: 'Birinci', previousTarget: 'H1.2' }, { text: 'Genel' }] };
    const imported = await importPlan(t.api, document);
    const exported = await ok(t.api.get<PlanDocument>(`${imported.plan}/document`));
    expect(exported.plan.analysis).toEqual(document.plan.analysis);
    const answer = await ok(t.api.get<PreviousPlanEvaluationResponse>(partB(imported)));
    expect(answer.targets[1]).toMatchObject({ code: 'H1.2', reason: { text: 'Birinci' } });
  });

  it('puts part B in the situation-analysis workbook and the plan book with its basis, period and coverage', async () => {
    const response = await t.api.download(`${current.plan}/reports/situation-analysis.xlsx`);
    expect(response.status).toBe(200);
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(response.body as unknown as ArrayBuffer);
    const sheet = read.getWorksheet('B Önceki Plan');
    if (!sheet) throw new Error('no part B sheet');
    const rows: unknown[][] = [];
    sheet.eachRow((row, number) => {
      if (number >= 4) rows.push((row.values as unknown[]).slice(1));
    });
    expect(rows[0]).toEqual([
      'Amaç',
      'Hedef',
      'Gösterge',
      'Birim',
      'A (Başlangıç)',
      'B (Hedef)',
      'C (Gerçekleşen)',
      'Gerçekleşme Oranı (%)',
      'Kapsam / Not',
      'Başarı veya Başarısızlık Nedeni',
    ]);
    expect(rows[1][1]).toBe('H1.1 Parkları artırmak');
    expect(rows[1][7]).toBeCloseTo(70, 9);
    expect(rows[1][9]).toBe('Park ihaleleri gecikti');
    expect(rows[2].slice(2, 8)).toEqual(['PG1.1.1 Park sayısı', 'adet', 100, 200, 150, 50]);
    expect(rows[3].slice(2, 8)).toEqual(['PG1.1.2 Bakım süresi', 'gün', 10, 8, 7, 150]);
    expect(rows[5].slice(2, 8)).toEqual(['PG1.2.1 Temiz sokak oranı', '%', 50, 100, undefined, 'Veri yok']);
    const notes = rows.flat().filter((cell): cell is string => typeof cell === 'string');
    expect(
      notes.some((note) => note.includes('2024 yıl sonu (planın son yılı)') && note.includes('onaylı')),
    ).toBe(true);
    const general = read.getWorksheet('B Plan Değerlendirmesi');
    const texts: unknown[] = [];
    general?.eachRow((row) => texts.push(...(row.values as unknown[])));
    expect(texts).toContain('Genel değerlendirme');
    expect(texts).not.toContain('Park ihaleleri gecikti');

    const book = await t.api.download(`${current.plan}/reports/plan-book.docx`);
    expect(book.status).toBe(200);
    const paragraphs = docxParagraphs(book.body);
    expect(paragraphs).toContain('B. Önceki Planın Gerçekleşmesi');
    expect(paragraphs.some((text) => text.startsWith('Önceki plan: 2020-2024 Stratejik Planı'))).toBe(true);
  });
});
