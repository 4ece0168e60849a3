import { describe, expect, it } from '@jest/globals';
import type { Coverage, RateBand } from '../../src/contracts/progress.js';
import { BAND_LABEL, basisText, bandStatus, coverageText, isMidYear, legendText } from './band.js';

const coverage = (over: Partial<Coverage>): Coverage => ({
  indicatorsWithData: 12,
  indicatorsDue: 30,
  weightShare: 41,
  sufficient: false,
  ...over,
});

describe('rate bands from the API', () => {
  it('maps year-end and mid-year bands onto the same three colours', () => {
    expect(bandStatus('good')).toBe('good');
    expect(bandStatus('on-track')).toBe('good');
    expect(bandStatus('warning')).toBe('warning');
    expect(bandStatus('watch')).toBe('warning');
    expect(bandStatus('poor')).toBe('poor');
    expect(bandStatus('behind')).toBe('poor');
  });

  it('keeps neutral, insufficient and none apart from the coloured bands', () => {
    expect(bandStatus('neutral')).toBe('neutral');
    expect(bandStatus('insufficient')).toBe('insufficient');
    expect(bandStatus('none')).toBe('none');
  });

  it('names every band but none in words', () => {
    const bands: RateBand[] = [
      'good',
      'warning',
      'poor',
      'on-track',
      'watch',
      'behind',
      'neutral',
      'insufficient',
    ];
    for (const band of bands) expect(BAND_LABEL[band]).not.toBeNull();
    expect(BAND_LABEL.insufficient).toBe('common.bandInsufficient');
    expect(BAND_LABEL.none).toBeNull();
  });
});

describe('coverage text', () => {
  it('says how many due indicators a rate rests on and their share of the weight', () => {
    expect(coverageText(coverage({}), 'tr')).toBe('12/30 gösterge, ağırlık payı %41');
    expect(coverageText(coverage({}), 'en')).toBe('12 of 30 indicators, 41% of the weight');
  });

  it('keeps one decimal of the share in the language of the screen', () => {
    expect(coverageText(coverage({ indicatorsWithData: 3, indicatorsDue: 4, weightShare: 62.5 }), 'tr')).toBe(
      '3/4 gösterge, ağırlık payı %62,5',
    );
  });

  it('says so when nothing is due in the period', () => {
    const nothingDue = coverage({ indicatorsWithData: 0, indicatorsDue: 0, weightShare: null });
    expect(coverageText(nothingDue, 'tr')).toBe('bu dönemde ölçülen gösterge yok');
    expect(coverageText(nothingDue, 'en')).toBe('no indicator is measured in this period');
  });
});

describe('legend', () => {
  const settings = {
    statusThresholds: { good: 85, warning: 50 },
    midYearBands: { onTrack: 40, behind: 20 },
    minCoverage: 50,
  };

  it('explains the year-end bands at year end and the mid-year bands at 30 June', () => {
    expect(legendText(settings, '2025', 'tr')).toBe(
      'Renkler: %85 ve üstü iyi (yeşil), %50 ve üstü orta (turuncu), altı düşük (kırmızı); gri: veri yok. ' +
        'Ağırlığın %50 kadarından azına dayanan oran soluk gösterilir: yetersiz veri.',
    );
    expect(legendText(settings, '2025-H1', 'en')).toBe(
      'Mid-year colours (against the year-end target): 40% and above on track (green), below 20% behind (red), in between to watch (amber); grey: no data. ' +
        'A rate resting on less than 50% of the weight is greyed: insufficient data.',
    );
  });

  it('says mid-year rates are not coloured when the plan sets no mid-year bands', () => {
    expect(legendText({ ...settings, midYearBands: null, minCoverage: 30 }, '2025-H1', 'en')).toBe(
      'Mid-year rates are not coloured (grey-blue); grey: no data. A rate resting on less than 30% of the weight is greyed: insufficient data.',
    );
  });
});

describe('period and basis', () => {
  it('knows a mid-year period from a year end', () => {
    expect(isMidYear('2025-H1')).toBe(true);
    expect(isMidYear('2025')).toBe(false);
    expect(isMidYear('2025-Q2')).toBe(false);
  });

  it('states the basis, approved values by default', () => {
    expect(basisText(undefined, 'tr')).toBe('Onaylı değerler');
    expect(basisText('approved', 'en')).toBe('Approved values');
    expect(basisText('all', 'tr')).toBe('Onay bekleyenler dahil');
  });
});
