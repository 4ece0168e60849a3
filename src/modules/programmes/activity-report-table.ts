/**
 * The Performans Sonuçları Tablosu (planning-cycle.md 5) from GET progress of the year: every
 * figure (A, B, C, GO, HG, coverage) is the progress engine's, taken as it is; this file only
 * places them beside the texts the table shows (aim, PH, unit, data source, the deviation reason
 * of the approved year-end entry, the target's measures) and derives the deviation C − B.
 */
import type {
  ActivityReportPerformanceResponse,
  DeviationSide,
  MeasureResponse,
  PerformanceIndicatorRow,
  PerformanceTargetRow,
} from '../../contracts/activity-report.js';
import type { ProgressResponse } from '../../contracts/progress.js';
import { sumExact } from '../progress/actual-value.js';

/** What the table shows beside the engine's figures, from the plan's rows and the report's own. */
export interface PerformanceFacts {
  /** Data source (veri kaynağı) by indicator code. */
  dataSources: ReadonlyMap<string, string | null>;
  /** The approved year-end entry's deviation reason by indicator code. */
  deviationReasons: ReadonlyMap<string, string | null>;
  /** Unit names by unit code. */
  unitNames: ReadonlyMap<string, string>;
  /** The PH code of the year's programme by plan target code. */
  programmeTargets: ReadonlyMap<string, string>;
  /** The measures by plan target code. */
  measures: ReadonlyMap<string, MeasureResponse>;
}

/** C and B equal up to float noise (DEVIATION_REASON allows no other tolerance). */
export function sameFigure(a: number, b: number): boolean {
  return Math.round(a * 1e9) === Math.round(b * 1e9);
}

/** C − B as an exact decimal difference (115000 − 120000 = −5000; 0.3 − 0.1 = 0.2). */
export function deviationOf(actual: number | null, target: number | null): number | null {
  if (actual === null || target === null) return null;
  return sameFigure(actual, target) ? 0 : sumExact([actual, -target]);
}

export function sideOf(deviation: number | null): DeviationSide | null {
  if (deviation === null) return null;
  return deviation === 0 ? 'none' : deviation > 0 ? 'above' : 'below';
}

export function performanceTable(
  progress: ProgressResponse & { planId: string },
  facts: PerformanceFacts,
): ActivityReportPerformanceResponse {
  let deviations = 0;
  let withoutReason = 0;
  const targets: PerformanceTargetRow[] = [];
  for (const aim of progress.aims) {
    for (const target of aim.targets) {
      const excluded = new Map(target.excluded.map((item) => [item.code, item.reason]));
      const indicators = target.indicators.map((indicator): PerformanceIndicatorRow => {
        const deviation = deviationOf(indicator.actual, indicator.target);
        const reason = facts.deviationReasons.get(indicator.code) ?? null;
        const off = deviation !== null && deviation !== 0;
        if (off) deviations += 1;
        if (off && !reason) withoutReason += 1;
        return {
          code: indicator.code,
          name: indicator.name,
          unit: indicator.unit,
          weight: indicator.weight,
          baseline: indicator.baseline,
          target: indicator.target,
          actual: indicator.actual,
          rate: indicator.rate,
          deviation,
          side: sideOf(deviation),
          deviationReason: off ? reason : null,
          reasonMissing: off && !reason,
          excluded: excluded.get(indicator.code) ?? null,
          dataSource: facts.dataSources.get(indicator.code) ?? null,
        };
      });
      const unit = target.responsibleUnit ?? null;
      targets.push({
        aim: { code: aim.code, title: aim.title },
        code: target.code,
        title: target.title,
        programmeTarget: facts.programmeTargets.get(target.code) ?? null,
        responsibleUnit: unit === null ? null : { code: unit, name: facts.unitNames.get(unit) ?? unit },
        rate: target.rate,
        coverage: target.coverage,
        band: target.band,
        measure: facts.measures.get(target.code) ?? null,
        indicators,
      });
    }
  }
  return {
    planId: progress.planId,
    year: progress.year,
    period: progress.period,
    basis: 'approved',
    rate: progress.rate,
    coverage: progress.coverage,
    band: progress.band,
    thresholds: progress.settings.statusThresholds,
    deviations,
    deviationsWithoutReason: withoutReason,
    targets,
  };
}

/** The measures a report prints: approved ones only (the others are still the unit's draft). */
export function approvedMeasures(measure: MeasureResponse | null): string | null {
  return measure?.status === 'approved' ? measure.measures : null;
}

/** A number as Turkish text (1.234,5), for titles and documents. */
function trNumber(value: number, decimals = 1): string {
  return new Intl.NumberFormat('tr-TR', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** What a rate rests on, in Turkish: "2/3 gösterge, ağırlık kapsamı %65,0" (or that nothing is due). */
export function coverageText(coverage: ActivityReportPerformanceResponse['coverage']): string {
  if (coverage.weightShare === null) return 'değerlendirilecek gösterge yok';
  return `${coverage.indicatorsWithData}/${coverage.indicatorsDue} gösterge, ağırlık kapsamı %${trNumber(coverage.weightShare)}`;
}

/** The line every export prints under its title: period, basis and coverage. */
export function basisLine(performance: ActivityReportPerformanceResponse): string {
  return `Dönem: ${performance.year} yıl sonu (değerlendirme) · Dayanak: onaylı değerler · Kapsam: ${coverageText(performance.coverage)}`;
}
