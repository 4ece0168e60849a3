import type { ErrorDetail } from '../../contracts/errors.js';

/**
 * A `from`/`to` of the audit query: `YYYY-MM-DD`, or that date with `THH:mm[:ss[.ffffff]]` and an
 * optional `Z` or `±HH:mm`. Years 1000–9999 and real-world offsets only, so every accepted text
 * is also a valid PostgreSQL timestamptz (calendar validity is checked by the DTO's IsDateString).
 */
export const AUDIT_INSTANT =
  /^[1-9]\d{3}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)?)?$/;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const HAS_ZONE = /(Z|[+-]\d{2}:\d{2})$/;

/** Bounds on `at` as timestamptz texts with an explicit zone, so the session's time zone never matters. */
export interface AuditRange {
  /** at >= from */
  from: string | null;
  /** at <= to; a date-only `to` becomes its last microsecond (timestamptz's resolution) in UTC. */
  to: string | null;
}

/** The inclusive range of `from`/`to` (already shaped like AUDIT_INSTANT); `to` before `from` is a problem. */
export function toAuditRange(
  from: string | undefined,
  to: string | undefined,
): { range: AuditRange; problems: ErrorDetail[] } {
  const range: AuditRange = {
    from: from === undefined ? null : toInstant(from, 'T00:00:00Z'),
    to: to === undefined ? null : toInstant(to, 'T23:59:59.999999Z'),
  };
  const problems: ErrorDetail[] =
    range.from !== null && range.to !== null && Date.parse(range.from) > Date.parse(range.to)
      ? [{ path: 'to', code: 'OUT_OF_RANGE', message: 'to must not be before from' }]
      : [];
  return { range, problems };
}

function toInstant(text: string, timeOfDate: string): string {
  if (DATE_ONLY.test(text)) return `${text}${timeOfDate}`;
  return HAS_ZONE.test(text) ? text : `${text}Z`;
}
