import type { PlanDocumentService } from '../modules/plans/plan-document.service.js';
import { DEMO_PLANS } from './demo/index.js';

/** Loads the demo plans written from shared/seeds; each plan in its own transaction. */
export async function seedDemoPlans(
  documents: PlanDocumentService,
  log: (line: string) => void,
): Promise<string[]> {
  const ids: string[] = [];
  for (const document of DEMO_PLANS) {
    const { id, warnings } = await documents.importDocument(document, 'tr');
    ids.push(id);
    log(
      `Demo plan loaded: ${document.institution.name} — ${document.plan.title} (${id}, ${warnings.length} warning(s))`,
    );
  }
  return ids;
}
