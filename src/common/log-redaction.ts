import { createHash, randomUUID } from 'node:crypto';

/**
 * What may appear in a log line (docs/deployment.md, "Logs"): never a password, a session token, a
 * cookie, a feed, unsubscribe or reset token, an e-mail address or a person's name. The logger
 * (app-logger.ts) writes request lines from `safeUrl` only, drops the headers, and passes every
 * message and error text through `scrubText` as a last guard.
 */

/** The header a request id is read from and answered in. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** A request id a proxy or client may give: letters, digits and `._:-`, at most 64 characters. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * The request's id: the X-Request-Id a load balancer or client sent when it is a plain token
 * (nginx's `$request_id`, a UUID), else a new UUID. Anything else (a repeated header, control
 * characters, JSON, an over-long value) is not taken, so it can neither break a log line nor
 * smuggle text into it.
 */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

/** Query parameters whose values say what was asked and identify nobody: kept in request lines. */
const SAFE_QUERY = new Set(['period', 'basis', 'lang', 'year', 'format', 'kind', 'status', 'page', 'limit']);

/**
 * A request's URL as logged: the path (scrubbed) and its query with the values of every
 * parameter but SAFE_QUERY's replaced, so `?token=…` (calendar feed, unsubscribe links) or a search
 * for an e-mail never reaches the log.
 */
export function safeUrl(url: string): string {
  const mark = url.indexOf('?');
  const path = scrubText(mark < 0 ? url : url.slice(0, mark));
  if (mark < 0) return path;
  const query = url
    .slice(mark + 1)
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals < 0 ? pair : pair.slice(0, equals);
      if (!/^[A-Za-z0-9_.[\]-]{1,40}$/.test(name)) return '[param]=[redacted]';
      if (equals < 0) return name;
      return SAFE_QUERY.has(name) ? `${name}=${scrubText(pair.slice(equals + 1))}` : `${name}=[redacted]`;
    });
  return `${path}?${query.join('&')}`;
}

const EMAIL = /[^\s"'<>(),;:@/?&=[\]]+@[^\s"'<>(),;:@/?&=[\]]+\.[^\s"'<>(),;:@/?&=[\]]+/g;
/** A session token: "<uuid>.<secret>" (auth/session-token.ts), also inside a cookie or Bearer header. */
const SESSION_TOKEN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[A-Za-z0-9_-]{20,}/gi;
/** A bearer header's value, a cookie's value and a `token=` parameter, whatever their shape. */
const CREDENTIAL = /(bearer\s+|pusula_session=|token=)[^\s&;,"']+/gi;

/**
 * A text with every e-mail address, session token, bearer value, session cookie and `token=`
 * value replaced by a placeholder: the last guard on messages and error texts (a database error
 * can quote the row it refused).
 */
export function scrubText(text: string): string {
  return text
    .replace(SESSION_TOKEN, '[token]')
    .replace(CREDENTIAL, (_match, prefix: string) => `${prefix}[redacted]`)
    .replace(EMAIL, '[e-mail]');
}

/**
 * An e-mail as a security line names it: the first 12 hex digits of its sha256 (of the address as
 * counted: trimmed, lower case). Lines about one account can be matched with each other and with
 * `emailDigest(address)` of an address an operator already knows, while the log itself names nobody.
 */
export function emailDigest(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 12);
}
