import type { PlanVersionResponse } from '../../../src/contracts/plan-versions.js';
import type { PlanResponse } from '../../../src/contracts/resources.js';
import { listPlanPeople, listMembers } from '../../api/users.js';
import { t } from '../../lib/i18n.js';
import { currentUser, hasRole } from '../../lib/session.js';

/** What the versions list and a version's diff share. */

/** A version's state in words: the latest approved one is the version in force. */
export function versionStatus(
  version: PlanVersionResponse,
  versions: readonly PlanVersionResponse[],
): string {
  if (version.status === 'proposed') return t('versions.status.proposed');
  if (version.status === 'rejected') return t('versions.status.rejected');
  return version.number === inForce(versions)?.number
    ? t('versions.status.inForce')
    : t('versions.status.approved');
}

/** The version in force: the last approved one. */
export function inForce(versions: readonly PlanVersionResponse[]): PlanVersionResponse | undefined {
  return versions.filter((version) => version.status === 'approved').at(-1);
}

/**
 * Names behind the proposers' and deciders' user ids: the signed-in user, the plan's people and,
 * for the planners and administrators who may read it, the institution's members.
 */
export async function personNames(
  plan: PlanResponse,
  signal: AbortSignal,
): Promise<(id: string | null) => string> {
  const [people, members] = await Promise.all([
    listPlanPeople(plan.id, signal).catch(() => []),
    hasRole(plan.institution.id, 'planner', 'admin')
      ? listMembers(plan.institution.id, signal).catch(() => [])
      : Promise.resolve([]),
  ]);
  const names = new Map<string, string>([
    ...people.map((person): [string, string] => [person.id, person.name]),
    ...members.map((member): [string, string] => [member.userId, member.name]),
  ]);
  const me = currentUser();
  if (me) names.set(me.id, me.name);
  return (id) => (id === null ? t('versions.nobody') : (names.get(id) ?? t('versions.someone')));
}
