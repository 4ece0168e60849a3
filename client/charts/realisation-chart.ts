import type { ChartConfiguration } from 'chart.js';
import { statusOf, type StatusThresholds } from '../lib/status.js';
import { HORIZONTAL_BAR_OPTIONS } from './horizontal-bar.js';
import { GRID_COLOUR, STATUS_COLOURS } from './palette.js';

export interface RealisationItem {
  /** "H1.1" */
  code: string;
  /** "Yeşil alanları artırmak" */
  title: string;
  /** Realisation rate in percent; null: no data (drawn as no bar, labelled, never 0). */
  rate: number | null;
}

export interface RealisationChartOptions {
  thresholds: StatusThresholds;
  /** "%65" / "65%"; the caller's formatter, so the chart speaks the UI language. */
  formatRate(rate: number | null): string;
  /** "veri yok" / "no data": appended to the label of a bar without data. */
  noDataLabel: string;
}

/**
 * Horizontal bars of realisation rates (aims, targets, units…), one colour per status band.
 * The axis always shows 0–100 and stretches for rates beyond (a target exceeded, or a negative
 * F1 rate), so a bar's length is never cut.
 */
export function toRealisationChartConfig(
  items: readonly RealisationItem[],
  options: RealisationChartOptions,
): ChartConfiguration<'bar', Array<number | null>, string> {
  const rates = items.map((item) => item.rate).filter((rate): rate is number => rate !== null);
  const max = Math.max(100, Math.ceil(Math.max(0, ...rates) / 10) * 10);
  const min = Math.min(0, Math.floor(Math.min(0, ...rates) / 10) * 10);
  return {
    type: 'bar',
    data: {
      labels: items.map((item) => (item.rate === null ? `${item.code} (${options.noDataLabel})` : item.code)),
      datasets: [
        {
          data: items.map((item) => item.rate),
          backgroundColor: items.map((item) => STATUS_COLOURS[statusOf(item.rate, options.thresholds)]),
          borderWidth: 0,
          barPercentage: 0.8,
          categoryPercentage: 0.9,
        },
      ],
    },
    options: {
      ...HORIZONTAL_BAR_OPTIONS,
      scales: {
        x: {
          min,
          max,
          grid: { color: GRID_COLOUR },
          ticks: { callback: (value) => options.formatRate(Number(value)) },
        },
        y: { grid: { display: false } },
      },
      plugins: {
        tooltip: {
          callbacks: {
            title: (tooltipItems) => {
              const item = items[tooltipItems[0]?.dataIndex ?? 0];
              return item ? `${item.code} ${item.title}` : '';
            },
            label: (tooltipItem) => options.formatRate(items[tooltipItem.dataIndex]?.rate ?? null),
          },
        },
      },
    },
  };
}

/** Height in CSS pixels for `count` horizontal bars, so labels never overlap on a phone. */
export function barChartHeight(count: number): number {
  return 48 + Math.max(1, count) * 34;
}
