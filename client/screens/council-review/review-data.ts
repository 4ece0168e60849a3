import type { PlanDocument } from '../../../src/contracts/plan-document.js';
import type { ProgressResponse } from '../../../src/contracts/progress.js';

/**
 * The council review's figures that no single API answer holds: deviations (C ≠ B) with the
 * reasons the units gave. Pure: the view renders them, the spec checks them.
 */

export interface Deviation {
  aim: string;
  targetCode: string;
  responsibleUnit: string | null;
  code: string;
  name: string;
  unit: string | null;
  /** B, C and the rate as the progress API computed them. */
  targetValue: number;
  actual: number;
  rate: number | null;
  /** Deviation reasons (sapma nedeni) of the assessed year's entries C is made of, latest first. */
  reasons: Array<{ period: string; text: string }>;
}

/**
 * Indicators whose actual value C differs from the year's target B in the assessed period, in
 * plan order, each with the deviation reasons entered on the entries of the assessed year that
 * make up C (a cumulative C also sums earlier years, whose reasons explained those years). An
 * indicator without data is no deviation (it shows under completion, as missing).
 */
export function deviationsOf(
  progress: Pick<ProgressResponse, 'aims' | 'year'>,
  document: Pick<PlanDocument, 'plan'> | null,
): Deviation[] {
  const values = new Map<string, Record<string, { deviationReason?: string }>>();
  for (const aim of document?.plan.aims ?? [])
    for (const target of aim.targets)
      for (const indicator of target.indicators) values.set(indicator.code, indicator.values ?? {});
  const deviations: Deviation[] = [];
  for (const aim of progress.aims) {
    for (const target of aim.targets) {
      for (const indicator of target.indicators) {
        if (indicator.actual === null || indicator.target === null) continue;
        if (indicator.actual === indicator.target) continue;
        const entries = values.get(indicator.code) ?? {};
        const reasons = indicator.actualPeriods
          .filter((period) => period.startsWith(String(progress.year)))
          .sort()
          .reverse()
          .flatMap((period) => {
            const text = entries[period]?.deviationReason?.trim();
            return text ? [{ period, text }] : [];
          });
        deviations.push({
          aim: aim.code,
          targetCode: target.code,
          responsibleUnit: target.responsibleUnit,
          code: indicator.code,
          name: indicator.name,
          unit: indicator.unit,
          targetValue: indicator.target,
          actual: indicator.actual,
          rate: indicator.rate,
          reasons,
        });
      }
    }
  }
  return deviations;
}
