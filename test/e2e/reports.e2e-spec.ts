import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { PlanDocument } from '../../src/contracts/plan-document.js';
import type { ProgressResponse } from '../../src/contracts/progress.js';
import type { PlanSummaryResponse } from '../../src/contracts/resources.js';
import { TARGET_CARDS_IMPORT_URL, reportUrl, targetCardsUrl } from '../../src/contracts/reports.js';
import type { TargetCardsImportResponse, TargetCardsUpdateResponse } from '../../src/contracts/reports.js';
import { XLSX_CONTENT_TYPE, type WorkbookErrorDetail } from '../../src/contracts/workbooks.js';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type { ValueStatus } from '../../src/contracts/workflow.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import {
  PARK_CARD_ROW,
  PARK_ROW_START,
  PLAN_WORKBOOK_SHEETS_2025,
} from '../../src/modules/plans/test-fixtures.js';
import type { ApiClient } from '../support/api-client.js';
import { correctAndApprove } from '../support/corrections.js';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { addMember } from '../support/requests.js';
import { ReportsRepository } from '../../src/modules/reports/reports.repository.js';

const PASSWORD = 'a-long-password';

let t: TestApp;
let planId: string;
let institutionId: string;

async function upload<T = ErrorBody>(
  client: ApiClient,
  method: 'POST' | 'PUT',
  path: string,
  body: Buffer | string,
  contentType = XLSX_CONTENT_TYPE,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${t.baseUrl}${path}`, {
    method,
    body: typeof body === 'string' ? body : new Uint8Array(body),
    headers: {
      'content-type': contentType,
      ...(client.token ? { authorization: `Bearer ${client.token}` } : {}),
    },
  });
  return { status: response.status, body: (await response.json()) as T };
}

async function workbookOf(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

async function report(path: string): Promise<ExcelJS.Workbook> {
  const response = await t.api.download(path);
  expect(response.status).toBe(200);
  return workbookOf(response.body);
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}: ${workbook.worksheets.map((item) => item.name).join(', ')}`);
  return sheet;
}

/** The first row whose column A (or `column`) reads `text`. */
function rowOf(sheet: ExcelJS.Worksheet, text: string, column = 1, after = 1): ExcelJS.Row {
  for (let row = after; row <= sheet.rowCount; row += 1) {
    if (sheet.getRow(row).getCell(column).value === text) return sheet.getRow(row);
  }
  throw new Error(`${sheet.name}: no row with ${text}`);
}

/** A cell's text ('' when it holds no text). */
function textOf(cell: ExcelJS.Cell): string {
  return typeof cell.value === 'string' ? cell.value : '';
}

/** The ranges of a sheet's conditional formatting, as read back. */
function conditionalRefs(sheet: ExcelJS.Worksheet): string[] {
  return (sheet as unknown as { conditionalFormattings: Array<{ ref: string }> }).conditionalFormattings.map(
    (item) => item.ref,
  );
}

/** Every cell holding a value as "Sheet!A1" → value and number format (merged ranges are layout). */
function cells(workbook: ExcelJS.Workbook): Map<string, unknown> {
  const all = new Map<string, unknown>();
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value !== null && cell.type !== ExcelJS.ValueType.Merge)
          all.set(`${sheet.name}!${cell.address}`, { value: cell.value, numFmt: cell.numFmt });
      }),
    );
  }
  return all;
}

async function member(
  email: string,
  institutionId: string,
  role: string,
  units?: string[],
): Promise<ApiClient> {
  const member = { email, name: `Kullanıcı ${email}`, password: PASSWORD, institutionId, role, units };
  return (await addMember(t, member)).client;
}

/** A new draft plan (`draftDocument`) and its target-card workbook as downloaded, with sheet A1. */
async function draftCards(
  institutionName: string,
  valueStatus?: ValueStatus,
): Promise<{ draftId: string; workbook: ExcelJS.Workbook; card: ExcelJS.Worksheet }> {
  const imported = await t.api.post<{ id: string }>(
    '/api/plans/import',
    draftDocument(institutionName, valueStatus),
  );
  expect(imported.status).toBe(201);
  const draftId = imported.body.id;
  const workbook = await workbookOf((await t.api.download(reportUrl(draftId, 'target-cards'))).body);
  return { draftId, workbook, card: sheetOf(workbook, 'A1') };
}

/** Empties the card from H1.2 down (H1.2 and its indicator go) and renames PG1.1.3 to PG1.1.4. */
function dropH12RenamePg113(card: ExcelJS.Worksheet): void {
  const h12 = rowOf(card, 'H1.2', 2).number;
  for (let row = h12; row <= card.rowCount; row += 1) {
    for (let column = 1; column <= card.columnCount; column += 1)
      card.getRow(row).getCell(column).value = null;
  }
  rowOf(card, 'PG1.1.3').getCell(1).value = 'PG1.1.4';
}

/** A draft plan whose election was a month ago, so that the draft meets ELECTION_DEADLINE. */
/** A draft worked example; its values approved unless `valueStatus` says otherwise. */
function draftDocument(institutionName: string, valueStatus?: ValueStatus): PlanDocument {
  const document = workedExampleDocument({ institutionName, valueStatus });
  const election = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  document.institution.electionDate = election;
  delete document.plan.submittedToCouncil;
  delete document.plan.councilDecision;
  document.plan.status = 'taslak';
  return document;
}

beforeAll(async () => {
  t = await createTestApp();
  const imported = await t.api.post<{ id: string }>('/api/plans/import', workedExampleDocument());
  expect(imported.status).toBe(201);
  planId = imported.body.id;
  const plans = await t.api.get<PlanSummaryResponse[]>('/api/plans');
  institutionId = plans.body.find((plan) => plan.id === planId)?.institution.id ?? '';
}, 120_000);

afterAll(async () => {
  await t.close();
});

describe('downloads', () => {
  it('reads the plan as the document export gives it (the entries aside) from plain rows', async () => {
    const exported = await t.api.get<PlanDocument>(`/api/plans/${planId}/document`);
    const expected = structuredClone(exported.body);
    for (const aim of expected.plan.aims)
      for (const target of aim.targets) for (const indicator of target.indicators) delete indicator.values;
    expect(await t.app.get(ReportsRepository).loadDocument(planId)).toEqual(expected);
    await expect(
      t.app.get(ReportsRepository).loadDocument('00000000-0000-4000-8000-000000000000'),
    ).rejects.toMatchObject({
      statusCode: 404,
      code: 'PLAN_NOT_FOUND',
    });
  });

  it('answers an .xlsx with a Turkish file name (RFC 5987) and the target cards', async () => {
    const response = await t.api.download(reportUrl(planId, 'target-cards'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX_CONTENT_TYPE);
    expect(response.headers.get('content-length')).toBe(String(response.body.length));
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Hedef Kartlari - 2025-2029 Stratejik Plani.xlsx"; ` +
        `filename*=UTF-8''Hedef%20Kartlar%C4%B1%20-%202025-2029%20Stratejik%20Plan%C4%B1.xlsx`,
    );
    const workbook = await workbookOf(response.body);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Plan', 'Birimler', 'A1']);
    const card = sheetOf(workbook, 'A1');
    const target = rowOf(card, 'Hedef');
    expect(target.getCell(2).value).toBe('H1.1');
    expect((card.getRow(target.number + 2).values as unknown[]).slice(1, 11)).toEqual([...PARK_CARD_ROW]);
  });

  it('İzleme 2025-H1 shows the worked example’s 30 June figures, the API’s numbers, missing data as "veri yok"', async () => {
    const workbook = await report(reportUrl(planId, 'monitoring', '2025-H1'));
    const sheet = sheetOf(workbook, 'İzleme 2025-H1');
    expect(sheet.getCell('A3').value).toBe('İzleme Tablosu — 2025 ara dönem (1 Ocak – 30 Haziran 2025)');
    expect(sheet.getRow(4).getCell(8).value).toBe('Gerçekleşme oranı GO (%)');
    const park = rowOf(sheet, 'PG1.1.1');
    expect((park.values as unknown[]).slice(1, 11)).toEqual([...PARK_ROW_START, 108000, 40, 40, 8]);
    expect(park.getCell(8).numFmt).toBe('#,##0.0');
    const complaints = rowOf(sheet, 'PG1.1.2');
    expect([7, 8].map((column) => complaints.getCell(column).value)).toEqual(['veri yok', 'veri yok']);
    expect(complaints.getCell(9).value).toBeNull();
    const hg = rowOf(sheet, 'H1.1 hedef gerçekleşme oranı (HG)', 2);
    expect(hg.getCell(8).value).toBe(40);
    expect(textOf(hg.getCell(11))).toContain('PG1.1.2 (veri girilmedi: 2025 ara dönem)');

    const progress = await t.api.get<ProgressResponse>(`/api/plans/${planId}/progress?period=2025-H1`);
    for (const indicator of progress.body.aims.flatMap((aim) =>
      aim.targets.flatMap((item) => item.indicators),
    )) {
      const cell = rowOf(sheet, indicator.code).getCell(8).value;
      expect(cell).toEqual(indicator.rate ?? 'veri yok');
    }
    expect(
      rowOf(sheet, 'Plan gerçekleşme oranı (amaçların ortalaması; hesaplanmış görünüm)', 2).getCell(8).value,
    ).toBe(progress.body.rate);
  });

  it('Değerlendirme 2025 shows GO 75 / 150 / −50, HG 65, the aim 77.5, deviation reasons and the footnote', async () => {
    const workbook = await report(reportUrl(planId, 'evaluation', '2025'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Değerlendirme 2025',
      'Değerlendirme notları 2025',
    ]);
    const sheet = sheetOf(workbook, 'Değerlendirme 2025');
    const headers = (sheet.getRow(4).values as unknown[]).slice(1);
    expect(headers.slice(5, 8)).toEqual(['2025 hedefi (B)', '2025 gerçekleşme (C)', '2025 GO (%)']);
    const go = (code: string): unknown[] =>
      [6, 7, 8, 9].map((column) => rowOf(sheet, code).getCell(column).value);
    expect(go('PG1.1.1')).toEqual([120000, 115000, 75, 75]);
    expect(go('PG1.1.2')).toEqual([8, 7, 150, 100]);
    expect(go('PG1.1.3')).toEqual([60, 45, -50, 0]);
    expect(rowOf(sheet, 'PG1.1.1').getCell(headers.indexOf('Sapma nedeni') + 1).value).toBe('İhale gecikti');
    expect(rowOf(sheet, 'H1.1 hedef gerçekleşme oranı (HG)', 2).getCell(8).value).toBe(65);
    expect(rowOf(sheet, 'H1.2 hedef gerçekleşme oranı (HG)', 2).getCell(8).value).toBe(90);
    expect(rowOf(sheet, 'A1 amaç gerçekleşme oranı (hesaplanmış görünüm)', 2).getCell(8).value).toBe(77.5);

    const footnotes: string[] = [];
    sheet.eachRow((row) => {
      const value = row.getCell(1).value;
      if (typeof value === 'string' && row.number > 4) footnotes.push(value);
    });
    const footnote = footnotes.join('\n');
    expect(footnote).toContain('GO = (C − A) / (B − A) × 100');
    expect(footnote).toContain('[0, 100] aralığında');
    expect(footnote).toContain('hedef oranlarının düz ortalaması');
    expect(conditionalRefs(sheet)).toContain(
      `H5:H${rowOf(sheet, 'Plan gerçekleşme oranı (amaçların ortalaması; hesaplanmış görünüm)', 2).number}`,
    );
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '4:4' });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, xSplit: 2 });

    const notes = sheetOf(workbook, 'Değerlendirme notları 2025');
    expect(textOf(rowOf(notes, 'H1.1').getCell(5))).toContain(
      'PG1.1.1: B 120.000, C 115.000 — İhale gecikti',
    );
  });

  it('the units matrix marks responsible (S) and collaborating (İ) units', async () => {
    const sheet = sheetOf(await report(reportUrl(planId, 'units')), 'Sorumlu birimler');
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual([
      'Kod',
      'Amaç / hedef',
      'PARK\nPark ve Bahçeler Müdürlüğü',
      'ZABITA\nZabıta Müdürlüğü',
    ]);
    expect((rowOf(sheet, 'H1.1').values as unknown[]).slice(3)).toEqual(['S', 'İ']);
    expect((rowOf(sheet, 'H1.2').values as unknown[]).slice(3)).toEqual([undefined, 'S']);
    expect((rowOf(sheet, 'A1').values as unknown[]).slice(3)).toEqual(['S', 'S']);
  });

  it('the costing tables sum the cards’ estimates and leave missing amounts empty', async () => {
    const workbook = await report(reportUrl(planId, 'costing'));
    const costs = sheetOf(workbook, 'Maliyet tablosu');
    expect((rowOf(costs, 'H1.1').values as unknown[]).slice(3)).toEqual([
      1000000, 1200000, 1300000, 1400000, 1500000, 6400000,
    ]);
    expect((rowOf(costs, 'H1.2').values as unknown[]).slice(3)).toEqual([]);
    expect((rowOf(costs, 'Toplam kaynak ihtiyacı', 2).values as unknown[]).slice(3)).toEqual([
      1000000, 1200000, 1300000, 1400000, 1500000, 6400000,
    ]);
    expect(sheetOf(workbook, 'Kaynak tablosu').getCell('A3').value).toBe('Kaynak Tablosu (TL)');
  });

  it('the audit workbook lists the period’s changes: who, what, old and new value, why', async () => {
    const corrected = await correctAndApprove(
      t,
      t.api,
      `/api/plans/${planId}/indicators/PG1.2.1/values/2025-H2/correct`,
      { value: 58, reason: 'Sayım hatası' },
    );
    expect(corrected.status).toBe(200);
    const workbook = await report(reportUrl(planId, 'audit', '2025'));
    const sheet = sheetOf(workbook, 'Denetim izi 2025');
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual([
      'Zaman (TSİ)',
      'Kullanıcı',
      'İşlem',
      'Kayıt türü',
      'Kayıt',
      'Dönem',
      'Alan',
      'Eski değer',
      'Yeni değer',
      'Gerekçe',
    ]);
    const park = rowOf(sheet, 'PG1.1.1', 5);
    expect((park.values as unknown[]).slice(2, 7)).toEqual([
      'admin@test.local',
      'Eklendi',
      'Gösterge değeri',
      'PG1.1.1',
      '2025-H2',
    ]);
    expect(textOf(park.getCell(9))).toContain('Değer: 115000');
    // The worked example's approved values came in as approved: historical data, as the reason says.
    expect(park.getCell(10).value).toBe('plan import; geçmiş veri aktarımı (süper yönetici)');
    expect(park.getCell(1).value).toBeInstanceOf(Date);
    expect(park.getCell(1).numFmt).toBe('dd.mm.yyyy hh:mm:ss');
    let correction: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(5).value === 'PG1.2.1' && row.getCell(7).value === 'Değer') correction = row;
    });
    expect((correction?.values as unknown[]).slice(3)).toEqual([
      'Değiştirildi',
      'Gösterge değeri',
      'PG1.2.1',
      '2025-H2',
      'Değer',
      59,
      58,
      'Sayım hatası',
    ]);
    // The correction's proposal and its approval, with the reason.
    const proposals: unknown[][] = [];
    sheet.eachRow((row) => {
      if (row.getCell(4).value === 'Değer düzeltmesi') proposals.push((row.values as unknown[]).slice(3));
    });
    expect(proposals).toEqual([
      [
        'Eklendi',
        'Değer düzeltmesi',
        'PG1.2.1',
        '2025-H2',
        undefined,
        undefined,
        expect.stringMatching(/^(?=.*Önceki değer: 59)(?=.*Değer: 58)(?=.*Durum: onay bekliyor)/),
        'Sayım hatası',
      ],
      [
        'Değiştirildi',
        'Değer düzeltmesi',
        'PG1.2.1',
        '2025-H2',
        'Durum',
        'onay bekliyor',
        'onaylandı',
        'Sayım hatası',
      ],
    ]);
    // 2025-H1 entries belong to the 30 June period, not to the year-end one.
    let h1 = 0;
    sheet.eachRow((row) => (h1 += row.getCell(6).value === '2025-H1' ? 1 : 0));
    expect(h1).toBe(0);
  });

  it('the plan workbook holds every report but the audit trail', async () => {
    const workbook = await report(reportUrl(planId, 'plan', '2025'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Plan',
      'Birimler',
      'A1',
      ...PLAN_WORKBOOK_SHEETS_2025,
    ]);
    const evaluation = sheetOf(workbook, 'Değerlendirme 2025');
    expect(rowOf(evaluation, 'H1.1 hedef gerçekleşme oranı (HG)', 2).getCell(8).value).toBe(65);
    // Without ?period: as of the latest ended assessed period, whatever today is.
    const latest = await report(reportUrl(planId, 'plan'));
    expect(latest.worksheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(['Plan', 'A1', expect.stringMatching(/^İzleme \d{4}-H1$/), 'Kaynak tablosu']),
    );
  });

  it('refuses a period the report does not take with 400 PERIOD_INVALID', async () => {
    for (const path of [
      reportUrl(planId, 'monitoring', '2025'),
      reportUrl(planId, 'monitoring'),
      reportUrl(planId, 'evaluation', '2025-H1'),
      reportUrl(planId, 'evaluation', '2031'),
      reportUrl(planId, 'audit', '2025-H2'),
      reportUrl(planId, 'plan', 'dün'),
    ]) {
      const response = await t.api.get<ErrorBody>(path);
      expect({ path, status: response.status, code: response.body.code }).toEqual({
        path,
        status: 400,
        code: 'PERIOD_INVALID',
      });
      expect(response.body.details).toEqual([
        expect.objectContaining({ path: 'period', code: 'PERIOD_INVALID' }),
      ]);
    }
  });

  it('documents the reports in the OpenAPI description', async () => {
    const openApi = await t.anonymous.get<{ paths: Record<string, Record<string, unknown>> }>(
      '/api/docs/openapi.json',
    );
    expect(openApi.status).toBe(200);
    expect(Object.keys(openApi.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/plans/{planId}/reports/target-cards.xlsx',
        '/api/plans/{planId}/reports/monitoring.xlsx',
        '/api/plans/{planId}/reports/evaluation.xlsx',
        '/api/plans/{planId}/reports/units.xlsx',
        '/api/plans/{planId}/reports/costing.xlsx',
        '/api/plans/{planId}/reports/audit.xlsx',
        '/api/plans/{planId}/reports/plan.xlsx',
        '/api/plans/import/target-cards',
        '/api/plans/{planId}/target-cards',
      ]),
    );
  });

  it('keeps text that looks like a formula as text in the export', async () => {
    const document = workedExampleDocument({ institutionName: 'Formül Belediyesi' });
    document.plan.aims[0].targets[0].title = '=HYPERLINK("http://evil.example","tıkla")';
    document.plan.aims[0].targets[0].indicators[0].name = '@SUM(1+1)*cmd|" /C calc"!A0';
    const imported = await t.api.post<{ id: string }>('/api/plans/import', document);
    expect(imported.status).toBe(201);
    const workbook = await report(reportUrl(imported.body.id, 'plan', '2025'));
    const card = sheetOf(workbook, 'A1');
    const title = rowOf(card, 'Hedef').getCell(3);
    expect(title.type).toBe(ExcelJS.ValueType.String);
    expect(title.value).toBe('=HYPERLINK("http://evil.example","tıkla")');
    const monitoring = sheetOf(workbook, 'İzleme 2025-H1');
    const name = rowOf(monitoring, 'PG1.1.1').getCell(2);
    expect(name.type).toBe(ExcelJS.ValueType.String);
    expect(name.value).toBe('@SUM(1+1)*cmd|" /C calc"!A0');
    let formulas = 0;
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => (formulas += cell.type === ExcelJS.ValueType.Formula ? 1 : 0)),
      );
    }
    expect(formulas).toBe(0);
  });
});

describe('who may download', () => {
  let reviewer: ApiClient;
  let unitManager: ApiClient;
  let stranger: ApiClient;

  beforeAll(async () => {
    // Three accounts made and signed in, on a shared machine.
    reviewer = await member('reviewer@reports.test', institutionId, 'reviewer');
    unitManager = await member('park@reports.test', institutionId, 'unit_manager', ['PARK']);
    const other = await t.api.post<{ id: string }>(
      '/api/plans/import',
      workedExampleDocument({ institutionName: 'Başka Belediyesi' }),
    );
    const plans = await t.api.get<PlanSummaryResponse[]>('/api/plans');
    const otherInstitution = plans.body.find((plan) => plan.id === other.body.id)?.institution.id ?? '';
    stranger = await member('planner@other.test', otherInstitution, 'planner');
  }, 60_000);

  it('anonymous callers get 401, other institutions 404, and only audit readers the audit workbook', async () => {
    const anonymous = await t.anonymous.download(reportUrl(planId, 'target-cards'));
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.body.toString())).toMatchObject({ code: 'UNAUTHORIZED' });
    for (const kind of ['target-cards', 'units', 'costing'] as const) {
      const response = await stranger.download(reportUrl(planId, kind));
      expect({
        kind,
        status: response.status,
        body: JSON.parse(response.body.toString()) as unknown,
      }).toMatchObject({
        kind,
        status: 404,
        body: { code: 'PLAN_NOT_FOUND' },
      });
      expect((await unitManager.download(reportUrl(planId, kind))).status).toBe(200);
      expect((await reviewer.download(reportUrl(planId, kind))).status).toBe(200);
    }
    const refused = await unitManager.download(reportUrl(planId, 'audit', '2025'));
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body.toString())).toMatchObject({ code: 'FORBIDDEN' });
    expect((await reviewer.download(reportUrl(planId, 'audit', '2025'))).status).toBe(200);
  });

  it('only planners and administrators replace cards; anyone without a role in the institution gets 404', async () => {
    const cards = (await t.api.download(reportUrl(planId, 'target-cards'))).body;
    const before = await t.countRows();
    const byReviewer = await upload(reviewer, 'PUT', targetCardsUrl(planId), cards);
    expect(byReviewer).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    const byStranger = await upload(stranger, 'PUT', targetCardsUrl(planId), cards);
    expect(byStranger).toMatchObject({ status: 404, body: { code: 'PLAN_NOT_FOUND' } });
    const createdByStranger = await upload(stranger, 'POST', TARGET_CARDS_IMPORT_URL, cards);
    expect(createdByStranger).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect(await t.countRows()).toEqual(before);
  });
});

describe('target-card import', () => {
  it('creates a plan from the exported cards; its export gives the same cells (round trip)', async () => {
    const first = (await t.api.download(reportUrl(planId, 'target-cards'))).body;
    const created = await upload<TargetCardsImportResponse>(t.api, 'POST', TARGET_CARDS_IMPORT_URL, first);
    expect(created.status).toBe(201);
    expect(created.body.id).not.toBe(planId);
    const second = (await t.api.download(reportUrl(created.body.id, 'target-cards'))).body;
    const before = cells(await workbookOf(first));
    expect(cells(await workbookOf(second))).toEqual(before);
    expect(before.size).toBeGreaterThan(100);
  });

  it('replaces a draft plan’s cards from an edited workbook, all at once; export → import → export gives the same cells', async () => {
    const { draftId, workbook, card } = await draftCards('Taslak Belediyesi');
    const header = rowOf(card, 'Gösterge kodu').number;
    card.getRow(header + 1).getCell(4).value = 50; // PG1.1.1 40 → 50
    card.getRow(header + 2).getCell(4).value = 25; // PG1.1.2 35 → 25
    card.getRow(header + 1).getCell(7).value = 145000; // 2026 target
    rowOf(card, 'Hedef').getCell(3).value = 'Yeşil alanları ve ağaçlandırmayı artırmak';
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await upload<TargetCardsUpdateResponse>(t.api, 'PUT', targetCardsUrl(draftId), edited);
    expect(response.status).toBe(200);
    expect(response.body.changes).toEqual({
      aims: { added: 0, changed: 0, removed: 0 },
      targets: { added: 0, changed: 1, removed: 0 },
      indicators: { added: 0, changed: 2, removed: 0 },
      yearlyTargets: { added: 0, changed: 1, removed: 0 },
    });
    const document = await t.api.get<PlanDocument>(`/api/plans/${draftId}/document`);
    const target = document.body.plan.aims[0].targets[0];
    expect(target.title).toBe('Yeşil alanları ve ağaçlandırmayı artırmak');
    expect(target.indicators.map((indicator) => indicator.weight)).toEqual([50, 25, 25]);
    expect(target.indicators[0].targets['2026']).toBe(145000);
    // The kept indicator keeps its entered values.
    expect(target.indicators[0].values?.['2025-H1']).toMatchObject({ value: 108000 });
    const again = await workbookOf((await t.api.download(reportUrl(draftId, 'target-cards'))).body);
    expect(cells(again)).toEqual(cells(await workbookOf(edited)));
    // The audit trail names the workbook as the reason.
    const audit = await t.dataSource.query<Array<{ reason: string }>>(
      `SELECT reason FROM audit_log WHERE plan_id = $1 AND entity = 'indicator' AND action = 'update'`,
      [draftId],
    );
    expect(audit.map((row) => row.reason)).toEqual([
      'hedef kartları çalışma kitabı',
      'hedef kartları çalışma kitabı',
    ]);
  });

  it('adds, moves and removes records matched by code', async () => {
    // Submitted values: what holds approved values is never removed (next test).
    const { draftId, workbook, card } = await draftCards('Taşıma Belediyesi', 'submitted');
    // H1.2 and its indicator go; PG1.1.3 becomes a new indicator PG1.1.4.
    dropH12RenamePg113(card);
    const response = await upload<TargetCardsUpdateResponse>(
      t.api,
      'PUT',
      targetCardsUrl(draftId),
      Buffer.from(await workbook.xlsx.writeBuffer()),
    );
    expect(response.status).toBe(200);
    expect(response.body.changes).toMatchObject({
      targets: { added: 0, changed: 0, removed: 1 },
      indicators: { added: 1, changed: 0, removed: 2 },
      yearlyTargets: { added: 5, changed: 0, removed: 0 },
    });
    const document = await t.api.get<PlanDocument>(`/api/plans/${draftId}/document`);
    expect(document.body.plan.aims[0].targets.map((target) => target.code)).toEqual(['H1.1']);
    expect(document.body.plan.aims[0].targets[0].indicators.map((indicator) => indicator.code)).toEqual([
      'PG1.1.1',
      'PG1.1.2',
      'PG1.1.4',
    ]);
  });

  it('never removes an indicator holding approved values: 409 HOLDS_APPROVED_VALUES naming each, nothing changes', async () => {
    const { draftId, workbook, card } = await draftCards('Onaylı Belediyesi');
    // H1.2 (PG1.2.1: one approved value) goes, and PG1.1.3 (one approved value) is renamed away.
    dropH12RenamePg113(card);
    const before = await t.countRows();
    const response = await upload(
      t.api,
      'PUT',
      `${targetCardsUrl(draftId)}?lang=en`,
      Buffer.from(await workbook.xlsx.writeBuffer()),
    );
    expect(response).toEqual({
      status: 409,
      body: {
        statusCode: 409,
        code: 'HOLDS_APPROVED_VALUES',
        message:
          'PG1.1.3, PG1.2.1 holds 2 approved value(s) of 2 indicator(s) and cannot be deleted: approved values are never deleted',
        details: [
          {
            path: 'indicators.PG1.1.3',
            code: 'HOLDS_APPROVED_VALUES',
            message: 'PG1.1.3: 1 approved value(s) of 1 indicator(s)',
          },
          {
            path: 'indicators.PG1.2.1',
            code: 'HOLDS_APPROVED_VALUES',
            message: 'PG1.2.1: 1 approved value(s) of 1 indicator(s)',
          },
        ],
      },
    });
    expect(await t.countRows()).toEqual(before);
  });

  it('bad weights: 400 IMPORT_INVALID with WEIGHTS_SUM at the weight column of the card; nothing changes', async () => {
    const { draftId, workbook, card } = await draftCards('Ağırlık Belediyesi');
    const header = rowOf(card, 'Gösterge kodu').number;
    card.getRow(header + 1).getCell(4).value = 37; // 37 + 35 + 25 = 97
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());
    const before = await t.countRows();
    const beforeDocument = await t.api.get<PlanDocument>(`/api/plans/${draftId}/document`);

    for (const [method, path] of [
      ['PUT', targetCardsUrl(draftId)],
      ['POST', TARGET_CARDS_IMPORT_URL],
    ] as const) {
      const response = await upload<ErrorBody & { details: WorkbookErrorDetail[] }>(
        t.api,
        method,
        path,
        edited,
      );
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        statusCode: 400,
        code: 'IMPORT_INVALID',
        message: expect.any(String),
      });
      expect(response.body.details).toEqual([
        {
          path: `A1!D${header}`,
          sheet: 'A1',
          row: header,
          column: 'D',
          code: 'WEIGHTS_SUM',
          message: 'H1.1 hedefinin gösterge ağırlıkları toplamı 97; 100 olmalı',
        },
      ]);
    }
    expect(await t.countRows()).toEqual(before);
    expect((await t.api.get<PlanDocument>(`/api/plans/${draftId}/document`)).body).toEqual(
      beforeDocument.body,
    );
  });

  it('reports unreadable cells by sheet, row and column before any rule runs', async () => {
    const workbook = await workbookOf((await t.api.download(reportUrl(planId, 'target-cards'))).body);
    const card = sheetOf(workbook, 'A1');
    const first = rowOf(card, 'PG1.1.1').number;
    card.getRow(first).getCell(5).value = 'yüz bin';
    card.getRow(first).getCell(6).value = { formula: 'E7*1,2', result: 120000 };
    const before = await t.countRows();
    const response = await upload<ErrorBody>(
      t.api,
      'POST',
      TARGET_CARDS_IMPORT_URL,
      Buffer.from(await workbook.xlsx.writeBuffer()),
    );
    expect(response).toMatchObject({ status: 400, body: { code: 'IMPORT_INVALID' } });
    expect(response.body.details).toEqual([
      expect.objectContaining({ sheet: 'A1', row: first, column: 'F', code: 'FORMULA_NOT_ALLOWED' }),
      expect.objectContaining({ sheet: 'A1', row: first, column: 'E', code: 'INVALID_TYPE' }),
    ]);
    expect(await t.countRows()).toEqual(before);
  });

  it('a plan submitted or in force changes only through a plan update: 409 CARDS_VIA_UPDATE', async () => {
    const cards = (await t.api.download(reportUrl(planId, 'target-cards'))).body;
    const before = await t.countRows();
    const response = await upload(t.api, 'PUT', targetCardsUrl(planId), cards);
    expect(response).toMatchObject({
      status: 409,
      body: { statusCode: 409, code: 'CARDS_VIA_UPDATE', message: expect.stringContaining('/updates') },
    });
    expect(await t.countRows()).toEqual(before);
  });

  it('refuses what is not a target-card workbook with a clear 400', async () => {
    const before = await t.countRows();
    const wrongType = await upload(t.api, 'POST', TARGET_CARDS_IMPORT_URL, '{}', 'application/json');
    expect(wrongType).toMatchObject({ status: 400, body: { code: 'UPLOAD_CONTENT_TYPE' } });
    const corrupt = await upload(
      t.api,
      'POST',
      TARGET_CARDS_IMPORT_URL,
      Buffer.from('PK\u0003\u0004 not really a zip'),
    );
    expect(corrupt).toMatchObject({ status: 400, body: { code: 'UPLOAD_CORRUPT' } });
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sayfa1').getCell('A1').value = 'merhaba';
    const missing = await upload(
      t.api,
      'POST',
      TARGET_CARDS_IMPORT_URL,
      Buffer.from(await other.xlsx.writeBuffer()),
    );
    expect(missing).toMatchObject({ status: 400, body: { code: 'UPLOAD_MISSING_SHEETS' } });
    const noAims = await upload(
      t.api,
      'PUT',
      targetCardsUrl(planId),
      Buffer.from(await other.xlsx.writeBuffer()),
    );
    expect(noAims).toMatchObject({
      status: 400,
      body: { code: 'IMPORT_INVALID', details: [{ code: 'UNKNOWN_SHEET', sheet: 'Sayfa1' }] },
    });
    expect(await t.countRows()).toEqual(before);
  });
});
