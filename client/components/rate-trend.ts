import type { TrendPoint } from '../../src/contracts/progress.js';
import { mountChart } from '../charts/mount.js';
import { TREND_CHART_HEIGHT, TREND_COLOURS, toTrendChartConfig } from '../charts/trend-chart.js';
import { BAND_LABEL, bandName, coverageText, isMidYear } from '../lib/band.js';
import { h } from '../lib/dom.js';
import { formatPeriod, formatRate } from '../lib/format.js';
import { getLang, t } from '../lib/i18n.js';

/**
 * A rate's small chart across the assessed periods (plan, aim or target), with a one-line key
 * of its two series and a text alternative listing every period's rate and coverage. The
 * element is built at once; the chart is drawn by `draw` once the element is in the page.
 */
export function rateTrend(
  subject: string,
  points: readonly TrendPoint[],
): { element: HTMLElement; draw(signal: AbortSignal): void } {
  const element = h('div', { class: 'rate-trend', 'data-trend': subject });
  const hasMidYear = points.some((point) => isMidYear(point.period));
  const hasYearEnd = points.some((point) => !isMidYear(point.period));
  return {
    element,
    draw(signal) {
      if (points.length === 0) return;
      const lang = getLang();
      const describe = (point: TrendPoint) =>
        `${formatPeriod(point.period)} ${formatRate(point.rate)} (${coverageText(point.coverage, lang)})`;
      mountChart(
        element,
        toTrendChartConfig(points, {
          labels: { yearEnd: t('overview.trendYearEnd'), midYear: t('overview.trendMidYear') },
          shortLabel: shortPeriod,
          periodLabel: (period) => formatPeriod(period),
          formatRate: (rate) => formatRate(rate),
          coverageText: (point) => coverageText(point.coverage, lang),
          bandText: (point) => (BAND_LABEL[point.band] === null ? '' : bandName(point.band, lang)),
        }),
        {
          label: t('overview.trendLabel', { subject, list: points.map(describe).join('; ') }),
          table: {
            caption: t('overview.trendCaption', { subject }),
            headers: [
              t('overview.trendPeriod'),
              t('overview.trendRate'),
              t('overview.trendBand'),
              t('overview.trendCoverage'),
            ],
            rows: points.map((point) => [
              formatPeriod(point.period),
              formatRate(point.rate),
              bandName(point.band, lang),
              coverageText(point.coverage, lang),
            ]),
          },
        },
        { height: TREND_CHART_HEIGHT, signal, boxClass: 'trend-box' },
      );
      element.append(
        h(
          'p',
          { class: 'trend-key', 'aria-hidden': 'true' },
          hasYearEnd ? keyItem('year-end', t('overview.trendYearEnd')) : null,
          hasMidYear ? keyItem('mid-year', t('overview.trendMidYear')) : null,
        ),
      );
    },
  };
}

function keyItem(kind: 'year-end' | 'mid-year', text: string): HTMLElement {
  const mark = h('span', { class: `trend-mark trend-${kind}` });
  mark.style.borderColor = kind === 'year-end' ? TREND_COLOURS.yearEnd : TREND_COLOURS.midYear;
  return h('span', { class: 'trend-key-item' }, mark, text);
}

/** "Haz '24" / "Ara '24": a tick under a sparkline. */
function shortPeriod(period: string): string {
  const year = `'${period.slice(2, 4)}`;
  return isMidYear(period) ? t('indicator.axisH1', { year }) : t('indicator.axisYear', { year });
}
