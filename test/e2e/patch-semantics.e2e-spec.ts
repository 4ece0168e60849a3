import { beforeAll, describe, expect, it } from '@jest/globals';
import type { PlanResponse, UnitResponse } from '../../src/contracts/resources.js';
import { importExample } from '../support/requests.js';
import { useTestApp } from '../support/use-test-app.js';

describe('PATCH semantics', () => {
  const t = useTestApp();
  let planId: string;
  let institutionId: string;

  beforeAll(async () => {
    // A draft: its settings and aims are patched one by one.
    ({ planId, institutionId } = await importExample(t.api, { planStatus: 'taslak' }));
  });

  it('patches plan settings key by key', async () => {
    await t.api.patch(`/api/plans/${planId}`, { settings: { aimAggregation: 'cost-weighted' } });
    const patched = await t.api.patch<PlanResponse>(`/api/plans/${planId}`, {
      settings: { clampTargetRates: false },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.settings).toMatchObject({ clampTargetRates: false, aimAggregation: 'cost-weighted' });
  });

  it('moves a unit under another and back to the top with parent null', async () => {
    const under = await t.api.patch<UnitResponse>(`/api/institutions/${institutionId}/units/ZABITA`, {
      parent: 'PARK',
    });
    expect(under.body.parent).toBe('PARK');
    const top = await t.api.patch<UnitResponse>(`/api/institutions/${institutionId}/units/ZABITA`, {
      parent: null,
    });
    expect(top.status).toBe(200);
    expect(top.body.parent).toBeNull();
  });

  it('refuses an aim code already used by an indicator with 409 CODE_TAKEN', async () => {
    const before = await t.countRows();
    const clash = await t.api.post<{ code: string }>(`/api/plans/${planId}/aims`, {
      code: 'PG1.1.1',
      title: 'Çakışan kod',
    });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('CODE_TAKEN');
    expect(await t.countRows()).toEqual(before);
  });

  it('refuses a population beyond the database integer range with a field detail', async () => {
    const response = await t.api.patch<{ code: string; details: Array<{ path: string }> }>(
      `/api/institutions/${institutionId}`,
      { population: 3_000_000_000 },
    );
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.map((detail) => detail.path)).toContain('population');
  });
});
