import type { Role } from '../../src/contracts/auth.js';
import type { PlanStatus } from '../../src/contracts/plan-document.js';
import type { MessageKey } from '../messages/index.js';
import { t } from './i18n.js';

const PLAN_STATUS: Record<PlanStatus, MessageKey> = {
  taslak: 'common.planStatusTaslak',
  'meclis-onayinda': 'common.planStatusMeclis',
  yururlukte: 'common.planStatusYururlukte',
  kapandi: 'common.planStatusKapandi',
};

const ROLE: Record<Role, MessageKey> = {
  admin: 'common.roleAdmin',
  planner: 'common.rolePlanner',
  unit_manager: 'common.roleUnitManager',
  reviewer: 'common.roleReviewer',
};

/**
 * A plan's status as the screens write it; a plan past its last year that was never closed
 * (the API's `expired`) reads "süresi doldu — kapatılmadı", whatever its stored status.
 */
export function planStatusLabel(plan: { status: PlanStatus; expired?: boolean }): string {
  return t(plan.expired ? 'common.planStatusExpired' : PLAN_STATUS[plan.status]);
}

export function roleLabel(role: Role): string {
  return t(ROLE[role]);
}
