/**
 * The demo plan documents ("pusula.plan/v1"), stored as JSON in plans/ (plans/README.md says where
 * their content comes from) and read with the structural check a user's import goes through
 * (parsePlanDocument), so the demo proves the interchange format. demo-plans.spec.ts pins the
 * rules they pass. The build copies plans/ beside the compiled code (scripts/copy-assets.js).
 */
import { readFileSync } from 'node:fs';
import type { PlanDocument } from '../../contracts/plan-document.js';
import { parsePlanDocument } from '../../modules/plans/plan-document-parser.js';

/** The document stored as plans/<name>.json; a document the parser refuses stops with its problems. */
export function demoPlan(name: string): PlanDocument {
  const json: unknown = JSON.parse(readFileSync(new URL(`./plans/${name}.json`, import.meta.url), 'utf8'));
  const { document, problems } = parsePlanDocument(json, 'en');
  if (!document) {
    const list = problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ');
    throw new Error(`Demo plan ${name}.json is not a plan document: ${list}`);
  }
  return document;
}

export const MARMARA_BIRLIGI_PLAN = demoPlan('marmara-birligi');
export const BILECIK_BELEDIYESI_PLAN = demoPlan('bilecik-belediyesi');
export const KAHRAMANMARAS_KENT_MECLISI_PLAN = demoPlan('kahramanmaras-kent-meclisi');
export const KIZILTEPE_BELEDIYESI_DRAFT = demoPlan('kiziltepe-belediyesi');

/** The plans the demo seed imports, in order. */
export const DEMO_PLANS: PlanDocument[] = [
  MARMARA_BIRLIGI_PLAN,
  BILECIK_BELEDIYESI_PLAN,
  KAHRAMANMARAS_KENT_MECLISI_PLAN,
];

/**
 * Plans the demo loads as drafts being written: half-written on purpose (plans/README.md), so they
 * break rules a draft is let off until submission. Loaded after DEMO_PLANS.
 */
export const DEMO_DRAFTS: PlanDocument[] = [KIZILTEPE_BELEDIYESI_DRAFT];
