/**
 * Approved values are never deleted (issue 9, point 2): an indicator, target, aim, plan or
 * institution that holds any cannot be deleted, whatever the plan's status. This file turns the
 * approved values under what a request would delete into the 409 HOLDS_APPROVED_VALUES naming
 * what holds them, one level down (a target's indicators, an aim's targets, a plan's aims, an
 * institution's plans) with their counts. The database refuses such a delete too (trigger
 * approved_value_kept), as the last line. Pure: no framework, no I/O.
 */
import type { ErrorDetail } from '../../contracts/errors.js';
import type { Lang } from '../../contracts/validation.js';
import { detailMessage } from '../../common/messages/detail-messages.js';

/** The approved values of one indicator, with the holder one level below what is deleted. */
export interface ApprovedValueRow {
  /** Detail path of the holder: `indicators.PG1.1.1`, `targets.H1.1`, `aims.A1`, `plans.<id>`. */
  path: string;
  /** How a person names the holder: a code, or a plan's title. */
  name: string;
  indicatorId: string;
  /** Approved values of the indicator (≥ 1). */
  values: number;
}

export interface HoldsApprovedValuesError {
  code: 'HOLDS_APPROVED_VALUES';
  message: string;
  details: ErrorDetail[];
}

/**
 * Null when nothing under `subject` is approved; otherwise the 409 listing each holder with its
 * count of approved values (and of indicators holding them), in the order first met.
 */
export function holdsApprovedValues(
  subject: string,
  rows: readonly ApprovedValueRow[],
  lang: Lang = 'tr',
): HoldsApprovedValuesError | null {
  if (rows.length === 0) return null;
  const holders = new Map<string, { name: string; values: number; indicators: Set<string> }>();
  for (const row of rows) {
    const holder = holders.get(row.path) ?? { name: row.name, values: 0, indicators: new Set<string>() };
    holder.values += row.values;
    holder.indicators.add(row.indicatorId);
    holders.set(row.path, holder);
  }
  const indicators = new Set(rows.map((row) => row.indicatorId)).size;
  const values = rows.reduce((sum, row) => sum + row.values, 0);
  const message = detailMessage('HOLDS_APPROVED_VALUES.summary', { subject, values, indicators }, lang);
  return {
    code: 'HOLDS_APPROVED_VALUES',
    message,
    details: [...holders].map(([path, holder]) => ({
      path,
      code: 'HOLDS_APPROVED_VALUES',
      message: detailMessage(
        'HOLDS_APPROVED_VALUES.holder',
        { name: holder.name, values: holder.values, indicators: holder.indicators.size },
        lang,
      ),
    })),
  };
}
