import type { ChartConfiguration } from 'chart.js';
import type { RateBand } from '../../src/contracts/progress.js';
import { bandStatus } from '../lib/band.js';
import { toRateBarsConfig, type RateBarsOptions } from './horizontal-bar.js';
import { BAND_COLOURS } from './palette.js';

/** One plan of the union-wide view: its rate and the API's band for it. */
export interface UnionRateItem {
  /** The bar's label: the member institution's name. */
  label: string;
  /** Tooltip title: institution and plan. */
  title: string;
  rate: number | null;
  band: RateBand;
  /** Tooltip line: what the rate rests on ("12/30 gösterge, ağırlık payı %41"). */
  coverage: string;
}

/**
 * The member plans' rates as horizontal bars, coloured by each plan's own band (its own
 * thresholds, mid-year bands and minimum coverage decide, never the client); a rate resting on
 * too little data is grey, a plan without data has no bar and says so in its label. The axis
 * shows 0–100 and stretches for rates beyond.
 */
export function toUnionRatesChartConfig(
  items: readonly UnionRateItem[],
  options: RateBarsOptions,
): ChartConfiguration<'bar', Array<number | null>, string> {
  return toRateBarsConfig(
    items.map((item) => ({ ...item, colour: BAND_COLOURS[bandStatus(item.band)], detail: item.coverage })),
    options,
  );
}
