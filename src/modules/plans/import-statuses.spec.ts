import { describe, expect, it } from '@jest/globals';
import type { PlanDocument, ValueDoc } from '../../contracts/plan-document.js';
import type { ValueStatus } from '../../contracts/workflow.js';
import {
  applyImportStatuses,
  historicalNote,
  importedStatus,
  loweredWarning,
  type ImportTrust,
} from './import-statuses.js';
import { validPlanDocument } from './test-fixtures.js';

const STATUSES: Array<ValueStatus | undefined> = [undefined, 'draft', 'submitted', 'returned', 'approved'];

/** The fixture with the first indicator's values replaced by `values`. */
function withValues(values: Record<string, ValueDoc>): PlanDocument {
  const doc = validPlanDocument();
  doc.plan.aims[0].targets[0].indicators[0].values = values;
  return doc;
}

describe('importedStatus', () => {
  it('stores each given status as the importer may', () => {
    const table = (trust: ImportTrust): Array<ValueStatus> =>
      STATUSES.map((given) => importedStatus(given, trust));
    //                                     none         draft    submitted     returned    approved
    expect(table('planner')).toEqual(['submitted', 'draft', 'submitted', 'returned', 'submitted']);
    expect(table('admin')).toEqual(['submitted', 'draft', 'submitted', 'returned', 'approved']);
    expect(table('superadmin')).toEqual(['submitted', 'draft', 'submitted', 'returned', 'approved']);
    expect(table('historical-load')).toEqual(['approved', 'draft', 'submitted', 'returned', 'approved']);
  });
});

describe('applyImportStatuses', () => {
  const values = {
    '2025-H1': { value: 1 },
    '2025-H2': { value: 2, status: 'approved' as const },
    '2026-H1': {
      value: 4,
      status: 'approved' as const,
      revised: true,
      originalValue: 3,
      correctionReason: 'Ölçüm hatası',
    },
    '2026-H2': { value: 5, status: 'draft' as const },
  };
  const path = (period: string): string => `plan.aims[0].targets[0].indicators[0].values["${period}"].status`;

  it("lowers a planner's approved values to submitted, without correction fields, and lists them", () => {
    const input = withValues(values);
    const result = applyImportStatuses(input, 'planner');
    expect(result.document.plan.aims[0].targets[0].indicators[0].values).toEqual({
      '2025-H1': { value: 1, status: 'submitted' },
      '2025-H2': { value: 2, status: 'submitted' },
      '2026-H1': { value: 4, status: 'submitted' },
      '2026-H2': { value: 5, status: 'draft' },
    });
    expect(result.lowered).toEqual([path('2025-H2'), path('2026-H1')]);
    expect(result.keptApproved).toBe(0);
    // The input is not changed.
    expect(input.plan.aims[0].targets[0].indicators[0].values).toEqual(values);
  });

  it("keeps an administrator's statuses (historical data) and makes status-less values submitted", () => {
    const result = applyImportStatuses(withValues(values), 'admin');
    expect(result.document.plan.aims[0].targets[0].indicators[0].values).toEqual({
      '2025-H1': { value: 1, status: 'submitted' },
      '2025-H2': { value: 2, status: 'approved' },
      '2026-H1': { ...values['2026-H1'] },
      '2026-H2': { value: 5, status: 'draft' },
    });
    expect(result.lowered).toEqual([]);
    expect(result.keptApproved).toBe(2);
  });

  it('reads a status-less value as approved in the historical load', () => {
    const result = applyImportStatuses(withValues({ '2025-H1': { value: 1 } }), 'historical-load');
    expect(result.document.plan.aims[0].targets[0].indicators[0].values).toEqual({
      '2025-H1': { value: 1, status: 'approved' },
    });
  });
});

describe('loweredWarning and historicalNote', () => {
  it('warns once, with the count and the first place', () => {
    expect(loweredWarning([], 'en')).toBeNull();
    expect(loweredWarning(['a.status', 'b.status'], 'en')).toEqual({
      code: 'IMPORTED_AS_SUBMITTED',
      severity: 'warning',
      path: 'a.status',
      message:
        "2 approved value(s) were stored as submitted (the first at a.status): a planner's import approves nothing; another planner or an administrator approves them as usual",
    });
  });

  it('names the historical load in the audit reason only when approved values came in as approved', () => {
    expect(historicalNote('admin', 3)).toBe('geçmiş veri aktarımı (kurum yöneticisi)');
    expect(historicalNote('superadmin', 1)).toBe('geçmiş veri aktarımı (süper yönetici)');
    expect(historicalNote('admin', 0)).toBeNull();
    expect(historicalNote('planner', 0)).toBeNull();
    expect(historicalNote('historical-load', 0)).toBe('geçmiş veri aktarımı (sistem)');
  });
});
