import type { ChartConfiguration } from 'chart.js';
import { GRID_COLOUR } from './palette.js';

/**
 * One indicator over the plan years (issue 4, screens 2 and 7): the baseline A as a dotted
 * reference line, the yearly targets B as a dashed line through the year ends, and the actual
 * value C at the end of each assessed period as a solid line whose missing periods are gaps,
 * never 0. A C made of a value corrected after approval is drawn as a hollow diamond.
 */

/** Line colours: distinct from each other and from the status colours of the bar charts. */
export const SERIES_COLOURS = {
  baseline: '#6b7280',
  target: '#1d4ed8',
  actual: '#7e22ce',
} as const;

export interface SeriesPoint {
  /** An assessed period: "2025-H1" (30 June) or "2025" (year end). */
  period: string;
  /** B: the year's target, on year-end points only; null there when the plan sets none. */
  target: number | null;
  /** C at the end of the period, as the API computed it; null: no data (a gap). */
  actual: number | null;
  /** C is made of a value corrected after approval. */
  revised: boolean;
}

export interface IndicatorSeries {
  baseline: number | null;
  points: SeriesPoint[];
}

export interface SeriesSource {
  startYear: number;
  endYear: number;
  baseline: number | null;
  /** Yearly targets by year ("2025" → 120000). */
  targets: Record<string, number>;
  monitoringMonths: 6 | 12;
  /**
   * C per assessed period from the progress API (its `actual` and `actualPeriods`); a period
   * not in the map has no data.
   */
  actuals: ReadonlyMap<string, { actual: number | null; actualPeriods: readonly string[] }>;
  /** Entry periods whose value was corrected after approval. */
  revisedPeriods: ReadonlySet<string>;
}

/**
 * The assessed periods of the plan for this indicator (30 June only for 6-month indicators:
 * a yearly one has nothing due then), each with its target and actual.
 */
export function toIndicatorSeries(source: SeriesSource): IndicatorSeries {
  const points: SeriesPoint[] = [];
  for (let year = source.startYear; year <= source.endYear; year += 1) {
    const periods = source.monitoringMonths === 6 ? [`${year}-H1`, `${year}`] : [`${year}`];
    for (const period of periods) {
      const yearEnd = period === String(year);
      const found = source.actuals.get(period);
      const actual = found?.actual ?? null;
      points.push({
        period,
        target: yearEnd ? (source.targets[String(year)] ?? null) : null,
        actual,
        revised:
          actual !== null && (found?.actualPeriods ?? []).some((entry) => source.revisedPeriods.has(entry)),
      });
    }
  }
  return { baseline: source.baseline, points };
}

/**
 * The assessed periods whose C the chart needs: from the plan's first one up to the one that
 * holds the latest entry period given (later ones cannot have data yet). Entry periods
 * "YYYY-H1" belong to "YYYY-H1", "YYYY-H2" and "YYYY" to "YYYY".
 */
export function periodsUpTo(
  startYear: number,
  monitoringMonths: 6 | 12,
  entryPeriods: readonly string[],
): string[] {
  const last = [...entryPeriods].map(assessedPeriodOf).sort(comparePeriods).at(-1);
  if (!last) return [];
  const periods: string[] = [];
  for (let year = startYear; year <= Number(last.slice(0, 4)); year += 1) {
    for (const period of monitoringMonths === 6 ? [`${year}-H1`, `${year}`] : [`${year}`]) {
      if (comparePeriods(period, last) <= 0) periods.push(period);
    }
  }
  return periods;
}

/** The assessed period an entry period belongs to: "2025-H2" → "2025", "2025-H1" → "2025-H1". */
export function assessedPeriodOf(entryPeriod: string): string {
  return entryPeriod.endsWith('-H2') ? entryPeriod.slice(0, 4) : entryPeriod;
}

/** Time order of assessed periods: 2025-H1 < 2025 < 2026-H1. */
export function comparePeriods(a: string, b: string): number {
  const key = (period: string) => Number(period.slice(0, 4)) * 2 + (period.endsWith('-H1') ? 0 : 1);
  return key(a) - key(b);
}

export interface IndicatorSeriesChartOptions {
  /** Dataset names in the UI language. */
  labels: { baseline: string; target: string; actual: string; revised: string };
  /** Short axis label of an assessed period ("Haz 2025", "2025"). */
  periodLabel(period: string): string;
  /** "1.234,5"; the axis ticks. */
  formatNumber(value: number): string;
  /** "1.234,5 m²": the tooltips. */
  formatValue(value: number): string;
}

export function toIndicatorSeriesChartConfig(
  series: IndicatorSeries,
  options: IndicatorSeriesChartOptions,
): ChartConfiguration<'line', Array<number | null>, string> {
  const labels = series.points.map((point) => options.periodLabel(point.period));
  const revised = series.points.map((point) => point.revised);
  // Consecutive year ends are 2 points apart with 30 June points between them, else 1.
  const yearStep = series.points.some((point) => point.period.includes('-H')) ? 2 : 1;
  const datasets: ChartConfiguration<'line', Array<number | null>, string>['data']['datasets'] = [
    {
      label: options.labels.actual,
      data: series.points.map((point) => point.actual),
      borderColor: SERIES_COLOURS.actual,
      backgroundColor: SERIES_COLOURS.actual,
      borderWidth: 3,
      // A missing C stays a gap in the line: never drawn as 0, never bridged.
      spanGaps: false,
      pointStyle: revised.map((flag) => (flag ? 'rectRot' : 'circle')),
      pointRadius: revised.map((flag) => (flag ? 7 : 4)),
      pointBackgroundColor: revised.map((flag) => (flag ? '#ffffff' : SERIES_COLOURS.actual)),
      pointBorderWidth: revised.map((flag) => (flag ? 3 : 1)),
      order: 0,
    },
    {
      label: options.labels.target,
      // Targets sit on year ends: the dashed line joins consecutive ones over the 30 June points
      // between them, and leaves a year without a target as a gap.
      data: series.points.map((point) => point.target),
      borderColor: SERIES_COLOURS.target,
      backgroundColor: SERIES_COLOURS.target,
      borderWidth: 2,
      borderDash: [8, 5],
      spanGaps: true,
      segment: {
        borderColor: (context) =>
          context.p1DataIndex - context.p0DataIndex > yearStep ? 'transparent' : undefined,
      },
      pointRadius: 3,
      order: 1,
    },
  ];
  if (series.baseline !== null) {
    const baseline = series.baseline;
    datasets.push({
      label: options.labels.baseline,
      data: labels.map(() => baseline),
      borderColor: SERIES_COLOURS.baseline,
      backgroundColor: SERIES_COLOURS.baseline,
      borderWidth: 2,
      borderDash: [2, 4],
      pointRadius: 0,
      order: 2,
    });
  }
  return {
    type: 'line',
    data: { labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      scales: {
        x: { type: 'category', grid: { display: false } },
        y: {
          grace: '5%',
          grid: { color: GRID_COLOUR },
          ticks: { callback: (value) => options.formatNumber(Number(value)) },
        },
      },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) => {
              const value = item.parsed.y;
              if (value === null || value === undefined) return '';
              const mark =
                item.datasetIndex === 0 && revised[item.dataIndex] ? ` (${options.labels.revised})` : '';
              return `${item.dataset.label ?? ''}: ${options.formatValue(value)}${mark}`;
            },
          },
        },
      },
    },
  };
}
