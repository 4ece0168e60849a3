import type { PlanSummaryResponse } from '../../src/contracts/resources.js';
import { seedDemo } from '../../src/database/seed-demo.js';
import type { TestApp } from './create-test-app.js';
import { ok } from './requests.js';

/**
 * Seeds the demo into a test app (its plans and accounts, as `npm run seed:demo`) and answers its
 * plans by institution name; a name the demo has no plan of throws.
 */
export async function seedDemoPlans(
  t: Pick<TestApp, 'app' | 'api'>,
): Promise<(institution: string) => PlanSummaryResponse> {
  await seedDemo(t.app, () => undefined);
  const plans = await ok(t.api.get<PlanSummaryResponse[]>('/api/plans'));
  return (institution) => {
    const plan = plans.find((candidate) => candidate.institution.name === institution);
    if (!plan) throw new Error(`the demo plan of ${institution} is missing`);
    return plan;
  };
}
