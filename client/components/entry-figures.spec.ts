import { describe, expect, it } from '@jest/globals';
import type { EntryFigures } from '../../src/contracts/workflow.js';
import { entryLabel, figureLines, rangeText } from './entry-figures.js';

// Trees planted (kümülatif): A 10.300, a 2025-H2 entry of 5.200 → year-end C 15.500 against B 16.300.
const trees: EntryFigures = {
  valueType: 'kumulatif',
  unit: 'adet',
  assessmentPeriod: '2025',
  baseline: 10300,
  actual: 15500,
  actualPeriods: ['2025-H1', '2025-H2'],
  missingPeriods: [],
  target: 16300,
  targetBasis: 'year-end',
  rate: 86.666667,
};

describe('what an entry row says about its number', () => {
  it('names the entry, the value type, the C it makes, B and the rate in Turkish', () => {
    expect(figureLines({ period: '2025-H2', value: 5200, figures: trees }, 'tr')).toEqual([
      ['2025 ikinci yarı girişi', '5.200 adet', 'figure-entry'],
      [
        'Değer türü',
        'kümülatif: giriş, dönemde eklenen miktardır; C = A + plan başından bu yana girişler',
        'figure-type',
      ],
      ['Yıl sonu gerçekleşme (C)', '15.500 adet (kümülatif)', 'figure-actual'],
      ['2025 yıl sonu hedefi (B)', '16.300 adet', 'figure-target'],
      ['Gerçekleşme oranı', '%86,7', 'figure-rate'],
    ]);
  });

  it('at 30 June says what the rate is measured against, and names the entry C misses', () => {
    const midYear = {
      ...trees,
      assessmentPeriod: '2025-H1',
      actual: null,
      rate: null,
      missingPeriods: ['2024-H2'],
    };
    const lines = figureLines({ period: '2025-H1', value: null, figures: midYear }, 'tr');
    expect(lines[0]).toEqual(['2025 ilk yarı girişi', 'veri yok', 'figure-entry']);
    expect(lines[2]).toEqual([
      '30 Haziran gerçekleşme (C)',
      'hesaplanamıyor: 2024-H2 girilmedi',
      'figure-actual',
    ]);
    const halfYear = {
      ...trees,
      assessmentPeriod: '2025-H1',
      targetBasis: 'half-year' as const,
      target: 13300,
    };
    const withHalf = figureLines({ period: '2025-H1', value: 5200, figures: halfYear }, 'tr');
    expect(withHalf[3]).toEqual(['2025 ilk altı ay hedefi (B)', '13.300 adet', 'figure-target']);
    expect(withHalf[4][1]).toBe('%86,7 — ilk altı ay hedefine göre');
    expect(
      figureLines(
        { period: '2025-H1', value: 5200, figures: { ...halfYear, targetBasis: 'year-end' } },
        'tr',
      )[4][1],
    ).toBe('%86,7 — yıl sonu hedefine göre, ilk altı ay');
  });

  it('reads in English too, and words a range with its unit', () => {
    expect(entryLabel('2025', 'en')).toBe('2025 entry');
    expect(figureLines({ period: '2025-H2', value: 5200, figures: trees }, 'en')[2]).toEqual([
      'Year-end actual (C)',
      '15,500 adet (cumulative)',
      'figure-actual',
    ]);
    expect(rangeText({ low: 2.5, high: 20 }, 'gün', 'tr')).toBe('2,5 – 20 gün');
    expect(rangeText({ low: null, high: 20 }, null, 'tr')).toBe('en çok 20');
  });
});
