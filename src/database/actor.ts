import { QueryFailedError, type EntityManager } from 'typeorm';
import { AppError } from '../common/app-error.js';
import { currentActor, currentReason, currentSession } from '../common/request-context.js';
import type { Statement } from './query-batch.js';

/** Who makes a change and why: read by the audit triggers (audit_row_change) of the transaction. */
export interface Actor {
  id: string;
  email: string;
}

/**
 * Must run inside the transaction whose changes it describes. The database names the actor
 * itself: `audit_set_actor(session, secret, reason)` checks the current request's session (not
 * revoked, not expired, the secret's sha256 matches) and seals the transaction's settings, which
 * the audit triggers check (docs/database.md#the-actor). Without a session (the demo seed, the
 * first administrator) the changes are recorded without an actor.
 *
 * `actor` is what the caller believes: the session's user (the default), or null for a change
 * made without an actor. Any other actor is a bug, and throws.
 */
export async function setActor(
  manager: EntityManager,
  actor: Actor | null = currentActor(),
  reason: string | null = currentReason(),
): Promise<void> {
  const statement = actorStatement(actor, reason);
  await asActorRefusal(manager.query(statement.text, [...statement.parameters]));
}

/**
 * The statement `setActor` runs, to send first in a batch (`queryBatch` with `inlined()`): the
 * same call and check, one round trip fewer. Answer a batch holding it with `asActorRefusal`.
 */
export function actorStatement(
  actor: Actor | null = currentActor(),
  reason: string | null = currentReason(),
): Statement {
  const session = actor ? currentSession() : null;
  if (actor && (!session || currentActor()?.id !== actor.id)) {
    throw new Error(
      `setActor: ${actor.email} is not the signed-in caller of this request; the audit trail names only the user of the request's session`,
    );
  }
  return {
    text: 'SELECT audit_set_actor($1, $2, $3)',
    parameters: [session?.sessionId ?? null, session?.secret ?? null, reason ?? ''],
  };
}

/** `work`'s answer; 401 when the session ended (logout elsewhere, expiry) since the sign-in check. */
export async function asActorRefusal<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === 'PU401') {
      throw new AppError(401, 'UNAUTHORIZED', { ended: 1 });
    }
    throw error;
  }
}
