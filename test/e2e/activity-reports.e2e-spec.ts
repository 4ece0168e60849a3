import { beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type {
  ActivityReportPerformanceResponse,
  EvaluationResponse,
  MeasureResponse,
} from '../../src/contracts/activity-report.js';
import type { AuditPageResponse } from '../../src/contracts/audit.js';
import type { ProgressResponse } from '../../src/contracts/progress.js';
import { docxParagraphs, docxParts } from '../../src/modules/reports/test-fixtures.js';
import { expectError } from '../support/expect-error.js';
import { expectRowsChanged, useExampleAndCast, ok, refusedUnchanged } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

/*
 * The 2025 activity report of the worked example (domain.md 4.4), by hand, on approved values:
 *
 *   H1.1 (PARK)    PG1.1.1 park m²     w 40  A 100,000  B 120,000  C 115,000  GO  75.0  C−B −5,000  "İhale gecikti"
 *                  PG1.1.2 days azalış w 35  A 10       B 8        C 7        GO 150.0  C−B −1      "Hedefin üzerinde iyileşme"
 *                  PG1.1.3 trainings   w 25  A 50       B 60       C 45       GO −50.0  C−B −15     "Salon tadilatı"
 *                  HG = 0.40 × 75 + 0.35 × 100 (clamped) + 0.25 × 0 (clamped) = 65.0
 *   H1.2 (ZABITA)  PG1.2.1 clean %     w 100 A 50       B 60       C 59       GO  90.0  C−B −1      "Araç arızası"
 *                  HG = 90.0
 *   A1 = plan = (65.0 + 90.0) / 2 = 77.5; coverage 4/4 indicators, 100 % of the weight; 4 deviations, all with reasons.
 *
 * 2026 has no values: every C is null ("veri yok", never 0), every rate null, coverage 0/4.
 */

const t = useTestApp();
const cast = useExampleAndCast(t, 'rapor.local', ['Rapor Belediyesi', 'Başka Belediye'], {
  zabita: 'Zabıta',
});

let report: string;

beforeAll(() => {
  report = `${cast.home.plan}/activity-reports/2025`;
});

describe('the Performans Sonuçları Tablosu', () => {
  it('is GET progress of the year on approved values, row by row, with A, B, C, GO, the deviation and its reason', async () => {
    const table = await ok(
      cast.reviewer.client.get<ActivityReportPerformanceResponse>(`${report}/performance`),
    );
    expect(table).toMatchObject({ year: 2025, period: '2025', basis: 'approved', rate: 77.5 });
    expect(table.coverage).toMatchObject({ indicatorsWithData: 4, indicatorsDue: 4, weightShare: 100 });
    expect([table.deviations, table.deviationsWithoutReason]).toEqual([4, 0]);
    const rows = table.targets.flatMap((target) =>
      target.indicators.map((row) => [
        target.aim.code,
        target.code,
        target.responsibleUnit?.name,
        row.code,
        row.unit,
        row.weight,
        row.baseline,
        row.target,
        row.actual,
        row.rate,
        row.deviation,
        row.side,
        row.deviationReason,
        row.reasonMissing,
      ]),
    );
    expect(rows).toEqual([
      [
        'A1',
        'H1.1',
        'Park ve Bahçeler Müdürlüğü',
        'PG1.1.1',
        'm²',
        40,
        100000,
        120000,
        115000,
        75,
        -5000,
        'below',
        'İhale gecikti',
        false,
      ],
      [
        'A1',
        'H1.1',
        'Park ve Bahçeler Müdürlüğü',
        'PG1.1.2',
        'gün',
        35,
        10,
        8,
        7,
        150,
        -1,
        'below',
        'Hedefin üzerinde iyileşme',
        false,
      ],
      [
        'A1',
        'H1.1',
        'Park ve Bahçeler Müdürlüğü',
        'PG1.1.3',
        'adet',
        25,
        50,
        60,
        45,
        -50,
        -15,
        'below',
        'Salon tadilatı',
        false,
      ],
      [
        'A1',
        'H1.2',
        'Zabıta Müdürlüğü',
        'PG1.2.1',
        '%',
        100,
        50,
        60,
        59,
        90,
        -1,
        'below',
        'Araç arızası',
        false,
      ],
    ]);
    expect(table.targets.map((target) => target.rate)).toEqual([65, 90]);

    // The same figures as GET progress of that period and basis: one engine, never a second calculation.
    const progress = await ok(
      cast.reviewer.client.get<ProgressResponse>(`${cast.home.plan}/progress?period=2025&basis=approved`),
    );
    expect(table.rate).toBe(progress.rate);
    expect(table.coverage).toEqual(progress.coverage);
    const engine = progress.aims.flatMap((aim) => aim.targets);
    expect(table.targets.map((target) => [target.code, target.rate, target.coverage, target.band])).toEqual(
      engine.map((target) => [target.code, target.rate, target.coverage, target.band]),
    );
    expect(
      table.targets.flatMap((target) =>
        target.indicators.map((row) => [row.code, row.baseline, row.target, row.actual, row.rate]),
      ),
    ).toEqual(
      engine.flatMap((target) =>
        target.indicators.map((row) => [row.code, row.baseline, row.target, row.actual, row.rate]),
      ),
    );
  });

  it('shows a year without values as "no data", never 0', async () => {
    const table = await ok(
      cast.reviewer.client.get<ActivityReportPerformanceResponse>(
        `${cast.home.plan}/activity-reports/2026/performance`,
      ),
    );
    expect(table.rate).toBeNull();
    expect(table.coverage).toMatchObject({ indicatorsWithData: 0, indicatorsDue: 4 });
    for (const row of table.targets.flatMap((target) => target.indicators)) {
      expect([row.actual, row.rate, row.deviation, row.side, row.excluded]).toEqual([
        null,
        null,
        null,
        null,
        'NO_DATA',
      ]);
    }
  });

  it('refuses a year outside the plan (400 REPORT_YEAR) and is not found from another institution', async () => {
    for (const year of ['2024', '2030', '20x5']) {
      const body = expectError(
        await cast.reviewer.client.get(`${cast.home.plan}/activity-reports/${year}/performance`),
        400,
        'REPORT_YEAR',
      );
      expect(body.details).toEqual([
        { path: 'year', code: 'REPORT_YEAR', message: expect.stringContaining('2025–2029') },
      ]);
    }
    await refusedUnchanged(t, 400, 'REPORT_YEAR', () =>
      cast.planner.client.put(`${cast.home.plan}/activity-reports/2030/evaluation`, {
        informationSystem: 'x',
      }),
    );
    expectError(await cast.foreignPlanner.client.get(`${report}/performance`), 404, 'PLAN_NOT_FOUND');
    expectError(await cast.foreignPlanner.client.get(`${report}/performance.xlsx`), 404, 'PLAN_NOT_FOUND');
    await refusedUnchanged(t, 404, 'PLAN_NOT_FOUND', () =>
      cast.foreignPlanner.client.put(`${report}/evaluation`, { informationSystem: 'x' }),
    );
  });
});

describe('measures taken or planned per target', () => {
  const measures = (code: string): string => `${report}/measures/${code}`;

  it('are written by the responsible unit only, as a draft (201, audited)', async () => {
    await refusedUnchanged(t, 403, 'NOT_YOUR_UNIT', () =>
      cast.unitManager.client.put(measures('H1.2'), { measures: 'Araç filosu yenilenecek' }),
    );
    for (const member of [cast.planner, cast.reviewer])
      await refusedUnchanged(t, 403, 'FORBIDDEN', () =>
        member.client.put(measures('H1.1'), { measures: 'x' }),
      );
    await refusedUnchanged(t, 404, 'TARGET_NOT_FOUND', () =>
      cast.unitManager.client.put(measures('H9.9'), { measures: 'x' }),
    );
    const blank = await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      cast.unitManager.client.put(measures('H1.1'), { measures: '   ' }),
    );
    expect(blank.details?.map((detail) => detail.path)).toEqual(['measures']);
    const before = await t.countRows();
    const made = await ok(
      cast.unitManager.client.put<MeasureResponse>(measures('H1.1'), {
        measures: 'İhale takvimi öne çekildi',
      }),
      201,
    );
    expect(made).toMatchObject({
      target: 'H1.1',
      year: 2025,
      status: 'draft',
      enteredBy: cast.unitManager.id,
      version: 1,
    });
    await expectRowsChanged(t, before, { activity_report_measures: 1 });
    const trail = await ok(
      t.api.get<AuditPageResponse>(`${cast.home.plan}/audit?entity=activity_report_measure`),
    );
    expect(trail.items).toEqual([
      expect.objectContaining({
        action: 'insert',
        actor: expect.objectContaining({ id: cast.unitManager.id }),
      }),
    ]);
  });

  it('go draft → submitted → returned → draft → submitted → approved, each step by its role', async () => {
    await refusedUnchanged(t, 409, 'MEASURE_STATUS', () =>
      cast.planner.client.post(measures('H1.1/approve'), {}),
    );
    await refusedUnchanged(t, 404, 'MEASURE_NOT_FOUND', () =>
      cast.zabita.client.post(measures('H1.2/submit'), {}),
    );
    const stale = await refusedUnchanged(t, 409, 'STALE_VERSION', () =>
      cast.unitManager.client.post(measures('H1.1/submit'), { version: 7 }),
    );
    expect((stale as { current?: MeasureResponse }).current?.version).toBe(1);
    let step = await ok(
      cast.unitManager.client.post<MeasureResponse>(measures('H1.1/submit'), { version: 1 }),
    );
    expect(step).toMatchObject({ status: 'submitted', submittedBy: cast.unitManager.id, version: 2 });
    await refusedUnchanged(t, 409, 'MEASURE_LOCKED', () =>
      cast.unitManager.client.put(measures('H1.1'), { measures: 'başka' }),
    );
    await refusedUnchanged(t, 403, 'FORBIDDEN', () =>
      cast.unitManager.client.post(measures('H1.1/approve'), {}),
    );
    await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      cast.planner.client.post(measures('H1.1/return'), {}),
    );
    step = await ok(
      cast.planner.client.post<MeasureResponse>(measures('H1.1/return'), {
        comment: 'Planlanan önlemi de yazın',
      }),
    );
    expect(step).toMatchObject({ status: 'returned', returnComment: 'Planlanan önlemi de yazın' });
    step = await ok(
      cast.unitManager.client.put<MeasureResponse>(measures('H1.1'), {
        measures: 'İhale takvimi öne çekildi; 2026’da iki park daha ihaleye çıkacak',
      }),
    );
    expect(step.status).toBe('draft');
    await ok(cast.unitManager.client.post(measures('H1.1/submit'), {}));
    step = await ok(cast.planner.client.post<MeasureResponse>(measures('H1.1/approve'), {}));
    expect(step).toMatchObject({ status: 'approved', approvedBy: cast.planner.id, returnComment: null });
    await refusedUnchanged(t, 409, 'MEASURE_LOCKED', () =>
      cast.unitManager.client.put(measures('H1.1'), { measures: 'x' }),
    );
  });

  it('are not approved by whoever wrote or submitted them (409 SELF_APPROVAL)', async () => {
    await ok(cast.admin.client.put(measures('H1.2'), { measures: 'Yedek araç kiralandı' }), 201);
    await ok(cast.admin.client.post(measures('H1.2/submit'), {}));
    await refusedUnchanged(t, 409, 'SELF_APPROVAL', () =>
      cast.admin.client.post(measures('H1.2/approve'), {}),
    );
    expect((await ok(cast.planner.client.post<MeasureResponse>(measures('H1.2/approve'), {}))).status).toBe(
      'approved',
    );
  });

  it('appear in the table beside their target', async () => {
    const table = await ok(
      cast.reviewer.client.get<ActivityReportPerformanceResponse>(`${report}/performance`),
    );
    expect(
      table.targets.map((target) => [target.code, target.measure?.status, target.measure?.measures]),
    ).toEqual([
      ['H1.1', 'approved', 'İhale takvimi öne çekildi; 2026’da iki park daha ihaleye çıkacak'],
      ['H1.2', 'approved', 'Yedek araç kiralandı'],
    ]);
    const list = await ok(cast.reviewer.client.get<MeasureResponse[]>(`${report}/measures`));
    expect(list.map((item) => item.target)).toEqual(['H1.1', 'H1.2']);
  });
});

describe('the yearly evaluation', () => {
  it('shows the four criteria and Etki with their guiding questions, in the request’s language', async () => {
    const evaluation = await ok(cast.reviewer.client.get<EvaluationResponse>(`${report}/evaluation`));
    expect(evaluation.criteria.map((criterion) => [criterion.title, criterion.optional])).toEqual([
      ['İlgililik', false],
      ['Etkililik', false],
      ['Etkinlik', false],
      ['Sürdürülebilirlik', false],
      ['Etki', true],
    ]);
    expect(evaluation.criteria[2].questions).toBe(
      'Öngörülmeyen maliyetler oluştu mu? Maliyet tablosunda değişiklik gerekiyor mu?',
    );
    const english = await ok(cast.reviewer.client.get<EvaluationResponse>(`${report}/evaluation?lang=en`));
    expect(english.criteria.map((criterion) => criterion.title)).toEqual([
      'Relevance',
      'Effectiveness',
      'Efficiency',
      'Sustainability',
      'Impact',
    ]);
    expect(evaluation.targets[0]).toEqual({
      code: 'H1.1',
      title: 'Yeşil alanları artırmak',
      deviations: [
        { indicator: 'PG1.1.1', deviation: -5000, reason: 'İhale gecikti' },
        { indicator: 'PG1.1.2', deviation: -1, reason: 'Hedefin üzerinde iyileşme' },
        { indicator: 'PG1.1.3', deviation: -15, reason: 'Salon tadilatı' },
      ],
      measures: 'İhale takvimi öne çekildi; 2026’da iki park daha ihaleye çıkacak',
      measuresStatus: 'approved',
    });
    expect(evaluation.indicators.map((item) => [item.indicator, item.relevance, item.version])).toEqual([
      ['PG1.1.1', null, null],
      ['PG1.1.2', null, null],
      ['PG1.1.3', null, null],
      ['PG1.2.1', null, null],
    ]);
  });

  it('is written by planners (audited) and read back as written; a text left out stays, null clears', async () => {
    await refusedUnchanged(t, 403, 'FORBIDDEN', () =>
      cast.unitManager.client.put(`${report}/evaluation`, { informationSystem: 'x' }),
    );
    const before = await t.countRows();
    const written = await ok(
      cast.planner.client.put<EvaluationResponse>(`${report}/evaluation`, {
        informationSystem: 'Veriler altı ayda bir Pusula’ya girildi ve onaylandı.',
        indicators: [
          {
            indicator: 'PG1.1.1',
            relevance: 'Yeşil alan ihtiyacı sürüyor.',
            effectiveness: 'Hedefin %75’i gerçekleşti.',
            efficiency: 'İhale gecikmesi maliyeti artırmadı.',
            sustainability: 'Kamulaştırma riski sürüyor.',
          },
          { indicator: 'PG1.2.1', impact: 'Sokak temizliği şikâyetleri azaldı.' },
        ],
      }),
    );
    await expectRowsChanged(t, before, { activity_reports: 1, activity_report_evaluations: 2 });
    expect(written.version).toBe(1);
    const again = await ok(cast.reviewer.client.get<EvaluationResponse>(`${report}/evaluation`));
    expect(again).toEqual(written);
    expect(again.indicators[0]).toMatchObject({
      relevance: 'Yeşil alan ihtiyacı sürüyor.',
      effectiveness: 'Hedefin %75’i gerçekleşti.',
      efficiency: 'İhale gecikmesi maliyeti artırmadı.',
      sustainability: 'Kamulaştırma riski sürüyor.',
      impact: null,
      version: 1,
    });
    const changed = await ok(
      cast.planner.client.put<EvaluationResponse>(`${report}/evaluation`, {
        version: 1,
        indicators: [{ indicator: 'PG1.1.1', relevance: null, impact: 'Parklar kullanıldı.' }],
      }),
    );
    expect(changed.informationSystem).toBe('Veriler altı ayda bir Pusula’ya girildi ve onaylandı.');
    expect(changed.indicators[0]).toMatchObject({
      relevance: null,
      effectiveness: 'Hedefin %75’i gerçekleşti.',
      impact: 'Parklar kullanıldı.',
      version: 2,
    });
    const trail = await ok(
      t.api.get<AuditPageResponse>(`${cast.home.plan}/audit?entity=activity_report_evaluation`),
    );
    expect(trail.items.map((item) => item.action).sort()).toEqual(['insert', 'insert', 'update']);
  });

  it('refuses an indicator the plan does not have, or one named twice, and a stale version, changing nothing', async () => {
    const body = await refusedUnchanged(t, 400, 'EVALUATION_INDICATOR', () =>
      cast.planner.client.put(`${report}/evaluation`, {
        informationSystem: 'değişmemeli',
        indicators: [
          { indicator: 'PG1.1.1', relevance: 'a' },
          { indicator: 'PG9.9.9' },
          { indicator: 'PG1.1.1' },
        ],
      }),
    );
    expect(body.details?.map((detail) => [detail.path, detail.code])).toEqual([
      ['indicators[1].indicator', 'EVALUATION_INDICATOR'],
      ['indicators[2].indicator', 'EVALUATION_INDICATOR'],
    ]);
    await refusedUnchanged(t, 409, 'STALE_VERSION', () =>
      cast.planner.client.put(`${report}/evaluation`, { version: 1, informationSystem: 'değişmemeli' }),
    );
    await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      cast.planner.client.put(`${report}/evaluation`, {
        indicators: [{ indicator: 'PG1.1.1', efficiency: 5 }],
      }),
    );
    const now = await ok(cast.reviewer.client.get<EvaluationResponse>(`${report}/evaluation`));
    expect(now.informationSystem).toBe('Veriler altı ayda bir Pusula’ya girildi ve onaylandı.');
    expect(now.indicators[0].relevance).toBeNull();
  });
});

describe('the exports', () => {
  it('performance.xlsx: the results table, the targets’ and the indicators’ evaluation, read back cell by cell', async () => {
    const response = await cast.reviewer.client.download(`${report}/performance.xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect(decodeURIComponent(response.headers.get('content-disposition') ?? '')).toContain(
      '2025 Faaliyet Raporu Performans Tablosu - 2025-2029 Stratejik Planı.xlsx',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.body as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Performans Sonuçları 2025',
      'Hedef Değerlendirmesi 2025',
      'Gösterge Değerlendirmesi 2025',
    ]);
    const results = book.getWorksheet('Performans Sonuçları 2025') as ExcelJS.Worksheet;
    const values = (sheet: ExcelJS.Worksheet, row: number): unknown[] =>
      Array.from((sheet.getRow(row).values as unknown[]).slice(1), (value) => value ?? null);
    expect(values(results, 1)[0]).toBe('Rapor Belediyesi');
    expect(values(results, 3)[0]).toBe('2025 Yılı Faaliyet Raporu — Performans Sonuçları Tablosu');
    expect(values(results, 4)[0]).toBe(
      'Dönem: 2025 yıl sonu (değerlendirme) · Dayanak: onaylı değerler · Kapsam: 4/4 gösterge, ağırlık kapsamı %100,0',
    );
    expect(values(results, 5)).toEqual([
      'Amaç',
      'Hedef',
      'Performans Hedefi',
      'Gösterge Kodu',
      'Gösterge',
      'Ölçü Birimi',
      'Hedefe Etkisi (%)',
      'A (Başlangıç)',
      'B (2025 Hedefi)',
      'C (2025 Gerçekleşme)',
      'Gerçekleşme Oranı (%)',
      'Sapma (±)',
      'Sapma Nedeni',
      'Alınan/Alınacak Önlem',
      'Sorumlu Birim',
      'Veri Kaynağı',
    ]);
    const measure = 'İhale takvimi öne çekildi; 2026’da iki park daha ihaleye çıkacak';
    expect(values(results, 6)).toEqual([
      'A1 Yaşanabilir ve yeşil bir kent',
      'H1.1 Yeşil alanları artırmak',
      '—',
      'PG1.1.1',
      'Park alanı',
      'm²',
      40,
      100000,
      120000,
      115000,
      75,
      -5000,
      'İhale gecikti',
      measure,
      'Park ve Bahçeler Müdürlüğü',
      '—',
    ]);
    expect(values(results, 8).slice(3, 13)).toEqual([
      'PG1.1.3',
      'Eğitim sayısı',
      'adet',
      25,
      50,
      60,
      45,
      -50,
      -15,
      'Salon tadilatı',
    ]);
    expect(values(results, 9)[0]).toBe(
      'H1.1 hedef gerçekleşme oranı (HG) — 3/3 gösterge, ağırlık kapsamı %100,0',
    );
    expect(values(results, 9)[10]).toBe(65);
    expect(values(results, 10).slice(3, 12)).toEqual([
      'PG1.2.1',
      'Temiz sokak oranı',
      '%',
      100,
      50,
      60,
      59,
      90,
      -1,
    ]);
    expect(values(results, 11)[10]).toBe(90);
    expect(results.getCell('K6').numFmt).toBe('#,##0.0');
    expect(results.getCell('H6').numFmt).toBe('#,##0');
    expect(results.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(results.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });

    const targets = book.getWorksheet('Hedef Değerlendirmesi 2025') as ExcelJS.Worksheet;
    expect(values(targets, 5)).toEqual([
      'Hedef Kodu',
      'Hedef',
      'Sorumlu Birim',
      'HG (%)',
      'Sapmalar ve Nedenleri',
      'Alınan/Alınacak Önlemler',
    ]);
    expect(values(targets, 6)).toEqual([
      'H1.1',
      'Yeşil alanları artırmak',
      'Park ve Bahçeler Müdürlüğü',
      65,
      'PG1.1.1: İhale gecikti\nPG1.1.2: Hedefin üzerinde iyileşme\nPG1.1.3: Salon tadilatı',
      measure,
    ]);
    expect(values(targets, 7)).toEqual([
      'H1.2',
      'Kent temizliğini iyileştirmek',
      'Zabıta Müdürlüğü',
      90,
      'PG1.2.1: Araç arızası',
      'Yedek araç kiralandı',
    ]);
    expect(values(targets, 9)[0]).toBe('Performans Bilgi Sisteminin Değerlendirilmesi');
    expect(values(targets, 10)[0]).toBe('Veriler altı ayda bir Pusula’ya girildi ve onaylandı.');

    const indicators = book.getWorksheet('Gösterge Değerlendirmesi 2025') as ExcelJS.Worksheet;
    expect(values(indicators, 5)).toEqual([
      'Gösterge Kodu',
      'Gösterge',
      'Hedef',
      'İlgililik',
      'Etkililik',
      'Etkinlik',
      'Sürdürülebilirlik',
      'Etki (isteğe bağlı)',
    ]);
    expect(values(indicators, 6)).toEqual([
      'PG1.1.1',
      'Park alanı',
      'H1.1',
      '—',
      'Hedefin %75’i gerçekleşti.',
      'İhale gecikmesi maliyeti artırmadı.',
      'Kamulaştırma riski sürüyor.',
      'Parklar kullanıldı.',
    ]);
    expect(values(indicators, 13)[0]).toBe(
      'Etkinlik: Öngörülmeyen maliyetler oluştu mu? Maliyet tablosunda değişiklik gerekiyor mu?',
    );
  });

  it('activity-report.docx: the outline, the results and the evaluation paragraph by paragraph, and the chart as a PNG', async () => {
    const response = await cast.reviewer.client.download(`${report}/activity-report.docx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('wordprocessingml');
    const body = response.body;
    const paragraphs = docxParagraphs(body);
    const order = [
      'RAPOR BELEDİYESİ',
      '2025 Yılı Faaliyet Raporu',
      'Üst Yönetici Sunuşu',
      'I. Genel Bilgiler',
      'II. Amaç ve Hedefler',
      'A1 Yaşanabilir ve yeşil bir kent',
      'H1.1 Yeşil alanları artırmak',
      'III. Faaliyetlere İlişkin Bilgi ve Değerlendirmeler',
      'A. Mali Bilgiler',
      'B. Performans Bilgileri',
      '1. Faaliyet ve Proje Bilgileri',
      '2025 yılı performans programında faaliyet ya da proje yok.',
      'Faaliyetlerin İlerlemesi ve Harcamaları',
      '2. Performans Sonuçları Tablosu',
      'Dönem: 2025 yıl sonu (değerlendirme) · Dayanak: onaylı değerler · Kapsam: 4/4 gösterge, ağırlık kapsamı %100,0',
      'Planın 2025 yılı gerçekleşme oranı: 77,5 (4/4 gösterge, ağırlık kapsamı %100,0). Hedeften sapan 4 göstergeden 0 tanesinin sapma nedeni girilmemiştir.',
      'Şekil 1. Hedeflerin 2025 gerçekleşme oranları (%), soldan sağa: H1.1 65; H1.2 90. Çizgiler 25, 50, 75 ve 100’dedir; verisi olmayan hedefin çubuğu yoktur.',
      '3. Performans Sonuçlarının Değerlendirilmesi',
      'H1.1 Yeşil alanları artırmak',
      'Sapma nedeni: PG1.1.1 (-5.000): İhale gecikti; PG1.1.2 (-1): Hedefin üzerinde iyileşme; PG1.1.3 (-15): Salon tadilatı',
      'Alınan/Alınacak önlemler: İhale takvimi öne çekildi; 2026’da iki park daha ihaleye çıkacak',
      '4. Performans Bilgi Sisteminin Değerlendirilmesi',
      'Veriler altı ayda bir Pusula’ya girildi ve onaylandı.',
      'IV. Kurumsal Kabiliyet ve Kapasitenin Değerlendirilmesi',
      'V. Öneri ve Tedbirler',
      'Ekler',
      'İç Kontrol Güvence Beyanı',
    ];
    let at = -1;
    for (const expected of order) {
      const found = paragraphs.indexOf(expected, at + 1);
      expect([expected, found > at]).toEqual([expected, true]);
      at = found;
    }
    // The results table of H1.1: PG1.1.1's row, cell by cell (each cell is one paragraph).
    const row = paragraphs.indexOf('PG1.1.1');
    expect(paragraphs.slice(row, row + 11)).toEqual([
      'PG1.1.1',
      'Park alanı',
      'm²',
      '40',
      '100.000',
      '120.000',
      '115.000',
      '75',
      '-5.000',
      'İhale gecikti',
      '—',
    ]);
    // The evaluation of PG1.1.1 under the criteria.
    const evaluated = paragraphs.indexOf('PG1.1.1 Park alanı');
    expect(paragraphs.slice(evaluated - 1, evaluated + 11)).toEqual([
      'Gösterge',
      'PG1.1.1 Park alanı',
      'İlgililik',
      '—',
      'Etkililik',
      'Hedefin %75’i gerçekleşti.',
      'Etkinlik',
      'İhale gecikmesi maliyeti artırmadı.',
      'Sürdürülebilirlik',
      'Kamulaştırma riski sürüyor.',
      'Etki (isteğe bağlı)',
      'Parklar kullanıldı.',
    ]);
    expect(paragraphs.filter((text) => text === 'Bu bölüm kurum tarafından doldurulacaktır.').length).toBe(6);
    // Nothing dropped: per target a field table (6 rows) and the results table (heading + its
    // indicators, 11 columns); per indicator the evaluation's field table (6 rows); each cell one
    // paragraph. 2 targets, 4 indicators: 8 tables, 42 rows, 138 cells; and 59 paragraphs outside
    // the tables (the outline, 2 per target in the results, 3 per target and 1 per indicator in
    // the evaluation, the chart, its caption and the 2 footnote lines).
    const parts = docxParts(body);
    const xml = parts['word/document.xml'];
    const count = (pattern: RegExp): number => [...xml.matchAll(pattern)].length;
    const cellParagraphs = [...xml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].reduce(
      (sum, match) => sum + [...match[0].matchAll(/<w:p[ >]/g)].length,
      0,
    );
    expect({
      tables: count(/<w:tbl>/g),
      rows: count(/<w:tr>/g),
      cells: count(/<w:tc>/g),
      cellParagraphs,
      paragraphs: paragraphs.length,
    }).toEqual({ tables: 8, rows: 42, cells: 138, cellParagraphs: 138, paragraphs: 197 });
    // The cells' look (9 pt Calibri, Turkish; bold headings, figures right-aligned) comes from
    // the paragraph styles each cell names, declared in styles.xml.
    const styled = (style: string): number => count(new RegExp(`<w:pStyle w:val="${style}"/>`, 'g'));
    expect({
      plain: styled('PusulaHucre') > 0,
      bold: styled('PusulaHucreKalin') > 0,
      right: styled('PusulaHucreSag') > 0,
      all:
        styled('PusulaHucre') +
        styled('PusulaHucreKalin') +
        styled('PusulaHucreSag') +
        styled('PusulaHucreKalinSag'),
    }).toEqual({ plain: true, bold: true, right: true, all: 138 });
    for (const style of ['PusulaHucre', 'PusulaHucreKalin', 'PusulaHucreSag', 'PusulaHucreKalinSag']) {
      const declared = new RegExp(`<w:style [^>]*w:styleId="${style}">([\\s\\S]*?)</w:style>`).exec(
        parts['word/styles.xml'],
      )?.[1];
      expect([style, declared]).toEqual([style, expect.stringContaining('<w:sz w:val="18"/>')]);
      expect(declared).toContain('<w:lang w:val="tr-TR"/>');
      expect(declared?.includes('<w:b/>')).toBe(style.includes('Kalin'));
      expect(declared?.includes('<w:jc w:val="right"/>')).toBe(style.endsWith('Sag'));
    }
    const media = Object.entries(unzipSync(body)).filter(([name]) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect([...media[0][1].subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(Buffer.from(media[0][1]).readUInt32BE(16)).toBe(600);
  });
});
