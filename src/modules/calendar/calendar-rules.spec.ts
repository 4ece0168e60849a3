import { describe, expect, it } from '@jest/globals';
import type { CalendarEvent } from '../../contracts/calendar.js';
import type { InstitutionKind } from '../../contracts/plan-document.js';
import {
  calendarEvents,
  endOfFebruary,
  eventState,
  unitsOwingIn,
  type CalendarPlan,
  type IndicatorUnit,
} from './calendar-rules.js';

function plan(overrides: Partial<CalendarPlan> = {}): CalendarPlan {
  return {
    id: 'p1',
    title: 'Stratejik Plan 2025-2029',
    startYear: 2025,
    endYear: 2029,
    status: 'yururlukte',
    population: 120000,
    electionDate: '2024-03-31',
    submittedToCouncil: null,
    councilDecisionDate: null,
    councilDecisionNumber: null,
    publishedOn: null,
    settings: null,
    periods: [],
    indicatorUnits: [],
    ...overrides,
  };
}

function events(
  kind: InstitutionKind,
  plans: CalendarPlan[],
  from: string,
  to: string,
  today = '2026-12-05',
  lang: 'tr' | 'en' = 'tr',
): CalendarEvent[] {
  return calendarEvents({ institution: { kind }, plans }, { from, to }, today, lang);
}

const ofKind = (list: CalendarEvent[], kind: CalendarEvent['kind']): CalendarEvent[] =>
  list.filter((event) => event.kind === kind);

describe('the council deadline (ELECTION_DEADLINE)', () => {
  it('is six months after the election: 31 March 2024 → 30 September 2024, for the top manager', () => {
    const draft = plan({ status: 'taslak' });
    const [deadline] = ofKind(
      events('belediye', [draft], '2024-01-01', '2024-12-31', '2024-06-01'),
      'council-deadline',
    );
    expect(deadline).toMatchObject({
      date: '2024-09-30',
      endDate: null,
      concerns: 'plan',
      planId: 'p1',
      actor: 'top-manager',
      done: false,
      state: 'upcoming',
      title: 'Stratejik Plan 2025-2029: meclise sunmak için son gün (seçimden altı ay sonra)',
    });
  });

  it('is late once passed without a submission, and done once submitted', () => {
    const late = events('buyuksehir', [plan({ status: 'taslak' })], '2024-09-01', '2024-10-31', '2024-10-01');
    expect(ofKind(late, 'council-deadline')[0]).toMatchObject({ done: false, state: 'late' });
    const submitted = plan({ status: 'meclis-onayinda', submittedToCouncil: '2024-09-20' });
    const done = events('belediye', [submitted], '2024-09-01', '2024-10-31', '2024-10-01');
    expect(ofKind(done, 'council-deadline')[0]).toMatchObject({ done: true, state: 'done' });
  });

  it.each<InstitutionKind>(['birlik', 'kent-konseyi', 'diger'])('does not bind a %s', (kind) => {
    const list = events(kind, [plan({ status: 'taslak' })], '2024-01-01', '2025-12-31');
    expect(ofKind(list, 'council-deadline')).toEqual([]);
    // Nor do the municipal council's own duties; the plan's publication and cycle still come.
    expect(
      list.some((event) => event.kind === 'audit-committee-report' || event.kind === 'final-accounts'),
    ).toBe(false);
    expect(ofKind(list, 'plan-publication')).toHaveLength(1);
  });

  it('does not bind a municipality under 50,000 or one without an election date', () => {
    expect(
      ofKind(
        events('belediye', [plan({ population: 49999 })], '2024-01-01', '2024-12-31'),
        'council-deadline',
      ),
    ).toEqual([]);
    expect(
      ofKind(
        events('belediye', [plan({ electionDate: null })], '2024-01-01', '2024-12-31'),
        'council-deadline',
      ),
    ).toEqual([]);
  });
});

describe('the yearly cycle', () => {
  it('asks the unit activity reports by the end of February: 29 February in 2028, 28 in 2027', () => {
    expect(endOfFebruary(2028)).toBe('2028-02-29');
    expect(endOfFebruary(2027)).toBe('2027-02-28');
    expect(endOfFebruary(2100)).toBe('2100-02-28');
    const list = events('belediye', [plan()], '2028-01-01', '2028-12-31');
    expect(ofKind(list, 'unit-activity-reports')).toEqual([
      expect.objectContaining({
        date: '2028-02-29',
        title: '2027 birim faaliyet raporları üst yöneticiye verilir',
        actor: 'unit_manager',
        concerns: 'plan',
      }),
    ]);
  });

  it('lays out a plan year of a municipality in order, with concerns and actors', () => {
    const list = events('belediye', [plan()], '2026-01-01', '2026-12-31', '2026-01-01', 'en');
    expect(list.map((event) => [event.date, event.endDate, event.kind, event.concerns, event.actor])).toEqual(
      [
        ['2026-01-15', null, 'entry-deadline', 'period', 'unit_manager'],
        ['2026-01-30', null, 'approval-deadline', 'period', 'planner'],
        ['2026-02-28', null, 'unit-activity-reports', 'plan', 'unit_manager'],
        ['2026-03-31', null, 'audit-committee-report', 'institution', 'council'],
        ['2026-04-01', '2026-04-30', 'activity-report', 'plan', 'council'],
        ['2026-05-01', '2026-05-31', 'final-accounts', 'institution', 'council'],
        ['2026-05-31', null, 'programme-start', 'programme', 'top-manager'],
        ['2026-06-30', null, 'period-end', 'period', 'unit_manager'],
        ['2026-07-01', '2026-07-31', 'monitoring-report', 'period', 'planner'],
        ['2026-07-01', '2026-07-31', 'mid-year-report', 'institution', 'top-manager'],
        ['2026-07-15', null, 'entry-deadline', 'period', 'unit_manager'],
        ['2026-07-30', null, 'approval-deadline', 'period', 'planner'],
        ['2026-09-01', '2026-10-31', 'programme-budget', 'programme', 'council'],
        ['2026-12-31', null, 'period-end', 'period', 'unit_manager'],
      ],
    );
    expect(ofKind(list, 'programme-start')[0]).toMatchObject({
      programmeYear: 2027,
      title: "Work on the 2027 performance programme starts (the top manager's priorities)",
    });
    expect(ofKind(list, 'entry-deadline').map((event) => [event.period, event.title])).toEqual([
      ['2025', "2025 year end: last day for the units' entries"],
      ['2026-H1', "2026 mid-year: last day for the units' entries"],
    ]);
  });

  it('publishes the plan in the first week of its first year; done once published', () => {
    const [week] = ofKind(events('belediye', [plan()], '2025-01-01', '2025-01-31'), 'plan-publication');
    expect([week.date, week.endDate, week.state]).toEqual(['2025-01-01', '2025-01-07', 'late']);
    const published = events('belediye', [plan({ publishedOn: '2025-01-03' })], '2025-01-01', '2025-01-31');
    expect(ofKind(published, 'plan-publication')[0].state).toBe('done');
  });

  it('takes the deadlines from the plan settings and their state from the periods', () => {
    const periods = [
      { period: '2026-H1', status: 'closed' as const },
      { period: '2026', status: 'open' as const },
    ];
    const settings = { entryDeadlineDays: 10, approvalDeadlineDays: 20 };
    const list = events('birlik', [plan({ periods, settings })], '2026-07-01', '2027-01-31', '2027-01-15');
    expect(
      list
        .filter((event) => event.kind.endsWith('-deadline'))
        .map((event) => [event.kind, event.period, event.date, event.done, event.state]),
    ).toEqual([
      ['entry-deadline', '2026-H1', '2026-07-10', true, 'done'],
      ['approval-deadline', '2026-H1', '2026-07-20', true, 'done'],
      ['entry-deadline', '2026', '2027-01-10', false, 'late'],
      ['approval-deadline', '2026', '2027-01-20', false, 'upcoming'],
    ]);
  });

  it('gives a draft plan no yearly cycle, and events only within the range (a span overlapping counts)', () => {
    const draft = events('belediye', [plan({ status: 'taslak' })], '2026-01-01', '2026-12-31');
    expect(draft.every((event) => event.concerns === 'institution')).toBe(true);
    const overlap = events('belediye', [plan()], '2026-10-31', '2026-10-31');
    expect(overlap.map((event) => event.kind)).toEqual(['programme-budget']);
  });
});

describe('the unit filter', () => {
  // PARK monitors every six months from the plan's start; ZABITA once a year; IMAR from 2027 only.
  const indicatorUnits: IndicatorUnit[] = [
    { unitId: 'park', monitoringMonths: 6, sinceYear: null },
    { unitId: 'park', monitoringMonths: 12, sinceYear: null },
    { unitId: 'zabita', monitoringMonths: 12, sinceYear: null },
    { unitId: 'imar', monitoringMonths: null, sinceYear: 2027 },
  ];
  const unitEvents = (unitId: string | undefined, from: string, to: string): CalendarEvent[] =>
    calendarEvents(
      { institution: { kind: 'belediye' }, plans: [plan({ indicatorUnits })], ...(unitId ? { unitId } : {}) },
      { from, to },
      '2026-12-05',
      'tr',
    );

  it('owes the mid-year entries only of six-monthly indicators, the year end of every one, from its first year', () => {
    expect(unitsOwingIn(indicatorUnits, 2026, 1)).toEqual(['park']);
    expect(unitsOwingIn(indicatorUnits, 2026, null)).toEqual(['park', 'zabita']);
    // A missing monitoring counts as six-monthly (domain.md): IMAR owes 2027's mid-year entry.
    expect(unitsOwingIn(indicatorUnits, 2027, 1)).toEqual(['imar', 'park']);
    expect(unitsOwingIn([], 2026, null)).toEqual([]);
  });

  it('gives the period ends and entry deadlines the units that owe an entry, the activity reports every unit of the plan', () => {
    const list = unitEvents(undefined, '2026-01-01', '2027-03-31');
    const units = (kind: CalendarEvent['kind']): Array<[string | null, string[]]> =>
      ofKind(list, kind).map((event) => [event.period, event.unitIds]);
    expect(units('entry-deadline')).toEqual([
      ['2025', ['park', 'zabita']],
      ['2026-H1', ['park']],
      ['2026', ['park', 'zabita']],
    ]);
    expect(units('period-end')).toEqual([
      ['2026-H1', ['park']],
      ['2026', ['park', 'zabita']],
    ]);
    expect(ofKind(list, 'unit-activity-reports').map((event) => event.unitIds)).toEqual([
      ['imar', 'park', 'zabita'],
      ['imar', 'park', 'zabita'],
    ]);
    // The planner's approval, the council's and the programme's events concern no unit.
    for (const kind of ['approval-deadline', 'audit-committee-report', 'programme-start'] as const)
      expect(ofKind(list, kind).every((event) => event.unitIds.length === 0)).toBe(true);
  });

  it('keeps only the events of the unit asked for', () => {
    const zabita = unitEvents('zabita', '2026-01-01', '2026-12-31');
    expect(zabita.map((event) => [event.date, event.kind, event.period])).toEqual([
      ['2026-01-15', 'entry-deadline', '2025'],
      ['2026-02-28', 'unit-activity-reports', null],
      ['2026-12-31', 'period-end', '2026'],
    ]);
    const park = unitEvents('park', '2026-06-01', '2026-07-31');
    expect(park.map((event) => [event.kind, event.period])).toEqual([
      ['period-end', '2026-H1'],
      ['entry-deadline', '2026-H1'],
    ]);
    // A unit with no indicator in the plan: nothing concerns it.
    expect(unitEvents('fen', '2026-01-01', '2026-12-31')).toEqual([]);
    // IMAR's first year is 2027: its first entry deadline is 2027's mid-year, its reports from 2026's.
    expect(unitEvents('imar', '2026-01-01', '2027-07-31').map((event) => event.kind)).toEqual([
      'unit-activity-reports',
      'unit-activity-reports',
      'period-end',
      'entry-deadline',
    ]);
  });
});

describe('eventState', () => {
  it.each([
    [{ date: '2026-06-30', endDate: null, done: null }, '2026-06-30', 'upcoming'],
    [{ date: '2026-06-30', endDate: null, done: null }, '2026-07-01', 'past'],
    [{ date: '2026-06-30', endDate: null, done: false }, '2026-07-01', 'late'],
    [{ date: '2026-06-01', endDate: '2026-07-31', done: false }, '2026-07-31', 'upcoming'],
    [{ date: '2026-06-30', endDate: null, done: true }, '2026-01-01', 'done'],
  ] as const)('%j on %s is %s', (event, today, state) => {
    expect(eventState(event, today)).toBe(state);
  });
});

describe('the kinds asked for (CalendarInput.kinds)', () => {
  it('gives exactly the events of those kinds that the full calendar has, for every kind set', () => {
    const plans = [
      plan({
        periods: [{ period: '2025', status: 'closed' }],
        indicatorUnits: [{ unitId: 'u1', monitoringMonths: 6, sinceYear: null }],
      }),
      plan({ id: 'p0', startYear: 2020, endYear: 2024, status: 'kapandi', electionDate: '2019-03-31' }),
    ];
    const range = { from: '2019-01-01', to: '2031-12-31' };
    const full = calendarEvents({ institution: { kind: 'belediye' }, plans }, range, '2026-12-05', 'tr');
    const sets: Array<Array<CalendarEvent['kind']>> = [
      ['council-deadline', 'programme-start', 'programme-budget'],
      ['audit-committee-report', 'final-accounts', 'mid-year-report'],
      ['council-deadline'],
      ['programme-budget'],
      ['mid-year-report'],
      ['plan-publication'],
      ['period-end', 'activity-report'],
    ];
    for (const kinds of sets) {
      const asked = calendarEvents(
        { institution: { kind: 'belediye' }, plans, kinds: new Set(kinds) },
        range,
        '2026-12-05',
        'tr',
      );
      expect(asked.length).toBeGreaterThan(0);
      expect(asked).toEqual(full.filter((event) => kinds.includes(event.kind)));
    }
  });
});
