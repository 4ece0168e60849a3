import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import type {
  CalendarResponse,
  CalendarTokenResponse,
  CalendarTokenStatus,
} from '../../src/contracts/calendar.js';
import type { TasksResponse } from '../../src/contracts/tasks.js';
import type { TodayResponse } from '../../src/contracts/today.js';
import { resetClock, setClock } from '../../src/common/clock.js';
import type { ApiClient } from '../support/api-client.js';
import { expectError } from '../support/expect-error.js';
import { addMember, ok, type ImportedPlan, type Member, importExample } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

/**
 * The iCalendar feed (issue 16 point 6) opened by a per-user token, parsed back with ical.js, and
 * a unit manager's tasks (point 7): what their unit owes, what was returned, the open questions.
 */

const t = useTestApp();

let home: ImportedPlan;
let other: ImportedPlan;
let planner: Member;
let unitManager: Member;
let reviewer: Member;

beforeAll(async () => {
  // 5 December 2026 in Istanbul; 00:30 there is still 4 December in UTC.
  setClock('2026-12-04T21:30:00Z');
  home = await importExample(t.api, { institutionName: 'Akış Belediyesi' });
  other = await importExample(t.api, { institutionName: 'Öteki Belediye' });
  const member = (email: string, institutionId: string, role: string, units?: string[]) =>
    addMember(t, { email, name: email, institutionId, role, units });
  planner = await member('planlama@akis.local', home.institutionId, 'planner');
  unitManager = await member('park@akis.local', home.institutionId, 'unit_manager', ['PARK']);
  reviewer = await member('meclis@akis.local', home.institutionId, 'reviewer');
});

afterAll(() => resetClock());

/** The path and query of a feed URL, to fetch it from the test app. */
function pathOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

async function newToken(client: ApiClient, lang = 'tr'): Promise<CalendarTokenResponse> {
  return ok(client.post<CalendarTokenResponse>(`/api/account/calendar-token?lang=${lang}`, {}));
}

async function feedText(path: string): Promise<{ status: number; text: string; type: string | null }> {
  const response = await t.anonymous.download(path);
  return {
    status: response.status,
    text: response.body.toString('utf8'),
    type: response.headers.get('content-type'),
  };
}

/** The feed parsed back by ical.js, an iCalendar parser independent of the server's writer. */
function parsed(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

function feedOf(token: CalendarTokenResponse, institutionId: string): string {
  const feed = token.feeds.find((item) => item.institutionId === institutionId);
  if (!feed) throw new Error(`no feed for ${institutionId}`);
  return pathOf(feed.url);
}

describe('the calendar token', () => {
  it('is absent at first, then made, listed with one feed URL per institution of the user, and revoked', async () => {
    expect(await ok(planner.client.get<CalendarTokenStatus>('/api/account/calendar-token'))).toEqual({
      active: false,
      createdAt: null,
    });
    const token = await newToken(planner.client);
    expect(token.feeds).toEqual([
      {
        institutionId: home.institutionId,
        institutionName: 'Akış Belediyesi',
        url: expect.stringMatching(
          new RegExp(
            `^http://.+/api/institutions/${home.institutionId}/calendar\\.ics\\?token=[A-Za-z0-9_-]{40,}$`,
          ),
        ) as unknown as string,
      },
    ]);
    const status = await ok(planner.client.get<CalendarTokenStatus>('/api/account/calendar-token'));
    expect(status.active).toBe(true);
    // Only a hash is stored: the token itself is nowhere in the database.
    const secret = new URL(token.feeds[0].url).searchParams.get('token') ?? '';
    const rows = await t.ownerQuery<{ token_hash: string }>('SELECT token_hash FROM calendar_feed_tokens');
    expect(rows.map((row) => row.token_hash)).not.toContain(secret);
    expect(rows).toHaveLength(1);

    // Revoking is idempotent: a user without a token gets 204 too.
    expect((await t.api.delete('/api/account/calendar-token')).status).toBe(204);
    expect((await planner.client.delete('/api/account/calendar-token')).status).toBe(204);
    expect(await ok(planner.client.get<CalendarTokenStatus>('/api/account/calendar-token'))).toMatchObject({
      active: false,
    });
    const revoked = await feedText(feedOf(token, home.institutionId));
    expect([revoked.status, JSON.parse(revoked.text)]).toEqual([
      404,
      expect.objectContaining({ code: 'CALENDAR_FEED_NOT_FOUND', message: expect.any(String) as unknown }),
    ]);
  });

  it('needs a signed-in caller', async () => {
    expectError(await t.anonymous.post('/api/account/calendar-token', {}), 401, 'UNAUTHORIZED');
    expectError(await t.anonymous.get('/api/account/calendar-token'), 401, 'UNAUTHORIZED');
  });
});

describe('GET /api/institutions/:id/calendar.ics', () => {
  it('is an RFC 5545 feed of the calendar: all-day Istanbul dates, Turkish titles, who must act', async () => {
    const token = await newToken(planner.client, 'tr');
    const feed = await feedText(feedOf(token, home.institutionId));
    expect(feed.status).toBe(200);
    expect(feed.type).toMatch(/^text\/calendar/);
    // CRLF line ends, and no line longer than 75 octets.
    expect(feed.text.endsWith('\r\n')).toBe(true);
    const lines = feed.text.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(feed.text.replace(/\r\n/g, '')).not.toMatch(/\n/);

    const calendar = parsed(feed.text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    const json = await ok(
      t.api.get<CalendarResponse>(
        `/api/institutions/${home.institutionId}/calendar?from=2025-01-01&to=2027-12-31&lang=tr`,
      ),
    );
    expect(events.map((event) => event.summary).sort()).toEqual(
      json.events.map((event) => event.title).sort(),
    );
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);

    const entryDeadline = json.events.find(
      (event) => event.kind === 'entry-deadline' && event.period === '2026-H1',
    );
    if (!entryDeadline) throw new Error('no entry deadline of 2026-H1');
    const entry = events.find((event) => event.summary === entryDeadline.title);
    expect(entry?.startDate.isDate).toBe(true);
    expect(entry?.startDate.toString()).toBe(entryDeadline.date);
    expect(entry?.endDate.toString()).toBe('2026-07-16');
    expect(entry?.description).toContain('Kim yapacak: birim yöneticisi');

    // A span (the publication week, the programme and budget months) ends the day after its last day.
    const budget = json.events.find(
      (event) => event.kind === 'programme-budget' && event.programmeYear === 2027,
    );
    const budgetEvent = events.find((event) => event.summary === budget?.title);
    expect([budgetEvent?.startDate.toString(), budgetEvent?.endDate.toString()]).toEqual([
      '2026-09-01',
      '2026-11-01',
    ]);
  });

  it('keeps each event’s UID from one fetch to the next, answers in English when asked, and escapes text', async () => {
    const added = await ok(
      planner.client.post<{ id: string }>(`/api/institutions/${home.institutionId}/calendar/events`, {
        title: 'Çalıştay; birimler, müdürler',
        date: '2026-12-10',
        description: 'Birinci satır\nİkinci satır',
      }),
      201,
    );
    const token = await newToken(planner.client, 'en');
    const path = feedOf(token, home.institutionId);
    const parse = async (query = '') => {
      const feed = await feedText(`${path}${query}`);
      return parsed(feed.text)
        .getAllSubcomponents('vevent')
        .map((component) => new ICAL.Event(component));
    };
    const first = await parse();
    const second = await parse();
    expect(second.map((event) => event.uid)).toEqual(first.map((event) => event.uid));
    const own = first.find((event) => event.uid.startsWith(added.id));
    expect(own?.summary).toBe('Çalıştay; birimler, müdürler');
    expect(own?.description).toContain('Who acts: strategy unit');
    expect(own?.description).toContain('Birinci satır\nİkinci satır');
    expect(own?.startDate.toString()).toBe('2026-12-10');
    const periodEnd = async (lang: string) => {
      const json = await ok(
        t.api.get<CalendarResponse>(
          `/api/institutions/${home.institutionId}/calendar?from=2026-12-31&to=2026-12-31&lang=${lang}`,
        ),
      );
      return json.events.find((event) => event.kind === 'period-end')?.title;
    };
    const [english, turkishTitle] = [await periodEnd('en'), await periodEnd('tr')];
    expect(english).toMatch(/^The 2026 .* ends$/);
    expect(first.some((event) => event.summary === english)).toBe(true);
    // ?lang= on the URL overrides the language the token was made in.
    const turkish = await parse('&lang=tr');
    expect(turkish.some((event) => event.summary === turkishTitle)).toBe(true);
    expect(turkish.some((event) => event.summary === english)).toBe(false);
  });

  it('answers 404 to a wrong, revoked, replaced or foreign token, and to a user who left the institution', async () => {
    const first = await newToken(unitManager.client);
    const path = feedOf(first, home.institutionId);
    expect((await feedText(path)).status).toBe(200);
    const notFound = async (feedPath: string) => {
      const feed = await feedText(feedPath);
      expect({ feedPath, status: feed.status }).toEqual({ feedPath, status: 404 });
      expect(JSON.parse(feed.text)).toMatchObject({ code: 'CALENDAR_FEED_NOT_FOUND' });
    };
    // Another institution with this user's token; no token; a token of the wrong shape; an unknown one.
    await notFound(path.replace(home.institutionId, other.institutionId));
    await notFound(`/api/institutions/${home.institutionId}/calendar.ics`);
    await notFound(`/api/institutions/${home.institutionId}/calendar.ics?token=x`);
    await notFound(`/api/institutions/${home.institutionId}/calendar.ics?token=${'a'.repeat(43)}`);
    await notFound(`/api/institutions/not-a-uuid/calendar.ics?token=${'a'.repeat(43)}`);
    // A new token replaces the old.
    const second = await newToken(unitManager.client);
    await notFound(path);
    const current = feedOf(second, home.institutionId);
    expect((await feedText(current)).status).toBe(200);
    // The user leaves the institution: the token opens nothing there any more.
    expect(
      (await t.api.delete(`/api/institutions/${home.institutionId}/members/${unitManager.id}`)).status,
    ).toBe(204);
    await notFound(current);
    await ok(
      t.api.put(`/api/institutions/${home.institutionId}/members/${unitManager.id}`, {
        role: 'unit_manager',
        units: ['PARK'],
      }),
    );
    expect((await feedText(current)).status).toBe(200);
    // A revoked token.
    expect((await unitManager.client.delete('/api/account/calendar-token')).status).toBe(204);
    await notFound(current);
  });

  it('refuses an unknown query parameter with 400', async () => {
    const token = await newToken(reviewer.client);
    const path = feedOf(token, home.institutionId);
    const feed = await feedText(`${path}&extra=1`);
    expect(feed.status).toBe(400);
  });
});

describe('GET /api/today', () => {
  it('answers the server’s Istanbul day to anyone: 00:30 in Istanbul is already the next day', async () => {
    expect(await ok(t.anonymous.get<TodayResponse>('/api/today'))).toEqual({
      date: '2026-12-05',
      now: '2026-12-04T21:30:00.000Z',
    });
  });
});

describe('GET /api/account/tasks', () => {
  const value = (code: string, period: string, action = '') =>
    `/api/plans/${home.planId}/indicators/${code}/values/${period}${action ? `/${action}` : ''}`;

  it('lists what the unit manager’s unit owes (late first), what was returned with the comment, and open questions to it', async () => {
    await ok(t.api.post(`/api/plans/${home.planId}/periods`, { period: '2026-H1' }), 201);
    await ok(t.api.post(`/api/plans/${home.planId}/periods`, { period: '2026' }), 201);
    await ok(unitManager.client.put(value('PG1.1.1', '2026-H1'), { value: 120000 }), 201);
    await ok(unitManager.client.post(value('PG1.1.1', '2026-H1', 'submit'), {}));
    await ok(planner.client.post(value('PG1.1.1', '2026-H1', 'return'), { comment: 'Kanıt belgesi eksik' }));
    // A question on the unit's target (H1.1, PARK) and one on another unit's (H1.2, ZABITA).
    for (const [subjectCode, text] of [
      ['H1.1', 'Park alanı neden gecikti?'],
      ['H1.2', 'Zabıta denetimleri?'],
    ]) {
      await ok(
        reviewer.client.post(`/api/plans/${home.planId}/questions`, {
          subjectType: 'target',
          subjectCode,
          text,
        }),
        201,
      );
    }

    const tasks = await ok(unitManager.client.get<TasksResponse>('/api/account/tasks'));
    expect(tasks.asOf).toBe('2026-12-05');
    expect(
      tasks.returned.map((entry) => [
        entry.indicator,
        entry.period,
        entry.state,
        entry.returnComment,
        entry.late,
      ]),
    ).toEqual([['PG1.1.1', '2026-H1', 'returned', 'Kanıt belgesi eksik', true]]);
    expect(tasks.returned[0]).toMatchObject({ planId: home.planId, entryDeadline: '2026-07-15' });
    expect(tasks.due.length).toBeGreaterThan(0);
    expect(tasks.due.every((entry) => entry.unit === 'PARK' && entry.state !== 'returned')).toBe(true);
    // Late ones (2026-H1, due 15 July) before those due on 15 January 2027.
    const lateFlags = tasks.due.map((entry) => entry.late);
    expect(lateFlags[0]).toBe(true);
    expect(lateFlags.indexOf(false)).toBeGreaterThan(0);
    expect(lateFlags.slice(lateFlags.indexOf(false)).every((late) => !late)).toBe(true);
    expect(tasks.due.find((entry) => !entry.late)?.entryDeadline).toBe('2027-01-15');
    expect(tasks.questions.map((question) => [question.subjectCode, question.text, question.planId])).toEqual(
      [['H1.1', 'Park alanı neden gecikti?', home.planId]],
    );
  });

  it('is empty for a role without units to enter for', async () => {
    const tasks = await ok(planner.client.get<TasksResponse>('/api/account/tasks'));
    expect(tasks).toEqual({ asOf: '2026-12-05', due: [], returned: [], questions: [] });
  });
});
