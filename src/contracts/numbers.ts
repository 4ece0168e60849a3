import type { UnitCounts } from './workflow.js';

/*
 * Plain arithmetic the server and the client must do alike, so the entry form shows the total
 * and the counts the server stores and reports.
 */

/** Sums decimals typed by people without binary drift (0.1 + 0.2 = 0.3). */
export function sumExact(terms: readonly number[]): number {
  const decimals = Math.max(0, ...terms.map(decimalPlaces));
  if (decimals > 9) return terms.reduce((total, term) => total + term, 0);
  const scale = 10 ** decimals;
  return terms.reduce((total, term) => total + Math.round(term * scale), 0) / scale;
}

function decimalPlaces(value: number): number {
  if (Number.isInteger(value)) return 0;
  const text = String(value);
  const exponent = /e-(\d+)$/.exec(text);
  if (exponent) return Number(exponent[1]) + (text.split('e')[0].split('.')[1]?.length ?? 0);
  return text.split('.')[1]?.length ?? 0;
}

/** A worklist's counts before any entry is counted. */
export function zeroCounts(): Omit<UnitCounts, 'unit'> {
  return { expected: 0, missing: 0, draft: 0, returned: 0, submitted: 0, approved: 0, late: 0 };
}
