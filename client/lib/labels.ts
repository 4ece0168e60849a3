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

export function planStatusLabel(status: PlanStatus): string {
  return t(PLAN_STATUS[status]);
}

export function roleLabel(role: Role): string {
  return t(ROLE[role]);
}
