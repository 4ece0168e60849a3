import type { PlanRateResponse } from '../../../src/contracts/progress.js';

/** The columns the union-wide table sorts by. */
export type UnionSortKey = 'institution' | 'plan' | 'rate' | 'coverage';
export type SortDirection = 'ascending' | 'descending';

/** Turkish case folding ("İ" → "i", "I" → "ı"), so "izmir" finds "İzmir". */
function fold(text: string): string {
  return text.toLocaleLowerCase('tr-TR').trim();
}

/** Rows whose institution or plan title contains the filter text (any case, Turkish letters). */
export function filterPlanRates(rows: readonly PlanRateResponse[], text: string): PlanRateResponse[] {
  const wanted = fold(text);
  if (!wanted) return [...rows];
  return rows.filter((row) => fold(row.institution).includes(wanted) || fold(row.title).includes(wanted));
}

/**
 * Rows sorted by a column: names in Turkish alphabetical order, rates and coverage by number.
 * A plan without a rate (or nothing due) always comes last, whichever the direction: "no data"
 * is not a low figure. Ties keep the institution order.
 */
export function sortPlanRates(
  rows: readonly PlanRateResponse[],
  key: UnionSortKey,
  direction: SortDirection,
): PlanRateResponse[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const byName = (a: PlanRateResponse, b: PlanRateResponse) =>
    a.institution.localeCompare(b.institution, 'tr-TR') || a.title.localeCompare(b.title, 'tr-TR');
  const numberOf = (row: PlanRateResponse): number | null =>
    key === 'rate' ? row.rate : key === 'coverage' ? row.coverage.weightShare : null;
  return [...rows].sort((a, b) => {
    if (key === 'institution') return sign * byName(a, b);
    if (key === 'plan') return sign * (a.title.localeCompare(b.title, 'tr-TR') || byName(a, b));
    const [x, y] = [numberOf(a), numberOf(b)];
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || byName(a, b);
  });
}
