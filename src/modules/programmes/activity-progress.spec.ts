import { describe, expect, it } from '@jest/globals';
import {
  MONITORED_PROGRAMME,
  periodProgress,
  progressFigures,
  progressInputProblems,
  progressPeriodProblem,
  progressPeriods,
  progressRefusalCode,
  type ProgressRow,
} from './activity-progress.js';
import { activityKey, type MonitoredActivity } from './monitored-activity.js';

/*
 * The monitoring of a 2008 programme's activity F03: it reports at 30 June (2008-H1) and at the
 * year end (2008). Hand-worked figures: at H1, 40 % done with 03: 12,500.25 and 06: 30,000 spent
 * = 42,500.25 TL; at the year end, 100 % with 03: 20,000.10 + 06: 60,000.20 = 80,000.30 TL
 * (summed in kuruş: 2,000,010 + 6,000,020 = 8,000,030 kuruş, not the float 80000.30000000001).
 */
const h1: ProgressRow = {
  period: '2008-H1',
  percent: 40,
  note: 'İhale tamamlandı',
  spending: { '03': 12500.25, '06': 30000 },
  status: 'approved',
};
const yearEnd: ProgressRow = {
  period: '2008',
  percent: 100,
  note: null,
  spending: { '03': 20000.1, '06': 60000.2 },
  status: 'submitted',
};

describe('which programmes are monitored', () => {
  it('monitors an accepted or published programme, never a draft or one still before the council', () => {
    expect(MONITORED_PROGRAMME.has('accepted')).toBe(true);
    expect(MONITORED_PROGRAMME.has('published')).toBe(true);
    expect(MONITORED_PROGRAMME.has('draft')).toBe(false);
    expect(MONITORED_PROGRAMME.has('submitted')).toBe(false);
    expect(MONITORED_PROGRAMME.size).toBe(2);
  });
});

describe('the periods an activity reports in', () => {
  it('are 30 June and the year end of the programme year, in time order', () => {
    expect(progressPeriods(2008)).toEqual(['2008-H1', '2008']);
    expect(progressPeriods(2027)).toEqual(['2027-H1', '2027']);
  });

  it('accepts either period of the year and nothing else, saying why in Turkish and English', () => {
    expect(progressPeriodProblem('F03', 2008, '2008-H1', 'tr')).toBeNull();
    expect(progressPeriodProblem('F03', 2008, '2008', 'en')).toBeNull();
    // Another year's period, a quarter, a second half: refused.
    for (const period of ['2009', '2007-H1', '2008-Q1', '2008-H2', '']) {
      expect(progressPeriodProblem('F03', 2008, period, 'tr')).toBe(
        'F03 faaliyetinin ilerlemesi 2008 yılının 30 Haziran ya da yıl sonu dönemi için girilir',
      );
    }
    expect(progressPeriodProblem('F03', 2008, '2008-Q3', 'en')).toBe(
      'Progress of activity F03 is entered for the 30 June or the year-end period of 2008',
    );
  });
});

describe('what a progress entry may hold', () => {
  it('takes 0 %, 100 % and anything between, with or without spending', () => {
    expect(progressInputProblems({ percent: 0 }, 'tr')).toEqual([]);
    expect(progressInputProblems({ percent: 100 }, 'tr')).toEqual([]);
    expect(progressInputProblems({ percent: 37.5, spending: { '01': 0, '09': 1.25 } }, 'tr')).toEqual([]);
    expect(progressInputProblems({ percent: 50, spending: {} }, 'tr')).toEqual([]);
  });

  it('refuses a percent below 0, above 100 or not a number, at the field percent', () => {
    for (const percent of [-0.01, 100.01, 250, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(progressInputProblems({ percent }, 'tr')).toEqual([
        { path: 'percent', code: 'ACTIVITY_PERCENT', message: 'İlerleme yüzdesi 0 ile 100 arasında olmalı' },
      ]);
    }
    expect(progressInputProblems({ percent: 101 }, 'en')[0].message).toBe(
      'Progress is a percentage from 0 to 100',
    );
  });

  it('refuses spending by a code outside 01–09, a negative amount or one that is not an amount, each at its field', () => {
    const problems = progressInputProblems(
      { percent: 50, spending: { '10': 5, '03': -1, '06': 'çok', '02': 0.001, '01': 100 } },
      'tr',
    );
    expect(problems.map((problem) => [problem.path, problem.code])).toEqual([
      ['spending.10', 'PP_ECONOMIC_CODE'],
      ['spending.03', 'PP_NEGATIVE_COST'],
      ['spending.06', 'INVALID_VALUE'],
      // Under a kuruş: not an amount.
      ['spending.02', 'INVALID_VALUE'],
    ]);
    expect(problems.every((problem) => problem.message.length > 0)).toBe(true);
  });

  it('refuses spending that is not a map of codes', () => {
    for (const spending of [null, 5, 'x', [1, 2]]) {
      expect(progressInputProblems({ percent: 10, spending }, 'tr')).toEqual([
        expect.objectContaining({ path: 'spending', code: 'INVALID_TYPE' }),
      ]);
    }
  });

  it('lists a bad percent first, then the spending problems', () => {
    const problems = progressInputProblems({ percent: 120, spending: { '00': 1 } }, 'tr');
    expect(problems.map((problem) => problem.code)).toEqual(['ACTIVITY_PERCENT', 'PP_ECONOMIC_CODE']);
  });
});

describe('the code a refused entry answers with', () => {
  const detail = (code: string) => ({ path: 'x', code, message: 'm' });

  it('is ACTIVITY_PERCENT whenever the percent is wrong, whatever else is', () => {
    expect(progressRefusalCode([detail('PP_ECONOMIC_CODE'), detail('ACTIVITY_PERCENT')])).toBe(
      'ACTIVITY_PERCENT',
    );
  });

  it('else the first amount rule: an economic code before a negative amount, else VALIDATION_FAILED', () => {
    expect(progressRefusalCode([detail('PP_NEGATIVE_COST'), detail('PP_ECONOMIC_CODE')])).toBe(
      'PP_ECONOMIC_CODE',
    );
    expect(progressRefusalCode([detail('INVALID_VALUE'), detail('PP_NEGATIVE_COST')])).toBe(
      'PP_NEGATIVE_COST',
    );
    expect(progressRefusalCode([detail('INVALID_VALUE')])).toBe('VALIDATION_FAILED');
    expect(progressRefusalCode([detail('INVALID_TYPE')])).toBe('VALIDATION_FAILED');
  });
});

describe('an entry’s figures', () => {
  it('sum the spending in kuruş over the codes reported', () => {
    expect(progressFigures(h1)).toEqual({
      percent: 40,
      note: 'İhale tamamlandı',
      spending: { '03': 12500.25, '06': 30000 },
      spendingTotal: 42500.25,
      status: 'approved',
    });
    // 20,000.10 + 60,000.20 = 80,000.30 exactly (the float sum is 80000.30000000001).
    expect(progressFigures(yearEnd).spendingTotal).toBe(80000.3);
  });

  it('total 0 only when no code is reported, and keep a copy of the spending', () => {
    const row: ProgressRow = { ...h1, spending: {} };
    const figures = progressFigures(row);
    expect(figures.spendingTotal).toBe(0);
    expect(figures.spending).toEqual({});
    figures.spending['01'] = 5;
    expect(row.spending).toEqual({});
  });
});

describe('an activity’s progress period by period', () => {
  it('shows the approved figures only for an approved entry, and every entry whatever its status', () => {
    // Rows come in any order (the year end first); the answer is in time order.
    const periods = periodProgress(2008, [yearEnd, h1]);
    expect(periods.map((period) => period.period)).toEqual(['2008-H1', '2008']);
    expect(periods[0].approved).toEqual(progressFigures(h1));
    expect(periods[0].all).toEqual(progressFigures(h1));
    // Submitted at the year end: not yet an approved figure.
    expect(periods[1].approved).toBeNull();
    expect(periods[1].all).toMatchObject({ percent: 100, spendingTotal: 80000.3, status: 'submitted' });
  });

  it('never shows a draft or a returned entry as approved', () => {
    for (const status of ['draft', 'returned', 'submitted'] as const) {
      const [period] = periodProgress(2008, [{ ...h1, status }]);
      expect(period.approved).toBeNull();
      expect(period.all?.status).toBe(status);
    }
  });

  it('leaves out a period without an entry (never read as 0 %), and entries of other periods', () => {
    expect(periodProgress(2008, [])).toEqual([]);
    const only = periodProgress(2008, [yearEnd, { ...h1, period: '2007-H1' }, { ...h1, period: '2009' }]);
    expect(only).toHaveLength(1);
    expect(only[0].period).toBe('2008');
  });
});

describe('an activity of either programme format (issue 14 point 5)', () => {
  const classic: MonitoredActivity = { format: 'classic', id: 'c-1', code: 'F01', unitId: 'u-1' };
  const budget: MonitoredActivity = { format: 'programme-budget', id: 'b-1', code: 'F01', unitId: 'u-1' };

  it('is named in an entry by the column of its own format, and by that one only', () => {
    expect(activityKey(classic)).toEqual({ activityId: 'c-1' });
    expect(activityKey(budget)).toEqual({ budgetActivityId: 'b-1' });
  });

  it('reports in the same periods, under the same input rules and readings, whatever its format', () => {
    // A 2024 programme-budget activity, hand-worked: 45 % at 30 June with 01: 3,100,000 +
    // 03: 4,900,000 + 06: 2,800,000 = 10,800,000 TL spent.
    const h1of2024: ProgressRow = {
      period: '2024-H1',
      percent: 45,
      note: 'Asfalt sezonu başladı',
      spending: { '01': 3100000, '03': 4900000, '06': 2800000 },
      status: 'approved',
    };
    expect(progressPeriods(2024)).toEqual(['2024-H1', '2024']);
    expect(progressInputProblems({ percent: 45, spending: h1of2024.spending }, 'tr')).toEqual([]);
    expect(progressRefusalCode(progressInputProblems({ percent: 45, spending: { '10': 1 } }, 'tr'))).toBe(
      'PP_ECONOMIC_CODE',
    );
    const [period] = periodProgress(2024, [h1of2024]);
    expect(period.approved).toMatchObject({ percent: 45, spendingTotal: 10800000 });
    expect(periodProgress(2024, [{ ...h1of2024, status: 'submitted' }])[0].approved).toBeNull();
  });
});
