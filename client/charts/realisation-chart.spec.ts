import { describe, expect, it } from '@jest/globals';
import { formatRate } from '../lib/format.js';
import type { TooltipItem } from 'chart.js';
import { BAND_COLOURS, STATUS_COLOURS } from './palette.js';
import { barChartHeight, toRealisationChartConfig } from './realisation-chart.js';

const options = {
  thresholds: { good: 85, warning: 50 },
  formatRate: (rate: number | null) => formatRate(rate, 'tr'),
  noDataLabel: 'veri yok',
};

describe('toRealisationChartConfig', () => {
  it('draws one horizontal bar per item, coloured by its status band', () => {
    const config = toRealisationChartConfig(
      [
        { code: 'H1.1', title: 'Yeşil alanlar', rate: 65 },
        { code: 'H1.2', title: 'Temizlik', rate: 90 },
        { code: 'H2.1', title: 'Ulaşım', rate: 20 },
      ],
      options,
    );
    expect(config.type).toBe('bar');
    expect(config.options?.indexAxis).toBe('y');
    expect(config.data.labels).toEqual(['H1.1', 'H1.2', 'H2.1']);
    expect(config.data.datasets[0].data).toEqual([65, 90, 20]);
    expect(config.data.datasets[0].backgroundColor).toEqual([
      STATUS_COLOURS.warning,
      STATUS_COLOURS.good,
      STATUS_COLOURS.poor,
    ]);
  });

  it('colours a bar by the API band of its rate, as the rate bar beside it', () => {
    const config = toRealisationChartConfig(
      [
        // 90 on 30 % of the weight: insufficient data, grey, not green.
        { code: 'H1.1', title: '', rate: 90, band: 'insufficient', detail: '1/3 gösterge, ağırlığın %30' },
        // 30 at 30 June: the mid-year bands read it "izlenmeli" (amber), the year-end ones poor.
        { code: 'H1.2', title: '', rate: 30, band: 'watch' },
        { code: 'H1.3', title: '', rate: 45, band: 'on-track' },
        { code: 'H1.4', title: '', rate: 10, band: 'neutral' },
        { code: 'H1.5', title: '', rate: null, band: 'none' },
      ],
      options,
    );
    expect(config.data.datasets[0].backgroundColor).toEqual([
      STATUS_COLOURS.none,
      STATUS_COLOURS.warning,
      STATUS_COLOURS.good,
      BAND_COLOURS.neutral,
      STATUS_COLOURS.none,
    ]);
    const afterLabel = config.options?.plugins?.tooltip?.callbacks?.afterLabel as (
      item: TooltipItem<'bar'>,
    ) => string;
    expect(afterLabel({ dataIndex: 0 } as TooltipItem<'bar'>)).toBe('1/3 gösterge, ağırlığın %30');
    expect(afterLabel({ dataIndex: 1 } as TooltipItem<'bar'>)).toBe('');
  });

  it('leaves a bar without data empty and says so in its label, never drawing 0', () => {
    const config = toRealisationChartConfig([{ code: 'H1.2', title: 'Temizlik', rate: null }], options);
    expect(config.data.datasets[0].data).toEqual([null]);
    expect(config.data.labels).toEqual(['H1.2 (veri yok)']);
    expect(config.data.datasets[0].backgroundColor).toEqual([STATUS_COLOURS.none]);
  });

  it('keeps the axis at 0–100 and stretches it for rates beyond, so no bar is cut', () => {
    const plain = toRealisationChartConfig([{ code: 'a', title: '', rate: 40 }], options);
    expect(plain.options?.scales?.x).toMatchObject({ min: 0, max: 100 });
    const beyond = toRealisationChartConfig(
      [
        { code: 'a', title: '', rate: 151 },
        { code: 'b', title: '', rate: -35 },
      ],
      options,
    );
    expect(beyond.options?.scales?.x).toMatchObject({ min: -40, max: 160 });
  });

  it('draws at once (no animation) and grows in height with the number of bars', () => {
    expect(toRealisationChartConfig([], options).options?.animation).toBe(false);
    expect(barChartHeight(10)).toBeGreaterThan(barChartHeight(2));
  });
});
