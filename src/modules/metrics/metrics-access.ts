import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Who may read GET /api/metrics (docs/deployment.md, "Metrics"): nobody while
 * PUSULA_METRICS_TOKEN is unset (the route answers 404, as if it did not exist); with it, a caller
 * sending `Authorization: Bearer <that token>`. Compared as digests in constant time, so the
 * answer's timing tells nothing about the token.
 */
export function metricsAccess(
  token: string | null,
  authorization: string | undefined,
): 'off' | 'refused' | 'granted' {
  if (token === null) return 'off';
  const match = /^Bearer ([^\s]+)$/i.exec(authorization?.trim() ?? '');
  if (!match) return 'refused';
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(match[1]), digest(token)) ? 'granted' : 'refused';
}

/**
 * The `route` label of a request: the route's pattern (`/api/plans/:planId/progress`), never the
 * raw URL, so ids and codes do not make a series each; `static` for the web client's files,
 * `unmatched` for a path no route serves.
 */
export function routeLabel(routePattern: string | undefined): string {
  if (routePattern === undefined || routePattern === '' || routePattern.includes('*')) return 'unmatched';
  if (routePattern !== '/api' && !routePattern.startsWith('/api/')) return 'static';
  return routePattern;
}

/** The `status` label: the answer's status code as text (`200`, `404`, …). */
export function statusLabel(statusCode: number): string {
  return Number.isInteger(statusCode) && statusCode >= 100 && statusCode <= 599
    ? String(statusCode)
    : 'other';
}
