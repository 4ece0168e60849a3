import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type { IndicatorDoc, PlanDocument, TargetDoc } from '../../src/contracts/plan-document.js';
import type { PublicPlanSummary } from '../../src/contracts/public.js';
import { TARGET_CARDS_IMPORT_URL } from '../../src/contracts/reports.js';
import type { ImportResponse } from '../../src/contracts/resources.js';
import { XLSX_CONTENT_TYPE } from '../../src/contracts/workbooks.js';
import { PLAN_LIMITS, PUBLIC_PLANS_PAGE_SIZE } from '../../src/modules/plans/plan-limits.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import type { ApiResponse } from '../support/api-client.js';
import { expectError } from '../support/expect-error.js';
import { refusedUnchanged } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

/**
 * Issue 9, point 9: documented size limits far above any real plan (plan-limits.ts). Before, a
 * 25,000-indicator plan was accepted and its anonymous progress answer was 9.8 MiB. A document
 * one over each limit is refused naming the limit; a plan at the indicator limit is accepted and
 * its public answers stay bounded; the one-by-one routes, updates and workbooks keep to the
 * limits; the public list is paged.
 */

jest.setTimeout(60_000);

const YEARS = ['2025', '2026', '2027', '2028', '2029'];
const DAYS_AGO_30 = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
let serial = 0;

const t = useTestApp();

function indicator(code: string, weight: number, values = false): IndicatorDoc {
  const targets = Object.fromEntries(YEARS.map((year, index) => [year, 10 * (index + 1)]));
  return {
    code,
    name: `Gösterge ${code}`,
    weight,
    direction: 'artis',
    valueType: 'duzey',
    baseline: 0,
    targets,
    // Approved values for every entry period, each year-end on target (no deviation reason
    // needed): the most a public answer of the plan can carry.
    ...(values
      ? {
          values: Object.fromEntries(
            YEARS.flatMap((year, index) => [
              [`${year}-H1`, { value: 10 * index + 4, status: 'approved' as const }],
              [`${year}-H2`, { value: 10 * (index + 1), status: 'approved' as const }],
            ]),
          ),
        }
      : {}),
  };
}

/** `count` indicators of target `a.t` whose whole-number weights sum to 100 (count ≤ 100). */
function indicators(a: number, t: number, count: number, values = false): IndicatorDoc[] {
  const each = Math.floor(100 / count);
  return Array.from({ length: count }, (_, i) =>
    indicator(`PG${a}.${t}.${i + 1}`, i === 0 ? 100 - each * (count - 1) : each, values),
  );
}

/**
 * A valid plan in force of `aims` aims × `targetsPerAim` targets × `perTarget` indicators, under a
 * fresh institution name; `draft` makes it a draft (its election a month ago, so it is in time).
 */
function sized(
  aims: number,
  targetsPerAim: number,
  perTarget: number,
  options: { draft?: boolean; values?: boolean } = {},
): PlanDocument {
  serial += 1;
  const doc = workedExampleDocument({ institutionName: `Sınır Belediyesi ${serial}` });
  doc.plan.aims = Array.from({ length: aims }, (_, a) => ({
    code: `A${a + 1}`,
    title: `Amaç ${a + 1}`,
    targets: Array.from({ length: targetsPerAim }, (_, ti): TargetDoc => ({
      code: `H${a + 1}.${ti + 1}`,
      title: `Hedef ${a + 1}.${ti + 1}`,
      responsibleUnit: 'PARK',
      indicators: indicators(a + 1, ti + 1, perTarget, options.values),
    })),
  }));
  if (options.draft) {
    doc.plan.status = 'taslak';
    delete doc.plan.submittedToCouncil;
    delete doc.plan.councilDecision;
    doc.institution.electionDate = DAYS_AGO_30;
  }
  return doc;
}

async function importOk(doc: PlanDocument): Promise<string> {
  const response = await t.api.post<ImportResponse>('/api/plans/import', doc);
  expect({ status: response.status, body: response.body }).toMatchObject({ status: 201 });
  return response.body.id;
}

/** A refused request that changed no row. */
function refused(status: number, code: string, request: () => Promise<ApiResponse>): Promise<ErrorBody> {
  return refusedUnchanged(t, status, code, request);
}

describe('a plan document over a limit is refused naming the limit (400 VALIDATION_FAILED, detail TOO_MANY)', () => {
  const many = <T>(count: number, make: (i: number) => T): T[] =>
    Array.from({ length: count }, (_, i) => make(i));
  const L = PLAN_LIMITS;
  /** A document of one aim, target and indicator (or `make`'s) with one list grown past its limit. */
  const over =
    (grow: (doc: PlanDocument) => void, make = () => sized(1, 1, 1)) =>
    (): PlanDocument => {
      const doc = make();
      grow(doc);
      return doc;
    };
  const card = (doc: PlanDocument) => doc.plan.aims[0].targets[0];
  const cases: Array<[string, () => PlanDocument, string, string]> = [
    ['aims', () => sized(L.aims + 1, 1, 1), 'plan.aims', 'at most 50 aims in a plan'],
    [
      'targets of an aim',
      () => sized(1, L.targetsPerAim + 1, 1),
      'plan.aims[0].targets',
      'at most 50 targets in an aim',
    ],
    ['targets of the plan', () => sized(11, 46, 1), 'plan.aims', 'at most 500 targets in a plan'],
    [
      'indicators of a target',
      over(
        (doc) => card(doc).indicators.push(indicator('PG1.1.101', 0)),
        () => sized(1, 1, L.indicatorsPerTarget),
      ),
      'plan.aims[0].targets[0].indicators',
      'at most 100 indicators in a target',
    ],
    ['indicators of the plan', () => sized(3, 7, 96), 'plan.aims', 'at most 2,000 indicators in a plan'],
    [
      'core values',
      over((doc) => (doc.plan.values = many(L.coreValues + 1, (i) => ({ title: `Değer ${i}` })))),
      'plan.values',
      'at most 100 core values in a plan',
    ],
    [
      'risks of a card',
      over((doc) => (card(doc).risks = many(L.listItemsPerTarget + 1, (i) => `Risk ${i}`))),
      'plan.aims[0].targets[0].risks',
      'at most 200 items in each list of a target card',
    ],
    [
      'activities of a card',
      over(
        (doc) => (card(doc).activities = many(L.activitiesPerTarget + 1, (i) => ({ name: `Faaliyet ${i}` }))),
      ),
      'plan.aims[0].targets[0].activities',
      'at most 200 activities and projects on a target card',
    ],
    [
      'collaborating units',
      over((doc) => (card(doc).collaboratingUnits = many(L.collaboratingUnits + 1, () => 'ZABITA'))),
      'plan.aims[0].targets[0].collaboratingUnits',
      'at most 200 collaborating units on a target card',
    ],
    [
      'units',
      over((doc) => (doc.units = many(L.units + 1, (i) => ({ code: `B${i}`, name: `Birim ${i}` })))),
      'units',
      'at most 1,000 units in a document',
    ],
    [
      'costing resources',
      over(
        (doc) =>
          (doc.plan.costing = {
            resources: many(L.resources + 1, (i) => ({ source: `Kaynak ${i}`, kind: 'butce', amounts: {} })),
          }),
      ),
      'plan.costing.resources',
      'at most 100 resources in the costing',
    ],
    [
      'rows of a situation analysis part',
      over(
        (doc) =>
          (doc.plan.analysis = { history: many(L.analysisRowsPerPart + 1, (i) => ({ text: `Satır ${i}` })) }),
      ),
      'plan.analysis.history',
      'at most 1,000 rows in a part of the situation analysis',
    ],
    [
      'findings and needs',
      over(
        (doc) =>
          (doc.plan.analysis = {
            findings: many(L.analysisItems + 1, (i) => ({
              code: `T${i + 1}`,
              kind: 'tespit' as const,
              text: `Tespit ${i}`,
            })),
          }),
      ),
      'plan.analysis.findings',
      'at most 1,000 findings and needs in the situation analysis',
    ],
    [
      'values of the document',
      over(
        (doc) => {
          // 2025–2035: 22 entry periods per indicator × 1,000 indicators = 22,000.
          doc.plan.endYear = 2035;
          const periods = Object.fromEntries(
            many(11, (y) => 2025 + y).flatMap((year) =>
              [`${year}-H1`, `${year}-H2`].map((period) => [period, { value: 1 }]),
            ),
          );
          for (const target of doc.plan.aims[0].targets)
            for (const item of target.indicators) item.values = periods;
        },
        () => sized(1, 10, 100),
      ),
      'plan.aims',
      'at most 20,000 values in a document',
    ],
  ];

  for (const [what, build, path, phrase] of cases) {
    it(`one over the limit of ${what}`, async () => {
      const doc = build();
      const body = await refused(400, 'VALIDATION_FAILED', () =>
        t.api.post('/api/plans/import?lang=en', doc),
      );
      expect(body.details).toEqual([{ path, code: 'TOO_MANY', message: expect.stringContaining(phrase) }]);
    });
  }
});

describe('a plan at the indicator limit', () => {
  let planId: string;
  beforeAll(async () => {
    // 4 aims × 5 targets × 100 indicators = 2,000, each with an approved value for every entry period.
    planId = await importOk(sized(4, 5, PLAN_LIMITS.indicatorsPerTarget, { values: true }));
  });

  it('is accepted whole, and its public answers stay bounded', async () => {
    const counts = (
      await t.api.get<{ counts: { indicators: number; values: number } }>(`/api/plans/${planId}`)
    ).body.counts;
    expect(counts).toMatchObject({ indicators: PLAN_LIMITS.indicators, values: PLAN_LIMITS.values });
    expect((await t.api.post(`/api/plans/${planId}/publish`)).status).toBe(200);
    const progress = await fetch(`${t.baseUrl}/api/public/plans/${planId}/progress?period=2025`);
    const plan = await fetch(`${t.baseUrl}/api/public/plans/${planId}`);
    expect([progress.status, plan.status]).toEqual([200, 200]);
    const sizes = {
      progress: (await progress.arrayBuffer()).byteLength,
      plan: (await plan.arrayBuffer()).byteLength,
    };
    // docs/api.md gives the measured figures: 577,205 and 2,714,404 bytes (the progress answer does
    // not grow with the number of values; the plan answer lists every approved value).
    expect(sizes.progress).toBeLessThan(1024 * 1024);
    expect(sizes.plan).toBeLessThan(3 * 1024 * 1024);
  });
});

describe('the one-by-one routes and updates keep to the limits (409 PLAN_LIMIT)', () => {
  /** The 101st indicator of a full target, added one by one or by a plan update. */
  const ONE_MORE_INDICATOR = {
    code: 'PG1.1.101',
    name: 'Bir fazla',
    weight: 0,
    direction: 'artis',
    valueType: 'duzey',
  } as const;

  it('refuses a core value, an aim, a target and an indicator beyond their limits', async () => {
    const full = sized(PLAN_LIMITS.aims, 1, 1, { draft: true });
    full.plan.values = Array.from({ length: PLAN_LIMITS.coreValues }, (_, i) => ({ title: `Değer ${i}` }));
    const plan = `/api/plans/${await importOk(full)}`;
    const coreValue = await refused(409, 'PLAN_LIMIT', () =>
      t.api.post(`${plan}/core-values?lang=en`, { title: 'Bir fazla' }),
    );
    expect(coreValue.details).toEqual([
      {
        path: 'title',
        code: 'PLAN_LIMIT',
        message: 'Too many: 101 given; the limit is at most 100 core values in a plan',
      },
    ]);
    const aim = await refused(409, 'PLAN_LIMIT', () =>
      t.api.post(`${plan}/aims?lang=en`, { code: 'A51', title: 'Bir fazla' }),
    );
    expect(aim.details?.[0]).toMatchObject({
      path: 'code',
      message: expect.stringContaining('at most 50 aims in a plan'),
    });

    const wide = `/api/plans/${await importOk(sized(1, PLAN_LIMITS.targetsPerAim, 1, { draft: true }))}`;
    const target = await refused(409, 'PLAN_LIMIT', () =>
      t.api.post(`${wide}/targets?lang=en`, {
        aim: 'A1',
        code: 'H1.51',
        title: 'Bir fazla',
        responsibleUnit: 'PARK',
      }),
    );
    expect(target.details?.[0]).toMatchObject({
      path: 'aim',
      message: expect.stringContaining('at most 50 targets in an aim'),
    });

    const deep = `/api/plans/${await importOk(sized(1, 1, PLAN_LIMITS.indicatorsPerTarget, { draft: true }))}`;
    const added = await refused(409, 'PLAN_LIMIT', () =>
      t.api.post(`${deep}/indicators?lang=en`, { target: 'H1.1', ...ONE_MORE_INDICATOR }),
    );
    expect(added.details?.[0]).toMatchObject({
      path: 'target',
      message: expect.stringContaining('at most 100 indicators in a target'),
    });
  });

  it('refuses a situation analysis row and a finding beyond their limits, changing nothing', async () => {
    const full = sized(1, 1, 1, { draft: true });
    full.plan.analysis = {
      swot: Array.from({ length: PLAN_LIMITS.analysisRowsPerPart }, (_, i) => ({
        kind: 'guclu' as const,
        text: `Güçlü yön ${i}`,
      })),
      findings: Array.from({ length: PLAN_LIMITS.analysisItems }, (_, i) => ({
        code: `İ${i + 1}`,
        kind: 'ihtiyac' as const,
        text: `İhtiyaç ${i}`,
      })),
    };
    const analysis = `/api/plans/${await importOk(full)}/analysis`;
    const row = await refused(409, 'PLAN_LIMIT', () =>
      t.api.post(`${analysis}/swot?lang=en`, { kind: 'zayif', text: 'Bir fazla' }),
    );
    expect(row.details).toEqual([
      {
        path: 'part',
        code: 'PLAN_LIMIT',
        message: 'Too many: 1,001 given; the limit is at most 1,000 rows in a part of the situation analysis',
      },
    ]);
    // Another part still has room.
    await expect(
      t.api.post(`${analysis}/pestle`, {
        category: 'sosyal',
        factor: 'Göç',
        trend: 'belirsiz',
        effect: 'tehdit',
      }),
    ).resolves.toMatchObject({ status: 201 });
    const item = await refused(409, 'PLAN_LIMIT', () =>
      t.api.post(`${analysis}/findings`, { kind: 'tespit', text: 'Bir fazla' }),
    );
    expect(item.details?.[0]).toMatchObject({
      path: 'code',
      message: expect.stringContaining('durum analizinde en çok 1.000 tespit ve ihtiyaç'),
    });
  });

  it('refuses an update that adds an indicator to a full target (400 UPDATE_RULES, detail PLAN_LIMIT)', async () => {
    const plan = `/api/plans/${await importOk(sized(1, 1, PLAN_LIMITS.indicatorsPerTarget))}`;
    const body = await refused(400, 'UPDATE_RULES', () =>
      t.api.post(`${plan}/updates?lang=en`, {
        effectiveYear: 2027,
        reason: 'Yeni gösterge',
        indicators: [
          {
            target: 'H1.1',
            ...ONE_MORE_INDICATOR,
            baseline: 0,
            targets: { '2027': 1, '2028': 2, '2029': 3 },
          },
        ],
      }),
    );
    expect(body.details).toEqual([
      {
        path: 'indicators',
        code: 'PLAN_LIMIT',
        message: 'H1.1: Too many: 101 given; the limit is at most 100 indicators in a target',
      },
    ]);
  });
});

describe('workbook uploads over their row limits (400 UPLOAD_TOO_MANY_ROWS)', () => {
  async function upload(path: string, workbook: ExcelJS.Workbook): Promise<ApiResponse<ErrorBody>> {
    const response = await fetch(`${t.baseUrl}${path}`, {
      method: 'POST',
      body: new Uint8Array(Buffer.from(await workbook.xlsx.writeBuffer())),
      headers: { 'content-type': XLSX_CONTENT_TYPE, authorization: `Bearer ${t.api.token}` },
    });
    return { status: response.status, body: (await response.json()) as ErrorBody, headers: response.headers };
  }

  it('a values workbook with more data rows than the indicator limit', async () => {
    const planId = await importOk(sized(1, 1, 1));
    const plan = `/api/plans/${planId}`;
    expect((await t.api.post(`${plan}/periods`, { period: '2026' })).status).toBe(201);
    const file = await fetch(`${t.baseUrl}${plan}/periods/2026/values-workbook`, {
      headers: { authorization: `Bearer ${t.api.token}` },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await file.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Değerler');
    if (!sheet) throw new Error('no Değerler sheet');
    // The template's one row, then copies of it up to one past the limit.
    const first = sheet.getRow(4).values as ExcelJS.CellValue[];
    for (let row = 5; row <= 3 + PLAN_LIMITS.valuesWorkbookRows + 1; row += 1)
      sheet.getRow(row).values = first;
    const body = await refused(400, 'UPLOAD_TOO_MANY_ROWS', () =>
      upload(`${plan}/periods/2026/values-workbook?lang=en`, workbook),
    );
    expect(body).toMatchObject({
      message: 'Too many: 2,001 given; the limit is at most 2,000 data rows in a values workbook',
      details: [{ path: 'Değerler', code: 'UPLOAD_TOO_MANY_ROWS' }],
    });
  });

  it('a target-card workbook with more rows than its limit', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Plan').getCell('A1').value = 'Dosya biçimi';
    workbook.addWorksheet('Birimler').getCell('A1').value = 'Birim kodu';
    const aim = workbook.addWorksheet('A1');
    for (let row = 1; row <= PLAN_LIMITS.targetCardWorkbookRows; row += 1) aim.getCell(row, 1).value = 'Risk';
    const body = await refused(400, 'UPLOAD_TOO_MANY_ROWS', () =>
      upload(`${TARGET_CARDS_IMPORT_URL}?lang=en`, workbook),
    );
    expect(body).toMatchObject({
      message: 'Too many: 50,002 given; the limit is at most 50,000 rows in a target-card workbook',
      details: [{ path: 'A1', code: 'UPLOAD_TOO_MANY_ROWS' }],
    });
  });
});

describe('the public plan list is paged', () => {
  it(`answers pages of at most ${PUBLIC_PLANS_PAGE_SIZE} with X-Total-Count, and refuses a larger page`, async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const id = await importOk(sized(1, 1, 1));
      expect((await t.api.post(`/api/plans/${id}/publish`)).status).toBe(200);
      ids.push(id);
    }
    const all = await t.anonymous.get<PublicPlanSummary[]>('/api/public/plans');
    const total = Number(all.headers.get('x-total-count'));
    expect(total).toBeGreaterThanOrEqual(3);
    expect(all.body).toHaveLength(total);
    const pages = [];
    for (let page = 1; page <= total; page += 1) {
      const one = await t.anonymous.get<PublicPlanSummary[]>(`/api/public/plans?pageSize=1&page=${page}`);
      expect(one.headers.get('x-total-count')).toBe(String(total));
      pages.push(...one.body.map((plan) => plan.id));
    }
    expect(pages).toEqual(all.body.map((plan) => plan.id));
    expect(pages).toEqual(expect.arrayContaining(ids));
    expect((await t.anonymous.get<PublicPlanSummary[]>(`/api/public/plans?page=${total + 1}`)).body).toEqual(
      [],
    );
    const tooBig = expectError(
      await t.anonymous.get(`/api/public/plans?pageSize=${PUBLIC_PLANS_PAGE_SIZE + 1}`),
      400,
      'VALIDATION_FAILED',
    );
    expect(tooBig.details?.map((detail) => [detail.path, detail.code])).toEqual([
      ['pageSize', 'OUT_OF_RANGE'],
    ]);
  });
});
