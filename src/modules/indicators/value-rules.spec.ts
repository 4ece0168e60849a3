import { describe, expect, it } from '@jest/globals';
import {
  blankToNull,
  closedCorrectionStatus,
  correctedFields,
  correctionSelfApprovalProblem,
  type DeviationInput,
  entryPeriodProblem,
  missingDeviationReasons,
  selfApprovalProblem,
} from './value-rules.js';

const PLAN = { startYear: 2025, endYear: 2029 };
const TARGETS = { '2025': 120, '2026': 140, '2027': 160, '2028': 180, '2029': 200 };

function indicator(overrides: Partial<DeviationInput>): DeviationInput {
  return {
    baseline: 100,
    valueType: 'duzey',
    monitoringMonths: 6,
    targets: TARGETS,
    entries: [],
    ...overrides,
  };
}

describe('entryPeriodProblem', () => {
  const sixMonthly = { code: 'PG1.1.1', monitoringMonths: 6 as const };
  const yearly = { code: 'PG1.1.2', monitoringMonths: 12 as const };

  it('accepts the entry periods of the indicator inside the plan years', () => {
    expect(entryPeriodProblem(PLAN, sixMonthly, '2025-H2', 'en')).toBeNull();
    expect(entryPeriodProblem(PLAN, { code: 'PG1', monitoringMonths: null }, '2029-H1', 'en')).toBeNull();
    expect(entryPeriodProblem(PLAN, yearly, '2026', 'en')).toBeNull();
  });

  it('names what is wrong: not a period, outside the plan, or the other frequency', () => {
    expect(entryPeriodProblem(PLAN, sixMonthly, '2025-H3', 'en')).toBe(
      '"2025-H3" is not a period (YYYY-H1, YYYY-H2 or YYYY)',
    );
    expect(entryPeriodProblem(PLAN, sixMonthly, '2030-H1', 'en')).toBe(
      '2030 mid-year is outside the plan period 2025–2029',
    );
    expect(entryPeriodProblem(PLAN, yearly, '2026-H1', 'tr')).toBe(
      'PG1.1.2 yılda bir izlenir: değeri yıl için (YYYY) girilir',
    );
  });

  it('refuses entries before the first year of an indicator added by an update', () => {
    const added = { code: 'PG1.1.9', monitoringMonths: 6 as const, sinceYear: 2027 };
    expect(entryPeriodProblem(PLAN, added, '2026-H2', 'en')).toBe(
      'PG1.1.9 was added by an update and is monitored from 2027 on, not in 2026 second half',
    );
    expect(entryPeriodProblem(PLAN, added, '2027-H1', 'en')).toBeNull();
    expect(entryPeriodProblem(PLAN, { ...added, sinceYear: null }, '2025-H1', 'en')).toBeNull();
  });
});

describe('missingDeviationReasons (DEVIATION_REASON)', () => {
  it('asks for a reason when the submitted year-end C differs from B, by any amount', () => {
    const entries = [{ period: '2025-H2', value: 119.99, deviationReason: null, status: 'draft' as const }];
    expect(missingDeviationReasons(PLAN, indicator({ entries }), '2025-H2')).toEqual(['2025-H2']);
    expect(
      missingDeviationReasons(PLAN, indicator({ entries: [{ ...entries[0], value: 120 }] }), '2025-H2'),
    ).toEqual([]);
    expect(
      missingDeviationReasons(
        PLAN,
        indicator({ entries: [{ ...entries[0], deviationReason: 'Kamulaştırma gecikti' }] }),
        '2025-H2',
      ),
    ).toEqual([]);
  });

  it('does not judge a half-year entry itself, nor drafts of other periods', () => {
    const entries = [
      { period: '2025-H1', value: 50, deviationReason: null, status: 'draft' as const },
      { period: '2026-H2', value: 1, deviationReason: null, status: 'draft' as const },
    ];
    expect(missingDeviationReasons(PLAN, indicator({ entries }), '2025-H1')).toEqual([]);
  });

  it('kumulatif: an earlier entry moves C of the later, already submitted year ends', () => {
    // C(2025) = 100 + 10 + 10 = 120 = B; C(2026) = 120 + 10 + 10 = 140 = B. Raising 2025-H1 breaks both.
    const entries = [
      { period: '2025-H1', value: 15, deviationReason: null, status: 'draft' as const },
      { period: '2025-H2', value: 10, deviationReason: null, status: 'approved' as const },
      { period: '2026-H1', value: 10, deviationReason: null, status: 'approved' as const },
      { period: '2026-H2', value: 10, deviationReason: null, status: 'submitted' as const },
    ];
    expect(missingDeviationReasons(PLAN, indicator({ valueType: 'kumulatif', entries }), '2025-H1')).toEqual([
      '2025-H2',
      '2026-H2',
    ]);
  });

  it('yearly indicators are judged on their YYYY entry', () => {
    const entries = [{ period: '2027', value: 150, deviationReason: null, status: 'returned' as const }];
    expect(missingDeviationReasons(PLAN, indicator({ monitoringMonths: 12, entries }), '2027')).toEqual([
      '2027',
    ]);
  });
});

describe('selfApprovalProblem (four-eyes)', () => {
  const entry = { period: '2025-H2', enteredBy: 'unit-user', submittedBy: 'unit-head' };

  it('lets a third person approve', () => {
    expect(selfApprovalProblem(entry, 'PG1.1.1', 'planner', 'en')).toBeNull();
    expect(selfApprovalProblem(entry, 'PG1.1.1', null, 'en')).toBeNull();
  });

  it('refuses whoever entered or submitted the value', () => {
    expect(selfApprovalProblem(entry, 'PG1.1.1', 'unit-user', 'en')).toBe(
      'You entered the value of PG1.1.1 2025 second half yourself: another planner approves it (four-eyes principle)',
    );
    expect(selfApprovalProblem(entry, 'PG1.1.1', 'unit-head', 'en')).toMatch(/^You submitted/);
    expect(selfApprovalProblem({ ...entry, submittedBy: 'unit-user' }, 'PG1.1.1', 'unit-user', 'tr')).toBe(
      'PG1.1.1 2025 ikinci yarı değerini kendiniz girip onaya gönderdiğiniz için onaylayamazsınız: başka bir planlamacı onaylamalı (dört göz ilkesi)',
    );
  });
});

describe('blankToNull', () => {
  it('treats blank text as none', () => {
    expect([undefined, null, '', '  ', 'neden'].map(blankToNull)).toEqual([null, null, null, null, 'neden']);
  });
});

describe('correctedFields', () => {
  const stored = {
    deviationReason: 'İhale gecikti',
    note: 'Saha ölçümü',
    evidenceUrl: 'https://belge.test/1',
  };

  it('takes the new C and keeps the texts the correction leaves out', () => {
    expect(correctedFields(stored, { value: 116000 })).toEqual({ value: 116000, ...stored });
  });

  it('replaces the texts it gives; a blank deviation reason clears it', () => {
    expect(
      correctedFields(stored, {
        value: 120000,
        deviationReason: '  ',
        note: 'Kesin ölçüm',
        evidenceUrl: 'https://belge.test/2',
      }),
    ).toEqual({
      value: 120000,
      deviationReason: null,
      note: 'Kesin ölçüm',
      evidenceUrl: 'https://belge.test/2',
    });
    expect(correctedFields(stored, { value: 1, deviationReason: 'Yeni neden' }).deviationReason).toBe(
      'Yeni neden',
    );
  });
});

describe('correctionSelfApprovalProblem (four eyes after approval)', () => {
  const proposal = { period: '2026-H2', proposedBy: 'ayse' };

  it('refuses the proposer, in Turkish and in English', () => {
    expect(correctionSelfApprovalProblem(proposal, 'PG1.1.1', 'ayse', 'tr')).toBe(
      'PG1.1.1 2026 ikinci yarı düzeltmesini kendiniz önerdiğiniz için onaylayamazsınız: başka bir planlamacı ya da yönetici onaylamalı (dört göz ilkesi)',
    );
    expect(correctionSelfApprovalProblem(proposal, 'PG1.1.1', 'ayse', 'en')).toContain(
      'You proposed the correction of PG1.1.1 2026 second half yourself',
    );
  });

  it('lets anyone else approve, whoever entered or approved the value first', () => {
    expect(correctionSelfApprovalProblem(proposal, 'PG1.1.1', 'mehmet', 'tr')).toBeNull();
    expect(
      correctionSelfApprovalProblem({ period: '2026-H2', proposedBy: null }, 'PG1.1.1', 'mehmet', 'tr'),
    ).toBeNull();
  });
});

describe('closedCorrectionStatus', () => {
  it('is a withdrawal by the proposer and a rejection by anyone else', () => {
    expect(closedCorrectionStatus('ayse', 'ayse')).toBe('withdrawn');
    expect(closedCorrectionStatus('ayse', 'mehmet')).toBe('rejected');
    expect(closedCorrectionStatus(null, 'mehmet')).toBe('rejected');
    expect(closedCorrectionStatus(null, null)).toBe('rejected');
  });
});
