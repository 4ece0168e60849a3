import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ReminderRunResponse } from '../../src/contracts/notifications.js';
import { resetClock, setClock } from '../../src/common/clock.js';
import { periodDates } from '../../src/modules/periods/assessment-periods.js';
import { parsePeriod, type Period } from '../../src/modules/periods/period-keys.js';
import { reminderDrafts, type ScanMember } from '../../src/modules/notifications/reminder-rules.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { addMember, importPlan, ok, type ImportedPlan } from '../support/requests.js';

/**
 * The scan addresses the periods' reminders in SQL (NotificationsRepository.insertPeriodReminders);
 * the pure rules address them in addressPeriodReminder. On one institution — a unit manager of two
 * units, one of one unit, a deactivated one, a planner and an admin — the notifications the scan
 * makes are the drafts the rules give for the same members and owed entries. The worked example
 * owes, in 2026-H1, PARK's three indicators (H1.1) and ZABITA's one (H1.2).
 */
describe('the reminder scan addresses as the rules do', () => {
  let t: TestApp;
  let home: ImportedPlan;
  const members: ScanMember[] = [];
  let unitIds: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    home = await importPlan(t.api, workedExampleDocument({ institutionName: 'Adresleme Belediyesi' }));
    await ok(t.api.post(`${home.plan}/periods`, { period: '2026-H1' }), 201);
    const units = await t.ownerQuery<{ id: string; code: string }>(
      'SELECT id, code FROM units WHERE institution_id = $1',
      [home.institutionId],
    );
    unitIds = Object.fromEntries(units.map((unit) => [unit.code, unit.id]));
    const add = async (name: string, role: ScanMember['role'], units?: string[]): Promise<string> => {
      const member = await addMember(t, {
        email: `${name}@adresleme.test`,
        name,
        institutionId: home.institutionId,
        role,
        units,
      });
      return member.id;
    };
    const both = await add('iki-birim', 'unit_manager', ['PARK', 'ZABITA']);
    const park = await add('park', 'unit_manager', ['PARK']);
    const gone = await add('ayrilan', 'unit_manager', ['PARK']);
    await t.ownerQuery('UPDATE users SET deactivated_at = now() WHERE id = $1', [gone]);
    members.push(
      { userId: both, role: 'unit_manager', unitIds: [unitIds.PARK, unitIds.ZABITA] },
      { userId: park, role: 'unit_manager', unitIds: [unitIds.PARK] },
      { userId: await add('planlama', 'planner'), role: 'planner', unitIds: [] },
      { userId: await add('yonetici', 'admin'), role: 'admin', unitIds: [] },
    );
  }, 120_000);

  afterAll(async () => {
    resetClock();
    await t.close();
  });

  /** The Istanbul day the period was opened (the real clock's, before the test moves it). */
  let openedOn = '';

  const expected = (today: string): Array<[string, string, string, number]> =>
    reminderDrafts({
      today,
      approvalWaitingDays: 7,
      periods: [
        {
          institutionId: home.institutionId,
          planId: home.planId,
          planTitle: '',
          period: '2026-H1',
          openedOn,
          dates: periodDates(parsePeriod('2026-H1') as Period, null),
          owedByUnit: new Map([
            [unitIds.PARK, 3],
            [unitIds.ZABITA, 1],
          ]),
        },
      ],
      waiting: [],
      events: [],
      members: new Map([[home.institutionId, members]]),
    })
      .map((draft): [string, string, string, number] => [
        draft.userId,
        draft.kind,
        draft.eventDay,
        Number(draft.params.count),
      ])
      .sort();

  const made = async (kind: string): Promise<Array<[string, string, string, number]>> => {
    const rows = await t.ownerQuery<{ user_id: string; kind: string; event_day: string; count: number }>(
      `SELECT user_id, kind, to_char(event_day, 'YYYY-MM-DD') AS event_day, (params ->> 'count')::int AS count
         FROM notifications WHERE institution_id = $1 AND kind = $2`,
      [home.institutionId, kind],
    );
    return rows
      .map((row): [string, string, string, number] => [row.user_id, row.kind, row.event_day, row.count])
      .sort();
  };

  it('gives each unit manager the sum of their units, none to the deactivated one, and escalates the whole period', async () => {
    const [opened] = await t.ownerQuery<{ opened_on: string }>(
      `SELECT to_char(opened_at AT TIME ZONE 'Europe/Istanbul', 'YYYY-MM-DD') AS opened_on
         FROM assessment_periods WHERE plan_id = $1 AND period = '2026-H1'`,
      [home.planId],
    );
    openedOn = opened.opened_on;
    setClock('2026-07-08T09:00:00Z');
    const run = await ok(t.api.post<ReminderRunResponse>('/api/admin/jobs/reminders/run', {}));
    expect(run.byKind['entry-deadline-7']).toBe(2);
    expect(await made('entry-deadline-7')).toEqual(expected('2026-07-08'));
    expect(await made('entry-deadline-7')).toContainEqual([
      members[0].userId,
      'entry-deadline-7',
      '2026-07-15',
      4,
    ]);
    setClock('2026-07-22T09:00:00Z');
    await ok(t.api.post<ReminderRunResponse>('/api/admin/jobs/reminders/run', {}));
    expect(await made('entry-escalation')).toEqual(expected('2026-07-22'));
    expect(await made('entry-escalation')).toEqual([
      [members[2].userId, 'entry-escalation', '2026-07-22', 4],
    ]);
  });
});
