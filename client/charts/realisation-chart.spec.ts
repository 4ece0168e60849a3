import { describe, expect, it } from '@jest/globals';
import { formatRate } from '../lib/format.js';
import { STATUS_COLOURS } from './palette.js';
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
