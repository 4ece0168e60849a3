import type { EntityManager } from 'typeorm';

/** Who makes a change and why: read by the audit triggers (audit_row_change) of the transaction. */
export interface Actor {
  id: string;
  email: string;
}

/** Must run inside the transaction whose changes it describes (set_config … is_local = true). */
export async function setActor(manager: EntityManager, actor: Actor | null, reason?: string | null): Promise<void> {
  await manager.query(
    `SELECT set_config('pusula.actor_id', $1, true), set_config('pusula.actor_email', $2, true),
            set_config('pusula.reason', $3, true)`,
    [actor?.id ?? '', actor?.email ?? '', reason ?? ''],
  );
}
