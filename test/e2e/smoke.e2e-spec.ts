import { describe, expect, it } from '@jest/globals';
import type { ProgressResponse } from '../../src/contracts/progress.js';
import { workedExampleDocument } from '../factories/plan-documents.js';
import { useTestApp } from '../support/use-test-app.js';

describe('worked example over HTTP', () => {
  const t = useTestApp();

  it('imports the worked example and computes H1.1 = 65.0', async () => {
    const created = await t.api.post<{ id: string; warnings: unknown[] }>(
      '/api/plans/import',
      workedExampleDocument(),
    );
    expect(created.status).toBe(201);
    const progress = await t.api.get<ProgressResponse>(`/api/plans/${created.body.id}/progress?period=2025`);
    expect(progress.status).toBe(200);
    const h11 = progress.body.aims[0].targets[0];
    expect(h11.rate).toBeCloseTo(65, 6);
    expect(h11.indicators.map((indicator) => indicator.rate)).toEqual([75, 150, -50]);
  });
});
