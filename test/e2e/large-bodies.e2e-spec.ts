import { describe, expect, it } from '@jest/globals';
import { buildMetropolitanPlan } from '../../src/bench/plan-generator.js';
import { LARGE_JSON_BYTES } from '../../src/common/json-body.js';
import type { ErrorBody } from '../../src/contracts/errors.js';
import type { PlanDocument } from '../../src/contracts/plan-document.js';
import { parsePlanDocument } from '../../src/modules/plans/plan-document-parser.js';
import { useTestApp } from '../support/use-test-app.js';

/**
 * Issue 9, point 10: a large plan document is checked on a worker thread (plans/plan-document-body.ts),
 * with the same outcome as on the main thread. The metropolitan plan of the bench (400
 * indicators, every value of five years) is larger than LARGE_JSON_BYTES.
 */
describe('large plan documents, checked off the event loop', () => {
  const t = useTestApp();

  function broken(): PlanDocument {
    const doc = buildMetropolitanPlan();
    const indicator = doc.plan.aims[3].targets[2].indicators[1] as unknown as Record<string, unknown>;
    indicator.weight = '40';
    indicator.colour = 'red';
    doc.institution.electionDate = '2024-02-30';
    return doc;
  }

  it('is that large', () => {
    expect(Buffer.byteLength(JSON.stringify(buildMetropolitanPlan()))).toBeGreaterThan(LARGE_JSON_BYTES);
  });

  it('imports a valid one as a whole', async () => {
    const created = await t.api.post<{ id: string }>('/api/plans/import', buildMetropolitanPlan());
    expect(created.status).toBe(201);
    const exported = await t.api.get<PlanDocument>(`/api/plans/${created.body.id}/document`);
    const indicators = exported.body.plan.aims.flatMap((aim) =>
      aim.targets.flatMap((target) => target.indicators),
    );
    expect(indicators).toHaveLength(400);
  });

  it.each(['tr', 'en'] as const)(
    'refuses a broken one with exactly the problems the parser finds (%s), saving nothing',
    async (lang) => {
      const before = await t.countRows();
      const doc = broken();
      const answer = await t.api.post<ErrorBody>(`/api/plans/import?lang=${lang}`, doc);
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(answer.body.details).toEqual(parsePlanDocument(doc, lang).problems);
      expect(answer.body.details?.map((detail) => detail.code).sort()).toEqual([
        'INVALID_DATE',
        'INVALID_TYPE',
        'UNKNOWN_FIELD',
      ]);
      expect(await t.countRows()).toEqual(before);
    },
  );

  it('checks several at once, each with its own answer', async () => {
    const answers = await Promise.all([
      t.api.post('/api/plans/import', broken()),
      t.api.post('/api/plans/import', buildMetropolitanPlan()),
      t.api.post('/api/plans/import', broken()),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([400, 201, 400]);
  });
});
