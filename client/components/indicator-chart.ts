import type { IndicatorProgress, ProgressResponse } from '../../src/contracts/progress.js';
import {
  SERIES_COLOURS,
  toPeriodicSeriesChartConfig,
  toIndicatorSeriesChartConfig,
  type IndicatorSeries,
  type IndicatorSeriesChartOptions,
} from '../charts/indicator-series-chart.js';
import { mountChart } from '../charts/mount.js';
import { tableHead } from './table-region.js';
import { h } from '../lib/dom.js';
import { formatNumber, formatPeriod, formatRate, noData } from '../lib/format.js';
import { t } from '../lib/i18n.js';
import { isMidYear } from '../lib/band.js';

/**
 * What the indicator page and the public page share: the line chart of one indicator with its
 * legend and text alternative, and the per-period table (their words for directions, value
 * types and value statuses are lib/labels').
 */

/** An indicator's figures of one assessed period, as the progress API computed them. */
export interface PeriodFigures {
  actual: number | null;
  actualPeriods: string[];
  rate: number | null;
}

/** The indicator `code` in each progress response, by assessed period. */
export function figuresByPeriod(
  responses: readonly ProgressResponse[],
  code: string,
): Map<string, PeriodFigures> {
  const figures = new Map<string, PeriodFigures>();
  for (const response of responses) {
    const found = findIndicator(response, code);
    if (found)
      figures.set(response.period, {
        actual: found.actual,
        actualPeriods: found.actualPeriods,
        rate: found.rate,
      });
  }
  return figures;
}

export function findIndicator(response: ProgressResponse, code: string): IndicatorProgress | null {
  for (const aim of response.aims)
    for (const target of aim.targets)
      for (const indicator of target.indicators) if (indicator.code === code) return indicator;
  return null;
}

/** "Haz 2025" for the 30 June assessment, "Ara 2025" for the year end. */
export function axisLabel(period: string): string {
  const year = period.slice(0, 4);
  return isMidYear(period) ? t('indicator.axisH1', { year }) : t('indicator.axisYear', { year });
}

/** A figure with its unit of measure, or "veri yok". Up to 6 decimals: entered figures are shown as entered. */
export function withUnit(value: number | null, unit: string | null): string {
  if (value === null) return noData();
  return unit ? `${formatNumber(value, undefined, 6)} ${unit}` : formatNumber(value, undefined, 6);
}

/**
 * The legend (text, so it is read and printed) and the chart with its text alternative, appended
 * to `container`: grouped bars per year for a donemsel indicator, else a line. Answers the canvas.
 */
export function mountSeriesChart(
  container: HTMLElement,
  series: IndicatorSeries,
  subject: { code: string; unit: string | null; chartFromZero?: boolean },
  signal: AbortSignal,
): HTMLCanvasElement {
  const bars = series.valueType === 'donemsel';
  const halfYearly = series.points.some((point) => isMidYear(point.period));
  const revisedShown = series.points.some((point) => point.revised);
  const legend = h(
    'ul',
    { class: 'series-legend' },
    bars && halfYearly ? legendItem('firstHalf', t('indicator.legendFirstHalf')) : null,
    bars ? legendItem('yearTotal', t('indicator.legendYearTotal')) : null,
    bars ? null : legendItem('actual', t('indicator.legendActual')),
    legendItem('target', t('indicator.legendTarget')),
    series.baseline === null ? null : legendItem('baseline', t('indicator.legendBaseline')),
    revisedShown
      ? legendItem(
          bars ? 'revisedBar' : 'revised',
          t(bars ? 'indicator.legendRevisedBar' : 'indicator.legendRevised'),
        )
      : null,
  );
  container.append(legend);
  const value = (number: number | null) => withUnit(number, subject.unit);
  const withData = series.points.filter((point) => point.actual !== null);
  const options: IndicatorSeriesChartOptions = {
    labels: {
      baseline: t('indicator.seriesBaseline'),
      target: t('indicator.seriesTarget'),
      actual: t('indicator.seriesActual'),
      revised: t('indicator.revised'),
      firstHalf: t('indicator.seriesFirstHalf'),
      yearTotal: t('indicator.seriesYearTotal'),
      noData: noData(),
    },
    periodLabel: axisLabel,
    formatNumber: (number) => formatNumber(number),
    formatValue: (number) => value(number),
    axisTitle: subject.unit
      ? t('indicator.axisTitle', { unit: subject.unit })
      : t('indicator.axisTitleNoUnit'),
    // The plan may let the axis fit values that sit far from 0 (a rate between 92 and 99 %).
    yFromZero: subject.chartFromZero ?? true,
  };
  const alternative = {
    label: t(bars ? 'indicator.chartLabelBars' : 'indicator.chartLabel', {
      code: subject.code,
      baseline: value(series.baseline),
      targets: series.points
        .filter((point) => point.target !== null)
        .map((point) => `${point.period} ${value(point.target)}`)
        .join(', '),
      actuals:
        withData.length === 0
          ? noData()
          : withData
              .map(
                (point) =>
                  `${point.period} ${value(point.actual)}${point.revised ? ` (${t('indicator.revised')})` : ''}`,
              )
              .join(', '),
    }),
    table: {
      caption: t('indicator.chartHeading'),
      headers: [t('indicator.period'), t('indicator.target'), t('indicator.actual')],
      rows: series.points.map((point) => [
        formatPeriod(point.period),
        point.target === null ? t('indicator.none') : value(point.target),
        `${value(point.actual)}${point.revised ? ` (${t('indicator.revised')})` : ''}`,
      ]),
    },
  };
  const size = { height: 280, signal };
  const chart = bars
    ? mountChart(container, toPeriodicSeriesChartConfig(series, options), alternative, size)
    : mountChart(container, toIndicatorSeriesChartConfig(series, options), alternative, size);
  container.append(h('p', { class: 'muted' }, t(bars ? 'indicator.chartNoteBars' : 'indicator.chartNote')));
  return chart.canvas;
}

type LegendKind = 'baseline' | 'target' | 'actual' | 'revised' | 'firstHalf' | 'yearTotal' | 'revisedBar';

function legendItem(kind: LegendKind, text: string): HTMLElement {
  const bar = kind === 'firstHalf' || kind === 'yearTotal' || kind === 'revisedBar';
  const swatch = h('span', {
    class: `series-swatch series-${bar ? 'bar' : kind}${kind === 'revisedBar' ? ' series-bar-hollow' : ''}`,
    'aria-hidden': 'true',
  });
  const colour =
    kind === 'revised' || kind === 'revisedBar' || kind === 'yearTotal'
      ? SERIES_COLOURS.actual
      : SERIES_COLOURS[kind];
  swatch.style.borderColor = colour;
  if (kind === 'firstHalf' || kind === 'yearTotal') swatch.style.backgroundColor = colour;
  return h('li', { 'data-legend': kind }, swatch, text);
}

/** Target, actual and rate per assessed period, the rows that have either. */
export function periodsTable(
  series: IndicatorSeries,
  figures: ReadonlyMap<string, PeriodFigures>,
  subject: { code: string; unit: string | null },
): HTMLElement {
  const rows = series.points.filter((point) => point.target !== null || figures.has(point.period));
  const caption = t('indicator.periodsCaption', { code: subject.code });
  return h(
    'div',
    { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': caption },
    h(
      'table',
      { class: 'periods-table' },
      h('caption', {}, caption),
      tableHead(
        t('indicator.period'),
        [t('indicator.target'), 'number'],
        [t('indicator.actual'), 'number'],
        [t('indicator.rate'), 'number'],
      ),
      h(
        'tbody',
        {},
        rows.map((point) =>
          h(
            'tr',
            { 'data-period': point.period },
            h('th', { scope: 'row' }, formatPeriod(point.period)),
            h(
              'td',
              { class: 'number' },
              point.target === null ? t('indicator.none') : withUnit(point.target, subject.unit),
            ),
            h(
              'td',
              { class: 'number' },
              withUnit(point.actual, subject.unit),
              point.revised ? [' ', revisedBadge()] : null,
            ),
            h('td', { class: 'number' }, formatRate(figures.get(point.period)?.rate ?? null)),
          ),
        ),
      ),
    ),
  );
}

/** "düzeltildi": a value corrected after approval, in words (not only a chart marker). */
export function revisedBadge(): HTMLElement {
  return h('span', { class: 'badge badge-revised' }, t('indicator.revised'));
}
