import { describe, expect, it } from '@jest/globals';
import type { ProgrammeCosts } from '../../contracts/programme.js';
import {
  activityCostTables,
  identityBreaks,
  performanceTable,
  resourceTable,
  responsibilityTable,
  unknownEconomicCodes,
} from './programme-tables.js';

/*
 * A hand-worked programme for 2025 (TL):
 *
 *   PH1 (A1 / H1.1)  F01 Park yapımı   PARK    03: 100,000.50  06: 400,000   Döner Sermaye 50,000
 *                    F02 Ağaçlandırma  PARK    03:  60,000.25
 *   PH2 (A2 / H2.1)  F03 Eğitim        ZABITA  01:  20,000     03:   5,000
 *   Genel Yönetim Giderleri                    01: 300,000     02:  50,000   Diğer Yurt İçi 10,000
 *   Diğer İdarelere Transfer                   05:  25,000
 *
 * Tablo 3: F01 500,000.50 + 50,000 = 550,000.50; F02 60,000.25; PH1 560,000.75 + 50,000 =
 * 610,000.75; PH2 = F03 = 25,000; activities 585,000.75 + 50,000 = 635,000.75; general
 * administration 350,000 + 10,000 = 360,000; transfers 25,000; grand total 960,000.75 budget +
 * 60,000 off-budget = 1,020,000.75.
 * Tablo 4: 01 = 20,000 + 300,000 = 320,000; 02 = 50,000; 03 = 100,000.50 + 60,000.25 + 5,000 =
 * 165,000.75; 05 = 25,000; 06 = 400,000; budget 585,000.75 + 350,000 + 25,000 = 960,000.75.
 * The identity: a proposal of exactly these per code holds; 165,000 for 03 breaks 03 and the total.
 */
function programme(): ProgrammeCosts {
  return {
    year: 2025,
    targets: [
      {
        code: 'PH1',
        aimCode: 'A1',
        targetCode: 'H1.1',
        title: 'Kişi başına yeşil alanı artırmak',
        activities: [
          {
            code: 'F01',
            name: 'Park yapımı',
            responsibleUnit: 'PARK',
            cost: { budget: { '03': 100_000.5, '06': 400_000 }, offBudget: { 'doner-sermaye': 50_000 } },
          },
          {
            code: 'F02',
            name: 'Ağaçlandırma',
            responsibleUnit: 'PARK',
            cost: { budget: { '03': 60_000.25 }, offBudget: {} },
          },
        ],
      },
      {
        code: 'PH2',
        aimCode: 'A2',
        targetCode: 'H2.1',
        title: 'Esnafı bilgilendirmek',
        activities: [
          {
            code: 'F03',
            name: 'Eğitim',
            responsibleUnit: 'ZABITA',
            cost: { budget: { '01': 20_000, '03': 5_000 }, offBudget: {} },
          },
        ],
      },
    ],
    generalAdministration: {
      budget: { '01': 300_000, '02': 50_000 },
      offBudget: { 'diger-yurt-ici': 10_000 },
    },
    transfers: { budget: { '05': 25_000 }, offBudget: {} },
    proposal: { '01': 320_000, '02': 50_000, '03': 165_000.75, '05': 25_000, '06': 400_000 },
  };
}

describe('Tablo 2: activity costs', () => {
  it('lists every economic code and off-budget source with the totals of each activity', () => {
    const [f01, f02, f03] = activityCostTables(programme());
    expect(f01).toMatchObject({ target: 'PH1', activity: 'F01', responsibleUnit: 'PARK' });
    expect(f01.budget.map((line) => line.code)).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
    ]);
    expect(f01.budget.find((line) => line.code === '06')?.amount).toBe(400_000);
    expect([f01.budgetTotal, f01.offBudgetTotal, f01.total]).toEqual([500_000.5, 50_000, 550_000.5]);
    expect(f02.total).toBe(60_000.25);
    expect([f03.target, f03.budgetTotal]).toEqual(['PH2', 25_000]);
  });
});

describe('Tablo 3 and Tablo 1: the performance table', () => {
  it('totals each PH, the activities, general administration, transfers and the grand total', () => {
    const table = performanceTable(programme());
    const [ph1, ph2] = table.targets;
    expect(ph1.activities.map((line) => [line.code, line.budget, line.offBudget, line.total])).toEqual([
      ['F01', 500_000.5, 50_000, 550_000.5],
      ['F02', 60_000.25, 0, 60_000.25],
    ]);
    expect([ph1.total.budget, ph1.total.offBudget, ph1.total.total]).toEqual([
      560_000.75, 50_000, 610_000.75,
    ]);
    expect(ph2.total.total).toBe(25_000);
    expect(table.activitiesTotal.total).toBe(635_000.75);
    expect([table.generalAdministration.budget, table.generalAdministration.offBudget]).toEqual([
      350_000, 10_000,
    ]);
    expect(table.transfers.total).toBe(25_000);
    expect([table.grandTotal.budget, table.grandTotal.offBudget, table.grandTotal.total]).toEqual([
      960_000.75, 60_000, 1_020_000.75,
    ]);
  });

  it('gives each line its share of the grand total per column, none for an empty column', () => {
    const table = performanceTable(programme());
    expect(table.targets[0].total.shares.budget).toBeCloseTo(560_000.75 / 960_000.75, 12);
    expect(table.generalAdministration.shares.offBudget).toBeCloseTo(1 / 6, 12);
    expect(table.grandTotal.shares).toEqual({ budget: 1, offBudget: 1, total: 1 });
    const withoutOffBudget = programme();
    withoutOffBudget.targets[0].activities[0].cost.offBudget = {};
    withoutOffBudget.generalAdministration.offBudget = {};
    expect(performanceTable(withoutOffBudget).grandTotal.shares.offBudget).toBeNull();
  });

  it('adds amounts in kuruş, so many small amounts never drift', () => {
    const many = programme();
    many.targets[1].activities = Array.from({ length: 10 }, (_, index) => ({
      code: `F${10 + index}`,
      name: 'Küçük',
      responsibleUnit: 'ZABITA',
      cost: { budget: { '03': 0.1 }, offBudget: {} },
    }));
    expect(performanceTable(many).targets[1].total.budget).toBe(1);
  });
});

describe('Tablo 4: the total resource need', () => {
  it('sums each economic code over activities, general administration and transfers', () => {
    const table = resourceTable(programme());
    const line = (code: string) => table.budget.find((item) => item.code === code);
    expect(line('01')).toEqual({
      code: '01',
      activities: 20_000,
      generalAdministration: 300_000,
      transfers: 0,
      total: 320_000,
    });
    expect(line('03')?.total).toBe(165_000.75);
    expect(line('05')).toMatchObject({ transfers: 25_000, total: 25_000 });
    expect(table.budgetTotal).toEqual({
      activities: 585_000.75,
      generalAdministration: 350_000,
      transfers: 25_000,
      total: 960_000.75,
    });
    expect(table.offBudgetTotal).toEqual({
      activities: 50_000,
      generalAdministration: 10_000,
      transfers: 0,
      total: 60_000,
    });
    expect(table.total.total).toBe(1_020_000.75);
  });

  it('agrees with Tablo 3 on every total', () => {
    const resources = resourceTable(programme());
    const performance = performanceTable(programme());
    expect(resources.budgetTotal.total).toBe(performance.grandTotal.budget);
    expect(resources.offBudgetTotal.total).toBe(performance.grandTotal.offBudget);
    expect(resources.total.activities).toBe(performance.activitiesTotal.total);
  });
});

describe('Tablo 5: responsibilities', () => {
  it('lists each PH with its activities and their units', () => {
    expect(responsibilityTable(programme()).targets[1]).toEqual({
      code: 'PH2',
      title: 'Esnafı bilgilendirmek',
      activities: [{ code: 'F03', name: 'Eğitim', responsibleUnit: 'ZABITA' }],
    });
  });
});

describe('PP_RESOURCE_IDENTITY', () => {
  it('holds when the proposal is Σ activities + general administration + transfers per code', () => {
    expect(identityBreaks(programme())).toEqual([]);
  });

  it('names each code that differs and the total', () => {
    const broken = programme();
    broken.proposal['03'] = 165_000;
    expect(identityBreaks(broken)).toEqual([
      { line: '03', proposal: 165_000, computed: 165_000.75 },
      { line: 'total', proposal: 960_000, computed: 960_000.75 },
    ]);
  });

  it('counts general administration and transfers: leaving them out of the proposal breaks it', () => {
    const broken = programme();
    broken.proposal = { '01': 20_000, '03': 165_000.75, '06': 400_000 };
    expect(identityBreaks(broken).map((item) => item.line)).toEqual(['01', '02', '05', 'total']);
  });
});

describe('unknownEconomicCodes', () => {
  it('names codes outside 01–09', () => {
    expect(unknownEconomicCodes({ '01': 1, '10': 2, '3': 3, '09': 4 })).toEqual(['10', '3']);
  });
});
