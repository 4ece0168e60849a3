import type { ChartConfiguration } from 'chart.js';
import { GRID_COLOUR } from './palette.js';

/**
 * What every horizontal bar chart shares: a bar per row, sized by its box, drawn at once (the
 * figures are what matters, and the page is ready sooner).
 */
export const HORIZONTAL_BAR_OPTIONS = {
  indexAxis: 'y',
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
} as const;

/** What every horizontal bar chart's datasets share: no border, bars a little thinner than their row. */
export const HORIZONTAL_BAR_DATASET = {
  borderWidth: 0,
  barPercentage: 0.8,
  categoryPercentage: 0.9,
} as const;

/**
 * A row label broken into lines of about `width` characters at spaces, so that a unit's full
 * name ("Kültür ve Sosyal İşler Müdürlüğü") fits beside its bar on a phone; a label that fits
 * stays one line.
 */
export function wrapLabel(label: string, width = 18): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.length === 1 ? lines[0] : lines;
}

/** Stacked bars of counts from 0 (to `max` when given), whole-number ticks. */
export function stackedCountScales(formatNumber: (value: number) => string, max?: number) {
  return {
    x: {
      stacked: true,
      min: 0,
      ...(max === undefined ? {} : { max }),
      grid: { color: GRID_COLOUR },
      ticks: { precision: 0, callback: (value: string | number) => formatNumber(Number(value)) },
    },
    y: { stacked: true, grid: { display: false } },
  };
}

/** One bar of a rate chart: its row label, rate and colour, and its tooltip's title and line. */
export interface RateBar {
  label: string;
  /** null: no data; no bar, and the row's label says so. */
  rate: number | null;
  colour: string;
  title: string;
  detail: string;
}

export interface RateBarsOptions {
  /** "%65" / "65%"; the caller's formatter, so the chart speaks the UI language. */
  formatRate(rate: number | null): string;
  /** "veri yok" / "no data": appended to the label of a bar without data. */
  noDataLabel: string;
}

/**
 * Horizontal bars of rates, one per row (aims, targets, units, member plans). The axis always
 * shows 0–100 and stretches to the next ten for rates beyond (a target exceeded, or a negative F1
 * rate), so a bar's length is never cut; a row without data says "veri yok" in its label.
 */
export function toRateBarsConfig(
  bars: readonly RateBar[],
  options: RateBarsOptions,
): ChartConfiguration<'bar', Array<number | null>, string> {
  const rates = bars.map((bar) => bar.rate).filter((rate): rate is number => rate !== null);
  const max = Math.max(100, Math.ceil(Math.max(0, ...rates) / 10) * 10);
  const min = Math.min(0, Math.floor(Math.min(0, ...rates) / 10) * 10);
  return {
    type: 'bar',
    data: {
      labels: bars.map((bar) => (bar.rate === null ? `${bar.label} (${options.noDataLabel})` : bar.label)),
      datasets: [
        {
          data: bars.map((bar) => bar.rate),
          backgroundColor: bars.map((bar) => bar.colour),
          ...HORIZONTAL_BAR_DATASET,
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
          ticks: { callback: (value: string | number) => options.formatRate(Number(value)) },
        },
        y: { grid: { display: false } },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (tooltipItems) => bars[tooltipItems[0]?.dataIndex ?? 0]?.title ?? '',
            label: (tooltipItem) => options.formatRate(bars[tooltipItem.dataIndex]?.rate ?? null),
            afterLabel: (tooltipItem) => bars[tooltipItem.dataIndex]?.detail ?? '',
          },
        },
      },
    },
  };
}
