/**
 * The demo plan documents ("pusula.plan/v1"), in the order the demo seed loads them.
 * Each is importable as is: see demo-plans.spec.ts for the checks they pass.
 */
import type { PlanDocument } from '../../contracts/plan-document.js';
import { BILECIK_BELEDIYESI_PLAN } from './bilecik-belediyesi.js';
import { KAHRAMANMARAS_KENT_MECLISI_PLAN } from './kahramanmaras-kent-meclisi.js';
import { KIZILTEPE_BELEDIYESI_DRAFT } from './kiziltepe-belediyesi.js';
import { MARMARA_BIRLIGI_PLAN } from './marmara-birligi.js';

export {
  BILECIK_BELEDIYESI_PLAN,
  KAHRAMANMARAS_KENT_MECLISI_PLAN,
  KIZILTEPE_BELEDIYESI_DRAFT,
  MARMARA_BIRLIGI_PLAN,
};

export const DEMO_PLANS: PlanDocument[] = [
  MARMARA_BIRLIGI_PLAN,
  BILECIK_BELEDIYESI_PLAN,
  KAHRAMANMARAS_KENT_MECLISI_PLAN,
];

/**
 * Plans the demo loads as drafts being written: half-written on purpose (see each file), so they
 * break rules a draft is let off until submission. Loaded after DEMO_PLANS.
 */
export const DEMO_DRAFTS: PlanDocument[] = [KIZILTEPE_BELEDIYESI_DRAFT];
