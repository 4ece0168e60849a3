import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Role } from '../contracts/auth.js';
import type { Actor } from '../database/actor.js';

/** The signed-in caller, as the auth guard puts it on the request. */
export interface RequestUser {
  id: string;
  email: string;
  name: string;
  sessionId: string;
  /** The administrator created at first start: every institution, every role. */
  isSuperadmin: boolean;
  /** Role and unit ids per institution id. */
  memberships: Map<string, { role: Role; unitIds: string[] }>;
}

export type PusulaRequest = FastifyRequest & { user?: RequestUser | null };

/** Who the audit trail names for a caller. */
export function toActor(user: RequestUser | null): Actor | null {
  return user ? { id: user.id, email: user.email } : null;
}

/** The caller, or null for an anonymous request to a public route. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestUser | null =>
    context.switchToHttp().getRequest<PusulaRequest>().user ?? null,
);
