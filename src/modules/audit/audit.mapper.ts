import type { AuditEntryResponse } from '../../contracts/audit.js';
import type { AuditLog } from './audit-log.entity.js';

export function toAuditEntryResponse(entry: AuditLog): AuditEntryResponse {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    period: entry.period,
    oldValue: camelCaseKeys(entry.oldValue),
    newValue: camelCaseKeys(entry.newValue),
    reason: entry.reason,
    actor:
      entry.actorId === null && entry.actorEmail === null
        ? null
        : { id: entry.actorId, email: entry.actorEmail },
    dbUser: entry.dbUser,
  };
}

/** The trigger stores column names (deviation_reason); the API speaks camelCase. Nested jsonb stays as stored. */
function camelCaseKeys(row: Record<string, unknown> | null): Record<string, unknown> | null {
  if (row === null) return null;
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase()),
      value,
    ]),
  );
}
