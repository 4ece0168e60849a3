import type { Chart, ChartConfiguration, Plugin } from 'chart.js';
import type { ValueType } from '../../src/contracts/plan-document.js';
import { GRID_COLOUR, MUTED_TEXT_COLOUR } from './palette.js';
import { isMidYear } from '../lib/band.js';

/**
 * One indicator over the plan years (issue 4, screens 2 and 7; issue 11, point 5): the baseline
 * A as a dotted reference line, the yearly targets B as a dashed line through the year ends, and
 * the actual value C at the end of each assessed period. A level (duzey) or cumulative
 * (kumulatif) C is a solid line; a per-year flow (donemsel) restarts every year, so a line would
 * drop every June: its first-half amount and year total are grouped bars per year instead.
 * Missing periods are gaps marked "veri yok", never 0; a C made of a value corrected after
 * approval is drawn hollow ("düzeltildi"). The value axis starts at 0 and names the unit.
 */

/** Line colours: distinct from each other and from the status colours of the bar charts. */
export const SERIES_COLOURS = {
  baseline: '#6b7280',
  target: '#1d4ed8',
  actual: '#7e22ce',
  /** donemsel: the January–June bar beside the year total. */
  firstHalf: '#a66bd9',
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
  /** The period was asked for (it has ended) and has no C: drawn as a gap marked "veri yok". */
  missing: boolean;
}

export interface IndicatorSeries {
  baseline: number | null;
  /** How C is made: donemsel is drawn as grouped bars, the others as a line. */
  valueType: ValueType;
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
  /** The indicator's value type; absent: duzey (a line). */
  valueType?: ValueType;
  /**
   * The latest assessed period that has ended (lastEndedPeriod): a period up to it without C is
   * marked "veri yok" even when no later entry made the page ask for it.
   */
  endedUpTo?: string;
}

/** The latest assessed period ended by `today`: this year's 30 June from July on, else last year's end. */
export function lastEndedPeriod(today: Date): string {
  const year = today.getFullYear();
  return today.getMonth() >= 6 ? `${year}-H1` : String(year - 1);
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
        missing:
          actual === null &&
          (found !== undefined ||
            (source.endedUpTo !== undefined && comparePeriods(period, source.endedUpTo) <= 0)),
      });
    }
  }
  return { baseline: source.baseline, valueType: source.valueType ?? 'duzey', points };
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
  const key = (period: string) => Number(period.slice(0, 4)) * 2 + (isMidYear(period) ? 0 : 1);
  return key(a) - key(b);
}

export interface IndicatorSeriesChartOptions {
  /** Dataset names in the UI language. */
  labels: {
    baseline: string;
    target: string;
    actual: string;
    revised: string;
    /** donemsel bars: the January–June amount and the year total. */
    firstHalf: string;
    yearTotal: string;
    /** The mark of a period without data. */
    noData: string;
  };
  /** Short axis label of an assessed period ("Haz 2025", "2025"). */
  periodLabel(period: string): string;
  /** "1.234,5"; the axis ticks. */
  formatNumber(value: number): string;
  /** "1.234,5 m²": the tooltips. */
  formatValue(value: number): string;
  /** The value axis title, with the unit: "Değer (m²)". */
  axisTitle: string;
  /** The value axis starts at 0 (default); false lets it fit the data. */
  yFromZero?: boolean;
}

type SeriesChartConfig = ChartConfiguration<'line', Array<number | null>, string>;
type PeriodicChartConfig = ChartConfiguration<'bar' | 'line', Array<number | null>, string>;

/** The line chart of a level or cumulative indicator. */
export function toIndicatorSeriesChartConfig(
  series: IndicatorSeries,
  options: IndicatorSeriesChartOptions,
): SeriesChartConfig {
  const labels = series.points.map((point) => options.periodLabel(point.period));
  const revised = series.points.map((point) => point.revised);
  // Consecutive year ends are 2 points apart with 30 June points between them, else 1.
  const yearStep = series.points.some((point) => point.period.includes('-H')) ? 2 : 1;
  const datasets: SeriesChartConfig['data']['datasets'] = [
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
  if (series.baseline !== null) datasets.push(baselineDataset(series.baseline, labels.length, options));
  const marks = series.points.flatMap((point, index) => (point.missing ? [{ dataset: 0, index }] : []));
  return {
    type: 'line',
    data: { labels, datasets },
    options: {
      ...SERIES_CHART_OPTIONS,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      scales: valueScales(options),
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) =>
              valueLine(item, item.datasetIndex === 0 && revised[item.dataIndex] === true, options),
          },
        },
      },
    },
    plugins: [noDataMarks(marks, options.labels.noData)],
  };
}

/**
 * A per-year flow (donemsel): per plan year, a bar of the January–June amount (6-monthly
 * indicators) beside a bar of the year total, the year's target as a dashed line over them.
 * The two are never joined: the June amount is half a year's flow, not a fall.
 */
export function toPeriodicSeriesChartConfig(
  series: IndicatorSeries,
  options: IndicatorSeriesChartOptions,
): PeriodicChartConfig {
  const years = [...new Set(series.points.map((point) => point.period.slice(0, 4)))];
  const byPeriod = new Map(series.points.map((point) => [point.period, point]));
  const halfYearly = series.points.some((point) => isMidYear(point.period));
  const bars: Array<{ label: string; colour: string; points: Array<SeriesPoint | undefined> }> = [
    ...(halfYearly
      ? [
          {
            label: options.labels.firstHalf,
            colour: SERIES_COLOURS.firstHalf,
            points: years.map((year) => byPeriod.get(`${year}-H1`)),
          },
        ]
      : []),
    {
      label: options.labels.yearTotal,
      colour: SERIES_COLOURS.actual,
      points: years.map((year) => byPeriod.get(year)),
    },
  ];
  const datasets: PeriodicChartConfig['data']['datasets'] = bars.map((bar, index) => {
    const revised = bar.points.map((point) => point?.revised ?? false);
    return {
      type: 'bar' as const,
      label: bar.label,
      data: bar.points.map((point) => point?.actual ?? null),
      // A corrected value is a hollow bar in its colour: "düzeltildi" in the legend.
      backgroundColor: revised.map((flag) => (flag ? '#ffffff' : bar.colour)),
      borderColor: bar.colour,
      borderWidth: revised.map((flag) => (flag ? 3 : 0)),
      barPercentage: 0.9,
      categoryPercentage: 0.7,
      order: 2 + index,
    };
  });
  datasets.push({
    type: 'line' as const,
    label: options.labels.target,
    data: years.map((year) => byPeriod.get(year)?.target ?? null),
    borderColor: SERIES_COLOURS.target,
    backgroundColor: SERIES_COLOURS.target,
    borderWidth: 2,
    borderDash: [8, 5],
    // A year without a target is a gap: targets of non-adjacent years are not joined.
    spanGaps: false,
    pointRadius: 4,
    pointStyle: 'line',
    order: 0,
  });
  if (series.baseline !== null) {
    datasets.push({ type: 'line' as const, ...baselineDataset(series.baseline, years.length, options) });
  }
  const marks = bars.flatMap((bar, dataset) =>
    bar.points.flatMap((point, index) => (point?.missing ? [{ dataset, index }] : [])),
  );
  return {
    type: 'bar',
    data: { labels: years, datasets },
    options: {
      ...SERIES_CHART_OPTIONS,
      interaction: { mode: 'index', intersect: false },
      scales: valueScales(options),
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) =>
              valueLine(item, bars[item.datasetIndex]?.points[item.dataIndex]?.revised === true, options),
          },
        },
      },
    },
    plugins: [noDataMarks(marks, options.labels.noData)],
  };
}

function baselineDataset(baseline: number, length: number, options: IndicatorSeriesChartOptions) {
  return {
    label: options.labels.baseline,
    data: Array.from({ length }, () => baseline),
    borderColor: SERIES_COLOURS.baseline,
    backgroundColor: SERIES_COLOURS.baseline,
    borderWidth: 2,
    borderDash: [2, 4],
    pointRadius: 0,
    order: 1,
  };
}

/** From 0 unless told otherwise, the unit in the title, numbers in the UI language. */
const SERIES_CHART_OPTIONS = { responsive: true, maintainAspectRatio: false, animation: false } as const;

/** The periods along x; the values up y, from zero unless the indicator's axis fits its data. */
function valueScales(options: IndicatorSeriesChartOptions) {
  return {
    x: { type: 'category' as const, grid: { display: false } },
    y: {
      beginAtZero: options.yFromZero ?? true,
      grace: '5%',
      grid: { color: GRID_COLOUR },
      title: { display: true, text: options.axisTitle },
      ticks: { callback: (value: string | number) => options.formatNumber(Number(value)) },
    },
  };
}

/** A tooltip's line: "Gerçekleşen: 1.200 m² (düzeltildi)"; nothing where the dataset has no value. */
function valueLine(
  item: { parsed: { y?: number | null }; dataset: { label?: string } },
  revised: boolean,
  options: IndicatorSeriesChartOptions,
): string {
  const value = item.parsed.y;
  if (value === null || value === undefined) return '';
  const mark = revised ? ` (${options.labels.revised})` : '';
  return `${item.dataset.label ?? ''}: ${options.formatValue(value)}${mark}`;
}

/** Where a chart marks a period without data: dataset and index of the missing element. */
export interface NoDataMark {
  dataset: number;
  index: number;
}

/**
 * Writes "veri yok" upright from the axis at each missing period, so a gap reads as no data and
 * not as a forgotten point or a zero.
 */
export function noDataMarks(
  marks: readonly NoDataMark[],
  text: string,
): Plugin<'bar' | 'line'> & {
  marks: readonly NoDataMark[];
} {
  return {
    id: 'noDataMarks',
    marks,
    afterDatasetsDraw(chart: Chart<'bar' | 'line'>) {
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.fillStyle = MUTED_TEXT_COLOUR;
      ctx.font = `12px ${String(chart.options.font?.family ?? 'sans-serif')}`;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      for (const mark of marks) {
        const element = chart.getDatasetMeta(mark.dataset).data[mark.index];
        if (!element || !Number.isFinite(element.x)) continue;
        ctx.save();
        ctx.translate(element.x, chartArea.bottom - 6);
        ctx.rotate(-Math.PI / 2);
        ctx.fillText(text, 0, 0);
        ctx.restore();
      }
      ctx.restore();
    },
  };
}
