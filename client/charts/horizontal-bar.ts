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

/** One bar per row of rates: its data and colours, the shared bar sizing. */
export function rateBarDataset(rates: Array<number | null>, colours: string[]) {
  return {
    data: rates,
    backgroundColor: colours,
    borderWidth: 0,
    barPercentage: 0.8,
    categoryPercentage: 0.9,
  };
}

/**
 * Rates along x, ticks written as rates; no grid across the rows. The axis always shows 0–100 and
 * stretches to the next ten for rates beyond (a target exceeded, or a negative F1 rate).
 */
export function rateScales(rates: ReadonlyArray<number | null>, formatRate: (value: number) => string) {
  const known = rates.filter((rate): rate is number => rate !== null);
  const max = Math.max(100, Math.ceil(Math.max(0, ...known) / 10) * 10);
  const min = Math.min(0, Math.floor(Math.min(0, ...known) / 10) * 10);
  return {
    x: {
      min,
      max,
      grid: { color: GRID_COLOUR },
      ticks: { callback: (value: string | number) => formatRate(Number(value)) },
    },
    y: { grid: { display: false } },
  };
}
