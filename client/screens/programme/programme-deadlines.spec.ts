import { describe, expect, it } from '@jest/globals';
import type { CalendarEvent } from '../../../src/contracts/calendar.js';
import { daysBetween, programmeDeadlines } from './programme-deadlines.js';

/** The two computed events of the 2027 programme, as calendar-rules.ts makes them. */
function events(planId = 'plan-1'): CalendarEvent[] {
  const base = {
    description: null,
    concerns: 'programme' as const,
    planId,
    unitIds: [],
    period: null,
    programmeYear: 2027,
    done: null,
    state: 'upcoming' as const,
    version: null,
  };
  return [
    {
      ...base,
      id: 's',
      kind: 'programme-start',
      date: '2026-05-31',
      endDate: null,
      title: 'Başlar',
      actor: 'top-manager',
    },
    {
      ...base,
      id: 'b',
      kind: 'programme-budget',
      date: '2026-09-01',
      endDate: '2026-10-31',
      title: 'Meclise',
      actor: 'council',
    },
  ];
}

const tones = (today: string, status: Parameters<typeof programmeDeadlines>[3]) =>
  programmeDeadlines(events(), 'plan-1', 2027, status, today).map((d) => [d.kind, d.tone, d.days]);

describe('the deadlines of a programme year', () => {
  it('counts whole days across months and leap years', () => {
    expect(daysBetween('2026-05-01', '2026-05-31')).toBe(30);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-11-02', '2026-10-31')).toBe(-2);
  });

  it('announces the start 60 days ahead while no draft exists, and the council deadline', () => {
    // 1 April: the start is 60 days away; 31 October is 213 days away.
    expect(tones('2026-04-01', null)).toEqual([
      ['programme-start', 'info', 60],
      ['programme-budget', 'info', 213],
    ]);
    // 31 March: 61 days, not yet worth a note.
    expect(tones('2026-03-31', null)).toEqual([['programme-budget', 'info', 214]]);
  });

  it('warns once the work should have started and no draft was made; a draft silences it', () => {
    expect(tones('2026-06-10', null)).toEqual([
      ['programme-start', 'warning', 10],
      ['programme-budget', 'info', 143],
    ]);
    expect(tones('2026-06-10', 'draft')).toEqual([['programme-budget', 'info', 143]]);
  });

  it('is due from 1 September and late after 31 October until the programme goes to the council', () => {
    expect(tones('2026-09-01', 'draft')).toEqual([['programme-budget', 'warning', 60]]);
    expect(tones('2026-10-31', 'draft')).toEqual([['programme-budget', 'warning', 0]]);
    expect(tones('2026-11-02', 'draft')).toEqual([['programme-budget', 'late', 2]]);
    expect(tones('2026-11-02', 'submitted')).toEqual([['programme-budget', 'done', null]]);
    expect(tones('2026-11-02', 'published')).toEqual([['programme-budget', 'done', null]]);
  });

  it('reads the events of its own plan and year only', () => {
    expect(programmeDeadlines(events('plan-2'), 'plan-1', 2027, null, '2026-06-10')).toEqual([]);
    expect(programmeDeadlines(events(), 'plan-1', 2028, null, '2026-06-10')).toEqual([]);
  });
});
