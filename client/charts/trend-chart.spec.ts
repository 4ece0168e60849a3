import { describe, expect, it } from '@jest/globals';
import type { TooltipItem } from 'chart.js';
import type { TrendPoint } from '../../src/contracts/progress.js';
import { formatRate } from '../lib/format.js';
import { BAND_COLOURS } from './palette.js';
import { TREND_COLOURS, toTrendChartConfig } from './trend-chart.js';

const coverage = (withData: number, due: number, share: number) => ({
  indicatorsWithData: withData,
  indicatorsDue: due,
  weightShare: share,
  sufficient: share >= 50,
});

/** A target over five assessments: 2024 ends at 70, June 2025 at 35, 2025 without data, June 2026 at 48. */
const points: TrendPoint[] = [
  { period: '2024-H1', rate: 30, coverage: coverage(1, 3, 40), band: 'insufficient' },
  { period: '2024', rate: 70, coverage: coverage(3, 3, 100), band: 'warning' },
  { period: '2025-H1', rate: 35, coverage: coverage(2, 3, 60), band: 'watch' },
  { period: '2025', rate: null, coverage: coverage(0, 3, 0), band: 'none' },
  { period: '2026-H1', rate: 48, coverage: coverage(3, 3, 100), band: 'on-track' },
];

const options = {
  labels: { yearEnd: 'Yıl sonu', midYear: 'Ara dönem (30 Haziran)' },
  shortLabel: (period: string) =>
    period.endsWith('-H1') ? `Haz ${period.slice(2, 4)}` : `Ara ${period.slice(2, 4)}`,
  periodLabel: (period: string) =>
    period.endsWith('-H1') ? `${period.slice(0, 4)} ara dönem` : `${period} yıl sonu`,
  formatRate: (rate: number | null) => formatRate(rate, 'tr'),
  coverageText: (point: TrendPoint) =>
    `${point.coverage.indicatorsWithData}/${point.coverage.indicatorsDue} gösterge, ağırlığın %${point.coverage.weightShare}'i`,
  bandText: (point: TrendPoint) =>
    ({ insufficient: 'yetersiz veri', warning: 'orta' })[point.band as 'warning'] ?? '',
};

type SegmentContext = { p0DataIndex: number; p1DataIndex: number };
const segment = (dataset: { segment?: unknown }) =>
  (dataset.segment as { borderColor: (context: SegmentContext) => unknown }).borderColor;

describe('toTrendChartConfig', () => {
  const config = toTrendChartConfig(points, options);
  const [yearEnd, midYear] = config.data.datasets;

  it('labels every point by its period, in time order', () => {
    expect(config.type).toBe('line');
    expect(config.data.labels).toEqual(['Haz 24', 'Ara 24', 'Haz 25', 'Ara 25', 'Haz 26']);
  });

  it('draws year ends and 30 June as two series, never one line', () => {
    expect(yearEnd.label).toBe('Yıl sonu');
    expect(yearEnd.data).toEqual([null, 70, null, null, null]);
    expect(midYear.label).toBe('Ara dönem (30 Haziran)');
    expect(midYear.data).toEqual([30, null, 35, null, 48]);
    expect(yearEnd.borderColor).toBe(TREND_COLOURS.yearEnd);
    expect(midYear.borderDash).toEqual([4, 3]);
    expect([yearEnd.pointStyle, midYear.pointStyle]).toEqual(['circle', 'rect']);
    // 30 June points are hollow: the mark, not only the colour, tells them apart.
    expect(midYear.pointBackgroundColor).toBe('#ffffff');
  });

  it('joins consecutive 30 June points but not over a period of its own series without a rate', () => {
    // June 2024 → June 2025: only the 2024 year end lies between.
    expect(segment(midYear)({ p0DataIndex: 0, p1DataIndex: 2 })).toBeUndefined();
    expect(segment(midYear)({ p0DataIndex: 2, p1DataIndex: 4 })).toBeUndefined();
    // 2024 year end → a later year end over the 2025 one without a rate: a gap.
    expect(segment(yearEnd)({ p0DataIndex: 1, p1DataIndex: 5 })).toBe('transparent');
  });

  it('colours each point by its band, the colour of the rate bar', () => {
    expect(yearEnd.pointBorderColor).toEqual([
      BAND_COLOURS.insufficient,
      BAND_COLOURS.warning,
      BAND_COLOURS.warning,
      BAND_COLOURS.none,
      BAND_COLOURS.good,
    ]);
    expect(yearEnd.pointBackgroundColor).toEqual(yearEnd.pointBorderColor);
  });

  it('keeps the rate axis at 0–100 at least', () => {
    expect(config.options?.scales?.y).toMatchObject({ min: 0, max: 100 });
    const beyond = toTrendChartConfig([{ ...points[1], rate: 142 }], options);
    expect(beyond.options?.scales?.y).toMatchObject({ min: 0, max: 150 });
  });

  it('names the period, the rate with its band and the coverage in the tooltip', () => {
    const callbacks = config.options?.plugins?.tooltip?.callbacks as {
      title: (items: Array<TooltipItem<'line'>>) => string;
      label: (item: TooltipItem<'line'>) => string;
      afterLabel: (item: TooltipItem<'line'>) => string;
    };
    const item = (dataIndex: number) => ({ dataIndex }) as TooltipItem<'line'>;
    expect(callbacks.title([item(0)])).toBe('2024 ara dönem');
    expect(callbacks.label(item(0))).toBe('%30 — yetersiz veri');
    expect(callbacks.afterLabel(item(0))).toBe("1/3 gösterge, ağırlığın %40'i");
    expect(callbacks.title([item(1)])).toBe('2024 yıl sonu');
    expect(callbacks.label(item(1))).toBe('%70 — orta');
  });
});
