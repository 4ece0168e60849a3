import { describe, expect, it } from '@jest/globals';
import type { Coverage, PlanRateResponse } from '../../../src/contracts/progress.js';
import { toUnionRatesChartConfig } from '../../charts/union-rates-chart.js';
import { BAND_COLOURS, STATUS_COLOURS } from '../../charts/palette.js';
import { formatRate } from '../../lib/format.js';
import { filterPlanRates, sortPlanRates, type SortDirection, type UnionSortKey } from './union-rows.js';

function coverage(weightShare: number | null): Coverage {
  return { indicatorsWithData: 3, indicatorsDue: 10, weightShare, sufficient: (weightShare ?? 0) >= 50 };
}

function row(
  institution: string,
  rate: number | null,
  share: number | null,
  band: PlanRateResponse['band'],
): PlanRateResponse {
  return {
    planId: institution,
    title: '2025-2029 Stratejik Planı',
    institution,
    period: '2025',
    basis: 'approved',
    rate,
    coverage: coverage(share),
    band,
    aims: [],
  };
}

const rows = [
  row('İzmir Büyükşehir Belediyesi', 72.5, 80, 'warning'),
  row('Bilecik Belediyesi', 91, 100, 'good'),
  row('Çanakkale Belediyesi', null, 0, 'none'),
  row('Ispartakule Belediyesi', 40, 30, 'insufficient'),
];

const names = (list: PlanRateResponse[]) => list.map((item) => item.institution);

describe('the union-wide table', () => {
  const [bilecik, canakkale, ispartakule, izmir] = [
    'Bilecik Belediyesi',
    'Çanakkale Belediyesi',
    'Ispartakule Belediyesi',
    'İzmir Büyükşehir Belediyesi',
  ];

  it.each<[string, UnionSortKey, SortDirection, string[]]>([
    [
      'by rate, highest first, plans without a rate last',
      'rate',
      'descending',
      [bilecik, izmir, ispartakule, canakkale],
    ],
    [
      'by rate, lowest first, plans without a rate still last',
      'rate',
      'ascending',
      [ispartakule, izmir, bilecik, canakkale],
    ],
    [
      'names in Turkish alphabetical order (Ç after C, I before İ)',
      'institution',
      'ascending',
      [bilecik, canakkale, ispartakule, izmir],
    ],
  ])('sorts %s', (_case, key, order, expected) => {
    expect(names(sortPlanRates(rows, key, order))).toEqual(expected);
  });

  it('sorts by coverage', () => {
    expect(names(sortPlanRates(rows, 'coverage', 'descending'))[0]).toBe(bilecik);
  });

  it('filters by institution or plan name, ignoring case with Turkish letters', () => {
    expect(names(filterPlanRates(rows, 'izmir'))).toEqual(['İzmir Büyükşehir Belediyesi']);
    expect(names(filterPlanRates(rows, 'ISPARTA'))).toEqual(['Ispartakule Belediyesi']);
    expect(filterPlanRates(rows, 'stratejik')).toHaveLength(4);
    expect(filterPlanRates(rows, '  ')).toHaveLength(4);
    expect(filterPlanRates(rows, 'Kayseri')).toEqual([]);
  });
});

describe('the union-wide chart', () => {
  it('colours each bar by its plan band, greys too little data and draws no bar without data', () => {
    const config = toUnionRatesChartConfig(
      rows.map((item) => ({
        label: item.institution,
        title: item.institution,
        rate: item.rate,
        band: item.band,
        coverage: '',
      })),
      { formatRate: (rate) => formatRate(rate, 'tr'), noDataLabel: 'veri yok' },
    );
    expect(config.options?.indexAxis).toBe('y');
    expect(config.data.datasets[0].data).toEqual([72.5, 91, null, 40]);
    expect(config.data.datasets[0].backgroundColor).toEqual([
      STATUS_COLOURS.warning,
      STATUS_COLOURS.good,
      STATUS_COLOURS.none,
      BAND_COLOURS.insufficient,
    ]);
    expect(BAND_COLOURS.insufficient).toBe(STATUS_COLOURS.none);
    expect(config.data.labels?.[2]).toBe('Çanakkale Belediyesi (veri yok)');
  });
});
