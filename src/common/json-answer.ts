import { createHash } from 'node:crypto';

/**
 * An answer kept as the JSON text it is sent as, with an entity tag that names its content: a
 * repeated read sends the text as it is (no serialising again) or, when the client already holds
 * it (If-None-Match), nothing at all (304).
 */
export interface JsonAnswer {
  json: string;
  /** A weak entity tag, `W/"…"`. */
  etag: string;
}

/** `value` as a JsonAnswer whose tag is derived from `identity` (what the content is made from). */
export function jsonAnswer(value: unknown, identity: string): JsonAnswer {
  return { json: JSON.stringify(value), etag: entityTag(identity) };
}

/** A weak entity tag naming `identity`: equal identities, equal tags. */
export function entityTag(identity: string): string {
  return `W/"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`;
}

/**
 * Whether an If-None-Match header names `etag` (RFC 9110 13.1.2: weak comparison, a list of tags
 * or `*`), so the client's copy is current and the answer is 304.
 */
export function clientHolds(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const opaque = (tag: string): string => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return (Array.isArray(ifNoneMatch) ? ifNoneMatch.join(',') : ifNoneMatch)
    .split(',')
    .some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}
