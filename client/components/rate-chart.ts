import type { Chart } from 'chart.js';
import type { Coverage, RateBand } from '../../src/contracts/progress.js';
import { mountChart } from '../charts/mount.js';
import { barChartHeight, toRealisationChartConfig } from '../charts/realisation-chart.js';
import { bandName, coverageText } from '../lib/band.js';
import { formatRate, noData } from '../lib/format.js';
import { getLang } from '../lib/i18n.js';
import type { StatusThresholds } from '../lib/status.js';

/** An aim or a target as the progress API rates it. */
export interface RatedItem {
  code: string;
  title: string;
  rate: number | null;
  band: RateBand;
  coverage: Coverage;
}

export interface RateChartText {
  /** The canvas's name, given the "H1 %65; H2 %40" list of the bars. */
  label(list: string): string;
  caption: string;
  /** The hidden table's column heads: the item, its rate, its status. */
  headers: string[];
}

/**
 * The bars of aims' or targets' realisation rates (overview, council review, public page), each
 * coloured by its band with its coverage in the tooltip, and the same figures as a hidden table.
 */
export function mountRateChart(
  container: HTMLElement,
  items: readonly RatedItem[],
  thresholds: StatusThresholds,
  text: RateChartText,
  signal: AbortSignal,
): Chart<'bar'> {
  return mountChart(
    container,
    toRealisationChartConfig(
      items.map((item) => ({
        code: item.code,
        title: item.title,
        rate: item.rate,
        band: item.band,
        detail: coverageText(item.coverage, getLang()),
      })),
      { thresholds, formatRate, noDataLabel: noData() },
    ),
    {
      label: text.label(items.map((item) => `${item.code} ${formatRate(item.rate)}`).join('; ')),
      table: {
        caption: text.caption,
        headers: text.headers,
        rows: items.map((item) => [
          `${item.code} ${item.title}`,
          formatRate(item.rate),
          bandName(item.band, getLang()),
        ]),
      },
    },
    { height: barChartHeight(items.length), signal },
  );
}
