import { describe, expect, it } from '@jest/globals';
import { istanbulDate } from '../../common/clock.js';
import { periodDates } from '../periods/assessment-periods.js';
import { parsePeriod } from '../periods/period-keys.js';
import { reminderDrafts, type ScanInput, type ScanMember, type ScanPeriod } from './reminder-rules.js';

const INSTITUTION = 'inst-1';
const PARK = 'unit-park';
const ZABITA = 'unit-zabita';

const members: ScanMember[] = [
  { userId: 'um-park', role: 'unit_manager', unitIds: [PARK] },
  { userId: 'um-zabita', role: 'unit_manager', unitIds: [ZABITA] },
  { userId: 'planner', role: 'planner', unitIds: [] },
  { userId: 'admin', role: 'admin', unitIds: [] },
];

/** 2026-H1 of a plan: ends 30 June, entries due 15 July (the default 15 days). */
function period(owed: Record<string, number>, openedOn = '2026-06-20'): ScanPeriod {
  const assessed = parsePeriod('2026-H1');
  if (!assessed) throw new Error('period');
  return {
    institutionId: INSTITUTION,
    planId: 'plan-1',
    planTitle: '2025-2029 Stratejik Planı',
    period: '2026-H1',
    openedOn,
    dates: periodDates(assessed, null),
    owedByUnit: new Map(Object.entries(owed)),
  };
}

function scan(today: string, overrides: Partial<ScanInput> = {}): Array<[string, string, string]> {
  return reminderDrafts({
    today,
    approvalWaitingDays: 7,
    periods: [period({ [PARK]: 3 })],
    waiting: [],
    events: [],
    members: new Map([[INSTITUTION, members]]),
    ...overrides,
  }).map((draft) => [draft.userId, draft.kind, draft.eventDay]);
}

describe('reminderDrafts', () => {
  it('tells the unit managers who owe entries that the period opened, in the week after it opened', () => {
    expect(scan('2026-06-20')).toEqual([['um-park', 'period-opened', '2026-06-20']]);
    expect(scan('2026-06-26')).toEqual([['um-park', 'period-opened', '2026-06-20']]);
    expect(scan('2026-06-27')).toEqual([]);
    expect(scan('2026-06-19')).toEqual([]);
  });

  it('reminds 7 days before the entry deadline (until the 1-day reminder) and 1 day before, with the deadline as the event day', () => {
    expect(scan('2026-07-07')).toEqual([]);
    expect(scan('2026-07-08')).toEqual([['um-park', 'entry-deadline-7', '2026-07-15']]);
    expect(scan('2026-07-13')).toEqual([['um-park', 'entry-deadline-7', '2026-07-15']]);
    expect(scan('2026-07-14')).toEqual([['um-park', 'entry-deadline-1', '2026-07-15']]);
    expect(scan('2026-07-15')).toEqual([['um-park', 'entry-deadline-1', '2026-07-15']]);
    expect(scan('2026-07-16')).toEqual([]);
  });

  it('reminds nobody whose units owe nothing', () => {
    expect(scan('2026-07-08', { periods: [period({ [PARK]: 0 })] })).toEqual([]);
  });

  it('escalates missing entries to the planner 7 days after the deadline and to the admin after 14, each for a week', () => {
    expect(scan('2026-07-21')).toEqual([]);
    expect(scan('2026-07-22')).toEqual([['planner', 'entry-escalation', '2026-07-22']]);
    expect(scan('2026-07-28')).toEqual([['planner', 'entry-escalation', '2026-07-22']]);
    expect(scan('2026-07-29')).toEqual([['admin', 'entry-escalation', '2026-07-29']]);
    expect(scan('2026-08-05')).toEqual([]);
    expect(scan('2026-07-22', { periods: [period({})] })).toEqual([]);
  });

  it('reminds the approvers when the oldest submitted value has waited N days, then weekly', () => {
    const waiting = [
      { institutionId: INSTITUTION, planId: 'plan-1', planTitle: 'Plan', count: 4, oldestOn: '2026-07-01' },
    ];
    const on = (today: string): Array<[string, string, string]> => scan(today, { periods: [], waiting });
    expect(on('2026-07-07')).toEqual([]);
    expect(on('2026-07-08')).toEqual([
      ['planner', 'approval-waiting', '2026-07-08'],
      ['admin', 'approval-waiting', '2026-07-08'],
    ]);
    expect(on('2026-07-10')[0]).toEqual(['planner', 'approval-waiting', '2026-07-08']);
    expect(on('2026-07-15')[0]).toEqual(['planner', 'approval-waiting', '2026-07-15']);
  });

  it('reminds planners and admins of a calendar deadline in the 7 days before it', () => {
    const events = [
      {
        institutionId: INSTITUTION,
        id: 'council',
        date: '2024-09-30',
        titleTr: 'Meclis',
        titleEn: 'Council',
      },
    ];
    const on = (today: string): Array<[string, string, string]> => scan(today, { periods: [], events });
    expect(on('2024-09-22')).toEqual([]);
    expect(on('2024-09-23')).toEqual([
      ['planner', 'calendar-deadline', '2024-09-30'],
      ['admin', 'calendar-deadline', '2024-09-30'],
    ]);
    expect(on('2024-09-29')).toHaveLength(2);
    expect(on('2024-09-30')).toEqual([]);
  });

  it('judges the Istanbul day: 21:30 UTC on 7 July is already 8 July in Istanbul', () => {
    expect(scan(istanbulDate(new Date('2026-07-07T20:59:59Z')))).toEqual([]);
    expect(scan(istanbulDate(new Date('2026-07-07T21:00:00Z')))).toEqual([
      ['um-park', 'entry-deadline-7', '2026-07-15'],
    ]);
  });
});
