import type { ChartConfiguration } from 'chart.js';
import type { TrendPoint } from '../../src/contracts/progress.js';
import { bandStatus, isMidYear } from '../lib/band.js';
import { BAND_COLOURS, GRID_COLOUR } from './palette.js';

/**
 * A rate across the assessed periods (issue 11, point 11), sparkline-sized: the year-end rates
 * and the 30 June rates are two series, never one line — a June rate is half a year against the
 * year-end target, so joining it to the year ends would read as a fall every June. Year ends are
 * a solid line of filled dots, 30 June a dashed line of hollow squares; each point takes the
 * colour of its band (the rate bar's colour), and its tooltip names the period, the rate and
 * the coverage it rests on. A period without a rate is a gap.
 */

export const TREND_COLOURS = { yearEnd: '#1f2328', midYear: '#6b7280' } as const;

export interface TrendChartOptions {
  /** Series names in the UI language: "Yıl sonu", "Ara dönem (30 Haziran)". */
  labels: { yearEnd: string; midYear: string };
  /** The axis label of a period, short: "Haz 24", "Ara 24". */
  shortLabel(period: string): string;
  /** The tooltip title of a period: "2024 ara dönem", "2024 yıl sonu". */
  periodLabel(period: string): string;
  formatRate(rate: number | null): string;
  /** "3/4 gösterge, ağırlığın %75'i". */
  coverageText(point: TrendPoint): string;
  /** The band in words ("iyi", "yetersiz veri"); empty for none. */
  bandText(point: TrendPoint): string;
}

export function toTrendChartConfig(
  points: readonly TrendPoint[],
  options: TrendChartOptions,
): ChartConfiguration<'line', Array<number | null>, string> {
  const colours = points.map((point) => BAND_COLOURS[bandStatus(point.band)]);
  const series = (midYear: boolean) => {
    const mine = points.map((point) => isMidYear(point.period) === midYear);
    return {
      label: midYear ? options.labels.midYear : options.labels.yearEnd,
      data: points.map((point, index) => (mine[index] ? point.rate : null)),
      borderColor: midYear ? TREND_COLOURS.midYear : TREND_COLOURS.yearEnd,
      backgroundColor: midYear ? TREND_COLOURS.midYear : TREND_COLOURS.yearEnd,
      borderWidth: midYear ? 1.5 : 2,
      borderDash: midYear ? [4, 3] : [],
      // Join the points of this series over the other series' slots, but not over a period of
      // this series that has no rate.
      spanGaps: true,
      segment: {
        borderColor: (context: { p0DataIndex: number; p1DataIndex: number }) =>
          skipsOwnPeriod(points, mine, context.p0DataIndex, context.p1DataIndex) ? 'transparent' : undefined,
      },
      pointStyle: midYear ? ('rect' as const) : ('circle' as const),
      pointRadius: 4,
      pointHoverRadius: 6,
      pointBorderWidth: 2,
      pointBorderColor: colours,
      pointBackgroundColor: midYear ? '#ffffff' : colours,
      order: midYear ? 1 : 0,
    };
  };
  const rates = points.flatMap((point) => (point.rate === null ? [] : [point.rate]));
  return {
    type: 'line',
    data: {
      labels: points.map((point) => options.shortLabel(point.period)),
      datasets: [series(false), series(true)],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      layout: { padding: { top: 6, right: 6, left: 2, bottom: 0 } },
      scales: {
        x: {
          type: 'category',
          grid: { display: false },
          ticks: { font: { size: 10 }, maxRotation: 0, autoSkip: true, autoSkipPadding: 6 },
        },
        y: {
          // Rates from 0 (a rate below 0 stretches it), to 100 at least: a trend's slope is not
          // exaggerated by a tight axis.
          min: Math.min(0, Math.floor(Math.min(0, ...rates) / 10) * 10),
          max: Math.max(100, Math.ceil(Math.max(0, ...rates) / 10) * 10),
          display: true,
          grid: { color: GRID_COLOUR },
          border: { display: false },
          // 0, 50 and 100 only: the scale is readable without crowding a sparkline.
          ticks: {
            stepSize: 50,
            font: { size: 9 },
            callback: (value: string | number) => options.formatRate(Number(value)),
          },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items) => {
              const point = points[items[0]?.dataIndex ?? -1];
              return point ? options.periodLabel(point.period) : '';
            },
            label: (item) => {
              const point = points[item.dataIndex];
              if (!point) return '';
              const band = options.bandText(point);
              return `${options.formatRate(point.rate)}${band ? ` — ${band}` : ''}`;
            },
            afterLabel: (item) => {
              const point = points[item.dataIndex];
              return point ? options.coverageText(point) : '';
            },
          },
        },
      },
    },
  };
}

/**
 * Between two points of one series (the slots between them belong to the other series, or to
 * this one without a rate): the segment is drawn only when no period of this series lies between.
 */
function skipsOwnPeriod(
  points: readonly TrendPoint[],
  mine: readonly boolean[],
  from: number,
  to: number,
): boolean {
  for (let index = from + 1; index < to; index += 1) if (mine[index]) return true;
  // Consecutive years only: 2024 → 2026 without a 2025 assessment is a gap.
  const year = (index: number) => Number(points[index]?.period.slice(0, 4));
  return year(to) - year(from) > 1;
}

/** Height of a trend chart in CSS pixels: a sparkline with room for the period ticks. */
export const TREND_CHART_HEIGHT = 84;
