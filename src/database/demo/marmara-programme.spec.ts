import { describe, expect, it } from '@jest/globals';
import type { ProgrammeCosts } from '../../contracts/programme.js';
import { identityBreaks, performanceTable } from '../../modules/programmes/programme-tables.js';
import { MARMARA_BIRLIGI_PLAN } from './index.js';
import { economicSplit, MARMARA_PROGRAMME } from './marmara-programme.js';

function costs(): ProgrammeCosts {
  return {
    year: MARMARA_PROGRAMME.year,
    targets: MARMARA_PROGRAMME.targets.map((target) => ({
      code: target.code,
      aimCode: '',
      targetCode: target.target,
      title: '',
      activities: MARMARA_PROGRAMME.activities
        .filter((activity) => activity.target === target.code)
        .map((activity, index) => ({
          code: String(index),
          name: activity.name,
          responsibleUnit: activity.unit,
          cost: { budget: activity.budget, offBudget: activity.offBudget },
        })),
    })),
    generalAdministration: MARMARA_PROGRAMME.generalAdministration,
    transfers: MARMARA_PROGRAMME.transfers,
    proposal: MARMARA_PROGRAMME.proposal,
  };
}

describe('the demo 2008 performance programme of the Marmara Belediyeler Birliği', () => {
  it('pursues the seed’s four yearly targets with every activity the plan gives them', () => {
    expect(MARMARA_PROGRAMME.targets.map((target) => [target.code, target.target])).toEqual([
      ['PH1', 'H1.1'],
      ['PH2', 'H1.2'],
      ['PH3', 'H4.1'],
      ['PH4', 'H6.1'],
    ]);
    const planned = MARMARA_BIRLIGI_PLAN.plan.aims
      .flatMap((aim) => aim.targets)
      .filter((target) => ['H1.1', 'H1.2', 'H4.1', 'H6.1'].includes(target.code))
      .flatMap((target) => (target.activities ?? []).map((activity) => activity.name));
    expect(MARMARA_PROGRAMME.activities.map((activity) => activity.name)).toEqual(planned);
    expect(MARMARA_PROGRAMME.activities.every((activity) => activity.unit !== '')).toBe(true);
  });

  it('costs each PH what the plan estimates for 2008, and its budget proposal holds the identity', () => {
    const table = performanceTable(costs());
    const estimates = MARMARA_PROGRAMME.targets.map(
      (target) =>
        MARMARA_BIRLIGI_PLAN.plan.aims
          .flatMap((aim) => aim.targets)
          .find((item) => item.code === target.target)?.costEstimate?.['2008'],
    );
    expect(table.targets.map((target) => target.total.total)).toEqual(estimates);
    expect(identityBreaks(costs())).toEqual([]);
  });

  it('splits a hiring into personnel and its social security share, building into capital', () => {
    expect(economicSplit({ name: 'Nitelikli personel istihdamını tamamlamak' }, 48000)).toEqual({
      '01': 40800,
      '02': 7200,
    });
    expect(economicSplit({ name: 'Birlik Binası’nın önlemleri' }, 350000)).toEqual({ '06': 350000 });
    expect(economicSplit({ name: 'Eğitim vermek' }, 35000)).toEqual({ '03': 35000 });
  });
});
