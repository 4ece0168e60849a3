/**
 * The demo plan documents ("pusula.plan/v1"), in the order the demo seed loads them.
 * Each is importable as is: see demo-plans.spec.ts for the checks they pass.
 */
import type { PlanDocument } from '../../contracts/plan-document.js';
import { BILECIK_BELEDIYESI_PLAN } from './bilecik-belediyesi.js';
import { KAHRAMANMARAS_KENT_MECLISI_PLAN } from './kahramanmaras-kent-meclisi.js';
import { MARMARA_BIRLIGI_PLAN } from './marmara-birligi.js';

export { BILECIK_BELEDIYESI_PLAN, KAHRAMANMARAS_KENT_MECLISI_PLAN, MARMARA_BIRLIGI_PLAN };

export const DEMO_PLANS: PlanDocument[] = [
  MARMARA_BIRLIGI_PLAN,
  BILECIK_BELEDIYESI_PLAN,
  KAHRAMANMARAS_KENT_MECLISI_PLAN,
];
