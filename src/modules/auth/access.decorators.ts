import { SetMetadata } from '@nestjs/common';
import type { Role } from '../../contracts/auth.js';

export const PUBLIC_ROUTE = 'pusula:public';
export const ACCESS_RULE = 'pusula:access';

export interface AccessRule {
  /** Roles allowed in the institution the route's :planId or :institutionId belongs to. */
  roles: Role[];
  /** For unit managers: the indicator (:code) must belong to a target of one of their units. */
  unitScoped?: boolean;
  /** Institution-wide actions: creating or deleting institutions. */
  superadminOnly?: boolean;
}

/** Anonymous callers allowed (health, docs, login, the public transparency API). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);

/** Only these roles of the route's institution; members with other roles get 403. */
export const Allow = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_RULE, { roles } satisfies AccessRule);

/** Only the administrator created at first start (and other superadmins). */
export const SuperadminOnly = (): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_RULE, { roles: ['admin'], superadminOnly: true } satisfies AccessRule);

/** As Allow, and a unit manager only for indicators whose target their unit is responsible for. */
export const AllowForUnit = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_RULE, { roles, unitScoped: true } satisfies AccessRule);
