import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CalendarEvent, CalendarResponse } from '../../src/contracts/calendar.js';
import type { AuditPageResponse } from '../../src/contracts/audit.js';
import { resetClock, setClock } from '../../src/common/clock.js';
import { expectError } from '../support/expect-error.js';
import { expectRowsChanged, ok, refusedUnchanged, useExampleAndCast } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

/**
 * The institution's calendar over HTTP (issue 16 point 1): the statutory events computed from
 * its plan (the worked example: a municipality, election 31 March 2024, plan 2025–2029 in force)
 * and its own events, with roles, tenancy and refusals that leave the database as it was.
 */

const t = useTestApp();
// The server's today, from before the plans are imported: 5 December 2026 in Istanbul.
beforeAll(() => setClock('2026-12-05T09:00:00Z'));
const cast = useExampleAndCast(t, 'takvim.local', ['Takvim Belediyesi', 'Komşu Belediye']);

let calendar: string;

beforeAll(() => {
  calendar = `/api/institutions/${cast.home.institutionId}/calendar`;
});

afterAll(() => resetClock());

const ownEvent = {
  title: 'Stratejik plan değerlendirme toplantısı',
  date: '2026-12-10',
  description: 'Birim müdürleriyle yıl sonu hazırlığı',
};

describe('GET /api/institutions/:id/calendar', () => {
  it.each(['admin', 'planner', 'unit_manager', 'reviewer'])(
    'a %s of the institution reads it',
    async (role) => {
      const client = {
        admin: cast.admin,
        planner: cast.planner,
        unit_manager: cast.unitManager,
        reviewer: cast.reviewer,
      }[role]?.client;
      if (!client) throw new Error(role);
      const answer = await ok(client.get<CalendarResponse>(`${calendar}?from=2026-01-01&to=2026-12-31`));
      expect([answer.from, answer.to, answer.asOf]).toEqual(['2026-01-01', '2026-12-31', '2026-12-05']);
      expect(answer.events.length).toBeGreaterThan(10);
    },
  );

  it('computes the council deadline of the plan from the election date, done because the plan was submitted', async () => {
    const answer = await ok(t.api.get<CalendarResponse>(`${calendar}?from=2024-01-01&to=2024-12-31`));
    const deadline = answer.events.find((event) => event.kind === 'council-deadline');
    expect(deadline).toMatchObject({
      date: '2024-09-30',
      planId: cast.home.planId,
      concerns: 'plan',
      actor: 'top-manager',
      done: true,
      state: 'done',
    });
    expect(deadline?.title).toContain('meclise sunmak için son gün');
    const english = await ok(
      t.api.get<CalendarResponse>(`${calendar}?from=2024-09-30&to=2024-09-30&lang=en`),
    );
    // By first day: the 2025 programme and budget (from 1 September 2024) overlap the day too.
    expect(english.events.map((event) => [event.kind, event.title])).toEqual([
      [
        'programme-budget',
        'The 2025 performance programme and budget go to the executive committee and the council',
      ],
      [
        'council-deadline',
        '2025-2029 Stratejik Planı: last day to submit it to the council (six months after the election)',
      ],
    ]);
  });

  it('judges the entry deadlines on the periods: open before its deadline is upcoming, closed is done', async () => {
    await ok(t.api.post(`${cast.home.plan}/periods`, { period: '2026' }), 201);
    await ok(t.api.post(`${cast.home.plan}/periods`, { period: '2026-H1' }), 201);
    await ok(t.api.post(`${cast.home.plan}/periods/2026-H1/close`, {}));
    const answer = await ok(t.api.get<CalendarResponse>(`${calendar}?from=2026-07-01&to=2027-01-31`));
    const deadlines = answer.events
      .filter((event) => event.kind === 'entry-deadline')
      .map((event) => [event.period, event.date, event.state]);
    expect(deadlines).toEqual([
      ['2026-H1', '2026-07-15', 'done'],
      ['2026', '2027-01-15', 'upcoming'],
    ]);
    expect(answer.events.map((event) => event.date)).toEqual(
      [...answer.events.map((event) => event.date)].sort(),
    );
  });

  it('defaults to the current year in Istanbul', async () => {
    const answer = await ok(t.api.get<CalendarResponse>(calendar));
    expect([answer.from, answer.to]).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('answers 404 to a member of another institution and for an unknown institution', async () => {
    expectError(await cast.foreignPlanner.client.get(calendar), 404, 'INSTITUTION_NOT_FOUND');
    expectError(await t.api.get('/api/institutions/abc/calendar'), 404, 'INSTITUTION_NOT_FOUND');
    expectError(
      await t.api.get('/api/institutions/00000000-0000-4000-8000-000000000000/calendar'),
      404,
      'INSTITUTION_NOT_FOUND',
    );
  });

  it.each([
    ['from=2026-02-30', 'VALIDATION_FAILED', 'from'],
    ['to=31.12.2026', 'VALIDATION_FAILED', 'to'],
    ['from=2026-12-31&to=2026-01-01', 'CALENDAR_RANGE', 'to'],
    ['from=2020-01-01&to=2030-01-01', 'CALENDAR_RANGE', 'to'],
    ['when=2026', 'VALIDATION_FAILED', 'when'],
  ])('refuses ?%s with 400 %s on %s', async (query, code, path) => {
    const body = expectError(await cast.planner.client.get(`${calendar}?${query}`), 400, code);
    expect(new Set(body.details?.map((detail) => detail.path))).toEqual(new Set([path]));
    expect(body.message.length).toBeGreaterThan(0);
  });
});

describe('the unit filter (?unit=)', () => {
  /** The ids of the home institution's units PARK and ZABITA, and of the other institution's PARK. */
  let park: string, zabita: string, foreignPark: string;

  beforeAll(async () => {
    const units = await t.dataSource.query<Array<{ id: string; code: string; institution_id: string }>>(
      'SELECT id, code, institution_id FROM units WHERE institution_id = ANY($1)',
      [[cast.home.institutionId, cast.other.institutionId]],
    );
    const find = (institutionId: string, code: string): string => {
      const unit = units.find((row) => row.institution_id === institutionId && row.code === code);
      if (!unit) throw new Error(code);
      return unit.id;
    };
    park = find(cast.home.institutionId, 'PARK');
    zabita = find(cast.home.institutionId, 'ZABITA');
    foreignPark = find(cast.other.institutionId, 'PARK');
  });

  it('names the institution’s units, and the units each period and report event concerns', async () => {
    const answer = await ok(t.api.get<CalendarResponse>(`${calendar}?from=2026-01-01&to=2026-12-31`));
    expect(answer.unitId).toBeNull();
    expect(answer.units).toEqual([
      { id: park, code: 'PARK', name: 'Park ve Bahçeler Müdürlüğü' },
      { id: zabita, code: 'ZABITA', name: 'Zabıta Müdürlüğü' },
    ]);
    const unitsOf = (kind: CalendarEvent['kind']): string[][] =>
      answer.events.filter((event) => event.kind === kind).map((event) => event.unitIds);
    // Both targets' indicators are monitored every six months: both units owe every period.
    expect(unitsOf('entry-deadline')).toEqual([[park, zabita].sort(), [park, zabita].sort()]);
    expect(unitsOf('unit-activity-reports')).toEqual([[park, zabita].sort()]);
    expect(unitsOf('approval-deadline')).toEqual([[], []]);
    expect(unitsOf('audit-committee-report')).toEqual([[]]);
  });

  it('answers only the events of the unit, its own tasks among them, to every member', async () => {
    const task = await ok(
      cast.planner.client.post<CalendarEvent>(`${calendar}/events`, {
        title: 'Zabıta birim faaliyet raporu toplantısı',
        date: '2026-02-10',
        actor: 'unit_manager',
        unitId: zabita,
      }),
      201,
    );
    expect(task.unitIds).toEqual([zabita]);
    const forZabita = await ok(
      cast.unitManager.client.get<CalendarResponse>(
        `${calendar}?from=2026-01-01&to=2026-12-31&unit=${zabita}`,
      ),
    );
    expect(forZabita.unitId).toBe(zabita);
    expect(forZabita.events.map((event) => [event.date, event.kind])).toEqual([
      ['2026-01-15', 'entry-deadline'],
      ['2026-02-10', 'own'],
      ['2026-02-28', 'unit-activity-reports'],
      ['2026-06-30', 'period-end'],
      ['2026-07-15', 'entry-deadline'],
      ['2026-12-31', 'period-end'],
    ]);
    expect(forZabita.events.every((event) => event.unitIds.includes(zabita))).toBe(true);
    const forPark = await ok(
      cast.reviewer.client.get<CalendarResponse>(`${calendar}?from=2026-01-01&to=2026-12-31&unit=${park}`),
    );
    expect(forPark.events.some((event) => event.id === task.id)).toBe(false);
    expect(forPark.events.map((event) => event.kind)).toEqual([
      'entry-deadline',
      'unit-activity-reports',
      'period-end',
      'entry-deadline',
      'period-end',
    ]);
    // Unfiltered, the unit's task is one of the institution's events.
    const all = await ok(t.api.get<CalendarResponse>(`${calendar}?from=2026-02-10&to=2026-02-10`));
    expect(all.events.map((event) => event.id)).toContain(task.id);
  });

  it.each([
    ['unit=PARK', 'VALIDATION_FAILED'],
    ['unit=', 'VALIDATION_FAILED'],
    [`unit=00000000-0000-4000-8000-000000000000`, 'UNKNOWN_UNIT'],
  ])('refuses ?%s with 400 %s on unit', async (query, code) => {
    const body = expectError(await cast.planner.client.get(`${calendar}?${query}`), 400, code);
    expect(body.details?.map((detail) => detail.path)).toEqual(['unit']);
    expect(body.message).not.toMatch(/[A-Z]{4,}_/);
  });

  it('answers 404 for a unit of another institution, and to a member of another institution', async () => {
    const body = expectError(
      await cast.planner.client.get(`${calendar}?unit=${foreignPark}`),
      404,
      'UNIT_NOT_FOUND',
    );
    // The other institution's unit is not named.
    expect(body.message).toBe('Birim bulunamadı');
    expectError(
      await cast.foreignPlanner.client.get(`${calendar}?unit=${foreignPark}`),
      404,
      'INSTITUTION_NOT_FOUND',
    );
    expectError(
      await cast.foreignPlanner.client.get(`${calendar}?unit=${park}`),
      404,
      'INSTITUTION_NOT_FOUND',
    );
    // Their own institution's calendar with their unit is theirs to read.
    const theirs = await ok(
      cast.foreignPlanner.client.get<CalendarResponse>(
        `/api/institutions/${cast.other.institutionId}/calendar?unit=${foreignPark}`,
      ),
    );
    expect(theirs.unitId).toBe(foreignPark);
  });

  it("refuses an own event for another institution's unit or an unknown one (400 UNKNOWN_UNIT) and stores nothing", async () => {
    for (const unitId of [foreignPark, '00000000-0000-4000-8000-000000000000']) {
      const body = await refusedUnchanged(t, 400, 'UNKNOWN_UNIT', () =>
        cast.planner.client.post(`${calendar}/events`, { ...ownEvent, unitId }),
      );
      expect(body.details).toEqual([expect.objectContaining({ path: 'unitId', code: 'UNKNOWN_UNIT' })]);
    }
    await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      cast.planner.client.post(`${calendar}/events`, { ...ownEvent, unitId: 'PARK' }),
    );
  });
});

describe('own events', () => {
  it('a planner adds one: it is audited and shown in the calendar to every member', async () => {
    const before = await t.countRows();
    const created = await ok(cast.planner.client.post<CalendarEvent>(`${calendar}/events`, ownEvent), 201);
    expect(created).toMatchObject({
      ...ownEvent,
      kind: 'own',
      endDate: null,
      concerns: 'institution',
      planId: null,
      actor: 'planner',
      done: false,
      state: 'upcoming',
      version: 1,
    });
    await expectRowsChanged(t, before, { institution_events: 1 });
    const rows = await t.dataSource.query<Array<{ entity: string; action: string; actor_email: string }>>(
      `SELECT entity, action, actor_email FROM audit_log WHERE entity_id = $1`,
      [created.id],
    );
    expect(rows).toEqual([
      { entity: 'institution_event', action: 'insert', actor_email: cast.planner.email },
    ]);
    const seen = await ok(
      cast.reviewer.client.get<CalendarResponse>(`${calendar}?from=2026-12-01&to=2026-12-31`),
    );
    expect(seen.events.filter((event) => event.kind === 'own').map((event) => event.id)).toEqual([
      created.id,
    ]);
    const elsewhere = await ok(
      cast.foreignPlanner.client.get<CalendarResponse>(
        `/api/institutions/${cast.other.institutionId}/calendar?from=2026-12-01&to=2026-12-31`,
      ),
    );
    expect(elsewhere.events.some((event) => event.kind === 'own')).toBe(false);
  });

  it('an admin adds one for a plan, spanning days; its plan audit shows it', async () => {
    const created = await ok(
      cast.admin.client.post<CalendarEvent>(`${calendar}/events`, {
        title: 'Paydaş çalıştayı',
        date: '2027-02-01',
        endDate: '2027-02-03',
        planId: cast.home.planId,
        actor: 'unit_manager',
      }),
      201,
    );
    expect(created).toMatchObject({ concerns: 'plan', planId: cast.home.planId, endDate: '2027-02-03' });
    const trail = await ok(t.api.get<AuditPageResponse>(`${cast.home.plan}/audit?entity=institution_event`));
    expect(trail.items.map((item) => item.entityId)).toContain(created.id);
  });

  it.each([
    ['a unit manager', () => cast.unitManager, 403, 'FORBIDDEN'],
    ['a reviewer', () => cast.reviewer, 403, 'FORBIDDEN'],
    ['a planner of another institution', () => cast.foreignPlanner, 404, 'INSTITUTION_NOT_FOUND'],
  ])('%s cannot add one; nothing is stored', async (_who, member, status, code) => {
    await refusedUnchanged(t, status, code, () => member().client.post(`${calendar}/events`, ownEvent));
  });

  it.each([
    [{ ...ownEvent, title: '' }, 'VALIDATION_FAILED', ['title']],
    [{ date: '2026-12-10' }, 'VALIDATION_FAILED', ['title']],
    [{ ...ownEvent, date: '2026-13-01' }, 'VALIDATION_FAILED', ['date']],
    [{ ...ownEvent, actor: 'mayor' }, 'VALIDATION_FAILED', ['actor']],
    [{ ...ownEvent, endDate: '2026-12-09' }, 'DATE_ORDER', ['endDate']],
    [{ ...ownEvent, planId: 'x' }, 'VALIDATION_FAILED', ['planId']],
  ])('refuses %j with 400 %s and stores nothing', async (body, code, paths) => {
    const refused = await refusedUnchanged(t, 400, code, () =>
      cast.planner.client.post(`${calendar}/events`, body),
    );
    expect(new Set(refused.details?.map((detail) => detail.path))).toEqual(new Set(paths));
  });

  it("refuses another institution's plan (400 UNKNOWN_PLAN) and stores nothing", async () => {
    const body = await refusedUnchanged(t, 400, 'UNKNOWN_PLAN', () =>
      cast.planner.client.post(`${calendar}/events`, { ...ownEvent, planId: cast.other.planId }),
    );
    expect(body.details).toEqual([expect.objectContaining({ path: 'planId', code: 'UNKNOWN_PLAN' })]);
  });

  it('a planner changes one (done turns it done), refusals change nothing, a stale version is 409', async () => {
    const created = await ok(cast.planner.client.post<CalendarEvent>(`${calendar}/events`, ownEvent), 201);
    const route = `${calendar}/events/${created.id}`;
    const changed = await ok(
      cast.planner.client.patch<CalendarEvent>(route, {
        version: 1,
        title: 'Yıl sonu toplantısı',
        done: true,
      }),
    );
    expect(changed).toMatchObject({ title: 'Yıl sonu toplantısı', done: true, state: 'done', version: 2 });
    const [update] = await t.dataSource.query<Array<{ action: string; actor_email: string }>>(
      `SELECT action, actor_email FROM audit_log WHERE entity_id = $1 AND action = 'update'`,
      [created.id],
    );
    expect(update).toEqual({ action: 'update', actor_email: cast.planner.email });
    await refusedUnchanged(t, 409, 'STALE_VERSION', () =>
      cast.planner.client.patch(route, { version: 1, title: 'X' }),
    );
    await refusedUnchanged(t, 400, 'DATE_ORDER', () =>
      cast.planner.client.patch(route, { endDate: '2026-01-01' }),
    );
    await refusedUnchanged(t, 400, 'VALIDATION_FAILED', () =>
      cast.planner.client.patch(route, { done: 'evet' }),
    );
    await refusedUnchanged(t, 403, 'FORBIDDEN', () => cast.unitManager.client.patch(route, { title: 'X' }));
    await refusedUnchanged(t, 404, 'INSTITUTION_NOT_FOUND', () =>
      cast.foreignPlanner.client.patch(route, { title: 'X' }),
    );
    // Another institution's route does not reach this event either.
    await refusedUnchanged(t, 404, 'CALENDAR_EVENT_NOT_FOUND', () =>
      cast.foreignPlanner.client.patch(
        `/api/institutions/${cast.other.institutionId}/calendar/events/${created.id}`,
        {
          title: 'X',
        },
      ),
    );
    const stored = await t.dataSource.query<Array<{ title: string; version: number }>>(
      'SELECT title, version FROM institution_events WHERE id = $1',
      [created.id],
    );
    expect(stored).toEqual([{ title: 'Yıl sonu toplantısı', version: 2 }]);
  });

  it('a planner deletes one; others cannot; a second delete is 404', async () => {
    const created = await ok(cast.planner.client.post<CalendarEvent>(`${calendar}/events`, ownEvent), 201);
    const route = `${calendar}/events/${created.id}`;
    await refusedUnchanged(t, 403, 'FORBIDDEN', () => cast.reviewer.client.delete(route));
    await refusedUnchanged(t, 404, 'CALENDAR_EVENT_NOT_FOUND', () =>
      cast.foreignPlanner.client.delete(
        `/api/institutions/${cast.other.institutionId}/calendar/events/${created.id}`,
      ),
    );
    const before = await t.countRows();
    await ok(cast.planner.client.delete(route), 204);
    await expectRowsChanged(t, before, { institution_events: -1 });
    await refusedUnchanged(t, 404, 'CALENDAR_EVENT_NOT_FOUND', () => cast.planner.client.delete(route));
    await refusedUnchanged(t, 404, 'CALENDAR_EVENT_NOT_FOUND', () =>
      cast.planner.client.delete(`${calendar}/events/not-an-id`),
    );
  });
});
