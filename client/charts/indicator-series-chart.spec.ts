import { describe, expect, it } from '@jest/globals';
import type { TooltipItem } from 'chart.js';
import { formatNumber } from '../lib/format.js';
import {
  SERIES_COLOURS,
  assessedPeriodOf,
  comparePeriods,
  periodsUpTo,
  toIndicatorSeries,
  toIndicatorSeriesChartConfig,
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
  },
  periodLabel: (period: string) => (period.endsWith('-H1') ? `Haz ${period.slice(0, 4)}` : `Ara ${period}`),
  formatNumber: (value: number) => formatNumber(value, 'tr'),
  formatValue: (value: number) => `${formatNumber(value, 'tr')} m²`,
};

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
      { period: '2025', target: 5, actual: 4, revised: false },
      { period: '2026', target: null, actual: null, revised: false },
      { period: '2027', target: 7, actual: null, revised: false },
      { period: '2028', target: null, actual: null, revised: false },
      { period: '2029', target: null, actual: null, revised: false },
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
    const label = config.options?.plugins?.tooltip?.callbacks?.label as (item: TooltipItem<'line'>) => string;
    const item = (datasetIndex: number, dataIndex: number, y: number) =>
      ({
        datasetIndex,
        dataIndex,
        parsed: { x: dataIndex, y },
        dataset: config.data.datasets[datasetIndex],
      }) as never;
    expect(label(item(0, 2, 126000))).toBe('Gerçekleşme (C): 126.000 m² (düzeltildi)');
    expect(label(item(0, 1, 115000))).toBe('Gerçekleşme (C): 115.000 m²');
    expect(label(item(1, 1, 140000))).toBe('Hedef (B): 140.000 m²');
  });

  it('formats the value axis in the UI language', () => {
    const ticks = config.options?.scales?.y?.ticks as { callback: (value: number) => string };
    expect(ticks.callback(150000)).toBe('150.000');
  });
});
