/**
 * Cross-site request forgery: whether a state-changing request that a browser authenticates with
 * the session cookie comes from the app's own pages (docs/api.md#cross-site-requests). The
 * cookie is SameSite=Strict as well; this check does not depend on it (a sibling subdomain is
 * "same site" for SameSite, and an old or misconfigured browser may not honour it).
 *
 * The browser's own statements are read, most trustworthy first, as Go's
 * net/http.CrossOriginProtection does:
 * 1. `Sec-Fetch-Site` (every current browser, on HTTPS and localhost): page scripts cannot set
 *    it, and it sees through a proxy that rewrites Host. `same-origin` and `none` (typed by the
 *    user) pass; `same-site` and `cross-site` pass only from an origin of PUSULA_CORS_ORIGINS.
 * 2. `Origin` (sent by every browser on a cross-origin POST, PUT, PATCH or DELETE, and by current
 *    ones on same-origin ones too): it must name the server's own host (the Host header, or the
 *    X-Forwarded-Host of a trusted proxy) or an origin of PUSULA_CORS_ORIGINS. `null` (a
 *    sandboxed frame, a file) never passes.
 * 3. `Referer`, for a browser that sent neither: the same test on its origin.
 * A request with none of the three passes: no browser sends a cross-site state-changing request
 * without them, so it comes from a program that holds the cookie itself (which should use
 * Authorization: Bearer). A request with Authorization: Bearer is never checked: a page on
 * another site cannot add that header (the CORS preflight fails), so it is no CSRF vector.
 */

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

export interface CsrfRequest {
  method: string;
  /** Whether the request carries the session cookie. */
  hasSessionCookie: boolean;
  authorization: string | undefined;
  secFetchSite: string | undefined;
  origin: string | undefined;
  referer: string | undefined;
  /** The server's host as the client addressed it: Host, or X-Forwarded-Host from a trusted proxy. */
  host: string | undefined;
}

/** Why a request is refused, for the 403's message; null when it passes. */
export function crossSiteRefusal(request: CsrfRequest, trustedOrigins: ReadonlySet<string>): string | null {
  if (SAFE_METHODS.has(request.method)) return null;
  // As the auth guard reads it: with a Bearer header, the cookie is not read.
  if (request.authorization?.startsWith('Bearer ')) return null;
  if (!request.hasSessionCookie) return null;
  const trusted = (origin: string | undefined): boolean => {
    const normalized = origin === undefined ? null : serializedOrigin(origin);
    return normalized !== null && trustedOrigins.has(normalized);
  };
  const own = (origin: string): boolean =>
    request.host !== undefined && originMatchesHost(origin, request.host);

  const site = request.secFetchSite?.trim().toLowerCase();
  if (site !== undefined && site !== '') {
    if (site === 'same-origin' || site === 'none') return null;
    if (trusted(request.origin)) return null;
    return `The browser reports this request as ${site} (Sec-Fetch-Site), from ${request.origin ?? 'an unknown origin'}: state-changing requests with the session cookie are accepted only from this server's pages`;
  }
  if (request.origin !== undefined) {
    if (own(request.origin) || trusted(request.origin)) return null;
    return `The request comes from ${request.origin || 'an empty origin'} (Origin): state-changing requests with the session cookie are accepted only from this server's pages`;
  }
  if (request.referer !== undefined) {
    const origin = serializedOrigin(request.referer);
    if (origin !== null && (own(origin) || trusted(origin))) return null;
    return `The request comes from ${origin ?? 'an unreadable address'} (Referer): state-changing requests with the session cookie are accepted only from this server's pages`;
  }
  return null;
}

/**
 * An origin as browsers serialize it (`https://host[:port]`, lower case, no default port), or
 * null for `null` and anything that is not an http(s) URL. A Referer's path is dropped.
 */
export function serializedOrigin(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.host) return null;
  return `${url.protocol}//${url.host}`;
}

/**
 * Does the origin name this host? Case-insensitive, and `https://a.example` matches
 * `a.example:443`. The scheme is not compared: the server cannot tell it behind a proxy (an
 * http: page of the same host is the same server).
 */
export function originMatchesHost(origin: string, host: string): boolean {
  let url: URL;
  try {
    url = new URL(origin.trim());
  } catch {
    return false;
  }
  if (!url.host) return false;
  const authority = host.trim().toLowerCase();
  if (url.host === authority) return true;
  const defaultPort = DEFAULT_PORTS[url.protocol];
  return !url.port && defaultPort !== undefined && `${url.hostname}:${defaultPort}` === authority;
}

/** PUSULA_CORS_ORIGINS as browsers send them in Origin; entries that are no origin are left out. */
export function trustedOriginSet(origins: readonly string[]): Set<string> {
  return new Set(
    origins.map((origin) => serializedOrigin(origin)).filter((origin): origin is string => origin !== null),
  );
}

/** Whether a Cookie header holds the named cookie (any value). */
export function hasCookie(header: string | undefined, name: string): boolean {
  if (!header) return false;
  return header.split(';').some((part) => {
    const pair = part.trim();
    return pair.startsWith(`${name}=`);
  });
}
