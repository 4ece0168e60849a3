import type { EntityManager } from 'typeorm';
import { currentActor, currentReason } from '../common/request-context.js';

/** Who makes a change and why: read by the audit triggers (audit_row_change) of the transaction. */
export interface Actor {
  id: string;
  email: string;
}

/**
 * Must run inside the transaction whose changes it describes (set_config … is_local = true).
 * Without arguments: the caller and X-Pusula-Reason of the current request.
 */
export async function setActor(
  manager: EntityManager,
  actor: Actor | null = currentActor(),
  reason: string | null = currentReason(),
): Promise<void> {
  await manager.query(
    `SELECT set_config('pusula.actor_id', $1, true), set_config('pusula.actor_email', $2, true),
            set_config('pusula.reason', $3, true)`,
    [actor?.id ?? '', actor?.email ?? '', reason ?? ''],
  );
}
