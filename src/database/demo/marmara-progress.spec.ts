import { describe, expect, it } from '@jest/globals';
import { spendingTotal } from '../../contracts/programme.js';
import { MARMARA_PROGRAMME } from './marmara-programme.js';
import { BY_NAME, MARMARA_PROGRESS, MARMARA_UNIT_REPORTS, spendingAt } from './marmara-progress.js';

const byName = (name: string, period: string) =>
  MARMARA_PROGRESS.find((entry) => entry.name === name && entry.period === period);
const activityLike = (part: string) => {
  const found = MARMARA_PROGRAMME.activities.filter((activity) => activity.name.includes(part));
  expect(found).toHaveLength(1);
  return found[0];
};

describe('the demo 2008 monitoring of the Marmara Belediyeler Birliği', () => {
  it('gives every activity of the programme one entry at 30 June and one at the year end', () => {
    expect(MARMARA_PROGRESS).toHaveLength(MARMARA_PROGRAMME.activities.length * 2);
    for (const activity of MARMARA_PROGRAMME.activities) {
      expect(byName(activity.name, '2008-H1')).toBeDefined();
      expect(byName(activity.name, '2008')).toBeDefined();
    }
  });

  it('never spends above an activity’s cost, code by code, and never goes back between the periods', () => {
    for (const activity of MARMARA_PROGRAMME.activities) {
      const h1 = byName(activity.name, '2008-H1');
      const yearEnd = byName(activity.name, '2008');
      if (!h1 || !yearEnd) throw new Error('missing entry');
      expect(h1.percent).toBeLessThanOrEqual(yearEnd.percent);
      for (const [code, spent] of Object.entries(yearEnd.spending)) {
        expect(spent).toBeLessThanOrEqual(activity.budget[code as keyof typeof activity.budget] ?? 0);
        expect(h1.spending[code as keyof typeof h1.spending] ?? 0).toBeLessThanOrEqual(spent ?? 0);
      }
      // Only the codes the activity is costed by.
      expect(Object.keys(yearEnd.spending).every((code) => code in activity.budget)).toBe(true);
    }
  });

  it('says why whenever an activity is not done by the year end', () => {
    const unfinished = MARMARA_PROGRESS.filter((entry) => entry.period === '2008' && entry.percent < 100);
    expect(unfinished.length).toBeGreaterThan(5);
    for (const entry of unfinished) expect(entry.note).toMatch(/\S{3}/);
  });

  it('reads the seed’s quantities as percents: 12 programmes a year, 5 handbooks, 2 academic books', () => {
    // 6 of 12 domestic programmes by 30 June = 50 %; all 12 by the year end = 100 %.
    const domestic = activityLike('12 tane Yurt İçi');
    expect([byName(domestic.name, '2008-H1')?.percent, byName(domestic.name, '2008')?.percent]).toEqual([
      50, 100,
    ]);
    // 11 of 12 study tours abroad = 91.7 %, shown as 92.
    expect(byName(activityLike('12 tane Yurt Dışı').name, '2008')?.percent).toBe(92);
    // 3 of 5 handbooks = 60 %; 1 of 2 academic books = 50 %.
    expect(byName(activityLike('5 adet pratik el kitabı').name, '2008')?.percent).toBe(60);
    expect(byName(activityLike('2 adet bilimsel').name, '2008')?.percent).toBe(50);
    // The ISO audit was postponed to January 2009 (the plan's deviation reason for PG1.1.4).
    expect(byName(activityLike('ISO Belgelendirme').name, '2008')).toMatchObject({
      percent: 80,
      note: expect.stringContaining('2009 Ocak'),
    });
  });

  it('matches each of its name parts to exactly one activity', () => {
    for (const [part] of BY_NAME) {
      const matched = MARMARA_PROGRAMME.activities.filter((activity) =>
        activity.name.toLocaleLowerCase('tr').includes(part),
      );
      expect([part, matched.length]).toEqual([part, 1]);
    }
  });

  it('spends the budget cost × percent × rate in whole TL, 0 TL reported at 0 %', () => {
    // F13-like: 06: 350,000 at 90 % and rate 0.98 = 308,700 TL.
    expect(spendingAt({ budget: { '06': 350000 } }, 90, 0.98)).toEqual({ '06': 308700 });
    // 01: 40,800 and 02: 7,200 at 50 % and rate 1 = 20,400 + 3,600 = 24,000 TL.
    const hiring = spendingAt({ budget: { '01': 40800, '02': 7200 } }, 50, 1);
    expect(hiring).toEqual({ '01': 20400, '02': 3600 });
    expect(spendingTotal(hiring)).toBe(24000);
    expect(spendingAt({ budget: { '03': 5000 } }, 0, 1)).toEqual({ '03': 0 });
  });

  it('writes each unit report’s problems and proposals in Turkish', () => {
    for (const report of Object.values(MARMARA_UNIT_REPORTS)) {
      expect(report.problems.length).toBeGreaterThan(40);
      expect(report.proposals.length).toBeGreaterThan(40);
    }
  });
});
