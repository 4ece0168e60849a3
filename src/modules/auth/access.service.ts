import { Injectable } from '@nestjs/common';
import type { Role } from '../../contracts/auth.js';
import { AppError, institutionNotFound, planNotFound } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import type { RequestUser } from '../../common/request-user.js';
import type { AccessRule } from './access.decorators.js';
import type { RouteFacts } from './auth.service.js';

/**
 * Who may do what in which institution (issue: roles per institution). Ids of institutions the
 * caller has no role in answer 404, exactly like ids that do not exist, so existence never leaks.
 */
@Injectable()
export class AccessService {
  roleIn(user: RequestUser, institutionId: string): Role | null {
    if (user.isSuperadmin) return 'admin';
    return user.memberships.get(institutionId)?.role ?? null;
  }

  /** Institution ids the caller may see; null means every institution (superadmin). */
  visibleInstitutions(user: RequestUser): string[] | null {
    return user.isSuperadmin ? null : [...user.memberships.keys()];
  }

  /**
   * Checks a route's rule against its :planId / :institutionId / :code parameters, with what the
   * database said about them in the caller's own query (AuthService.callerFromToken).
   */
  check(
    user: RequestUser,
    rule: AccessRule | undefined,
    params: Record<string, string | undefined>,
    facts: RouteFacts,
  ): void {
    let institutionId: string | null = null;
    if (params.planId !== undefined) {
      institutionId = facts.planInstitutionId;
      if (!institutionId || !this.roleIn(user, institutionId)) {
        throw planNotFound(params.planId);
      }
    } else if (params.institutionId !== undefined) {
      institutionId = isUuid(params.institutionId) ? params.institutionId : null;
      if (!institutionId || !this.roleIn(user, institutionId) || !facts.institutionExists) {
        throw institutionNotFound(params.institutionId);
      }
    }
    if (!rule) return;
    if (rule.superadminOnly && !user.isSuperadmin) {
      throw new AppError(403, 'FORBIDDEN', { only: 'superadmin' });
    }
    if (!institutionId) {
      const roles = user.isSuperadmin
        ? ['admin']
        : [...user.memberships.values()].map((membership) => membership.role);
      if (!roles.some((role) => rule.roles.includes(role as Role))) throw forbidden(rule.roles);
      return;
    }
    const role = this.roleIn(user, institutionId) as Role;
    if (!rule.roles.includes(role)) throw forbidden(rule.roles);
    if (
      rule.unitScoped &&
      role === 'unit_manager' &&
      params.planId !== undefined &&
      params.code !== undefined
    ) {
      const unitId = facts.responsibleUnitId;
      const units = user.memberships.get(institutionId)?.unitIds ?? [];
      // An unknown indicator falls through to the service's own 404.
      if (unitId !== null && !units.includes(unitId)) {
        throw new AppError(403, 'NOT_YOUR_UNIT', { code: params.code, target: 1 });
      }
    }
  }

  /** For routes whose institution comes from the body (create a plan, import). */
  assertRoleIn(user: RequestUser, institutionId: string, roles: Role[]): void {
    const role = this.roleIn(user, institutionId);
    if (!role) throw institutionNotFound(institutionId);
    if (!roles.includes(role)) throw forbidden(roles);
  }
}

function forbidden(roles: Role[]): AppError {
  return new AppError(403, 'FORBIDDEN', { roles: roles.join(', ') });
}
