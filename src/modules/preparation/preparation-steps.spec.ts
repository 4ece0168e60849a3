import { describe, expect, it } from '@jest/globals';
import { istanbulDate } from '../../common/clock.js';
import {
  addDays,
  DEFAULT_STEP_TITLES,
  defaultSteps,
  moveTo,
  preparationSpan,
  stepLateness,
  stepProblems,
} from './preparation-steps.js';

const PUBLICATION_2025 = { from: '2025-01-01', to: '2025-01-07' };

describe('default steps', () => {
  const steps = defaultSteps({ from: '2024-03-31', to: '2024-09-30' }, PUBLICATION_2025);

  it('are the eight steps of planning-cycle.md 1 in order, in Turkish', () => {
    expect(steps.map((step) => step.title)).toEqual([...DEFAULT_STEP_TITLES]);
    expect(steps[0].title).toBe('Hazırlık programı');
    expect(steps[7].title).toBe('Yayım');
  });

  it('fill the span from the election to the deadline one after the other, the council submission due on the deadline', () => {
    expect(steps[0].startDate).toBe('2024-03-31');
    expect(steps[6]).toEqual({
      title: 'Meclise sunuş',
      startDate: steps[6].startDate,
      dueDate: '2024-09-30',
    });
    for (let index = 0; index < 6; index++) {
      expect(steps[index].dueDate >= steps[index].startDate).toBe(true);
      expect(addDays(steps[index].dueDate, 1)).toBe(steps[index + 1].startDate);
    }
    // 183 days in seven parts: each starts floor(i × 183 / 7) days after the election.
    expect(steps.slice(0, 7).map((step) => step.startDate)).toEqual([
      '2024-03-31',
      '2024-04-26',
      '2024-05-22',
      '2024-06-17',
      '2024-07-13',
      '2024-08-08',
      '2024-09-03',
    ]);
  });

  it('put Yayım in the publication week of the first plan year', () => {
    expect(steps[7]).toEqual({ title: 'Yayım', startDate: '2025-01-01', dueDate: '2025-01-07' });
  });

  it('never end before they start, even in a span shorter than the steps', () => {
    const short = defaultSteps({ from: '2026-12-05', to: '2026-12-07' }, PUBLICATION_2025);
    for (const step of short.slice(0, 7)) expect(step.dueDate >= step.startDate).toBe(true);
    expect(short[6].dueDate).toBe('2026-12-07');
  });
});

describe('the preparation span', () => {
  it('runs from the election date to the election deadline for a bound municipality', () => {
    expect(
      preparationSpan({ applies: true, electionDate: '2019-03-31', deadline: '2019-09-30' }, '2026-12-05'),
    ).toEqual({ from: '2019-03-31', to: '2019-09-30' });
  });

  it('is six months from today for an institution the deadline does not bind', () => {
    expect(preparationSpan({ applies: false, electionDate: null, deadline: null }, '2026-12-05')).toEqual({
      from: '2026-12-05',
      to: '2027-06-05',
    });
    expect(
      preparationSpan({ applies: false, electionDate: '2024-03-31', deadline: null }, '2026-08-31'),
    ).toEqual({ from: '2026-08-31', to: '2027-02-28' });
  });
});

describe('a late step', () => {
  it.each([
    ['is late by the days since its due date when planned', 'planned', '2026-12-01', true, 4],
    ['is late by the days since its due date when in progress', 'in-progress', '2026-12-04', true, 1],
    ['is not late on its due date', 'planned', '2026-12-05', false, 0],
    ['is not late when done', 'done', '2020-01-01', false, 0],
  ] as const)('%s', (_case, status, dueDate, late, lateDays) => {
    expect(stepLateness({ status, dueDate }, '2026-12-05')).toEqual({ late, lateDays });
  });

  it('is judged on the day in Istanbul: at 01:30 in Istanbul a step due yesterday is late though UTC is still yesterday', () => {
    const today = istanbulDate(new Date('2026-12-04T22:30:00Z'));
    expect(today).toBe('2026-12-05');
    expect(stepLateness({ status: 'planned', dueDate: '2026-12-04' }, today).late).toBe(true);
  });
});

describe('the fields of a step', () => {
  const step = { startDate: '2026-01-10', dueDate: '2026-02-10', status: 'planned' as const, doneDate: null };

  it('are fine with a due date on or after the start and no done date while not done', () => {
    expect(stepProblems(step)).toEqual([]);
    expect(stepProblems({ ...step, dueDate: '2026-01-10' })).toEqual([]);
    expect(stepProblems({ ...step, status: 'done', doneDate: '2026-02-01' })).toEqual([]);
  });

  it('refuse a due date before the start', () => {
    expect(stepProblems({ ...step, dueDate: '2026-01-09' })).toEqual([
      { path: 'dueDate', code: 'DATE_ORDER' },
    ]);
  });

  it('need a done date when done, and only then', () => {
    expect(stepProblems({ ...step, status: 'done' })).toEqual([{ path: 'doneDate', code: 'PREP_DONE_DATE' }]);
    expect(stepProblems({ ...step, status: 'in-progress', doneDate: '2026-02-01' })).toEqual([
      { path: 'doneDate', code: 'PREP_DONE_DATE' },
    ]);
  });
});

describe('moving in a list', () => {
  it('puts the item at its new place and shifts the ones between', () => {
    expect(moveTo(['a', 'b', 'c', 'd'], 'd', 1)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveTo(['a', 'b', 'c', 'd'], 'a', 3)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveTo(['a', 'b', 'c'], 'b', 2)).toEqual(['a', 'b', 'c']);
  });

  it('clamps a place past the end to the end', () => {
    expect(moveTo(['a', 'b', 'c'], 'a', 99)).toEqual(['b', 'c', 'a']);
  });
});
