import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Access tokens are opaque: "<session id>.<secret>". The database keeps the session and only a
 * sha256 of the secret, so a token can be revoked (logout) and a database leak yields none.
 */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function formatToken(sessionId: string, secret: string): string {
  return `${sessionId}.${secret}`;
}

export function parseToken(token: string): { sessionId: string; secret: string } | null {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{20,100})$/.exec(token);
  return match ? { sessionId: match[1], secret: match[2] } : null;
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
