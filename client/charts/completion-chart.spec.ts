import { describe, expect, it } from '@jest/globals';
import type { UnitCounts } from '../../src/contracts/workflow.js';
import { formatNumber } from '../lib/format.js';
import { wrapLabel } from './horizontal-bar.js';
import {
  COMPLETION_PARTS,
  ENTRY_COMPLETION_COLOURS,
  partCount,
  toEntryCompletionChartConfig,
} from './completion-chart.js';

const options = {
  partLabels: {
    approved: 'Onaylandı',
    submitted: 'Onayda',
    inProgress: 'Taslak veya iade',
    missing: 'Girilmedi',
  },
  unitLabel: (unit: string) => (unit === 'PARK' ? 'Park ve Bahçeler Müdürlüğü' : unit),
  formatNumber: (value: number) => formatNumber(value, 'tr'),
};

const counts = (unit: string, fields: Partial<Omit<UnitCounts, 'unit' | 'expected'>>): UnitCounts => {
  const full = { missing: 0, draft: 0, returned: 0, submitted: 0, approved: 0, late: 0, ...fields };
  return {
    unit,
    expected: full.missing + full.draft + full.returned + full.submitted + full.approved,
    ...full,
  };
};

describe('toEntryCompletionChartConfig', () => {
  it('stacks one bar per unit: approved, submitted, in progress (draft + returned), missing', () => {
    const config = toEntryCompletionChartConfig(
      [
        counts('PARK', { approved: 1, submitted: 2, draft: 1, returned: 1, missing: 3 }),
        counts('ZABITA', { missing: 1 }),
      ],
      options,
    );
    expect(config.type).toBe('bar');
    expect(config.options?.indexAxis).toBe('y');
    // A unit's name, wrapped at spaces into lines of at most 18 characters for a phone's axis.
    expect(config.data.labels).toEqual([['Park ve Bahçeler', 'Müdürlüğü'], 'ZABITA']);
    expect(config.data.datasets.map((dataset) => dataset.label)).toEqual([
      'Onaylandı',
      'Onayda',
      'Taslak veya iade',
      'Girilmedi',
    ]);
    expect(config.data.datasets.map((dataset) => dataset.data)).toEqual([
      [1, 0],
      [2, 0],
      [2, 0],
      [3, 1],
    ]);
    expect(config.data.datasets.map((dataset) => dataset.backgroundColor)).toEqual(
      COMPLETION_PARTS.map((part) => ENTRY_COMPLETION_COLOURS[part]),
    );
    expect(config.options?.scales?.x).toMatchObject({ stacked: true, min: 0, max: 8 });
    expect(config.options?.scales?.y).toMatchObject({ stacked: true });
  });

  it('counts every expected entry exactly once across the parts', () => {
    const unit = counts('PARK', { approved: 4, submitted: 3, draft: 2, returned: 1, missing: 5, late: 2 });
    const parts = COMPLETION_PARTS.map((part) => partCount(unit, part));
    expect(parts.reduce((sum, count) => sum + count, 0)).toBe(unit.expected);
  });

  it('draws at once and keeps a usable axis when there is nothing to draw', () => {
    const config = toEntryCompletionChartConfig([], options);
    expect(config.options?.animation).toBe(false);
    expect(config.data.labels).toEqual([]);
    expect(config.options?.scales?.x).toMatchObject({ min: 0, max: 1 });
  });

  it('writes tooltip counts in the UI number format', () => {
    const config = toEntryCompletionChartConfig([counts('PARK', { missing: 1200 })], options);
    const label = config.options?.plugins?.tooltip?.callbacks?.label as unknown as (item: {
      dataset: { label?: string };
      raw: unknown;
    }) => string;
    expect(label({ dataset: { label: 'Girilmedi' }, raw: 1200 })).toBe('Girilmedi: 1.200');
  });
});

describe('wrapLabel', () => {
  it('keeps a short label on one line and breaks a long one at spaces', () => {
    expect(wrapLabel('Fen İşleri')).toBe('Fen İşleri');
    expect(wrapLabel('Kültür ve Sosyal İşler Müdürlüğü')).toEqual(['Kültür ve Sosyal', 'İşler Müdürlüğü']);
    // A word longer than the width stands on its own line, unbroken.
    expect(wrapLabel('Bilgiİşlemvebilgisayarhizmetleri Müdürlüğü', 10)).toEqual([
      'Bilgiİşlemvebilgisayarhizmetleri',
      'Müdürlüğü',
    ]);
  });
});
