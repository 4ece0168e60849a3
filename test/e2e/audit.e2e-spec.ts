import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { AuditEntryResponse, AuditPageResponse } from '../../src/contracts/audit.js';
import type {
  ImportResponse,
  IndicatorValueResponse,
  PlanResponse,
  TargetResponse,
} from '../../src/contracts/resources.js';
import type { ValueStatus } from '../../src/contracts/workflow.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { TEST_ADMIN } from '../support/create-test-app.js';
import { expectError } from '../support/expect-error.js';
import { addMember } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

/**
 * The audit trail (GET /api/plans/:planId/audit): what the database's own triggers record for
 * an import and for edits, the filters and pages over it, and that audit_log refuses UPDATE,
 * DELETE and TRUNCATE even for its owner (a superuser here).
 *
 * Imported values count as approved and are locked, so value edits here enter new drafts in an
 * opened assessment period (PG1.1.3 has no 2025-H1 value in the worked example).
 */

let serial = 0;
const PASSWORD = 'denetim-izi-parolasi-2025';

const t = useTestApp();

/**
 * The worked example imported as a fresh plan. Its trail: 1 plan, 1 core value, 1 aim,
 * 2 targets, 4 indicators, 4 × 5 yearly targets and 5 values = 34 inserts.
 */
const IMPORT_ENTRIES = 34;

/**
 * `draft`: stored as taslak (a plan in force changes its content only through updates, issue 9);
 * `valueStatus`: the values' status (approved by default; a plan holding approved values is never
 * deleted).
 */
async function importWorkedExample(
  options: { draft?: boolean; valueStatus?: ValueStatus } = {},
): Promise<string> {
  serial += 1;
  const document = workedExampleDocument({
    institutionName: `Denetim Belediyesi ${serial}`,
    valueStatus: options.valueStatus,
  });
  if (options.draft) document.plan.status = 'taslak';
  const response = await t.api.post<ImportResponse>('/api/plans/import', document);
  expect(response.status).toBe(201);
  return response.body.id;
}

async function openPeriod(planId: string, period: string): Promise<void> {
  const response = await t.api.post(`/api/plans/${planId}/periods`, { period });
  expect({ period, status: response.status }).toEqual({ period, status: 201 });
}

/** PUT of a draft value: 201 when it creates the entry, 200 when it replaces it. */
async function enterValue(
  planId: string,
  code: string,
  period: string,
  value: number,
  status: 200 | 201,
): Promise<void> {
  const response = await t.api.put<IndicatorValueResponse>(
    `/api/plans/${planId}/indicators/${code}/values/${period}`,
    { value },
  );
  expect({ code, period, status: response.status }).toEqual({ code, period, status });
}

async function audit(planId: string, query = ''): Promise<AuditPageResponse> {
  const response = await t.api.get<AuditPageResponse>(`/api/plans/${planId}/audit${query}`);
  expect({ status: response.status, query }).toEqual({ status: 200, query });
  return response.body;
}

/** Every entry of the plan (one page of at most 500). */
async function allEntries(planId: string, query = ''): Promise<AuditEntryResponse[]> {
  const page = await audit(planId, `?pageSize=500${query}`);
  expect(page.items).toHaveLength(page.total);
  return page.items;
}

/** The database's clock with microseconds, in UTC: a boundary between two requests. */
async function databaseNow(): Promise<string> {
  const [row] = await t.dataSource.query<Array<{ now: string }>>(
    `SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS now`,
  );
  return row.now;
}

function shiftDay(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

async function auditRowCount(): Promise<number> {
  const [row] = await t.dataSource.query<Array<{ count: number }>>(
    'SELECT count(*)::int AS count FROM audit_log',
  );
  return row.count;
}

describe('what the trail records', () => {
  it('lists every row an import inserted: plan, core value, aim, targets, indicators, yearly targets, values', async () => {
    const planId = await importWorkedExample();
    const entries = await allEntries(planId);
    expect(entries).toHaveLength(IMPORT_ENTRIES);
    const [dbUser] = await t.dataSource.query<Array<{ name: string }>>('SELECT current_user AS name');
    for (const entry of entries) {
      expect(entry).toMatchObject({
        id: expect.stringMatching(/^\d+$/),
        at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        action: 'insert',
        oldValue: null,
        newValue: expect.any(Object),
        actor: { id: expect.any(String), email: TEST_ADMIN.email },
        dbUser: dbUser.name,
      });
    }
    expect((await audit(planId, `?user=${encodeURIComponent(TEST_ADMIN.email)}`)).total).toBe(IMPORT_ENTRIES);
    // Newest first: ids (the order of writing) strictly decrease, times never increase.
    const ids = entries.map((entry) => BigInt(entry.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    expect(new Set(ids).size).toBe(ids.length);
    const times = entries.map((entry) => entry.at);
    expect(times).toEqual([...times].sort().reverse());

    const of = (entity: AuditEntryResponse['entity']) => entries.filter((entry) => entry.entity === entity);
    expect(
      of('plan').map((entry) => [entry.entityId, entry.newValue?.title, entry.newValue?.startYear]),
    ).toEqual([[planId, '2025-2029 Stratejik Planı', 2025]]);
    expect(of('core_value').map((entry) => entry.newValue?.title)).toEqual([
      'Şeffaflık ve hesap verebilirlik',
    ]);
    expect(of('aim').map((entry) => entry.newValue?.code)).toEqual(['A1']);
    expect(
      of('target')
        .map((entry) => entry.newValue?.code)
        .sort(),
    ).toEqual(['H1.1', 'H1.2']);
    const indicators = of('indicator');
    expect(indicators.map((entry) => entry.newValue?.code).sort()).toEqual([
      'PG1.1.1',
      'PG1.1.2',
      'PG1.1.3',
      'PG1.2.1',
    ]);
    // Every entry belongs to a row of this plan, with the row's own id as entityId.
    for (const entry of entries) {
      expect(entry.newValue?.[entry.entity === 'plan' ? 'id' : 'planId']).toBe(planId);
      if (entry.entity !== 'indicator_target') expect(entry.entityId).toBe(entry.newValue?.id);
    }
    const codeOf = new Map(indicators.map((entry) => [entry.entityId, entry.newValue?.code as string]));

    const values = of('indicator_value').map((entry) => [
      codeOf.get(entry.newValue?.indicatorId as string),
      entry.period,
      entry.newValue?.period,
      entry.newValue?.value,
      entry.newValue?.deviationReason,
    ]);
    expect(values.sort()).toEqual([
      ['PG1.1.1', '2025-H1', '2025-H1', 108000, null],
      ['PG1.1.1', '2025-H2', '2025-H2', 115000, 'İhale gecikti'],
      ['PG1.1.2', '2025-H2', '2025-H2', 7, 'Hedefin üzerinde iyileşme'],
      ['PG1.1.3', '2025-H2', '2025-H2', 45, 'Salon tadilatı'],
      ['PG1.2.1', '2025-H2', '2025-H2', 59, 'Araç arızası'],
    ]);

    // Yearly targets have no id of their own: entityId is <indicatorId>:<year>.
    const yearly = of('indicator_target');
    expect(yearly).toHaveLength(20);
    const parkArea = yearly
      .filter((entry) => codeOf.get(entry.newValue?.indicatorId as string) === 'PG1.1.1')
      .map((entry) => [entry.entityId, entry.newValue?.year, entry.newValue?.value, entry.period])
      .sort();
    const parkId = [...codeOf].find(([, code]) => code === 'PG1.1.1')?.[0];
    expect(parkArea).toEqual([
      [`${parkId}:2025`, 2025, 120000, null],
      [`${parkId}:2026`, 2026, 140000, null],
      [`${parkId}:2027`, 2027, 160000, null],
      [`${parkId}:2028`, 2028, 180000, null],
      [`${parkId}:2029`, 2029, 200000, null],
    ]);
  });

  it('records a value PUT and a target PATCH as updates holding only the fields that changed', async () => {
    const planId = await importWorkedExample({ draft: true });
    await openPeriod(planId, '2025-H1');
    await enterValue(planId, 'PG1.1.3', '2025-H1', 52, 201);
    await enterValue(planId, 'PG1.1.3', '2025-H1', 53.5, 200);
    const patch = await t.api.patch<TargetResponse>(`/api/plans/${planId}/targets/H1.1`, {
      title: 'Yeşil alanları genişletmek',
    });
    expect({ status: patch.status, title: patch.body.title }).toEqual({
      status: 200,
      title: 'Yeşil alanları genişletmek',
    });

    const entries = await allEntries(planId);
    expect(entries).toHaveLength(IMPORT_ENTRIES + 3);
    const [targetUpdate, valueUpdate, valueInsert] = entries;
    expect(targetUpdate).toMatchObject({
      entity: 'target',
      action: 'update',
      period: null,
      oldValue: { title: 'Yeşil alanları artırmak' },
      newValue: { title: 'Yeşil alanları genişletmek' },
    });
    // The PATCH also wrote responsible_unit_id (unchanged) and moved version: neither is recorded.
    expect(Object.keys(targetUpdate.oldValue ?? {})).toEqual(['title']);
    expect(Object.keys(targetUpdate.newValue ?? {})).toEqual(['title']);
    const targetInsert = entries.find(
      (entry) => entry.entity === 'target' && entry.newValue?.code === 'H1.1',
    );
    expect(targetUpdate.entityId).toBe(targetInsert?.entityId);

    expect(valueInsert).toMatchObject({
      entity: 'indicator_value',
      action: 'insert',
      period: '2025-H1',
      oldValue: null,
      newValue: { period: '2025-H1', value: 52, note: null, status: 'draft' },
    });
    // The second PUT rewrote note, status and the rest unchanged: only the value is recorded.
    expect(valueUpdate).toMatchObject({ entity: 'indicator_value', action: 'update', period: '2025-H1' });
    expect([valueUpdate.oldValue, valueUpdate.newValue]).toEqual([{ value: 52 }, { value: 53.5 }]);
    expect(valueUpdate.entityId).toBe(valueInsert.entityId);
  });

  it('shows who and why when the change ran with an actor, and finds it by user id or e-mail', async () => {
    // A draft: the aim of a plan in force changes only through an update.
    const planId = await importWorkedExample({ draft: true });
    const plan = await t.api.get<PlanResponse>(`/api/plans/${planId}`);
    const email = `planci${serial}@ornek.bel.tr`;
    const institutionId = plan.body.institution.id;
    const added = await addMember(t, {
      email,
      name: 'Planlamacı',
      password: PASSWORD,
      institutionId,
      role: 'planner',
    });
    const planner = added.client;
    const response = await planner.patch(
      `/api/plans/${planId}/aims/A1`,
      { title: 'Yaşanabilir bir kent' },
      { 'x-pusula-reason': encodeURIComponent('Meclis kararı 2025/12') },
    );
    expect(response.status).toBe(200);
    const actor = { id: added.id, email };

    const [latest] = (await audit(planId, '?pageSize=1')).items;
    expect(latest).toMatchObject({
      entity: 'aim',
      action: 'update',
      oldValue: { title: 'Yaşanabilir ve yeşil bir kent' },
      newValue: { title: 'Yaşanabilir bir kent' },
      reason: 'Meclis kararı 2025/12',
      actor,
    });
    for (const user of [actor.id, actor.email, actor.email.toUpperCase()]) {
      const page = await audit(planId, `?user=${encodeURIComponent(user)}`);
      expect({ user, total: page.total, ids: page.items.map((entry) => entry.id) }).toEqual({
        user,
        total: 1,
        ids: [latest.id],
      });
    }
    expect((await audit(planId, `?user=${randomUUID()}`)).total).toBe(0);
    expect((await audit(planId, '?user=baska@ornek.bel.tr')).total).toBe(0);
  });
});

describe('filters and pages', () => {
  it('filters by entity and entry period, and never shows another plan', async () => {
    const planId = await importWorkedExample();
    const otherPlanId = await importWorkedExample();
    await openPeriod(otherPlanId, '2025-H1');
    await enterValue(otherPlanId, 'PG1.1.3', '2025-H1', 52, 201);

    const yearly = await audit(planId, '?entity=indicator_target&pageSize=500');
    expect(yearly.total).toBe(20);
    expect(new Set(yearly.items.map((entry) => entry.entity))).toEqual(new Set(['indicator_target']));

    const plans = await audit(planId, '?entity=plan');
    expect(plans.items.map((entry) => [entry.entityId, entry.action])).toEqual([[planId, 'insert']]);

    const june = await audit(planId, '?period=2025-H1');
    expect(june.items.map((entry) => [entry.entity, entry.action, entry.newValue?.value])).toEqual([
      ['indicator_value', 'insert', 108000],
    ]);
    const juneOther = await audit(otherPlanId, '?period=2025-H1&entity=indicator_value');
    expect(juneOther.items.map((entry) => [entry.action, entry.newValue?.value])).toEqual([
      ['insert', 52],
      ['insert', 108000],
    ]);
    expect((await audit(planId, '?period=2025-H2')).total).toBe(4);
    expect((await audit(planId, '?period=2025')).total).toBe(0);
    expect((await audit(planId, '?period=2025-H2&entity=indicator')).total).toBe(0);
  });

  it('filters by an inclusive date range: timestamps to the microsecond, dates as whole UTC days', async () => {
    const planId = await importWorkedExample();
    await openPeriod(planId, '2025-H1');
    const boundary = await databaseNow();
    await enterValue(planId, 'PG1.1.3', '2025-H1', 52, 201);
    const entries = await allEntries(planId);
    expect(entries).toHaveLength(IMPORT_ENTRIES + 1);

    const after = await audit(planId, `?from=${boundary}`);
    expect(after.items.map((entry) => [entry.entity, entry.action, entry.period])).toEqual([
      ['indicator_value', 'insert', '2025-H1'],
    ]);
    expect((await audit(planId, `?to=${boundary}`)).total).toBe(IMPORT_ENTRIES);
    // The same instant with an offset, and the one entry alone between its own time and now.
    const istanbul = new Date(Date.parse(boundary) + 3 * 3_600_000).toISOString().replace('Z', '+03:00');
    expect((await audit(planId, `?to=${encodeURIComponent(istanbul)}`)).total).toBe(IMPORT_ENTRIES);
    const only = await audit(planId, `?from=${boundary}&to=${await databaseNow()}`);
    expect(only.items.map((entry) => entry.id)).toEqual([after.items[0].id]);

    const day = entries[0].at.slice(0, 10);
    const sameDay = entries.filter((entry) => entry.at.startsWith(day)).length;
    expect(sameDay).toBeGreaterThan(0);
    expect((await audit(planId, `?from=${day}&to=${day}`)).total).toBe(sameDay);
    expect((await audit(planId, `?to=${shiftDay(day, -1)}`)).total).toBe(
      entries.filter((entry) => entry.at < day).length,
    );
    expect((await audit(planId, `?from=${shiftDay(day, 1)}`)).total).toBe(0);
  });

  it('pages newest first with the total, defaults to page 1 of 50, and answers past the end with no items', async () => {
    const planId = await importWorkedExample();
    const everything = await allEntries(planId);

    const first = await audit(planId);
    expect({
      total: first.total,
      page: first.page,
      pageSize: first.pageSize,
      items: first.items.length,
    }).toEqual({
      total: IMPORT_ENTRIES,
      page: 1,
      pageSize: 50,
      items: IMPORT_ENTRIES,
    });

    const pages = [];
    for (const page of [1, 2, 3, 4]) {
      const body = await audit(planId, `?pageSize=10&page=${page}`);
      expect({ total: body.total, page: body.page, pageSize: body.pageSize }).toEqual({
        total: IMPORT_ENTRIES,
        page,
        pageSize: 10,
      });
      pages.push(body.items.map((entry) => entry.id));
    }
    expect(pages.map((ids) => ids.length)).toEqual([10, 10, 10, 4]);
    expect(pages.flat()).toEqual(everything.map((entry) => entry.id));

    const past = await audit(planId, '?pageSize=10&page=5');
    expect({ total: past.total, items: past.items }).toEqual({ total: IMPORT_ENTRIES, items: [] });
    const single = await audit(planId, '?pageSize=1&page=34');
    expect(single.items.map((entry) => entry.id)).toEqual([everything[33].id]);
  });
});

describe('append-only, enforced by the database', () => {
  it.each([
    ['UPDATE', `UPDATE audit_log SET reason = 'x'`],
    ['DELETE', 'DELETE FROM audit_log'],
    ['TRUNCATE', 'TRUNCATE audit_log'],
  ])('refuses %s even for the table’s owner and keeps every row', async (operation, sql) => {
    await importWorkedExample();
    const before = await auditRowCount();
    expect(before).toBeGreaterThanOrEqual(IMPORT_ENTRIES);
    // The app's own role has no such privilege at all (audit-integrity.e2e-spec.ts).
    await expect(t.ownerQuery(sql)).rejects.toMatchObject({
      code: '42501',
      message: `audit_log is append-only: ${operation} is not allowed`,
    });
    expect(await auditRowCount()).toBe(before);
    const [{ reasons }] = await t.dataSource.query<Array<{ reasons: number }>>(
      `SELECT count(*)::int AS reasons FROM audit_log WHERE reason = 'x'`,
    );
    expect(reasons).toBe(0);
  });

  it('keeps the trail of a deleted plan, which then answers 404 like any unknown plan', async () => {
    const planId = await importWorkedExample({ valueStatus: 'submitted' });
    expect((await t.api.delete(`/api/plans/${planId}`)).status).toBe(204);
    expectError(await t.api.get(`/api/plans/${planId}/audit`), 404, 'PLAN_NOT_FOUND');
    const rows = await t.dataSource.query<Array<{ action: string; count: number }>>(
      'SELECT action, count(*)::int AS count FROM audit_log WHERE plan_id = $1 GROUP BY action ORDER BY action',
      [planId],
    );
    // Every inserted row is deleted again by the cascade (core values, aims … values, the plan).
    expect(rows).toEqual([
      { action: 'delete', count: IMPORT_ENTRIES },
      { action: 'insert', count: IMPORT_ENTRIES },
    ]);
  });
});

describe('bad requests', () => {
  let planId: string;
  beforeAll(async () => {
    planId = await importWorkedExample();
  });

  it.each([
    ['entity=institution', 'entity', 'INVALID_ENUM'],
    ['entity=', 'entity', 'INVALID_ENUM'],
    ['user=nobody', 'user', 'INVALID_FORMAT'],
    ['period=2025-H3', 'period', 'INVALID_FORMAT'],
    ['period=25', 'period', 'INVALID_FORMAT'],
    ['from=yesterday', 'from', 'INVALID_FORMAT'],
    ['from=2025-02-30', 'from', 'INVALID_DATE'],
    ['to=2025-W01', 'to', 'INVALID_FORMAT'],
    ['to=2025-01-01T25:00Z', 'to', 'INVALID_DATE'],
    ['from=2025-03-02&to=2025-03-01', 'to', 'OUT_OF_RANGE'],
    ['page=0', 'page', 'OUT_OF_RANGE'],
    ['page=1.5', 'page', 'INVALID_TYPE'],
    ['page=99999999999999999999', 'page', 'OUT_OF_RANGE'],
    ['pageSize=501', 'pageSize', 'OUT_OF_RANGE'],
    ['pageSize=0', 'pageSize', 'OUT_OF_RANGE'],
    ['pageSize=ten', 'pageSize', 'INVALID_TYPE'],
    ['page=1&page=2', 'page', 'INVALID_TYPE'],
    ['sort=at', 'sort', 'UNKNOWN_FIELD'],
  ])('?%s → 400 VALIDATION_FAILED on %s (%s)', async (query, path, code) => {
    const body = expectError(
      await t.api.get(`/api/plans/${planId}/audit?${query}`),
      400,
      'VALIDATION_FAILED',
    );
    expect(body.details).toContainEqual({ path, code, message: expect.any(String) });
  });

  it('reports every bad value at once and accepts ?lang', async () => {
    const body = expectError(
      await t.api.get(`/api/plans/${planId}/audit?entity=x&pageSize=0&period=H1`),
      400,
      'VALIDATION_FAILED',
    );
    expect(body.details?.map((detail) => detail.path).sort()).toEqual(['entity', 'pageSize', 'period']);
    expect((await audit(planId, '?lang=en&pageSize=1')).total).toBe(IMPORT_ENTRIES);
  });

  it.each([
    ['an unknown plan', randomUUID()],
    ['a malformed id', 'not-a-plan'],
  ])('answers 404 PLAN_NOT_FOUND for %s', async (_label, id) => {
    expectError(await t.api.get(`/api/plans/${id}/audit`), 404, 'PLAN_NOT_FOUND');
  });
});
