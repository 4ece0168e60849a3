import type { ChartConfiguration } from 'chart.js';
import type { RateBand } from '../../src/contracts/progress.js';
import { bandStatus } from '../lib/band.js';
import { statusOf, type StatusThresholds } from '../lib/status.js';
import { toRateBarsConfig, type RateBarsOptions } from './horizontal-bar.js';
import { BAND_COLOURS, STATUS_COLOURS } from './palette.js';

export interface RealisationItem {
  /** "H1.1" */
  code: string;
  /** "Yeşil alanları artırmak" */
  title: string;
  /** Realisation rate in percent; null: no data (drawn as no bar, labelled, never 0). */
  rate: number | null;
  /**
   * The API's band of the rate (year-end, mid-year, neutral, "yetersiz veri"): the bar takes the
   * colour of the rate bar beside it. Without one (figures the API gives no band, e.g. a unit's
   * mean) the plan's year-end thresholds colour it.
   */
  band?: RateBand;
  /** A tooltip line under the rate, e.g. the coverage "3/4 gösterge, ağırlığın %75'i". */
  detail?: string;
}

/** The colour of an item's bar: its band when the API gave one, else its status by the thresholds. */
export function barColour(item: RealisationItem, thresholds: StatusThresholds): string {
  return item.band === undefined
    ? STATUS_COLOURS[statusOf(item.rate, thresholds)]
    : BAND_COLOURS[bandStatus(item.band)];
}

export interface RealisationChartOptions extends RateBarsOptions {
  thresholds: StatusThresholds;
}

/**
 * Horizontal bars of realisation rates (aims, targets, units…), coloured by their band.
 * The axis always shows 0–100 and stretches for rates beyond (a target exceeded, or a negative
 * F1 rate), so a bar's length is never cut.
 */
export function toRealisationChartConfig(
  items: readonly RealisationItem[],
  options: RealisationChartOptions,
): ChartConfiguration<'bar', Array<number | null>, string> {
  return toRateBarsConfig(
    items.map((item) => ({
      label: item.code,
      rate: item.rate,
      colour: barColour(item, options.thresholds),
      title: `${item.code} ${item.title}`,
      detail: item.detail ?? '',
    })),
    options,
  );
}

/** Height in CSS pixels for `count` horizontal bars, so labels never overlap on a phone. */
export function barChartHeight(count: number): number {
  return 48 + Math.max(1, count) * 34;
}
