import { describe, expect, it } from '@jest/globals';
import type { BudgetCostGrid } from '../../contracts/programme.js';
import {
  addTotals,
  budgetIssues,
  columnByCode,
  costGridProblems,
  costGroups,
  costTotals,
  figureProblems,
  indicatorFigures,
  type BudgetFacts,
} from './programme-budget-rules.js';

/*
 * A 2024 programme-budget PP, by hand (TL):
 *
 *   AH1 (H1.1)       F01 PARK  budget 06: t-1 budget 900,000  t 1,000,000.10  t+1 1,100,000
 *                              budget 03: t 200,000.20
 *                              offBudget 06: t 50,000
 *   AH2 (H1.1, H2.1) F02 FEN   budget 03: t-1 actual 80,000  t 300,000
 *   AH3 (H3.1)       F03 unit gone  budget 01: t 40,000
 *   Genel yönetim giderleri 01: 60,000; transfers 05: 10,000.
 *
 * Year-t costs, bütçe içi by code: 01 = 40,000; 03 = 200,000.20 + 300,000 = 500,000.20;
 * 06 = 1,000,000.10. With general administration and transfers the resource need is 01 100,000,
 * 03 500,000.20, 05 10,000, 06 1,000,000.10 = 1,610,000.30. The proposal says 500,000 for 03: the
 * identity breaks at 03 (500,000 against 500,000.20) and in total (1,610,000.10 against
 * 1,610,000.30).
 * F01's year-t totals: bütçe içi 1,000,000.10 + 200,000.20 = 1,200,000.30, bütçe dışı 50,000,
 * together 1,250,000.30 (0.10 + 0.20 is 0.30 exactly, summed in kuruş).
 * PP_COST_VS_PLAN: AH2 links H1.1 and H2.1, so H1.1 and H2.1 are compared together with AH1 and
 * AH2: cost 1,250,000.30 + 300,000 = 1,550,000.30 against 1,000,000 + 400,000 = 1,400,000 — 10.7 %
 * above, a warning at 10 %. H3.1 states no estimate for 2024: not compared.
 */
const F01: BudgetCostGrid = {
  budget: { '06': { tMinus1Budget: 900000, t: 1000000.1, tPlus1: 1100000 }, '03': { t: 200000.2 } },
  offBudget: { '06': { t: 50000 } },
};
const F02: BudgetCostGrid = { budget: { '03': { tMinus1Actual: 80000, t: 300000 } } };
const F03: BudgetCostGrid = { budget: { '01': { t: 40000 } } };

const ALL_FIGURES = {
  tMinus2Actual: 10,
  tMinus1Planned: 12,
  tMinus1Estimate: 11.5,
  tTarget: 13,
  tPlus1: 14,
  tPlus2: 15,
};

function facts(proposal: BudgetFacts['proposal']): BudgetFacts {
  return {
    year: 2024,
    tolerance: 10,
    proposal,
    generalAdministration: { budget: { '01': 60000 }, offBudget: {} },
    transfers: { budget: { '05': 10000 }, offBudget: {} },
    goals: [
      {
        at: 'programmes[0].subProgrammes[0].goals[0]',
        code: 'AH1',
        targets: [{ code: 'H1.1', ofYear: true, costEstimate: 1000000 }],
        indicators: [{ code: 'G1', unit: 'm²', figures: ALL_FIGURES }],
        activities: [{ code: 'F01', unit: 'PARK', costs: F01 }],
      },
      {
        at: 'programmes[0].subProgrammes[0].goals[1]',
        code: 'AH2',
        targets: [
          { code: 'H1.1', ofYear: true, costEstimate: 1000000 },
          { code: 'H2.1', ofYear: true, costEstimate: 400000 },
        ],
        indicators: [
          { code: 'G2', unit: null, figures: { ...ALL_FIGURES, tMinus1Estimate: null, tPlus2: null } },
        ],
        activities: [{ code: 'F02', unit: 'FEN', costs: F02 }],
      },
      {
        at: 'programmes[0].subProgrammes[1].goals[0]',
        code: 'AH3',
        targets: [{ code: 'H3.1', ofYear: true, costEstimate: null }],
        indicators: [],
        activities: [{ code: 'F03', unit: null, costs: F03 }],
      },
    ],
  };
}

describe('the cost grid of an activity', () => {
  it('sums each column in kuruş, bütçe içi and dışı apart', () => {
    const totals = costTotals([F01]);
    expect(totals.t).toEqual({ budget: 1200000.3, offBudget: 50000, total: 1250000.3 });
    expect(totals.tMinus1Budget).toEqual({ budget: 900000, offBudget: 0, total: 900000 });
    expect(totals.tPlus2).toEqual({ budget: 0, offBudget: 0, total: 0 });
    expect(addTotals([totals, costTotals([F02])]).t).toEqual({
      budget: 1500000.3,
      offBudget: 50000,
      total: 1550000.3,
    });
  });

  it('gives the year-t column by economic code, leaving out codes no grid states', () => {
    expect(columnByCode([F01, F02, F03], 't')).toEqual({ '01': 40000, '03': 500000.2, '06': 1000000.1 });
    expect(columnByCode([F01, F02], 'tMinus1Actual')).toEqual({ '03': 80000 });
  });

  it('refuses economic codes outside 01–09, unknown funding types and columns, negatives and fractions of kuruş', () => {
    const problems = costGridProblems(
      {
        budget: { '10': { t: 5 }, '03': { t: -1, next: 4, tPlus1: 1.005 } },
        hibe: { '03': { t: 1 } },
        offBudget: { '06': { tPlus2: 3 } },
      },
      'costs',
      'tr',
    );
    expect(problems.map(({ path, code }) => [path, code])).toEqual([
      ['costs.budget.10', 'PP_ECONOMIC_CODE'],
      ['costs.budget.03.t', 'PP_NEGATIVE_COST'],
      ['costs.budget.03.next', 'PP_BUDGET_COLUMN'],
      ['costs.budget.03.tPlus1', 'INVALID_VALUE'],
      ['costs.hibe', 'PP_FUNDING_TYPE'],
    ]);
    expect(problems[0].message).toBe('"10" birinci düzey bir ekonomik kod değil (01 ile 09 arası)');
    expect(costGridProblems(F01, 'costs', 'tr')).toEqual([]);
    expect(costGridProblems([], 'costs', 'en').map(({ code }) => code)).toEqual(['INVALID_TYPE']);
  });
});

describe('the figures of an indicator', () => {
  it('takes numbers or null by the six columns only', () => {
    expect(figureProblems({ tTarget: 3, tPlus1: null, tPlus3: 1, tPlus2: '4' }, 'figures', 'tr')).toEqual([
      { path: 'figures.tPlus3', code: 'PP_BUDGET_COLUMN', message: '"tPlus3" programın bir sütunu değil' },
      {
        path: 'figures.tPlus2',
        code: 'INVALID_TYPE',
        message: 'Değer bir sayı olmalı (boş bırakmak için null)',
      },
    ]);
  });

  it('reads a column not stored as missing, never as zero', () => {
    expect(indicatorFigures({ tTarget: 0, tPlus1: 5 })).toEqual({
      tMinus2Actual: null,
      tMinus1Planned: null,
      tMinus1Estimate: null,
      tTarget: 0,
      tPlus1: 5,
      tPlus2: null,
    });
  });
});

describe('the rules of a programme-budget PP', () => {
  it('groups targets that share a goal and compares their costs with their estimates together', () => {
    expect(costGroups(facts({}))).toEqual([
      { goals: ['AH1', 'AH2'], targets: ['H1.1', 'H2.1'], cost: 1550000.3, estimate: 1400000 },
    ]);
  });

  it('finds the hand-worked example’s problems in document order', () => {
    const issues = budgetIssues(facts({ '01': 100000, '03': 500000, '05': 10000, '06': 1000000.1 }), 'tr');
    expect(issues.map(({ code, severity, path }) => [code, severity, path])).toEqual([
      ['PP_INDICATOR_COMPLETE', 'error', 'programmes[0].subProgrammes[0].goals[1].indicators[0].unit'],
      ['PP_INDICATOR_COMPLETE', 'error', 'programmes[0].subProgrammes[0].goals[1].indicators[0].figures'],
      ['PP_ACTIVITY_UNIT', 'error', 'programmes[0].subProgrammes[1].goals[0].activities[0].unit'],
      ['PP_COST_VS_PLAN', 'warning', 'goals'],
      ['PP_RESOURCE_IDENTITY', 'error', 'proposal.03'],
      ['PP_RESOURCE_IDENTITY', 'error', 'proposal'],
    ]);
    expect(issues[1].message).toBe(
      'AH2 alt program hedefinin G2 göstergesinde şu sütunlar boş: 2023 Yıl Sonu Tahmini, 2026 Tahmin',
    );
    expect(issues[3].message).toBe(
      '2024 yılında H1.1, H2.1 plan hedefi için alt program hedeflerinin (AH1, AH2) maliyeti 1.550.000,3 TL; planın maliyet tahmini 1.400.000 TL (izin verilen fark %10)',
    );
    expect(issues[4].message).toContain('500.000 TL');
    expect(issues[4].message).toContain('500.000,2 TL');
    expect(issues[5].message).toContain('1.610.000,1 TL');
    expect(issues[5].message).toContain('1.610.000,3 TL');
  });

  it('holds the identity once the proposal states the year-t costs with general administration and transfers', () => {
    const issues = budgetIssues(
      { ...facts({ '01': 100000, '03': 500000.2, '05': 10000, '06': 1000000.1 }), tolerance: 15 },
      'en',
    );
    expect(issues.map(({ code }) => code)).toEqual([
      'PP_INDICATOR_COMPLETE',
      'PP_INDICATOR_COMPLETE',
      'PP_ACTIVITY_UNIT',
    ]);
    expect(issues[0].message).toBe('Indicator G2 of sub-programme goal AH2 has no unit');
  });

  it('wants every goal linked to a target of the year (PP_TARGET_IN_PLAN)', () => {
    const base = facts({});
    const unlinked: BudgetFacts = {
      ...base,
      goals: [
        { ...base.goals[0], targets: [] },
        { ...base.goals[1], targets: [{ code: 'H9.1', ofYear: false, costEstimate: null }], indicators: [] },
      ],
    };
    const issues = budgetIssues(unlinked, 'tr').filter((issue) => issue.code === 'PP_TARGET_IN_PLAN');
    expect(issues.map(({ path, message }) => [path, message])).toEqual([
      [
        'programmes[0].subProgrammes[0].goals[0].targets',
        'AH1 alt program hedefi planın 2024 yılı hedeflerinden hiçbirine bağlı değil',
      ],
      [
        'programmes[0].subProgrammes[0].goals[1].targets[0]',
        'AH2 alt program hedefinin bağlı olduğu H9.1 hedefi planın 2024 yılı hedeflerinden değil',
      ],
    ]);
  });
});
