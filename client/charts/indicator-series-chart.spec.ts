import { describe, expect, it } from '@jest/globals';
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { formatNumber } from '../lib/format.js';
import {
  SERIES_COLOURS,
  assessedPeriodOf,
  comparePeriods,
  lastEndedPeriod,
  periodsUpTo,
  noDataMarks,
  toIndicatorSeries,
  toIndicatorSeriesChartConfig,
  toPeriodicSeriesChartConfig,
  type SeriesSource,
} from './indicator-series-chart.js';

/** PG1.1.1 of the worked example (domain.md 4.4), 2025–2029, with 2025 entries and a corrected 2026-H1. */
const source: SeriesSource = {
  startYear: 2025,
  endYear: 2029,
  baseline: 100000,
  targets: { '2025': 120000, '2026': 140000, '2027': 160000, '2028': 180000, '2029': 200000 },
  monitoringMonths: 6,
  actuals: new Map([
    ['2025-H1', { actual: 108000, actualPeriods: ['2025-H1'] }],
    ['2025', { actual: 115000, actualPeriods: ['2025-H2'] }],
    ['2026-H1', { actual: 126000, actualPeriods: ['2026-H1'] }],
    // Asked for but without data: the API's C is null (NO_DATA).
    ['2026', { actual: null, actualPeriods: [] }],
  ]),
  revisedPeriods: new Set(['2026-H1']),
};

type SegmentContext = { p0DataIndex: number; p1DataIndex: number };
/** The target line's segment colour: undefined draws it, 'transparent' leaves the gap. */
const segmentColour = (dataset: { segment?: unknown }) =>
  (dataset.segment as { borderColor: (context: SegmentContext) => unknown }).borderColor;

const options = {
  labels: {
    baseline: 'Başlangıç (A)',
    target: 'Hedef (B)',
    actual: 'Gerçekleşme (C)',
    revised: 'düzeltildi',
    firstHalf: 'İlk altı ay',
    yearTotal: 'Yıl toplamı (C)',
    noData: 'veri yok',
  },
  axisTitle: 'Değer (m²)',
  periodLabel: (period: string) => (period.endsWith('-H1') ? `Haz ${period.slice(0, 4)}` : `Ara ${period}`),
  formatNumber: (value: number) => formatNumber(value, 'tr'),
  formatValue: (value: number) => `${formatNumber(value, 'tr')} m²`,
};

/** A chart's tooltip line for the value `y` of dataset `datasetIndex` at `dataIndex`. */
function tooltipLabel(config: ChartConfiguration<'line' | 'bar', Array<number | null>, string>) {
  const label = config.options?.plugins?.tooltip?.callbacks?.label as (item: TooltipItem<'line'>) => string;
  return (datasetIndex: number, dataIndex: number, y: number): string =>
    label({
      datasetIndex,
      dataIndex,
      parsed: { x: dataIndex, y },
      dataset: config.data.datasets[datasetIndex],
    } as never);
}

describe('toIndicatorSeries', () => {
  it('has a 30 June and a year-end point per plan year, the target on year ends only', () => {
    const series = toIndicatorSeries(source);
    expect(series.baseline).toBe(100000);
    expect(series.points.map((point) => point.period)).toEqual([
      '2025-H1',
      '2025',
      '2026-H1',
      '2026',
      '2027-H1',
      '2027',
      '2028-H1',
      '2028',
      '2029-H1',
      '2029',
    ]);
    expect(series.points.map((point) => point.target)).toEqual([
      null,
      120000,
      null,
      140000,
      null,
      160000,
      null,
      180000,
      null,
      200000,
    ]);
  });

  it('keeps missing actuals null (never 0) and marks a C made of a corrected value', () => {
    const { points } = toIndicatorSeries(source);
    expect(points.map((point) => point.actual)).toEqual([
      108000,
      115000,
      126000,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(points.filter((point) => point.revised).map((point) => point.period)).toEqual(['2026-H1']);
  });

  it('gives a yearly indicator year-end points only, and a missing yearly target as null', () => {
    const { points } = toIndicatorSeries({
      ...source,
      monitoringMonths: 12,
      targets: { '2025': 5, '2027': 7 },
      actuals: new Map([['2025', { actual: 4, actualPeriods: ['2025'] }]]),
      revisedPeriods: new Set(),
    });
    expect(points).toEqual([
      { period: '2025', target: 5, actual: 4, revised: false, missing: false },
      { period: '2026', target: null, actual: null, revised: false, missing: false },
      { period: '2027', target: 7, actual: null, revised: false, missing: false },
      { period: '2028', target: null, actual: null, revised: false, missing: false },
      { period: '2029', target: null, actual: null, revised: false, missing: false },
    ]);
  });

  it('marks a kumulatif C revised when any entry it sums was corrected', () => {
    const { points } = toIndicatorSeries({
      ...source,
      actuals: new Map([
        ['2026', { actual: 30, actualPeriods: ['2025-H1', '2025-H2', '2026-H1', '2026-H2'] }],
      ]),
      revisedPeriods: new Set(['2025-H2']),
    });
    expect(points.find((point) => point.period === '2026')?.revised).toBe(true);
  });
});

describe('periodsUpTo and the period order', () => {
  it('lists the assessed periods from the start to the one holding the latest entry', () => {
    expect(periodsUpTo(2025, 6, ['2025-H2', '2026-H1', '2025-H1'])).toEqual(['2025-H1', '2025', '2026-H1']);
    expect(periodsUpTo(2025, 6, ['2026-H2'])).toEqual(['2025-H1', '2025', '2026-H1', '2026']);
    expect(periodsUpTo(2020, 12, ['2021'])).toEqual(['2020', '2021']);
    expect(periodsUpTo(2025, 6, [])).toEqual([]);
  });

  it('orders 30 June before the year end of the same year', () => {
    expect(['2026', '2025', '2026-H1', '2025-H1'].sort(comparePeriods)).toEqual([
      '2025-H1',
      '2025',
      '2026-H1',
      '2026',
    ]);
    expect([assessedPeriodOf('2025-H1'), assessedPeriodOf('2025-H2'), assessedPeriodOf('2025')]).toEqual([
      '2025-H1',
      '2025',
      '2025',
    ]);
  });
});

describe('toIndicatorSeriesChartConfig', () => {
  const config = toIndicatorSeriesChartConfig(toIndicatorSeries(source), options);
  const [actual, target, baseline] = config.data.datasets;

  it('draws a line chart at once, one axis label per assessed period', () => {
    expect(config.type).toBe('line');
    expect(config.options?.animation).toBe(false);
    expect(config.data.labels?.slice(0, 4)).toEqual(['Haz 2025', 'Ara 2025', 'Haz 2026', 'Ara 2026']);
    expect(config.data.labels).toHaveLength(10);
  });

  it('draws the actuals solid with gaps where C is missing', () => {
    expect(actual.label).toBe('Gerçekleşme (C)');
    expect(actual.borderColor).toBe(SERIES_COLOURS.actual);
    expect(actual.borderDash).toBeUndefined();
    expect(actual.spanGaps).toBe(false);
    expect(actual.data).toEqual([108000, 115000, 126000, null, null, null, null, null, null, null]);
    expect(actual.data).not.toContain(0);
  });

  it('draws the targets dashed, joining consecutive year ends over the 30 June points', () => {
    expect(target.label).toBe('Hedef (B)');
    expect(target.borderColor).toBe(SERIES_COLOURS.target);
    expect(target.borderDash).toEqual([8, 5]);
    expect(target.data).toEqual([null, 120000, null, 140000, null, 160000, null, 180000, null, 200000]);
    expect(target.spanGaps).toBe(true);
    const segment = segmentColour(target);
    expect(segment({ p0DataIndex: 1, p1DataIndex: 3 })).toBeUndefined();
    // 2026 has no target: 2025 → 2027 is not drawn.
    expect(segment({ p0DataIndex: 1, p1DataIndex: 5 })).toBe('transparent');
  });

  it('joins yearly targets of a 12-month indicator only from one year to the next', () => {
    const yearly = toIndicatorSeriesChartConfig(
      toIndicatorSeries({ ...source, monitoringMonths: 12, actuals: new Map(), revisedPeriods: new Set() }),
      options,
    );
    const segment = segmentColour(yearly.data.datasets[1]);
    expect(yearly.data.datasets[1].data).toEqual([120000, 140000, 160000, 180000, 200000]);
    expect(segment({ p0DataIndex: 0, p1DataIndex: 1 })).toBeUndefined();
    expect(segment({ p0DataIndex: 0, p1DataIndex: 2 })).toBe('transparent');
  });

  it('draws the baseline as a dotted reference across the plan, and leaves it out when there is none', () => {
    expect(baseline.label).toBe('Başlangıç (A)');
    expect(baseline.borderColor).toBe(SERIES_COLOURS.baseline);
    expect(new Set(baseline.data)).toEqual(new Set([100000]));
    const none = toIndicatorSeriesChartConfig({ ...toIndicatorSeries(source), baseline: null }, options);
    expect(none.data.datasets.map((dataset) => dataset.label)).toEqual(['Gerçekleşme (C)', 'Hedef (B)']);
  });

  it('marks the corrected point as a hollow diamond and says so in its tooltip', () => {
    expect(actual.pointStyle).toEqual(['circle', 'circle', 'rectRot', ...Array<string>(7).fill('circle')]);
    expect((actual.pointBackgroundColor as string[])[2]).toBe('#ffffff');
    expect((actual.pointRadius as number[])[2]).toBeGreaterThan((actual.pointRadius as number[])[0]);
    const label = tooltipLabel(config);
    expect(label(0, 2, 126000)).toBe('Gerçekleşme (C): 126.000 m² (düzeltildi)');
    expect(label(0, 1, 115000)).toBe('Gerçekleşme (C): 115.000 m²');
    expect(label(1, 1, 140000)).toBe('Hedef (B): 140.000 m²');
  });

  it('formats the value axis in the UI language, from 0, with the unit in its title', () => {
    const y = config.options?.scales?.y as {
      ticks: { callback: (value: number) => string };
      beginAtZero: boolean;
      title: { display: boolean; text: string };
    };
    expect(y.ticks.callback(150000)).toBe('150.000');
    expect(y.beginAtZero).toBe(true);
    expect(y.title).toEqual({ display: true, text: 'Değer (m²)' });
    const fitted = toIndicatorSeriesChartConfig(toIndicatorSeries(source), { ...options, yFromZero: false });
    expect((fitted.options?.scales?.y as { beginAtZero: boolean }).beginAtZero).toBe(false);
  });

  it('marks ended periods without data "veri yok" even when not asked for, never the future ones', () => {
    const { points } = toIndicatorSeries({ ...source, endedUpTo: '2027-H1' });
    expect(points.filter((point) => point.missing).map((point) => point.period)).toEqual(['2026', '2027-H1']);
    expect([lastEndedPeriod(new Date(2026, 11, 5)), lastEndedPeriod(new Date(2026, 5, 30))]).toEqual([
      '2026-H1',
      '2025',
    ]);
  });

  it('marks the periods asked for without data "veri yok", not the future ones', () => {
    const series = toIndicatorSeries(source);
    // 2026 was asked for (it has ended) and has no C; 2027 onwards were not asked for.
    expect(series.points.filter((point) => point.missing).map((point) => point.period)).toEqual(['2026']);
    const plugin = config.plugins?.[0] as ReturnType<typeof noDataMarks>;
    expect(plugin.id).toBe('noDataMarks');
    expect(plugin.marks).toEqual([{ dataset: 0, index: 3 }]);
  });
});

/** Trees planted, a per-year flow (donemsel, F2): 2025 and 2026 with a first half and a year total. */
const trees: SeriesSource = {
  startYear: 2025,
  endYear: 2027,
  baseline: 800,
  targets: { '2025': 1000, '2026': 1200, '2027': 1400 },
  monitoringMonths: 6,
  valueType: 'donemsel',
  actuals: new Map([
    ['2025-H1', { actual: 400, actualPeriods: ['2025-H1'] }],
    ['2025', { actual: 1100, actualPeriods: ['2025-H1', '2025-H2'] }],
    ['2026-H1', { actual: 500, actualPeriods: ['2026-H1'] }],
    ['2026', { actual: null, actualPeriods: [] }],
  ]),
  revisedPeriods: new Set(['2026-H1']),
};

describe('toPeriodicSeriesChartConfig (donemsel)', () => {
  const series = toIndicatorSeries(trees);
  const config = toPeriodicSeriesChartConfig(series, options);
  const [firstHalf, yearTotal, target, baseline] = config.data.datasets;

  it('is a bar chart; the series carries the value type that chooses it (duzey when not given)', () => {
    expect(series.valueType).toBe('donemsel');
    expect(config.type).toBe('bar');
    expect(toIndicatorSeries(source).valueType).toBe('duzey');
  });

  it('groups the first half and the year total as two bars per year, never one line', () => {
    expect(config.data.labels).toEqual(['2025', '2026', '2027']);
    expect([firstHalf.type, firstHalf.label, firstHalf.data]).toEqual([
      'bar',
      'İlk altı ay',
      [400, 500, null],
    ]);
    expect([yearTotal.type, yearTotal.label, yearTotal.data]).toEqual([
      'bar',
      'Yıl toplamı (C)',
      [1100, null, null],
    ]);
    expect(firstHalf.borderColor).toBe(SERIES_COLOURS.firstHalf);
    expect(yearTotal.borderColor).toBe(SERIES_COLOURS.actual);
    expect(firstHalf.borderColor).not.toBe(yearTotal.borderColor);
  });

  it('draws the yearly targets as a dashed line over the bars and the baseline dotted', () => {
    expect([target.type, target.label, target.data]).toEqual(['line', 'Hedef (B)', [1000, 1200, 1400]]);
    const dash = (dataset: object) => (dataset as { borderDash?: number[] }).borderDash;
    expect(dash(target)).toEqual([8, 5]);
    expect(target.order).toBeLessThan(firstHalf.order ?? 0);
    expect([baseline.type, baseline.data]).toEqual(['line', [800, 800, 800]]);
    expect(dash(baseline)).toEqual([2, 4]);
  });

  it('draws a corrected amount hollow and says so in its tooltip', () => {
    expect(firstHalf.backgroundColor).toEqual([
      SERIES_COLOURS.firstHalf,
      '#ffffff',
      SERIES_COLOURS.firstHalf,
    ]);
    expect(firstHalf.borderWidth).toEqual([0, 3, 0]);
    const label = tooltipLabel(config);
    expect(label(0, 1, 500)).toBe('İlk altı ay: 500 m² (düzeltildi)');
    expect(label(1, 0, 1100)).toBe('Yıl toplamı (C): 1.100 m²');
  });

  it('marks the ended year without a total "veri yok" and starts the axis at 0 with the unit', () => {
    const plugin = config.plugins?.[0] as ReturnType<typeof noDataMarks>;
    expect(plugin.marks).toEqual([{ dataset: 1, index: 1 }]);
    const y = config.options?.scales?.y as { beginAtZero: boolean; title: { text: string } };
    expect(y.beginAtZero).toBe(true);
    expect(y.title.text).toBe('Değer (m²)');
  });

  it('has one bar per year for a yearly (12-month) flow', () => {
    const yearly = toPeriodicSeriesChartConfig(
      toIndicatorSeries({
        ...trees,
        monitoringMonths: 12,
        actuals: new Map([['2025', { actual: 950, actualPeriods: ['2025'] }]]),
        revisedPeriods: new Set(),
      }),
      options,
    );
    expect(yearly.data.datasets.map((dataset) => dataset.label)).toEqual([
      'Yıl toplamı (C)',
      'Hedef (B)',
      'Başlangıç (A)',
    ]);
    expect(yearly.data.datasets[0].data).toEqual([950, null, null]);
  });
});
