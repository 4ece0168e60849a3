/**
 * What names a plan's content, the rows a realisation rate reads: plans.content_version, which
 * database triggers move on every change of aims, targets, indicators and yearly targets, and the
 * sum of its indicators' value stamps (indicator_value_stamps), which the value triggers move on
 * every change of an entry (migration 1766100000000). Both only grow, so a stamp read names one
 * committed content and never comes back; a cache keyed by it never serves a figure that outlived
 * its data, whichever instance or tool made the change. As text: `<content_version>.<value sum>`.
 */

/** The value stamps' sum of the plan `planColumn` names (an SQL expression), as text. */
export function valueStampSql(planColumn: string): string {
  return `(SELECT COALESCE(sum(s.stamp), 0)::text FROM indicator_value_stamps s WHERE s.plan_id = ${planColumn})`;
}

/** The content stamp of the plan whose id `planId` is (an SQL expression or literal), as text; NULL without the plan. */
export function contentStampSql(planId: string): string {
  return `(SELECT p.content_version::text || '.' || ${valueStampSql('p.id')} FROM plans p WHERE p.id = ${planId})`;
}

/** A content stamp as text, from its two parts as read. */
export function contentStamp(contentVersion: number | string, valueStamp: number | string): string {
  return `${contentVersion}.${valueStamp}`;
}

/** Whether `text` is a content stamp (`<digits>.<digits>`). */
export function isContentStamp(text: string): boolean {
  return /^\d+\.\d+$/.test(text);
}
