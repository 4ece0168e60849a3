/**
 * The unsubscribe link's token (issue 16 point 4): the user and the kind, signed with HMAC-SHA256
 * under the database's key (notification_keys), so the link works without signing in and nobody
 * can forge one for another user or kind. It grants nothing but switching that kind to in-app.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { NOTIFICATION_KINDS, type NotificationKind } from '../../contracts/notifications.js';
import { isUuid } from '../../common/ids.js';

function mac(secret: string, userId: string, kind: NotificationKind): string {
  return createHmac('sha256', secret).update(`unsubscribe:${userId}:${kind}`).digest('base64url');
}

export function signUnsubscribe(secret: string, userId: string, kind: NotificationKind): string {
  return `${userId}.${kind}.${mac(secret, userId, kind)}`;
}

/** The user and kind of a genuine token, else null (malformed, another key, altered). */
export function verifyUnsubscribe(
  secret: string,
  token: string,
): { userId: string; kind: NotificationKind } | null {
  const [userId, kind, given, ...rest] = token.split('.');
  if (rest.length > 0 || given === undefined || !isUuid(userId)) return null;
  const known = NOTIFICATION_KINDS.find((candidate) => candidate === kind);
  if (known === undefined) return null;
  const expected = Buffer.from(mac(secret, userId, known));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  return { userId, kind: known };
}
