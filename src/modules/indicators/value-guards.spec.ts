import { describe, expect, it } from '@jest/globals';
import type { IndicatorValueResponse } from '../../contracts/resources.js';
import type { ValueCorrectionResponse } from '../../contracts/workflow.js';
import { ConflictError } from '../../common/app-error.js';
import { UNSTEPPED_VALUE_FIELDS } from '../plans/test-fixtures.js';
import { assertPlanNotClosed, assertUnlocked, assertVersion } from './value-guards.js';

function value(changes: Partial<IndicatorValueResponse> = {}): IndicatorValueResponse {
  return {
    period: '2026-H1',
    value: 40,
    note: null,
    deviationReason: null,
    status: 'draft',
    evidenceUrl: null,
    enteredBy: null,
    ...UNSTEPPED_VALUE_FIELDS,
    createdAt: '2026-07-01T09:00:00.000Z',
    updatedAt: '2026-07-01T09:00:00.000Z',
    version: 3,
    ...changes,
  };
}

function refusal(run: () => void): ConflictError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConflictError) return error;
    throw error;
  }
  throw new Error('expected a 409');
}

describe('value guards', () => {
  it('passes a write based on the current version, or on none', () => {
    expect(() => assertVersion('PG1.1.1', '2026-H1', value(), 3)).not.toThrow();
    expect(() => assertVersion('PG1.1.1', '2026-H1', value(), undefined)).not.toThrow();
  });

  it('answers a write based on another version with STALE_VERSION and the value as it is now', () => {
    const stale = refusal(() => assertVersion('PG1.1.1', '2026-H1', value(), 2));
    expect(stale.code).toBe('STALE_VERSION');
    // Outside a request the message is Turkish, the default language; periods read as labels.
    expect(stale.message).toBe(
      'PG1.1.1 göstergesinin 2026 ara dönem değeri 2. sürümden bu yana değişti (şimdi 3. sürüm): yeniden yükleyip tekrar deneyin',
    );
    expect(stale.current).toEqual(value());
    const gone = refusal(() => assertVersion('PG1.1.1', '2026-H1', null, 1));
    expect(gone.message).toContain('(artık girilmiş değer yok)');
    expect(gone.current).toBeNull();
  });

  it('locks submitted and approved values, naming the way forward', () => {
    expect(() => assertUnlocked(value({ status: 'returned' }))).not.toThrow();
    const submitted = refusal(() => assertUnlocked(value({ status: 'submitted' })));
    expect(submitted.code).toBe('VALUE_LOCKED');
    expect(submitted.message).toContain('planlamacı onaylar ya da iade eder');
    expect(refusal(() => assertUnlocked(value({ status: 'approved' }))).message).toContain(
      'gerekçeyle bir düzeltme önerin',
    );
    const pending = { id: 'c1' } as ValueCorrectionResponse;
    const waiting = refusal(() => assertUnlocked(value({ status: 'approved', pendingCorrection: pending })));
    expect(waiting.message).toContain('bir düzeltmesi onay bekliyor');
    expect(waiting.current).toEqual(value({ status: 'approved', pendingCorrection: pending }));
  });

  it('refuses values of a closed plan, stored or derived status alike', () => {
    expect(() => assertPlanNotClosed({ title: 'SP', status: 'yururlukte' })).not.toThrow();
    expect(() =>
      assertPlanNotClosed({ title: 'SP', status: null, councilDecisionDate: '2025-01-10' }),
    ).not.toThrow();
    expect(refusal(() => assertPlanNotClosed({ title: 'SP', status: 'kapandi' })).code).toBe('PLAN_CLOSED');
  });
});
