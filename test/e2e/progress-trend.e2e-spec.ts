import { describe, expect, it } from '@jest/globals';
import type { ProgressResponse, ProgressTrendResponse } from '../../src/contracts/progress.js';
import type { ImportResponse } from '../../src/contracts/resources.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { expectError } from '../support/expect-error.js';
import { useTestApp } from '../support/use-test-app.js';

/**
 * GET /api/plans/:planId/progress/trend: the plan's, each aim's and each target's rate over the
 * assessed periods that hold a value, on the basis asked for (approved by default).
 *
 * The plan is the worked example (domain.md 4.4; 2025 approved: H1.1 65, H1.2 90, A1 77.5; at
 * 2025-H1 only PG1.1.1 = 108,000 → 40) plus:
 * - PG1.1.1 2026-H1 = 120,000, approved: (120,000 − 100,000) / (140,000 − 100,000) = 50;
 * - PG1.2.1 2026-H2 = 66, waiting for approval: (66 − 50) / (70 − 50) = 80.
 */

const t = useTestApp();

async function importPlan(): Promise<string> {
  const doc = workedExampleDocument({ institutionName: 'Eğilim Belediyesi' });
  const [h11, h12] = doc.plan.aims[0].targets;
  const park = h11.indicators[0];
  park.values = { ...park.values, '2026-H1': { value: 120000, status: 'approved' } };
  const streets = h12.indicators[0];
  streets.values = {
    ...streets.values,
    '2026-H2': { value: 66, status: 'submitted', deviationReason: 'Araç alımı gecikti' },
  };
  const response = await t.api.post<ImportResponse>('/api/plans/import', doc);
  expect(response.status).toBe(201);
  return `/api/plans/${response.body.id}`;
}

async function trend(plan: string, query = ''): Promise<ProgressTrendResponse> {
  const response = await t.api.get<ProgressTrendResponse>(`${plan}/progress/trend${query}`);
  expect(response.status).toBe(200);
  return response.body;
}

const rates = (points: Array<{ rate: number | null }>) => points.map((point) => point.rate);

describe('GET /api/plans/:planId/progress/trend', () => {
  it('gives every assessed period with an approved value, in time order, and leaves the pending one out', async () => {
    const plan = await importPlan();
    const body = await trend(plan);
    expect(body.basis).toBe('approved');
    expect(body.planId).toBe(plan.split('/').at(-1));
    // The pending 2026-H2 value would make a 2026 point: approved only, there is none.
    expect(body.periods).toEqual(['2025-H1', '2025', '2026-H1']);
    expect(rates(body.plan.points)).toEqual([40, 77.5, 50]);
    const [aim] = body.aims;
    expect(aim.code).toBe('A1');
    expect(rates(aim.points)).toEqual([40, 77.5, 50]);
    expect(aim.targets.map((target) => [target.code, rates(target.points)])).toEqual([
      ['H1.1', [40, 65, 50]],
      ['H1.2', [null, 90, null]],
    ]);
    // 2026-H1: PG1.1.1 (weight 40 of 100) of H1.1, nothing of H1.2: (40 + 0) / 2 = 20 % of the weight.
    expect(body.plan.points[2]).toEqual({
      period: '2026-H1',
      rate: 50,
      coverage: { indicatorsWithData: 1, indicatorsDue: 4, weightShare: 20, sufficient: false },
      band: 'insufficient',
    });
    expect(body.plan.points[1].coverage).toEqual({
      indicatorsWithData: 4,
      indicatorsDue: 4,
      weightShare: 100,
      sufficient: true,
    });
    expect(aim.targets[1].points[0]).toMatchObject({ rate: null, band: 'none' });
  });

  it('counts the pending value with basis=all, and each point equals GET progress of its period', async () => {
    const plan = await importPlan();
    const body = await trend(plan, '?basis=all');
    expect(body.basis).toBe('all');
    expect(body.periods).toEqual(['2025-H1', '2025', '2026-H1', '2026']);
    // 2026: H1.1 has no 2026-H2 entry at all, H1.2 = 80; the plan rests on (0 + 100) / 2 = 50 %.
    expect(body.aims[0].targets.map((target) => target.points[3].rate)).toEqual([null, 80]);
    expect(body.plan.points[3]).toEqual({
      period: '2026',
      rate: 80,
      coverage: { indicatorsWithData: 1, indicatorsDue: 4, weightShare: 50, sufficient: true },
      band: 'warning',
    });
    for (const [index, period] of body.periods.entries()) {
      const response = await t.api.get<ProgressResponse>(`${plan}/progress?period=${period}&basis=all`);
      expect(response.status).toBe(200);
      const { rate, coverage, band } = response.body;
      expect(body.plan.points[index]).toEqual({ period, rate, coverage, band });
      expect(body.aims[0].targets[0].points[index].rate).toBe(response.body.aims[0].targets[0].rate);
    }
  });

  it('refuses an unknown basis with 400 BASIS_INVALID and an unknown plan with 404', async () => {
    const plan = await importPlan();
    const error = expectError(await t.api.get(`${plan}/progress/trend?basis=hepsi`), 400, 'BASIS_INVALID');
    expect(error.details).toEqual([{ path: 'basis', code: 'BASIS_INVALID', message: error.message }]);
    const en = expectError(
      await t.api.get(`${plan}/progress/trend?basis=hepsi&lang=en`),
      400,
      'BASIS_INVALID',
    );
    expect(en.message).toContain('awaiting approval');
    expectError(
      await t.api.get('/api/plans/00000000-0000-4000-8000-000000000000/progress/trend'),
      404,
      'PLAN_NOT_FOUND',
    );
  });
});
