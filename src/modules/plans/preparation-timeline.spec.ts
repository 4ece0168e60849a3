import { describe, expect, it } from '@jest/globals';
import { daysBetween, preparationTimeline } from './preparation-timeline.js';

const kiziltepe = { kind: 'belediye' as const, population: 250000, electionDate: '2019-03-31' };
const draft2020 = { startYear: 2020 };

describe('preparationTimeline', () => {
  it('counts the days that remain to the deadline of a draft (six months after the election)', () => {
    const timeline = preparationTimeline(kiziltepe, draft2020, '2019-09-20');
    expect(timeline).toEqual({
      applies: true,
      exemption: null,
      electionDate: '2019-03-31',
      deadline: '2019-09-30',
      judgedOn: { basis: 'today', date: '2019-09-20' },
      daysRemaining: 10,
      daysLate: null,
      firstPlanYear: 2020,
      publicationWeek: { from: '2020-01-01', to: '2020-01-07' },
    });
  });

  it('gives 0 days remaining on the deadline itself, and a late draft its days late on today', () => {
    expect(preparationTimeline(kiziltepe, draft2020, '2019-09-30')).toMatchObject({
      daysRemaining: 0,
      daysLate: null,
    });
    expect(preparationTimeline(kiziltepe, draft2020, '2019-10-05')).toMatchObject({
      judgedOn: { basis: 'today', date: '2019-10-05' },
      daysRemaining: null,
      daysLate: 5,
    });
  });

  it('judges a submitted plan on its submission date, else on the council decision, never on today', () => {
    expect(
      preparationTimeline(kiziltepe, { ...draft2020, submittedToCouncil: '2019-10-10' }, '2026-12-05'),
    ).toMatchObject({
      judgedOn: { basis: 'submitted', date: '2019-10-10' },
      daysLate: 10,
      daysRemaining: null,
    });
    expect(
      preparationTimeline(
        kiziltepe,
        { ...draft2020, councilDecision: { date: '2019-09-12', number: '2019/88' } },
        '2026-12-05',
      ),
    ).toMatchObject({
      judgedOn: { basis: 'decision', date: '2019-09-12' },
      daysLate: null,
      daysRemaining: null,
    });
  });

  it('does not bind a union, a city council, a small municipality or one without an election date', () => {
    const cases = [
      [{ kind: 'birlik' as const, electionDate: '2019-03-31' }, 'kind'],
      [{ kind: 'kent-konseyi' as const, electionDate: '2019-03-31' }, 'kind'],
      [{ kind: 'belediye' as const, population: 49999, electionDate: '2019-03-31' }, 'population'],
      [{ kind: 'buyuksehir' as const }, 'no-election-date'],
    ] as const;
    for (const [institution, exemption] of cases) {
      expect(preparationTimeline(institution, draft2020, '2019-10-05')).toMatchObject({
        applies: false,
        exemption,
        deadline: null,
        daysLate: null,
        daysRemaining: null,
        publicationWeek: { from: '2020-01-01', to: '2020-01-07' },
      });
    }
  });

  it('counts calendar days across month ends and leap years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-09-30', '2024-09-30')).toBe(0);
    expect(daysBetween('2024-10-01', '2024-09-30')).toBe(-1);
    expect(daysBetween('2019-09-30', '2020-01-01')).toBe(93);
  });
});
