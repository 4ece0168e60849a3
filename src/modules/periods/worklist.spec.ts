import { describe, expect, it } from '@jest/globals';
import type { ApprovalQueueItem } from '../../contracts/workflow.js';
import {
  buildWorklist,
  countByUnit,
  groupApprovalQueue,
  type WorklistIndicator,
  type WorklistValue,
} from './worklist.js';

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
  };
}

describe('buildWorklist', () => {
  it('expects the H1 entries of 6-monthly indicators at 30 June and every indicator at year end', () => {
    const [june, year] = buildWorklist(['2025', '2025-H1'], INDICATORS, [], '2025-01-10');
    expect(june.period).toBe('2025-H1');
    expect(june.endDate).toBe('2025-06-30');
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
    const [june] = buildWorklist(
      ['2025-H1'],
      INDICATORS,
      [value('PG1.1.1', '2025-H1', 'returned'), value('PG1.1.1', '2025-H2', 'approved')],
      '2025-01-10',
    );
    expect(
      june.entries.map((entry) => [entry.indicator, entry.state, entry.returnComment, entry.version]),
    ).toEqual([
      ['PG1.1.1', 'returned', 'Kanıt eksik', 2],
      ['PG1.1.2', 'missing', null, null],
    ]);
  });

  it('marks as late only what is still owed after the period ended', () => {
    const values = [value('PG1.1.1', '2025-H1', 'draft'), value('PG1.1.2', '2025-H1', 'submitted')];
    const onTheLastDay = buildWorklist(['2025-H1'], INDICATORS, values, '2025-06-30')[0];
    expect(onTheLastDay.entries.map((entry) => entry.late)).toEqual([false, false]);
    const after = buildWorklist(['2025-H1'], INDICATORS, values, '2025-07-01')[0];
    expect(after.entries.map((entry) => [entry.state, entry.late])).toEqual([
      ['draft', true],
      ['submitted', false],
    ]);
    expect(after.units).toEqual([
      { unit: 'PARK', expected: 2, missing: 0, draft: 1, returned: 0, submitted: 1, approved: 0, late: 1 },
    ]);
  });

  it('ignores a stored period that is not an assessment period', () => {
    expect(buildWorklist(['2025-H2', 'abc'], INDICATORS, [], '2025-01-01')).toEqual([]);
  });
});

describe('countByUnit', () => {
  it('counts every state per unit, units by code', () => {
    const [year] = buildWorklist(
      ['2025'],
      INDICATORS,
      [value('PG1.1.1', '2025-H2', 'approved'), value('PG2.1.1', '2025', 'returned')],
      '2026-01-01',
    );
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
    const periods = buildWorklist(['2025', '2026-H1'], [INDICATORS[0], added], [], '2025-01-10');
    expect(periods.map((period) => [period.period, period.entries.map((entry) => entry.indicator)])).toEqual([
      ['2025', ['PG1.1.1']],
      ['2026-H1', ['PG1.1.1', 'PG1.1.4']],
    ]);
  });
});
