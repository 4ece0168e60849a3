import { describe, expect, it } from '@jest/globals';
import type { PlanDocument } from '../../src/contracts/plan-document.js';
import type { ProgressResponse } from '../../src/contracts/progress.js';
import { OPEN_DATA_COLUMNS, type OpenDataResponse } from '../../src/contracts/public.js';
import { DEFAULT_OPEN_DATA_LICENCE } from '../../src/config/app-config.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { expectError } from '../support/expect-error.js';
import { addMember, importPlan, ok, type Member } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

/**
 * Open data (GET /api/public/plans/:id/data.csv and data.json): every approved figure of a
 * published plan, under stable column names, with the numbers of the public progress answer.
 * The plan is the worked example (domain.md 4.4) without the values of PG1.2.1, whose 2025
 * year-end value the test enters, submits and approves.
 */

const t = useTestApp();
let serial = 0;

interface Plan {
  planId: string;
  plan: string;
  planner: Member;
  zabita: Member;
}

async function publishedPlan(options: { publish: boolean }): Promise<Plan> {
  serial += 1;
  const doc: PlanDocument = workedExampleDocument({ institutionName: `Açık Veri Belediyesi ${serial}` });
  delete doc.plan.aims[0].targets[1].indicators[0].values;
  const { planId, plan, institutionId } = await importPlan(t.api, doc);
  const member = (role: string, units?: string[]): Promise<Member> =>
    addMember(t, {
      email: `${role}-${serial}@open-data.test`,
      name: `Kullanıcı ${serial}`,
      password: 'a-long-password',
      institutionId,
      role,
      units,
    });
  const planner = await member('planner');
  const zabita = await member('unit_manager', ['ZABITA']);
  if (options.publish) await ok(planner.client.post(`${plan}/publish`));
  return { planId, plan, planner, zabita };
}

/** A small RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF line ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += char;
  }
  return rows;
}

const csvPath = (planId: string): string => `/api/public/plans/${planId}/data.csv`;
const jsonPath = (planId: string): string => `/api/public/plans/${planId}/data.json`;
const valueRoute = (plan: string, action = ''): string =>
  `${plan}/indicators/PG1.2.1/values/2025-H2${action ? `/${action}` : ''}`;

describe('open data of a published plan', () => {
  it('holds approved figures only, under stable columns, with the numbers of the public progress', async () => {
    const { planId, plan, planner, zabita } = await publishedPlan({ publish: true });

    // A value entered and submitted but not approved: in neither file.
    await ok(t.api.post(`${plan}/periods`, { period: '2025' }), 201);
    await ok(zabita.client.put(valueRoute(plan), { value: 59, deviationReason: 'Araç arızası' }), 201);
    await ok(zabita.client.post(valueRoute(plan, 'submit'), {}));
    const pending = await ok(t.anonymous.get<OpenDataResponse>(jsonPath(planId)));
    expect(pending.rows.filter((row) => row.indicator_code === 'PG1.2.1')).toEqual([]);
    const pendingCsv = (await t.anonymous.download(csvPath(planId))).body.toString('utf8');
    expect(pendingCsv).not.toContain('PG1.2.1');

    await ok(planner.client.post(valueRoute(plan, 'approve'), {}));
    const csv = await t.anonymous.download(csvPath(planId));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.headers.get('content-disposition')).toBe(
      `attachment; filename="pusula-acik-veri-2025-2029-${planId}.csv"`,
    );
    expect(csv.headers.get('link')).toBe(`<${DEFAULT_OPEN_DATA_LICENCE.url}>; rel="license"`);
    // UTF-8 with a byte-order mark, so that Excel reads "Şeffaflık" and "Zabıta" right.
    expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...lines] = parseCsv(csv.body.toString('utf8').slice(1));
    expect(header).toEqual([...OPEN_DATA_COLUMNS]);

    const json = await t.anonymous.download(jsonPath(planId));
    expect(json.headers.get('content-disposition')).toBe(
      `inline; filename="pusula-acik-veri-2025-2029-${planId}.json"`,
    );
    const data = JSON.parse(json.body.toString('utf8')) as OpenDataResponse;
    expect(data.licence).toEqual(DEFAULT_OPEN_DATA_LICENCE);
    expect(data.basis).toBe('approved');
    expect(data.columns).toEqual([...OPEN_DATA_COLUMNS]);
    expect(data.plan).toMatchObject({ id: planId, startYear: 2025, endYear: 2029 });
    // The CSV and the JSON hold the same rows, field by field.
    expect(lines).toHaveLength(data.rows.length);
    lines.forEach((line, index) => {
      const row = data.rows[index];
      expect(line).toEqual(
        OPEN_DATA_COLUMNS.map((column) => (row[column] === null ? '' : String(row[column]))),
      );
    });

    // The approved year-end value of PG1.2.1: (59 − 50) / (60 − 50) × 100 = 90.
    const pg121 = data.rows.filter((row) => row.indicator_code === 'PG1.2.1');
    expect(pg121).toEqual([
      expect.objectContaining({
        period: '2025-H2',
        assessed_period: '2025',
        target_code: 'H1.2',
        entered_value: 59,
        baseline: 50,
        target_value: 60,
        actual_value: 59,
        rate: 90,
        revised: false,
        approved_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      }),
    ]);

    // Every row's B, C and rate are those of the public progress of its assessed period.
    const periods = [...new Set(data.rows.map((row) => row.assessed_period as string))];
    expect(periods).toContain('2025');
    for (const period of periods) {
      const progress = await ok(
        t.anonymous.get<ProgressResponse>(`/api/public/plans/${planId}/progress?period=${period}`),
      );
      const byCode = new Map(
        progress.aims
          .flatMap((aim) => aim.targets.flatMap((target) => target.indicators))
          .map((item) => [item.code, item]),
      );
      for (const row of data.rows.filter((each) => each.assessed_period === period)) {
        const figure = byCode.get(row.indicator_code as string);
        expect([row.indicator_code, period, row.target_value, row.actual_value, row.rate]).toEqual([
          row.indicator_code,
          period,
          figure?.target,
          figure?.actual,
          figure?.rate,
        ]);
      }
    }
  });

  it('answers 404 PLAN_NOT_FOUND for a plan that is not published, or no plan at all', async () => {
    const { planId } = await publishedPlan({ publish: false });
    for (const id of [planId, '00000000-0000-4000-8000-000000000000', 'abc']) {
      expectError(await t.anonymous.get(csvPath(id)), 404, 'PLAN_NOT_FOUND');
      expectError(await t.anonymous.get(jsonPath(id)), 404, 'PLAN_NOT_FOUND');
    }
  });
});
