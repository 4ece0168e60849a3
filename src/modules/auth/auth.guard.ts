import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../../common/app-error.js';
import { requestContext } from '../../common/request-context.js';
import { toActor, type PusulaRequest } from '../../common/request-user.js';
import { ACCESS_RULE, type AccessRule, PUBLIC_ROUTE } from './access.decorators.js';
import { AccessService } from './access.service.js';
import { AuthService, SESSION_COOKIE } from './auth.service.js';
import { parseToken } from './session-token.js';

/**
 * Every route needs a signed-in caller unless it is @Public(); a route under :planId or
 * :institutionId needs a role in that institution (404 otherwise), and @Allow narrows the roles.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly access: AccessService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context
      .switchToHttp()
      .getRequest<PusulaRequest & { cookies?: Record<string, string | undefined> }>();
    const targets = [context.getHandler(), context.getClass()];
    // Public routes (health, login, the transparency API) never need the caller.
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const header = request.headers.authorization;
    const bearer =
      typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    const token = bearer ?? request.cookies?.[SESSION_COOKIE];
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, targets);
    const params = request.params as Record<string, string | undefined>;
    const { user, facts } = await this.auth.callerFromToken(token, {
      planId: params.planId,
      institutionId: params.institutionId,
      // The indicator's unit is read only where a unit manager's unit decides.
      code: rule?.unitScoped ? params.code : undefined,
    });
    request.user = user;
    const store = requestContext.getStore();
    if (store) {
      store.actor = toActor(request.user);
      // The database checks the session again before it names the actor (setActor).
      store.session = request.user && token ? parseToken(token) : null;
    }
    if (!request.user) throw new AppError(401, 'UNAUTHORIZED');
    this.access.check(request.user, rule, params, facts);
    return true;
  }
}
