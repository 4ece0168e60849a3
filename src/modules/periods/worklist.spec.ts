import { describe, expect, it } from '@jest/globals';
import type { ApprovalQueueItem, EntryFigures } from '../../contracts/workflow.js';
import type { EngineIndicator } from '../progress/progress-engine.js';
import { KUMULATIF_H1_FIGURES } from '../plans/test-fixtures.js';
import {
  buildWorklist,
  countByUnit,
  entryFigures,
  groupApprovalQueue,
  type WorklistIndicator,
  type WorklistValue,
} from './worklist.js';
import type { DeadlineSettings } from './assessment-periods.js';

const INDICATORS: WorklistIndicator[] = [
  { code: 'PG1.1.1', name: 'Park alanı', target: 'H1.1', unit: 'PARK', monitoringMonths: 6 },
  { code: 'PG1.1.2', name: 'Şikâyet süresi', target: 'H1.1', unit: 'PARK', monitoringMonths: 6 },
  { code: 'PG2.1.1', name: 'Denetim', target: 'H2.1', unit: 'ZABITA', monitoringMonths: 12 },
];

function value(indicator: string, period: string, status: WorklistValue['status']): WorklistValue {
  return {
    indicator,
    period,
    status,
    value: 1,
    version: 2,
    returnComment: status === 'returned' ? 'Kanıt eksik' : null,
    implausible: false,
  };
}

/** Figures as buildWorklist is given them: these tests look at states, not numbers. */
const FIGURES: EntryFigures = {
  valueType: 'duzey',
  unit: null,
  assessmentPeriod: '2025',
  baseline: null,
  actual: null,
  actualPeriods: [],
  missingPeriods: [],
  target: null,
  targetBasis: 'year-end',
  rate: null,
};
const figuresOf = (): EntryFigures => FIGURES;

/** buildWorklist of `periods` on `today` for the values given, with INDICATORS unless told. */
function worklist(
  periods: string[],
  values: WorklistValue[],
  today: string,
  settings: DeadlineSettings | null = null,
  indicators = INDICATORS,
) {
  return buildWorklist(periods, indicators, values, today, figuresOf, settings);
}

describe('buildWorklist', () => {
  it('expects the H1 entries of 6-monthly indicators at 30 June and every indicator at year end', () => {
    const [june, year] = worklist(['2025', '2025-H1'], [], '2025-01-10');
    expect(june.period).toBe('2025-H1');
    expect(june.endDate).toBe('2025-06-30');
    expect(june.entryDeadline).toBe('2025-07-15');
    expect(june.approvalDeadline).toBe('2025-07-30');
    expect(year.entryDeadline).toBe('2026-01-15');
    expect(june.entries.map((entry) => [entry.indicator, entry.period])).toEqual([
      ['PG1.1.1', '2025-H1'],
      ['PG1.1.2', '2025-H1'],
    ]);
    expect(year.entries.map((entry) => [entry.indicator, entry.period])).toEqual([
      ['PG1.1.1', '2025-H2'],
      ['PG1.1.2', '2025-H2'],
      ['PG2.1.1', '2025'],
    ]);
  });

  it('gives each entry the state of its value, missing when there is none', () => {
    const values = [value('PG1.1.1', '2025-H1', 'returned'), value('PG1.1.1', '2025-H2', 'approved')];
    const [june] = worklist(['2025-H1'], values, '2025-01-10');
    expect(
      june.entries.map((entry) => [entry.indicator, entry.state, entry.returnComment, entry.version]),
    ).toEqual([
      ['PG1.1.1', 'returned', 'Kanıt eksik', 2],
      ['PG1.1.2', 'missing', null, null],
    ]);
  });

  it('marks as late only what is still owed after the entry deadline, not after the period ended', () => {
    const values = [value('PG1.1.1', '2025-H1', 'draft'), value('PG1.1.2', '2025-H1', 'submitted')];
    for (const today of ['2025-06-30', '2025-07-01', '2025-07-15']) {
      const before = worklist(['2025-H1'], values, today)[0];
      expect(before.entries.map((entry) => entry.late)).toEqual([false, false]);
      expect(before.units[0].late).toBe(0);
    }
    const after = worklist(['2025-H1'], values, '2025-07-16')[0];
    expect(after.entries.map((entry) => [entry.state, entry.late])).toEqual([
      ['draft', true],
      ['submitted', false],
    ]);
    expect(after.units).toEqual([
      { unit: 'PARK', expected: 2, missing: 0, draft: 1, returned: 0, submitted: 1, approved: 0, late: 1 },
    ]);
  });

  it('takes the entry deadline from the plan setting', () => {
    const values = [value('PG1.1.1', '2025-H1', 'draft')];
    const sameDay = { entryDeadlineDays: 0 };
    expect(worklist(['2025-H1'], values, '2025-07-01', sameDay)[0].entries[0].late).toBe(true);
    const long = { entryDeadlineDays: 45 };
    const [june] = worklist(['2025-H1'], values, '2025-08-14', long);
    expect([june.entryDeadline, june.entries[0].late]).toEqual(['2025-08-14', false]);
    expect(worklist(['2025-H1'], values, '2025-08-15', long)[0].entries[0].late).toBe(true);
  });

  it('ignores a stored period that is not an assessment period', () => {
    expect(worklist(['2025-H2', 'abc'], [], '2025-01-01')).toEqual([]);
  });
});

describe('countByUnit', () => {
  it('counts every state per unit, units by code', () => {
    const values = [value('PG1.1.1', '2025-H2', 'approved'), value('PG2.1.1', '2025', 'returned')];
    const [year] = worklist(['2025'], values, '2026-01-16');
    expect(countByUnit(year.entries)).toEqual([
      { unit: 'PARK', expected: 2, missing: 1, draft: 0, returned: 0, submitted: 0, approved: 1, late: 1 },
      { unit: 'ZABITA', expected: 1, missing: 0, draft: 0, returned: 1, submitted: 0, approved: 0, late: 1 },
    ]);
    expect(countByUnit([])).toEqual([]);
  });
});

describe('groupApprovalQueue', () => {
  it('groups submitted values by responsible unit with a count, keeping their order', () => {
    const item = (indicator: string, period: string, unit: string): ApprovalQueueItem & { unit: string } => ({
      unit,
      indicator,
      name: indicator,
      target: 'H1.1',
      assessmentPeriod: '2025',
      period,
      value: 1,
      deviationReason: null,
      note: null,
      evidenceUrl: null,
      submittedBy: null,
      submittedAt: null,
      version: 2,
      implausible: false,
      approvalDeadline: '2026-01-30',
      overdue: false,
      plausibility: null,
      figures: FIGURES,
    });
    const groups = groupApprovalQueue([
      item('PG2.1.1', '2025', 'ZABITA'),
      item('PG1.1.1', '2025-H2', 'PARK'),
      item('PG1.1.2', '2025-H2', 'PARK'),
    ]);
    expect(
      groups.map((group) => [group.unit, group.count, group.items.map((entry) => entry.indicator)]),
    ).toEqual([
      ['PARK', 2, ['PG1.1.1', 'PG1.1.2']],
      ['ZABITA', 1, ['PG2.1.1']],
    ]);
    expect(groups[0].items[0]).not.toHaveProperty('unit');
  });
});

describe('buildWorklist: an indicator added by a plan update', () => {
  it('is expected from its first year (sinceYear) on only', () => {
    const added: WorklistIndicator = { ...INDICATORS[0], code: 'PG1.1.4', sinceYear: 2026 };
    const periods = worklist(['2025', '2026-H1'], [], '2025-01-10', null, [INDICATORS[0], added]);
    expect(periods.map((period) => [period.period, period.entries.map((entry) => entry.indicator)])).toEqual([
      ['2025', ['PG1.1.1']],
      ['2026-H1', ['PG1.1.1', 'PG1.1.4']],
    ]);
  });
});

describe('entryFigures: what an entry means for its assessment period', () => {
  // Trees planted (kumulatif): A = 10,300 at the plan's start, B₂₀₂₅ = 16,300, F1.
  const trees: EngineIndicator = {
    code: 'PG3.1.1',
    name: 'Dikilen ağaç',
    unit: 'adet',
    weight: 100,
    direction: 'artis',
    valueType: 'kumulatif',
    baseline: 10300,
    targets: { '2025': 16300, '2026': 20000 },
    values: { '2025-H1': { value: 5200 } },
  };
  const plan = { startYear: 2025, endYear: 2029 };

  it('makes a cumulative C of A + the entries so far, with B and the rate, not the entry itself', () => {
    expect(entryFigures(trees, plan, '2025-H1')).toEqual(KUMULATIF_H1_FIGURES);
  });

  it('gives a second-half entry the year-end C, and names the entry C still misses', () => {
    const withH2 = { ...trees, values: { ...trees.values, '2025-H2': { value: 800 } } };
    expect(entryFigures(withH2, plan, '2025-H2')).toMatchObject({
      assessmentPeriod: '2025',
      actual: 16300,
      rate: 100,
    });
    const gap = { ...trees, values: { '2025-H2': { value: 800 } } };
    expect(entryFigures(gap, plan, '2025-H2')).toMatchObject({
      actual: null,
      missingPeriods: ['2025-H1'],
      rate: null,
    });
  });

  it('measures a first-half entry against the half-year target when the indicator sets one', () => {
    const withHalf = { ...trees, halfYearTargets: { '2025': 13300 } };
    expect(entryFigures(withHalf, plan, '2025-H1')).toMatchObject({
      target: 13300,
      targetBasis: 'half-year',
      // (15,500 − 10,300) / (13,300 − 10,300) × 100
      rate: 173.333333,
    });
    expect(entryFigures(withHalf, plan, '2025-H2')).toMatchObject({ target: 16300, targetBasis: 'year-end' });
  });

  it('sums a flow (dönemsel) over the year, F2 against B', () => {
    const events: EngineIndicator = {
      ...trees,
      valueType: 'donemsel',
      baseline: 40,
      targets: { '2025': 60 },
      values: { '2025-H1': { value: 25 }, '2025-H2': { value: 20 } },
    };
    expect(entryFigures(events, plan, '2025-H2')).toMatchObject({ actual: 45, target: 60, rate: 75 });
  });
});
