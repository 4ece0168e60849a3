import { crc32, deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { MeResponse } from '../../src/contracts/auth.js';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type { IndicatorValueResponse, PlanResponse } from '../../src/contracts/resources.js';
import type { ValueImportResponse } from '../../src/contracts/value-imports.js';
import type { WorkbookErrorDetail } from '../../src/contracts/workbooks.js';
import { XLSX_CONTENT_TYPE } from '../../src/contracts/workbooks.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import type { ApiClient, ApiResponse } from '../support/api-client.js';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { expectError } from '../support/expect-error.js';
import { importPlan as importPlanDocument, ok } from '../support/requests.js';

/**
 * The values workbook over HTTP (issue 5): the template of an assessment period, its upload under
 * the rules of one-by-one entry, all or nothing, and the upload safety checks.
 *
 * The worked example (domain.md 4.4), with PG1.1.3 monitored yearly: H1.1 (unit PARK) holds
 * PG1.1.1 (B 2026 = 140000), PG1.1.2 (B 2026 = 7) and PG1.1.3 (yearly, B 2026 = 70); H1.2 (unit
 * ZABITA) holds PG1.2.1. Period 2026 holds the entries 2026-H2 and, for PG1.1.3, 2026.
 */

const PASSWORD = 'values-workbook-password';

/** The error body of a refused import: its details name cells. */
type WorkbookError = Omit<ErrorBody, 'details'> & { details: WorkbookErrorDetail[] };
/** Small, so that a too large upload is cheap to send; the app answers 413 beyond it. */
const BODY_LIMIT = 256 * 1024;

// Four accounts are made and signed in and several plans imported: more than Jest's 5 s.
jest.setTimeout(30_000);

let t: TestApp;
let serial = 0;
const users = {} as Record<
  'park' | 'zabita' | 'planner' | 'reviewer',
  { client: ApiClient; id: string; email: string }
>;
let plan: string;
let institutionId: string;

beforeAll(async () => {
  t = await createTestApp({ PUSULA_BODY_LIMIT: String(BODY_LIMIT) });
  ({ plan } = await importPlan('Değer Kitabı Belediyesi'));
  institutionId = (await ok(t.api.get<PlanResponse>(plan))).institution.id;
  await ok(t.api.post(`${plan}/periods`, { period: '2026' }), 201);
  const roles = {
    park: ['unit_manager', ['PARK']],
    zabita: ['unit_manager', ['ZABITA']],
    planner: ['planner', undefined],
    reviewer: ['reviewer', undefined],
  } as const;
  for (const [name, [role, units]] of Object.entries(roles)) {
    const email = `${name}@degerler.test`;
    const created = await ok(t.api.post<MeResponse>('/api/users', { email, name, password: PASSWORD }), 201);
    await ok(t.api.put(`/api/institutions/${institutionId}/members/${created.id}`, { role, units }));
    users[name as keyof typeof users] = { client: await t.login(email, PASSWORD), id: created.id, email };
  }
});
afterAll(async () => {
  await t.close();
});

async function importPlan(institutionName: string): Promise<{ planId: string; plan: string }> {
  const document = workedExampleDocument({ institutionName });
  const pg113 = document.plan.aims[0].targets[0].indicators[2];
  pg113.monitoringMonths = 12;
  pg113.values = { '2025': { value: 45, deviationReason: 'Salon tadilatı' } };
  return importPlanDocument(t.api, document);
}

function workbookRoute(planPath: string, period = '2026', query = ''): string {
  return `${planPath}/periods/${period}/values-workbook${query}`;
}

async function template(client: ApiClient, planPath = plan): Promise<ExcelJS.Workbook> {
  const file = await client.download(workbookRoute(planPath));
  expect(file.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
  return workbook;
}

/** POST of raw bytes with a content type, as a browser sends a File. */
async function upload<T = ErrorBody>(
  client: ApiClient,
  path: string,
  body: Buffer | string,
  contentType: string = XLSX_CONTENT_TYPE,
): Promise<ApiResponse<T>> {
  const response = await fetch(`${t.baseUrl}${path}`, {
    method: 'POST',
    body: typeof body === 'string' ? body : new Uint8Array(body),
    headers: {
      'content-type': contentType,
      ...(client.token ? { authorization: `Bearer ${client.token}` } : {}),
    },
  });
  const text = await response.text();
  return {
    status: response.status,
    body: ((response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text) as T,
    headers: response.headers,
  };
}

/** Sets cells of the data row of `code` (columns by letter) and answers the file's bytes. */
async function fill(
  workbook: ExcelJS.Workbook,
  changes: Array<[code: string, column: string, value: ExcelJS.CellValue]>,
): Promise<Buffer> {
  const sheet = workbook.getWorksheet('Değerler');
  if (!sheet) throw new Error('no Değerler sheet');
  for (const [code, column, value] of changes) {
    let found = 0;
    sheet.eachRow((row, number) => {
      if (number > 3 && row.getCell('C').value === code) found = number;
    });
    if (!found) throw new Error(`no row for ${code}`);
    sheet.getCell(`${column}${found}`).value = value;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function dataRows(workbook: ExcelJS.Workbook): unknown[][] {
  const rows: unknown[][] = [];
  workbook.getWorksheet('Değerler')?.eachRow((row, number) => {
    if (number > 3) rows.push([3, 7, 8, 9, 10, 14, 16].map((column) => row.getCell(column).value));
  });
  return rows;
}

/**
 * An upload refused with `code` (400 unless said) that changes no row and writes no audit entry;
 * answers the error body with its workbook details.
 */
async function refusedUpload(
  client: ApiClient,
  path: string,
  body: Buffer | string,
  code: string,
  options: { status?: number; contentType?: string } = {},
): Promise<WorkbookError> {
  const before = await state();
  const refused = expectError<WorkbookError>(
    await upload(client, path, body, options.contentType),
    options.status ?? 400,
    code,
  );
  expect(await state()).toEqual(before);
  return refused;
}

/** A problem at one cell of the Değerler sheet, as the API's details name it. */
function valuesCell(column: string, row: number, code: string, message: string): WorkbookErrorDetail {
  return { path: `Değerler!${column}${row}`, sheet: 'Değerler', row, column, code, message };
}

async function values(planPath: string, code: string): Promise<IndicatorValueResponse[]> {
  return ok(t.api.get<IndicatorValueResponse[]>(`${planPath}/indicators/${code}/values`));
}

async function auditCount(): Promise<number> {
  const rows = await t.dataSource.query<Array<{ count: number }>>(
    'SELECT count(*)::int AS count FROM audit_log',
  );
  return rows[0].count;
}

/** Rows of the plan tables and of the audit trail: a refused upload changes neither. */
async function state(): Promise<{ rows: Record<string, number>; audit: number }> {
  return { rows: await t.countRows(), audit: await auditCount() };
}

/** A fresh copy of the plan with 2026 open, for tests that change its values. */
async function freshPlan(): Promise<string> {
  serial += 1;
  const copy = await importPlan(`Değer Kitabı Belediyesi ${serial}`);
  await ok(t.api.post(`${copy.plan}/periods`, { period: '2026' }), 201);
  // The users' roles are per institution: grant them in the copy's institution too.
  const copyInstitution = (await ok(t.api.get<PlanResponse>(copy.plan))).institution.id;
  for (const [name, units] of [
    ['park', ['PARK']],
    ['planner', undefined],
  ] as const) {
    const role = name === 'park' ? 'unit_manager' : 'planner';
    await ok(t.api.put(`/api/institutions/${copyInstitution}/members/${users[name].id}`, { role, units }));
  }
  return copy.plan;
}

describe('the template', () => {
  it('gives a unit manager only the indicators of their units, as an .xlsx download', async () => {
    const file = await users.park.client.download(workbookRoute(plan));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(XLSX_CONTENT_TYPE);
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="degerler-2026.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    // code, period, A, B, C, status, version
    expect(dataRows(workbook)).toEqual([
      ['PG1.1.1', '2026-H2', 100000, 140000, null, 'Girilmedi', null],
      ['PG1.1.2', '2026-H2', 10, 7, null, 'Girilmedi', null],
      ['PG1.1.3', '2026', 50, 70, null, 'Girilmedi', null],
    ]);
    expect(dataRows(await template(users.zabita.client)).map((row) => row[0])).toEqual(['PG1.2.1']);
  });

  it('gives planners and admins every indicator; reviewers and anonymous callers get nothing', async () => {
    expect(dataRows(await template(users.planner.client)).map((row) => row[0])).toEqual([
      'PG1.1.1',
      'PG1.1.2',
      'PG1.1.3',
      'PG1.2.1',
    ]);
    expect(dataRows(await template(t.api))).toHaveLength(4);
    expectError(await t.anonymous.get(workbookRoute(plan)), 401, 'UNAUTHORIZED');
    expectError(await users.reviewer.client.get(workbookRoute(plan)), 403, 'FORBIDDEN');
  });

  it('exists only for an open assessment period of the plan', async () => {
    expectError(await t.api.get(workbookRoute(plan, '2027')), 400, 'PERIOD_NOT_OPEN');
    expectError(await t.api.get(workbookRoute(plan, '2026-H2')), 400, 'PERIOD_INVALID');
    expectError(await t.api.get(workbookRoute(plan, '2031')), 400, 'PERIOD_INVALID');
    expectError(
      await t.api.get(workbookRoute('/api/plans/00000000-0000-4000-8000-000000000000')),
      404,
      'PLAN_NOT_FOUND',
    );
  });
});

describe('uploading a filled workbook', () => {
  it('enters the values as drafts of the uploader, audited; empty cells stay "no entry"; a second upload changes nothing', async () => {
    const planPath = await freshPlan();
    const workbook = await template(users.park.client, planPath);
    const file = await fill(workbook, [
      ['PG1.1.1', 'J', 130000],
      ['PG1.1.1', 'L', 'Kamulaştırma gecikti'],
      ['PG1.1.1', 'M', 'https://belge.ornek.bel.tr/kanit/park-2026.pdf'],
      ['PG1.1.2', 'J', 0],
      ['PG1.1.2', 'K', '=bu bir formül değil, metin'],
    ]);
    const auditBefore = await auditCount();
    const response = await upload<ValueImportResponse>(users.park.client, workbookRoute(planPath), file);
    expect({ status: response.status, body: response.body }).toEqual({
      status: 200,
      body: {
        planId: planPath.split('/').pop(),
        period: '2026',
        rows: 3,
        created: 2,
        updated: 0,
        unchanged: 0,
        empty: 1,
        submitted: 0,
      },
    });
    expect((await values(planPath, 'PG1.1.1')).find((value) => value.period === '2026-H2')).toMatchObject({
      value: 130000,
      status: 'draft',
      deviationReason: 'Kamulaştırma gecikti',
      evidenceUrl: 'https://belge.ornek.bel.tr/kanit/park-2026.pdf',
      enteredBy: users.park.id,
      version: 1,
    });
    // 0 typed is a value of 0; the text beginning with = is kept as text.
    expect((await values(planPath, 'PG1.1.2')).find((value) => value.period === '2026-H2')).toMatchObject({
      value: 0,
      note: '=bu bir formül değil, metin',
      status: 'draft',
    });
    // The empty PG1.1.3 cell made no entry.
    expect((await values(planPath, 'PG1.1.3')).map((value) => value.period)).toEqual(['2025']);

    const trail = await t.dataSource.query<
      Array<{ entity: string; action: string; period: string; actor_email: string; reason: string }>
    >(
      'SELECT entity, action, period, actor_email, reason FROM audit_log WHERE id > (SELECT max(id) - 2 FROM audit_log) ORDER BY id',
    );
    expect(await auditCount()).toBe(auditBefore + 2);
    expect(trail).toEqual([
      {
        entity: 'indicator_value',
        action: 'insert',
        period: '2026-H2',
        actor_email: users.park.email,
        reason: 'values workbook import',
      },
      {
        entity: 'indicator_value',
        action: 'insert',
        period: '2026-H2',
        actor_email: users.park.email,
        reason: 'values workbook import',
      },
    ]);

    // The same file again: its rows equal what is stored, so nothing is written or audited.
    const again = await upload<ValueImportResponse>(users.park.client, workbookRoute(planPath), file);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2, empty: 1 });
    expect(await auditCount()).toBe(auditBefore + 2);

    // A new template shows the drafts with their versions; a changed row updates its draft.
    const next = await template(users.park.client, planPath);
    expect(dataRows(next).slice(0, 2)).toEqual([
      ['PG1.1.1', '2026-H2', 100000, 140000, 130000, 'Taslak', 1],
      ['PG1.1.2', '2026-H2', 10, 7, 0, 'Taslak', 1],
    ]);
    const changed = await upload<ValueImportResponse>(
      users.park.client,
      workbookRoute(planPath, '2026', '?lang=en'),
      await fill(next, [['PG1.1.2', 'J', 6.5]]),
    );
    expect(changed.body).toMatchObject({ created: 0, updated: 1, unchanged: 1, empty: 1 });
    expect((await values(planPath, 'PG1.1.2')).find((value) => value.period === '2026-H2')).toMatchObject({
      value: 6.5,
      version: 2,
      status: 'draft',
    });
  });

  it('reports every problem with sheet, row, column and code, and changes nothing', async () => {
    const workbook = await template(users.park.client);
    const sheet = workbook.getWorksheet('Değerler');
    if (!sheet) throw new Error('no sheet');
    sheet.getCell('J4').value = { formula: 'H4*1.3', result: 130000 };
    sheet.getCell('J5').value = '1.234,5';
    sheet.getCell('J6').value = 71;
    sheet.getCell('G6').value = '2026-H2'; // PG1.1.3 is yearly
    sheet.addRow(['A1', 'H1.2', 'PG1.2.1', '', '', '', '2026-H2', null, null, 60]); // ZABITA's
    sheet.addRow(['A9', 'H9.9', 'PG9.9.9', '', '', '', '2026-H2', null, null, 1]);
    sheet.addRow(['A1', 'H1.1', 'PG1.1.1', '', '', '', '2026-H1', null, null, 2]); // another period
    sheet.addRow(['A1', 'H1.1', 'PG1.1.2', '', '', '', '2026-H2', null, null, 3, 'yinelenen']); // again
    sheet.addRow(['A1', 'H1.1', 'PG1.1.3', '', '', '', '2026', null, null, null, 'değersiz not']);
    sheet.getCell('M5').value = 'ftp://belge';
    const body = await refusedUpload(
      users.park.client,
      workbookRoute(plan, '2026', '?lang=en'),
      Buffer.from(await workbook.xlsx.writeBuffer()),
      'IMPORT_INVALID',
    );
    expect(body.message).toBe('Nothing was saved: 9 problem(s) in 8 row(s) of the workbook');
    expect(
      body.details.map(({ path, sheet: name, row, column, code }) => [path, name, row, column, code]),
    ).toEqual([
      ['Değerler!J4', 'Değerler', 4, 'J', 'FORMULA_NOT_ALLOWED'],
      ['Değerler!J5', 'Değerler', 5, 'J', 'VALUE_NOT_NUMBER'],
      ['Değerler!M5', 'Değerler', 5, 'M', 'EVIDENCE_URL'],
      ['Değerler!G6', 'Değerler', 6, 'G', 'VALUE_PERIOD'],
      ['Değerler!C7', 'Değerler', 7, 'C', 'NOT_YOUR_UNIT'],
      ['Değerler!C8', 'Değerler', 8, 'C', 'UNKNOWN_INDICATOR'],
      ['Değerler!G9', 'Değerler', 9, 'G', 'VALUE_PERIOD'],
      ['Değerler!C10', 'Değerler', 10, 'C', 'DUPLICATE_ROW'],
      ['Değerler!J11', 'Değerler', 11, 'J', 'VALUE_MISSING'],
    ]);
    expect(body.details.find((detail) => detail.row === 6)?.message).toBe(
      'PG1.1.3 is monitored every 12 months: its entry periods are YYYY',
    );
    expect(body.details.find((detail) => detail.row === 9)?.message).toBe(
      "2026 mid-year belongs to the assessment period 2026 mid-year, not 2026 year end: use that period's workbook",
    );
    expect(body.details.find((detail) => detail.row === 10)?.message).toBe(
      'PG1.1.2 2026 second half is already on row 5',
    );
  });

  it('refuses to change a submitted or approved value (VALUE_LOCKED) and a value changed since the download (STALE_VERSION)', async () => {
    const planPath = await freshPlan();
    const park = users.park.client;
    const entry = (code: string, period: string): string => `${planPath}/indicators/${code}/values/${period}`;
    await ok(park.put(entry('PG1.1.2', '2026-H2'), { value: 7 }), 201);
    await ok(park.post(`${entry('PG1.1.2', '2026-H2')}/submit`, {}));
    await ok(park.put(entry('PG1.1.1', '2026-H2'), { value: 120000 }), 201);
    const workbook = await template(park, planPath);
    expect(dataRows(workbook).map((row) => [row[0], row[5], row[6]])).toEqual([
      ['PG1.1.1', 'Taslak', 1],
      ['PG1.1.2', 'Onaya gönderildi', 2],
      ['PG1.1.3', 'Girilmedi', null],
    ]);
    // Someone changes PG1.1.1 and enters PG1.1.3 after the download.
    await ok(park.put(entry('PG1.1.1', '2026-H2'), { value: 125000 }));
    await ok(park.put(entry('PG1.1.3', '2026'), { value: 70 }), 201);
    const file = await fill(workbook, [
      ['PG1.1.1', 'J', 130000],
      ['PG1.1.2', 'J', 8],
      ['PG1.1.3', 'J', 71],
    ]);
    const body = await refusedUpload(
      park,
      workbookRoute(planPath, '2026', '?lang=en'),
      file,
      'IMPORT_INVALID',
    );
    expect(body.details).toEqual([
      valuesCell(
        'J',
        4,
        'STALE_VERSION',
        'PG1.1.1 2026 second half changed since version 1 (now version 2): reload and try again',
      ),
      valuesCell(
        'J',
        5,
        'VALUE_LOCKED',
        'The value of 2026 second half is submitted and cannot be changed: the planner approves or returns it',
      ),
      valuesCell(
        'J',
        6,
        'STALE_VERSION',
        'PG1.1.3 2026 year end was entered (version 1) after this workbook was made: download a new one',
      ),
    ]);

    // Left as they are, a locked row and unchanged rows are no problem.
    const fresh = await template(park, planPath);
    const accepted = await upload<ValueImportResponse>(park, workbookRoute(planPath), await fill(fresh, []));
    expect(accepted.body).toMatchObject({ rows: 3, created: 0, updated: 0, unchanged: 3, empty: 0 });
  });

  it('?submit=true submits the entries under DEVIATION_REASON, all or nothing; the planner approves them', async () => {
    const planPath = await freshPlan();
    const park = users.park.client;
    const workbook = await template(park, planPath);
    const missingReason = await fill(workbook, [
      ['PG1.1.1', 'J', 140000], // C = B: no reason needed
      ['PG1.1.2', 'J', 6], // C ≠ B at year end: a reason is needed
    ]);
    const refused = await refusedUpload(
      park,
      workbookRoute(planPath, '2026', '?submit=true&lang=en'),
      missingReason,
      'IMPORT_INVALID',
    );
    expect(refused.details).toEqual([
      valuesCell(
        'L',
        5,
        'DEVIATION_REASON',
        'PG1.1.2: At year end the actual value differs from the target for 2026 second half: a deviation reason (sapma nedeni) is required',
      ),
    ]);

    // Without ?submit the same file enters drafts: DEVIATION_REASON is a submit-time rule, as for PUT.
    const drafts = await upload<ValueImportResponse>(park, workbookRoute(planPath), missingReason);
    expect(drafts.body).toMatchObject({ created: 2, submitted: 0 });

    // With the reason, the changed row and the unchanged draft are both submitted.
    const withReason = await fill(await template(park, planPath), [['PG1.1.2', 'L', 'Personel eksikliği']]);
    const submitted = await upload<ValueImportResponse>(
      park,
      workbookRoute(planPath, '2026', '?submit=true'),
      withReason,
    );
    expect(submitted.body).toMatchObject({ created: 0, updated: 1, unchanged: 0, empty: 1, submitted: 2 });
    const pg111 = (await values(planPath, 'PG1.1.1')).find((value) => value.period === '2026-H2');
    expect(pg111).toMatchObject({ status: 'submitted', submittedBy: users.park.id, version: 2 });

    expectError(
      await upload(park, workbookRoute(planPath, '2026', '?submit=yes'), withReason),
      400,
      'VALIDATION_FAILED',
    );
    const approved = await ok(
      users.planner.client.post<{ results: unknown[] }>(`${planPath}/approvals`, {
        action: 'approve',
        items: [
          { indicator: 'PG1.1.1', period: '2026-H2' },
          { indicator: 'PG1.1.2', period: '2026-H2' },
        ],
      }),
    );
    expect(approved.results).toHaveLength(2);
  });

  it("lets a unit manager upload the planner's full workbook: other units' rows that write nothing are no problem", async () => {
    const planPath = await freshPlan();
    const full = await template(users.planner.client, planPath);
    expect(dataRows(full)).toHaveLength(4);
    const response = await upload<ValueImportResponse>(
      users.park.client,
      workbookRoute(planPath),
      await fill(full, [['PG1.1.1', 'J', 125000]]),
    );
    expect(response.body).toMatchObject({ rows: 4, created: 1, empty: 3 });
  });

  it('is for admins and unit managers, as one-by-one entry is', async () => {
    const file = await fill(await template(users.planner.client), [['PG1.1.1', 'J', 1]]);
    const before = await state();
    expectError(await upload(users.planner.client, workbookRoute(plan), file), 403, 'FORBIDDEN');
    expectError(await upload(users.reviewer.client, workbookRoute(plan), file), 403, 'FORBIDDEN');
    expectError(await upload(t.anonymous, workbookRoute(plan), file), 401, 'UNAUTHORIZED');
    expect(await state()).toEqual(before);
  });

  it("refuses another plan's or period's workbook (WORKBOOK_MISMATCH)", async () => {
    const other = await freshPlan();
    const file = await fill(await template(users.park.client, other), [['PG1.1.1', 'J', 1]]);
    const body = await refusedUpload(users.park.client, workbookRoute(plan), file, 'WORKBOOK_MISMATCH');
    expect(body.details).toMatchObject([
      { path: 'Bilgi!B5', sheet: 'Bilgi', row: 5, column: 'B', code: 'WORKBOOK_PLAN' },
    ]);
    await ok(t.api.post(`${plan}/periods`, { period: '2027' }), 201);
    const opened = await state();
    const period = expectError(
      await upload(
        users.park.client,
        workbookRoute(plan, '2027'),
        await fill(await template(users.park.client), []),
      ),
      400,
      'WORKBOOK_MISMATCH',
    );
    expect(period.details).toMatchObject([{ code: 'WORKBOOK_PERIOD' }]);
    expect(await state()).toEqual(opened);
  });
});

/** A zip of given entries, deflated (a minimal writer for crafted uploads). */
function zip(entries: Array<{ name: string; data: Buffer }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const packed = deflateRawSync(entry.data);
    const name = Buffer.from(entry.name);
    const header = (size: number, signature: number): Buffer => {
      const buffer = Buffer.alloc(size);
      buffer.writeUInt32LE(signature, 0);
      return buffer;
    };
    const local = header(30, 0x04034b50);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(entry.data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = header(46, 0x02014b50);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(entry.data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('upload safety: anything that is not a valid workbook is refused, changing nothing', () => {
  it.each([
    {
      name: 'JSON instead of a file',
      body: () => JSON.stringify({ rows: [] }),
      type: 'application/json',
      status: 400,
      code: 'UPLOAD_CONTENT_TYPE',
    },
    {
      name: 'text sent as .xlsx',
      body: () => 'Kod;Değer\nPG1.1.1;5',
      type: XLSX_CONTENT_TYPE,
      status: 400,
      code: 'UPLOAD_CORRUPT',
    },
    {
      name: 'an empty body',
      body: () => Buffer.alloc(0),
      type: XLSX_CONTENT_TYPE,
      status: 400,
      code: 'UPLOAD_EMPTY',
    },
    {
      name: 'a zip bomb (64 MiB of zeros packed into 64 KiB)',
      body: () => zip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(64 * 1024 * 1024) }]),
      type: XLSX_CONTENT_TYPE,
      status: 400,
      code: 'UPLOAD_ZIP_BOMB',
    },
    {
      name: 'a zip that is no workbook',
      body: () => zip([{ name: 'readme.txt', data: Buffer.from('merhaba') }]),
      type: XLSX_CONTENT_TYPE,
      status: 400,
      code: 'UPLOAD_NOT_XLSX',
    },
    {
      name: 'a file over the size limit',
      body: () => Buffer.alloc(BODY_LIMIT + 1, 1),
      type: XLSX_CONTENT_TYPE,
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    },
  ])('$name → $status $code', async ({ body, type: contentType, status, code }) => {
    await refusedUpload(users.park.client, workbookRoute(plan), body(), code, { status, contentType });
  });

  it('a workbook without the required sheets → 400 UPLOAD_MISSING_SHEETS, one detail per sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sayfa1').addRow(['Gösterge kodu', 'Dönem', 'Gerçekleşen değer (C)']);
    const body = await refusedUpload(
      users.park.client,
      workbookRoute(plan, '2026', '?lang=en'),
      Buffer.from(await workbook.xlsx.writeBuffer()),
      'UPLOAD_MISSING_SHEETS',
    );
    expect(body.details).toEqual([
      {
        path: 'Değerler',
        sheet: 'Değerler',
        code: 'MISSING_SHEET',
        message: 'The sheet "Değerler" is missing',
      },
      { path: 'Bilgi', sheet: 'Bilgi', code: 'MISSING_SHEET', message: 'The sheet "Bilgi" is missing' },
    ]);
  });

  it('an .xlsx body sent to a JSON route is a 415, not a 500', async () => {
    const file = await fill(await template(users.park.client), []);
    const put = await fetch(`${t.baseUrl}${plan}/indicators/PG1.1.1/values/2026-H2`, {
      method: 'PUT',
      body: new Uint8Array(file),
      headers: { 'content-type': XLSX_CONTENT_TYPE, authorization: `Bearer ${users.park.client.token}` },
    });
    expect({ status: put.status, body: (await put.json()) as unknown }).toMatchObject({
      status: 415,
      body: { statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
    });
  });
});

describe('four-eyes: whoever entered or submitted a value does not approve it', () => {
  it('refuses a self-approval with 409 SELF_APPROVAL, one by one and in bulk, and changes nothing', async () => {
    const planPath = await freshPlan();
    // The superadmin enters and submits; it may approve others' values, not this one.
    const route = `${planPath}/indicators/PG1.1.1/values/2026-H2`;
    await ok(t.api.put(route, { value: 140000 }), 201);
    await ok(t.api.post(`${route}/submit`, {}));
    const before = await state();
    const single = expectError<ErrorBody & { current: IndicatorValueResponse }>(
      await t.api.post(`${route}/approve?lang=en`, {}),
      409,
      'SELF_APPROVAL',
    );
    expect(single.message).toBe(
      'You entered and submitted the value of PG1.1.1 2026 second half yourself: another planner approves it (four-eyes principle)',
    );
    expect(single.current).toMatchObject({ status: 'submitted', version: 2 });
    const bulk = expectError(
      await t.api.post(`${planPath}/approvals`, {
        action: 'approve',
        items: [{ indicator: 'PG1.1.1', period: '2026-H2' }],
      }),
      409,
      'SELF_APPROVAL',
    );
    expect(bulk.details).toEqual([
      { path: 'items[0]', code: 'SELF_APPROVAL', message: expect.stringContaining('PG1.1.1 2026-H2') },
    ]);
    expect(await state()).toEqual(before);

    // A value the park manager entered and someone else submitted: neither may approve it.
    const other = `${planPath}/indicators/PG1.1.2/values/2026-H2`;
    await ok(users.park.client.put(other, { value: 7 }), 201);
    await ok(t.api.post(`${other}/submit`, {}));
    expectError(await t.api.post(`${other}/approve`, {}), 409, 'SELF_APPROVAL');
    // The planner entered nothing: the approvals go through.
    await ok(users.planner.client.post(`${route}/approve`, {}));
    await ok(users.planner.client.post(`${other}/approve`, {}));
  });
});

/** Whether a request is still waiting after `ms` milliseconds. */
async function pendingAfter(request: Promise<unknown>, ms: number): Promise<boolean> {
  const marker = Symbol('pending');
  const first = await Promise.race([
    request,
    new Promise((resolve) => setTimeout(() => resolve(marker), ms)),
  ]);
  return first === marker;
}

describe('locks of one-by-one entry (issue 3): per indicator, and never into a closing period', () => {
  it('an entry waits only for entries of its own indicator; plan-wide steps wait for entries and entries for them', async () => {
    const planPath = await freshPlan();
    const entry = (code: string): string => `${planPath}/indicators/${code}/values/2026-H2`;
    const id = planPath.split('/').pop() as string;

    // An entry of PG1.1.1 in flight: its plan row shared, its indicator row locked.
    const inFlight = t.dataSource.createQueryRunner();
    await inFlight.connect();
    await inFlight.startTransaction();
    try {
      await inFlight.query('SELECT id FROM plans WHERE id = $1 FOR KEY SHARE', [id]);
      await inFlight.query(
        `SELECT id FROM indicators WHERE plan_id = $1 AND code = 'PG1.1.1' FOR NO KEY UPDATE`,
        [id],
      );
      // Another indicator's entry goes through at once.
      expect((await users.park.client.put(entry('PG1.1.2'), { value: 7 })).status).toBe(201);
      // The same indicator's entry and closing the period wait.
      const same = users.park.client.put(entry('PG1.1.1'), { value: 140000 });
      const close = users.planner.client.post(`${planPath}/periods/2026/close`, {});
      expect(await pendingAfter(same, 300)).toBe(true);
      expect(await pendingAfter(close, 50)).toBe(true);
      await inFlight.commitTransaction();
      expect((await same).status).toBe(201);
      expect((await close).status).toBe(200);
    } finally {
      if (inFlight.isTransactionActive) await inFlight.rollbackTransaction();
      await inFlight.release();
    }
  });

  it('an entry that arrives while the period is being closed waits, then finds it closed', async () => {
    const planPath = await freshPlan();
    const id = planPath.split('/').pop() as string;
    // A close in flight, as PeriodsService does it: the plan row locked for update, the period closed.
    const closing = t.dataSource.createQueryRunner();
    await closing.connect();
    await closing.startTransaction();
    try {
      await closing.query('SELECT id FROM plans WHERE id = $1 FOR UPDATE', [id]);
      await closing.query(
        `UPDATE assessment_periods SET status = 'closed' WHERE plan_id = $1 AND period = '2026'`,
        [id],
      );
      const put = users.park.client.put(`${planPath}/indicators/PG1.1.1/values/2026-H2`, { value: 1 });
      expect(await pendingAfter(put, 300)).toBe(true);
      await closing.commitTransaction();
      expectError(await put, 409, 'PERIOD_CLOSED');
    } finally {
      if (closing.isTransactionActive) await closing.rollbackTransaction();
      await closing.release();
    }
    expect((await values(planPath, 'PG1.1.1')).map((value) => value.period)).toEqual(['2025-H1', '2025-H2']);
  });

  it('many entries of different indicators at once, beside a plan edit, all succeed (no deadlock)', async () => {
    const planPath = await freshPlan();
    await ok(t.api.post(`${planPath}/periods`, { period: '2026-H1' }), 201);
    const slots: Array<[code: string, period: string, client: ApiClient]> = [
      ['PG1.1.1', '2026-H1', users.park.client],
      ['PG1.1.2', '2026-H1', users.park.client],
      ['PG1.1.1', '2026-H2', users.park.client],
      ['PG1.1.2', '2026-H2', users.park.client],
      ['PG1.1.3', '2026', users.park.client],
      ['PG1.2.1', '2026-H1', t.api],
      ['PG1.2.1', '2026-H2', t.api],
    ];
    const requests = [1, 2, 3].flatMap((round) =>
      slots.map(([code, period, client]) =>
        // Values far below A: implausible (issue 11), so each carries its note.
        client.put(`${planPath}/indicators/${code}/values/${period}`, { value: round, note: 'Deneme' }),
      ),
    );
    // A plan edit a plan in force still takes (issue 9: its content changes only through updates),
    // through the plan editor and its lock of the plan row all the same.
    const edit = t.api.patch(planPath, { settings: { statusThresholds: { good: 90, warning: 60 } } });
    const statuses = (await Promise.all(requests)).map((response) => response.status);
    expect(statuses.every((status) => status === 200 || status === 201)).toBe(true);
    expect(statuses.filter((status) => status === 201)).toHaveLength(slots.length);
    expect((await edit).status).toBe(200);
  });
});
