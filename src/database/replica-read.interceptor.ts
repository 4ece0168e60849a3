import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { ReadReplica } from './read-replica.service.js';

const FROM_REPLICA = 'pusula:from-replica';

/**
 * On a controller or a route: its reads may lag by a moment, so with DATABASE_REPLICA_URL they go
 * to the replica (ReadReplica.read), unless the caller's own last write is not there yet. The
 * sign-in and role checks (the guard) run before, on the primary.
 */
export const FromReplica = (): ClassDecorator & MethodDecorator => SetMetadata(FROM_REPLICA, true);

/** Runs the routes marked @FromReplica() inside ReadReplica.read; every other route as it is. */
@Injectable()
export class ReplicaReadInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly replica: ReadReplica,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (
      !this.replica.configured ||
      !this.reflector.getAllAndOverride<boolean>(FROM_REPLICA, [context.getHandler(), context.getClass()])
    ) {
      return next.handle();
    }
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    // A route that sends its reply itself (@Res) is run again on the primary only if nothing was sent.
    return from(
      this.replica.read(
        () => lastValueFrom(next.handle()),
        () => !reply.sent,
      ),
    );
  }
}
