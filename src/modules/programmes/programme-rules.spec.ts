import { describe, expect, it } from '@jest/globals';
import type { ProgrammeCosts } from '../../contracts/programme.js';
import {
  amountProblems,
  differsBeyond,
  programmeIssues,
  programmeYears,
  refusalCode,
  targetOfYear,
  type ProgrammeFacts,
} from './programme-rules.js';

/*
 * A small 2027 programme: PH1 (H1.1) with F01 (PARK, 03: 100,000) and F02 (no unit any more,
 * 03: 20,000); general administration 01: 50,000; transfers 05: 5,000. Tablo 4's budget: 01
 * 50,000, 03 120,000, 05 5,000 = 175,000. H1.1's plan estimate for 2027 is 100,000: PH1 costs
 * 120,000, 20 % above it (a warning at the default 10 %, none at 25 %).
 */
function costs(proposal: ProgrammeCosts['proposal']): ProgrammeCosts {
  return {
    year: 2027,
    targets: [
      {
        code: 'PH1',
        aimCode: 'A1',
        targetCode: 'H1.1',
        title: 'Yeşil alan',
        activities: [
          {
            code: 'F01',
            name: 'Park',
            responsibleUnit: 'PARK',
            cost: { budget: { '03': 100000 }, offBudget: {} },
          },
          {
            code: 'F02',
            name: 'Fidan',
            responsibleUnit: null,
            cost: { budget: { '03': 20000 }, offBudget: {} },
          },
        ],
      },
    ],
    generalAdministration: { budget: { '01': 50000 }, offBudget: {} },
    transfers: { budget: { '05': 5000 }, offBudget: {} },
    proposal,
  };
}

function facts(overrides: Partial<ProgrammeFacts['targets'][number]> = {}, tolerance = 10): ProgrammeFacts {
  return {
    costs: costs({ '01': 50000, '03': 120000, '05': 5000 }),
    tolerance,
    targets: [
      {
        code: 'PH1',
        targetCode: 'H1.1',
        ofYear: true,
        costEstimate: 100000,
        indicators: [
          {
            code: 'PG1.1.1',
            unit: 'm²',
            figures: programmeYears(2027).map((year) => ({ year, value: 1, source: 'entered' as const })),
          },
        ],
        activities: [
          { code: 'F01', unit: 'PARK', total: 100000 },
          { code: 'F02', unit: 'PARK', total: 20000 },
        ],
        ...overrides,
      },
    ],
  };
}

const codes = (f: ProgrammeFacts): Array<[string, string, string]> =>
  programmeIssues(f, 'tr').map((issue) => [issue.code, issue.severity, issue.path]);

describe('the performance programme rules', () => {
  it('PP_COST_VS_PLAN warns when a PH costs more than the tolerance away from the plan’s estimate', () => {
    expect(codes(facts())).toEqual([['PP_COST_VS_PLAN', 'warning', 'targets[0]']]);
    expect(codes(facts({}, 25))).toEqual([]);
    expect(codes(facts({ costEstimate: null }))).toEqual([]);
    // Exactly at the tolerance is no warning: 110,000 against 100,000 at 10 %.
    expect(differsBeyond(110000, 100000, 10)).toBe(false);
    expect(differsBeyond(110000.01, 100000, 10)).toBe(true);
    expect(differsBeyond(89999.99, 100000, 10)).toBe(true);
    expect(differsBeyond(1, 0, 10)).toBe(true);
  });

  it('PP_INDICATOR_COMPLETE: a unit and a figure for every year', () => {
    const found = programmeIssues(
      facts({
        costEstimate: null,
        indicators: [
          {
            code: 'PG1.1.1',
            unit: ' ',
            figures: [
              { year: 2025, value: null, source: null },
              { year: 2026, value: null, source: null },
              { year: 2027, value: 5, source: 'plan' },
            ],
          },
        ],
      }),
      'tr',
    );
    expect(found.map((issue) => [issue.code, issue.path, issue.message])).toEqual([
      [
        'PP_INDICATOR_COMPLETE',
        'targets[0].indicators[0].unit',
        'PH1 performans hedefinin PG1.1.1 göstergesinin ölçü birimi yok',
      ],
      [
        'PP_INDICATOR_COMPLETE',
        'targets[0].indicators[0].figures',
        'PH1 performans hedefinin PG1.1.1 göstergesinde 2025, 2026 için değer yok',
      ],
    ]);
  });

  it('PP_TARGET_IN_PLAN: a PH whose plan target is gone or not of the year', () => {
    expect(codes(facts({ costEstimate: null, targetCode: null }))).toEqual([
      ['PP_TARGET_IN_PLAN', 'error', 'targets[0].target'],
    ]);
    expect(codes(facts({ costEstimate: null, ofYear: false }))).toEqual([
      ['PP_TARGET_IN_PLAN', 'error', 'targets[0].target'],
    ]);
    expect(targetOfYear(2027, [2025, 2027], null)).toBe(true);
    expect(targetOfYear(2027, [2025, 2026], { '2027': 1 })).toBe(true);
    expect(targetOfYear(2027, [2025, 2026], { '2026': 1 })).toBe(false);
  });

  it('PP_ACTIVITY_UNIT: an activity whose unit is gone', () => {
    const found = programmeIssues(
      facts({ costEstimate: null, activities: [{ code: 'F02', unit: null, total: 20000 }] }),
      'en',
    );
    expect(found.map((issue) => [issue.code, issue.path, issue.message])).toEqual([
      ['PP_ACTIVITY_UNIT', 'targets[0].activities[0].unit', 'Activity F02 has no responsible spending unit'],
    ]);
  });

  it('PP_RESOURCE_IDENTITY: the proposal against Tablo 4 per code and in total', () => {
    const broken = {
      ...facts({ costEstimate: null }),
      costs: costs({ '01': 50000, '03': 100000, '05': 5000, '06': 20000 }),
    };
    // 03 is 20,000 short and 06 20,000 over: the total holds, two codes break.
    expect(codes(broken)).toEqual([
      ['PP_RESOURCE_IDENTITY', 'error', 'proposal.03'],
      ['PP_RESOURCE_IDENTITY', 'error', 'proposal.06'],
    ]);
    const short = { ...facts({ costEstimate: null }), costs: costs({ '01': 50000, '03': 120000 }) };
    expect(programmeIssues(short, 'tr').map((issue) => issue.message)).toEqual([
      'Bütçe teklifinde 05 Cari Transferler kaynak ihtiyacı 0 TL; faaliyetler, genel yönetim giderleri ve transferlerden hesaplanan 5.000 TL',
      'Bütçe teklifinde toplam kaynak ihtiyacı 170.000 TL; faaliyetler, genel yönetim giderleri ve transferlerden hesaplanan 175.000 TL',
    ]);
  });

  it('checks amount maps before a write: codes 01–09, the three off-budget sources, kuruş, not negative', () => {
    const problems = amountProblems(
      { '01': 5, '1': 2, '10': 3, '03': -1, '04': 0.001, '05': Infinity },
      'budget',
      'economic',
      'tr',
    );
    expect(problems.map(({ path, code }) => [path, code])).toEqual([
      ['budget.1', 'PP_ECONOMIC_CODE'],
      ['budget.10', 'PP_ECONOMIC_CODE'],
      ['budget.03', 'PP_NEGATIVE_COST'],
      ['budget.04', 'INVALID_VALUE'],
      ['budget.05', 'INVALID_VALUE'],
    ]);
    expect(refusalCode(problems)).toBe('PP_ECONOMIC_CODE');
    const offBudget = amountProblems({ 'doner-sermaye': -5, hibe: 1 }, 'offBudget', 'offBudget', 'en');
    expect(offBudget.map(({ path, code }) => [path, code])).toEqual([
      ['offBudget.doner-sermaye', 'PP_NEGATIVE_COST'],
      ['offBudget.hibe', 'PP_OFF_BUDGET_SOURCE'],
    ]);
    expect(refusalCode(offBudget)).toBe('PP_NEGATIVE_COST');
    expect(refusalCode(amountProblems({ hibe: 1 }, 'x', 'offBudget', 'tr'))).toBe('VALIDATION_FAILED');
    expect(amountProblems([1], 'proposal', 'economic', 'tr').map(({ code }) => code)).toEqual([
      'INVALID_TYPE',
    ]);
    expect(amountProblems({ '09': 999_999_999_999.99 }, 'p', 'economic', 'tr')).toEqual([]);
  });
});
