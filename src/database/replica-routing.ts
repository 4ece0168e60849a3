/*
 * The rules of reading from a streaming replica (docs/deployment.md#read-replica), without I/O:
 * WAL positions, the write stamp a client carries, and which failures mean the replica is gone.
 */

/**
 * The cookie a successful write sets when a replica is configured: the primary's WAL position
 * (LSN) just after the write. A lag-tolerant read by a client carrying it goes to the replica only
 * once the replica has replayed that far (read-your-writes).
 */
export const WRITE_STAMP_COOKIE = 'pusula_wrote';

/** How long a write stamp is kept (the cookie's Max-Age and the per-session memory). */
export const WRITE_STAMP_SECONDS = 3600;

/** How long connecting to the replica may take before it counts as unreachable. */
export const REPLICA_CONNECT_TIMEOUT_MS = 5000;

/** After a replica fault, reads stay on the primary this long before the replica is tried again. */
export const REPLICA_RETRY_MS = 5000;

/** A replay position read from the replica is reused this long without asking again. */
export const REPLAY_REUSE_MS = 1000;

/** A WAL position 'X/Y' (two hex numbers of up to 32 bits) as one number; null if it is not one. */
export function parseLsn(text: unknown): bigint | null {
  if (typeof text !== 'string') return null;
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text.trim());
  if (!match) return null;
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`);
}

/** The text form of a WAL position, as PostgreSQL writes it. */
export function formatLsn(lsn: bigint): string {
  return `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;
}

/**
 * Whether a replica that has replayed up to `replayed` holds everything a client with `stamp` wrote:
 * no stamp needs nothing; an unknown replay position holds nothing.
 */
export function holdsWrites(replayed: bigint | null, stamp: bigint | null): boolean {
  if (stamp === null) return true;
  return replayed !== null && replayed >= stamp;
}

/** The later of two stamps (null: none). */
export function laterStamp(a: bigint | null, b: bigint | null): bigint | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  // admin_shutdown, crash_shutdown, cannot_connect_now (starting up, shutting down), too_many_connections
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

const CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection ended',
];

/**
 * Whether `error` says the server cannot be reached or went away (refused, reset, timed out, shut
 * down, SQLSTATE class 08), as opposed to a query the server answered with an error.
 */
export function isConnectionFault(error: unknown): boolean {
  const inner = (error as { driverError?: unknown } | null)?.driverError ?? error;
  if (typeof inner !== 'object' || inner === null) return false;
  const { code, message } = inner as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (CONNECTION_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  return typeof message === 'string' && CONNECTION_MESSAGES.some((text) => message.includes(text));
}

/**
 * Why the replica failed, for GET /api/health (public): the driver's or the server's code, or one
 * of Pusula's own reasons; never the driver's message, which names the replica's address.
 */
export function faultSummary(error: unknown): string {
  const inner = (error as { driverError?: unknown } | null)?.driverError ?? error;
  const { code, message } = (typeof inner === 'object' && inner !== null ? inner : {}) as {
    code?: unknown;
    message?: unknown;
  };
  const text = typeof message === 'string' ? message : '';
  if (text.startsWith('timeout exceeded when trying to connect'))
    return 'no connection within the time allowed';
  if (
    text.startsWith('DATABASE_REPLICA_URL is not a standby') ||
    text.startsWith('the replica has not replayed')
  )
    return text;
  if (typeof code === 'string' && /^[A-Z0-9_]{3,20}$/.test(code)) return `connection failed (${code})`;
  if (text.startsWith('Connection terminated')) return 'connection terminated';
  return 'connection failed';
}

/** What the replica answered when asked (`SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn()`). */
export interface ReplicaProbe {
  standby: boolean;
  replayed: string | null;
}

/** Why a reachable server cannot serve as the replica, or null when it can. */
export function replicaRefusal(probe: ReplicaProbe): string | null {
  if (!probe.standby) return 'DATABASE_REPLICA_URL is not a standby (pg_is_in_recovery() is false)';
  if (parseLsn(probe.replayed) === null) return 'the replica has not replayed any WAL from the primary';
  return null;
}
